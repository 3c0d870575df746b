// Fuzzes Content-Disposition parsing and file-name derivation, and checks the promise that
// matters: whatever the server sends, the name is a safe bare name inside the output folder.
// Input: header bytes, '\n', URL text; with the first byte's low bit set, the rest is instead a
// raw UTF-16 name for sanitized() with a byte cap taken from the second byte.
#include <QUrl>

#include <cstddef>
#include <cstdint>

#include "filename.h"
#include "fuzzcheck.h"

namespace {

bool isReserved(QStringView name)
{
    const qsizetype dot = name.indexOf(u'.');
    const QString base = (dot < 0 ? name : name.first(dot)).trimmed().toString().toUpper();
    if (base == u"CON" || base == u"PRN" || base == u"AUX" || base == u"NUL" || base == u"CONIN$" ||
        base == u"CONOUT$")
        return true;
    return base.size() == 4 && (base.startsWith(u"COM") || base.startsWith(u"LPT")) &&
           base[3] >= u'1' && base[3] <= u'9';
}

void checkSafeName(const QString &name, int maxBytes)
{
    fuzzCheck(!name.isEmpty(), "empty name", name);
    fuzzCheck(name != u"." && name != u"..", "dot name", name);
    fuzzCheck(!name.startsWith(u'.'), "leading dot", name);
    fuzzCheck(!name.endsWith(u'.') && !name.endsWith(u' '), "trailing dot or space", name);
    fuzzCheck(name.toUtf8().size() <= maxBytes, "over the byte cap", name);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const bool pair =
            name[i].isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate();
        fuzzCheck(pair || !name[i].isSurrogate(), "lone surrogate", name);
        i += pair ? 1 : 0;
    }
    fuzzCheck(!isReserved(name), "reserved device name", name);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        fuzzCheck(u != u'/' && u != u'\\', "path separator", name);
        fuzzCheck(u >= 0x20 && !(u >= 0x7f && u <= 0x9f), "control character", name);
        fuzzCheck(u != 0x2215 && u != 0x2044 && u != 0xff0f && u != 0x29f8 && u != 0xff3c &&
                      u != 0x2216,
                  "slash look-alike", name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    if (data[0] & 1) {
        const int maxBytes = 4 + data[1];
        const QString raw(reinterpret_cast<const QChar *>(data + 2), qsizetype(size - 2) / 2);
        checkSafeName(FileName::sanitized(raw, QStringLiteral("download"), maxBytes), maxBytes);
        const QString bare = FileName::sanitized(raw, QString(), maxBytes);
        if (!bare.isEmpty())
            checkSafeName(bare, maxBytes);
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    const QByteArray urlText = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QUrl url = (data[0] & 2) ? QUrl::fromEncoded(urlText)
                                   : QUrl(QString::fromUtf8(urlText), QUrl::TolerantMode);

    const QString fromHeader = FileName::fromContentDisposition(header);
    const QString safe = FileName::sanitized(fromHeader, QString());
    if (!safe.isEmpty())
        checkSafeName(safe, 200);
    FileName::fromUrl(url);
    const QString chosen = FileName::choose(header, url);
    checkSafeName(chosen, 200);
    const QString numbered = FileName::withSuffix(chosen, 1 + data[0] % 7);
    fuzzCheck(!numbered.startsWith(u'.') && !numbered.contains(u'/') && !numbered.contains(u'\\'),
              "withSuffix() made an unsafe name", numbered);
    return 0;
}
