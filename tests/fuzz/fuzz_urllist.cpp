// Fuzzes UrlList::parse/extract (tab-separated fields: name, dir, digests, mirrors, header=;
// ranges), ListLine's round trip, and expandRanges/rangeCount.
// The first byte picks the mode; the rest is the pasted text, as UTF-8 or as raw UTF-16 (which
// reaches lone surrogates that UTF-8 decoding never produces).
#include <QUrl>

#include <cstddef>
#include <cstdint>

#include "fuzzcheck.h"
#include "listline.h"
#include "urllist.h"

namespace {

bool isLowerHex(const QByteArray &s)
{
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// A valid entry's fields: a dir= that stays inside, digests of the right length, mirrors that
// are http(s), header lines without CR or LF; and its written line reads back the same.
void checkFields(const UrlList::Entry &e)
{
    for (const Digest &d : e.digests())
        fuzzCheck(d.hex.size() == Digest::hexLengthOf(d.algorithm) && isLowerHex(d.hex),
                  "digest of the wrong length or case", e.text);
    const QString dir = e.dir();
    fuzzCheck(!dir.startsWith(u'/') && !dir.contains(u'\\'), "dir= absolute or backslash", dir);
    for (const QStringView part : QStringView(dir).tokenize(u'/', Qt::SkipEmptyParts))
        fuzzCheck(part != u"." && part != u"..", "dir= leaves its folder", dir);
    fuzzCheck(!dir.contains(QStringLiteral("//")), "dir= with an empty part", dir);
    if (!e.extras)
        return;
    for (const QUrl &mirror : e.extras->mirrors)
        fuzzCheck(mirror.scheme() == u"http" || mirror.scheme() == u"https", "mirror not http(s)",
                  e.text);
    for (const auto &[name, value] : e.extras->headers)
        fuzzCheck(!value.contains('\r') && !value.contains('\n') && !name.isEmpty(),
                  "header= injects a line", e.text);
    const UrlList again = UrlList::parse(ListLine::of(e));
    if (e.url.userInfo().isEmpty() && again.entries().size() == 1) {
        const UrlList::Entry &r = again.entries().first();
        fuzzCheck(r.valid && r.dir() == dir && r.digests() == e.digests(),
                  "ListLine does not read back", e.text);
    }
}

void checkList(const UrlList &list, qsizetype lineCount)
{
    int previousLine = 0;
    int valid = 0;
    for (const UrlList::Entry &e : list.entries()) {
        fuzzCheck(e.line >= 1 && e.line <= lineCount, "entry line out of range", e.text);
        fuzzCheck(e.line >= previousLine, "entries out of line order", e.text);
        previousLine = e.line;
        fuzzCheck(e.valid == e.reason.isEmpty(), "valid iff no reason", e.text);
        fuzzCheck(e.expectedSha256.isEmpty() ||
                      (e.expectedSha256.size() == 64 && isLowerHex(e.expectedSha256)),
                  "sha256 field not 64 lower-case hex digits", e.text);
        if (!e.valid)
            continue;
        ++valid;
        checkFields(e);
        const QString scheme = e.url.scheme();
        fuzzCheck(e.url.isValid(), "valid entry with an invalid QUrl", e.text);
        fuzzCheck(scheme == u"http" || scheme == u"https", "valid entry not http(s)", e.text);
        fuzzCheck(!e.url.host().isEmpty(), "valid entry without a host", e.text);
        fuzzCheck(e.text.size() <= UrlList::MaxLineLength, "over-long valid entry", e.text);
        const QString shown = UrlList::redacted(e.url);
        fuzzCheck(QUrl(shown).userInfo().isEmpty(), "redacted() keeps user info", shown);
        if (!e.url.password().isEmpty())
            fuzzCheck(!shown.contains(u'@' + e.url.host(QUrl::FullyEncoded)) ||
                          QUrl(shown).password().isEmpty(),
                      "redacted() keeps the password", shown);
    }
    fuzzCheck(valid == list.validCount(), "validCount()");
    fuzzCheck(list.validCount() + list.invalidCount() == list.entries().size(), "counts");
    for (const UrlList::Duplicate &d : list.duplicates())
        fuzzCheck(d.firstLine >= 1 && d.firstLine <= d.line && d.line <= lineCount,
                  "duplicate lines out of order");
}

void checkRanges(const QString &text)
{
    constexpr int limit = 64;
    QString error;
    const QStringList urls = UrlList::expandRanges(text, limit, &error);
    const qint64 count = UrlList::rangeCount(text);
    fuzzCheck(urls.size() <= limit, "expandRanges() beyond its limit", text);
    fuzzCheck(urls.isEmpty() != error.isEmpty(), "expandRanges(): empty iff error", text);
    if (!urls.isEmpty())
        fuzzCheck(count == urls.size(), "rangeCount() disagrees with expandRanges()", text);
    else
        fuzzCheck(count < 0 || count > limit, "expandRanges() refused a small range", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const auto length = qsizetype(size - 1);
    const QString text = (mode & 4) ? QString(reinterpret_cast<const QChar *>(bytes), length / 2)
                                    : QString::fromUtf8(bytes, length);

    UrlList::ParseOptions options;
    options.expandRanges = mode & 2;
    options.rangeLimit = 64;
    const qsizetype lineCount = text.count(u'\n') + text.count(u'\r') + 1;
    const UrlList list =
        (mode & 1) ? UrlList::extract(text, options) : UrlList::parse(text, options);
    checkList(list, lineCount);
    for (const UrlList::Entry &e : list.entries()) {
        if (!e.valid)
            UrlList::redactedText(e.text);
    }
    if (mode & 8)
        checkRanges(text.left(512));
    return 0;
}
