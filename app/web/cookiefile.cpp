#include "cookiefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStringList>

#include <optional>

namespace {
constexpr int kMaxReported = 10; // a whole file of garbage should not make a novel
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CookieFile)
};

std::optional<bool> flag(const QByteArray &field)
{
    const QByteArray f = field.trimmed().toUpper();
    if (f == "TRUE")
        return true;
    if (f == "FALSE")
        return false;
    return std::nullopt;
}

// One cookie line; an empty string on success, else why it is malformed.
QString parseLine(QByteArray line, QNetworkCookie *cookie)
{
    static const QByteArray httpOnlyPrefix = "#HttpOnly_";
    bool httpOnly = false;
    if (line.startsWith(httpOnlyPrefix)) {
        httpOnly = true;
        line.remove(0, httpOnlyPrefix.size());
    }
    const QList<QByteArray> fields = line.split('\t');
    // Some exporters drop the value of an empty cookie together with its tab.
    if (fields.size() != 7 && fields.size() != 6)
        return Text::tr("%1 tab-separated fields instead of 7").arg(fields.size());
    QByteArray domain = fields.at(0).trimmed();
    if (domain.startsWith('.'))
        domain.remove(0, 1); // the flag, not the dot, says whether subdomains match
    if (domain.isEmpty() || domain.contains(' ') || domain.contains('/'))
        return Text::tr("bad domain");
    const std::optional<bool> subdomains = flag(fields.at(1));
    if (!subdomains)
        return Text::tr("the include-subdomains field is neither TRUE nor FALSE");
    const QByteArray path = fields.at(2).trimmed();
    if (!path.startsWith('/'))
        return Text::tr("the path does not start with /");
    const std::optional<bool> secure = flag(fields.at(3));
    if (!secure)
        return Text::tr("the secure field is neither TRUE nor FALSE");
    bool ok = false;
    const qint64 expiry = fields.at(4).trimmed().toLongLong(&ok);
    if (!ok || expiry < 0)
        return Text::tr("the expiry is not a number of seconds");
    const QByteArray name = fields.at(5);
    if (name.isEmpty())
        return Text::tr("the cookie has no name");
    const QByteArray value = fields.size() == 7 ? fields.at(6) : QByteArray();

    QNetworkCookie c(name, value);
    const QString host = QString::fromLatin1(domain).toLower();
    c.setDomain(*subdomains ? QLatin1Char('.') + host : host);
    c.setPath(QString::fromUtf8(path));
    c.setSecure(*secure);
    c.setHttpOnly(httpOnly);
    if (expiry != 0)
        c.setExpirationDate(QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC));
    *cookie = c;
    return QString();
}
} // namespace

bool CookieFile::parse(const QByteArray &text, QList<QNetworkCookie> *out, QString *error,
                       const QString &fileName)
{
    out->clear();
    QStringList problems;
    int bad = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith('#') && !line.startsWith("#HttpOnly_"))
            continue;
        QNetworkCookie cookie;
        const QString why = parseLine(line, &cookie);
        if (why.isEmpty()) {
            out->append(cookie);
            continue;
        }
        if (++bad <= kMaxReported)
            problems.append(Text::tr("%1:%2: %3")
                                .arg(fileName.isEmpty() ? Text::tr("cookies") : fileName)
                                .arg(i + 1)
                                .arg(why));
    }
    if (bad == 0)
        return true;
    if (bad > kMaxReported)
        problems.append(Text::tr("… and %1 more malformed lines").arg(bad - kMaxReported));
    *error = problems.join(QLatin1Char('\n'));
    return false;
}

bool CookieFile::load(const QString &path, QList<QNetworkCookie> *out, QString *error)
{
    out->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the cookies file %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error = Text::tr("The cookies file %1 is larger than 64 MB").arg(path);
        return false;
    }
    return parse(file.readAll(), out, error, path);
}
