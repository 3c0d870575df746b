// Fuzzes the CSV writer with arbitrary fields, then reads the CSV back with a small RFC 4180
// reader: what comes back must be the fields (a formula-guard quote aside), and no cell may start
// with a character that makes a spreadsheet run it as a formula.
#include <fuzzer/FuzzedDataProvider.h>

#include <QList>
#include <QStringList>

#include <cstddef>
#include <cstdint>

#include "csvwriter.h"
#include "fuzzcheck.h"
#include "testsupport.h"

namespace {

using TestSupport::readCsv;

QString guarded(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !field.isEmpty() && triggers.contains(field.front()) ? u'\'' + field : field;
}

QString consumeText(FuzzedDataProvider &in)
{
    const std::string bytes = in.ConsumeRandomLengthString(256);
    if (in.ConsumeBool())
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    return QString(reinterpret_cast<const QChar *>(bytes.data()), qsizetype(bytes.size() / 2));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    QList<Result> results;
    const int count = in.ConsumeIntegralInRange(0, 4);
    for (int k = 0; k < count; ++k) {
        Result r;
        r.outcome = static_cast<Outcome>(in.ConsumeIntegralInRange(0, 3));
        r.errorKind = static_cast<ErrorKind>(in.ConsumeIntegralInRange(0, 11));
        r.httpStatus = in.ConsumeIntegral<int>();
        r.bytes = in.ConsumeIntegral<qint64>();
        r.elapsedMs = in.ConsumeIntegral<qint64>();
        r.attempts = in.ConsumeIntegral<int>();
        r.url = consumeText(in);
        r.finalUrl = consumeText(in);
        r.errorDetail = consumeText(in);
        r.file = consumeText(in);
        r.sha256 = consumeText(in);
        results.append(r);
    }
    const QString csv = CsvWriter::toCsv(results);
    QList<QStringList> rows;
    fuzzCheck(readCsv(csv, &rows), "toCsv() wrote malformed CSV", csv);
    fuzzCheck(rows.size() == results.size() + 1, "wrong number of records", csv);
    fuzzCheck(rows.first() == CsvWriter::header(), "header row", csv);
    for (qsizetype k = 0; k < results.size(); ++k) {
        const QStringList expected = CsvWriter::row(results[k]);
        const QStringList &got = rows[k + 1];
        fuzzCheck(got.size() == expected.size(), "wrong number of fields", csv);
        for (qsizetype f = 0; f < got.size(); ++f) {
            fuzzCheck(got[f] == guarded(expected[f]), "field did not round-trip", got[f]);
            const QChar first = got[f].isEmpty() ? QChar() : got[f].front();
            fuzzCheck(first != u'=' && first != u'+' && first != u'-' && first != u'@',
                      "a cell a spreadsheet would run as a formula", got[f]);
        }
    }
    return 0;
}
