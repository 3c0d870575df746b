#include "headerline.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeaderLine)
};

bool isTokenChar(QChar c)
{
    if (c.unicode() > 0x7e || c.unicode() <= 0x20)
        return false;
    return !QStringLiteral("\"(),/:;<=>?@[\\]{}").contains(c);
}

QStringList linesOf(const QString &text)
{
    QString unified = text;
    unified.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return unified.split(QLatin1Char('\n'));
}
} // namespace

bool HeaderLine::isValidValue(const QString &value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u > 0xff || (u < 0x20 && u != u'\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool HeaderLine::parse(const QString &line, Header *out, QString *error)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        *error = Text::tr("\"Name: value\" expected");
        return false;
    }
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (name.isEmpty()) {
        *error = Text::tr("the header has no name");
        return false;
    }
    for (const QChar c : name) {
        if (!isTokenChar(c)) {
            *error =
                Text::tr("the header name \"%1\" has a character names may not have").arg(name);
            return false;
        }
    }
    if (!isValidValue(value)) {
        *error =
            Text::tr("the value of %1 has a control character or one beyond Latin-1").arg(name);
        return false;
    }
    *out = Header(name.toLatin1(), value.toLatin1());
    return true;
}

bool HeaderLine::parseLines(const QString &text, QList<Header> *out, QString *error)
{
    out->clear();
    const QStringList lines = linesOf(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        Header header;
        QString why;
        if (!parse(lines.at(i), &header, &why)) {
            *error = Text::tr("Line %1: %2").arg(i + 1).arg(why);
            return false;
        }
        out->append(header);
    }
    return true;
}

bool HeaderLine::parseHostLines(const QString &text, QList<HostHeader> *out, QString *error)
{
    out->clear();
    const QStringList lines = linesOf(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            *error = Text::tr("Line %1: %2").arg(i + 1).arg(why);
            return false;
        };
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(Text::tr("\"host: Name: value\" expected"));
        const QString host = line.left(colon).trimmed().toLower();
        if (host.isEmpty())
            return fail(Text::tr("no host before the first colon"));
        for (const QChar c : host) {
            const bool ok = c.isLetterOrNumber() || c == QLatin1Char('.') ||
                            c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return fail(
                    Text::tr("\"%1\" is not a host name (no scheme, port or path)").arg(host));
        }
        Header header;
        QString why;
        if (!parse(line.mid(colon + 1), &header, &why))
            return fail(why);
        out->append(HostHeader(host, header));
    }
    return true;
}

QString HeaderLine::format(const QList<Header> &headers)
{
    QStringList lines;
    for (const Header &h : headers)
        lines.append(QString::fromLatin1(h.first + ": " + h.second));
    return lines.join(QLatin1Char('\n'));
}

QString HeaderLine::formatHostLines(const QList<HostHeader> &headers)
{
    QStringList lines;
    for (const HostHeader &h : headers)
        lines.append(h.first + QLatin1String(": ") +
                     QString::fromLatin1(h.second.first + ": " + h.second.second));
    return lines.join(QLatin1Char('\n'));
}
