// The shipped translations are complete: lupdate (the one CMake found, FANOUT_LUPDATE) reads
// app/ and ui/ into a copy of each .ts file, as `update_translations` would, and every entry must
// come out finished: a text added to the sources without a translation turns this red, and so does
// a translation whose text left the sources (run update_translations). Each translation keeps its
// source's placeholders and accelerator, and a plural has every form its language needs.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one, or the numerus forms
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            entry = Entry{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            entry.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            entry.type = xml.attributes().value("type"_L1).toString();
            if (!entry.numerus)
                entry.forms << xml.readElementText();
        } else if (name == "numerusform"_L1) {
            entry.forms << xml.readElementText();
        }
        // A message ends with its translation (and its numerus forms within it).
        if (name == "translation"_L1 && !entry.numerus)
            out << entry;
        if (name == "numerusform"_L1 && entry.numerus) {
            if (!out.isEmpty() && out.last().source == entry.source &&
                out.last().context == entry.context)
                out.last() = entry;
            else
                out << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?[1-9]|%n"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        out << m.captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(u"&(?!amp;|&)\\w"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}
} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<int>("forms"); // numerus forms of the language
        for (const QString &ts : QStringLiteral(FANOUT_TS_FILES).split(u'|'))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts << 2; // de, fr, es
    }

    void complete()
    {
        QFETCH(QString, ts);
        QFETCH(int, forms);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(FANOUT_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(FANOUT_LUPDATE), {u"-silent"_s, u"-locations"_s, u"none"_s,
                                                       u"app"_s, u"ui"_s, u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(output));
        // lupdate says so when it cannot place a tr() (a free function's: no context).
        QVERIFY2(!output.contains(u"cannot be called without context"_s), qPrintable(output));

        QString error;
        const QList<Entry> entries = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 400);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = u"%1 \"%2\""_s.arg(e.context, e.source);
            if (e.type == "unfinished"_L1) {
                problems << where + u": not translated"_s;
                continue;
            }
            if (e.type == "vanished"_L1 || e.type == "obsolete"_L1) {
                problems << where + u": no longer in the sources (run update_translations)"_s;
                continue;
            }
            if (e.numerus && e.forms.size() != forms)
                problems << where + u": %1 plural forms, not %2"_s.arg(e.forms.size()).arg(forms);
            for (const QString &form : e.forms) {
                if (form.isEmpty())
                    problems << where + u": an empty form"_s;
                // A plural form may name the count in words instead of %n ("la ligne").
                QStringList expected = placeholders(e.source);
                QStringList got = placeholders(form);
                if (e.numerus && !got.contains(u"%n"_s))
                    expected.removeAll(u"%n"_s);
                if (got != expected)
                    problems << where + u": placeholders %1 in \"%2\""_s.arg(got.join(u' '), form);
                if (hasAccelerator(e.source) != hasAccelerator(form))
                    problems << where + u": the & accelerator is lost in \"%1\""_s.arg(form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
