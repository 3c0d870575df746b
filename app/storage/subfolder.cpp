#include "subfolder.h"

#include <QDir>
#include <QFileInfo>

#include "filename.h"

using namespace Qt::StringLiterals;

namespace {
bool isDotOrDots(QStringView part)
{
    return part == u"." || part == u"..";
}
} // namespace

QString SubFolder::problem(QStringView text, QString *normalized)
{
    if (text.isEmpty())
        return u"empty dir= field"_s;
    if (text.size() > MaxLength)
        return u"dir= is longer than %1 characters"_s.arg(MaxLength);
    if (text.contains(u'\\'))
        return u"dir= may not contain a backslash (use / between folders)"_s;
    if (text.front() == u'/')
        return u"dir= must be relative to the output folder (it starts with /)"_s;
    if (text.size() >= 2 && text[1] == u':' && text[0].isLetter())
        return u"dir= must be relative to the output folder (it starts with a drive letter)"_s;
    QStringView rest = text;
    if (rest.endsWith(u'/'))
        rest.chop(1);
    QStringList parts;
    int index = 0;
    for (const QStringView part : rest.tokenize(u'/')) {
        ++index;
        if (index > MaxParts)
            return u"dir= has more than %1 folders"_s.arg(MaxParts);
        if (part.isEmpty())
            return u"dir= has an empty folder name (//)"_s;
        if (isDotOrDots(part))
            return u"dir= may not contain '.' or '..' (it must stay inside the output folder)"_s;
        const QByteArray decoded = QByteArray::fromPercentEncoding(part.toUtf8());
        if (decoded == "." || decoded == ".." || decoded.contains('/') || decoded.contains('\\'))
            return u"dir= may not contain an encoded '.', '..' or separator"_s;
        const QString whole = part.toString();
        if (FileName::sanitized(whole, QString()) != whole)
            return u"dir= folder %1 is not a safe name (no leading dot, control or reserved "
                   "characters, device names or trailing dots and spaces)"_s.arg(index);
        parts.append(whole);
    }
    *normalized = parts.join(u'/');
    return {};
}

QString SubFolder::make(const QString &base, const QString &relative, QString *error)
{
    if (!QFileInfo(base).isDir() && !QDir().mkpath(base)) {
        *error = u"cannot create output folder %1"_s.arg(QDir::toNativeSeparators(base));
        return {};
    }
    const QString root = QFileInfo(base).canonicalFilePath();
    if (root.isEmpty()) {
        *error = u"cannot find output folder %1"_s.arg(QDir::toNativeSeparators(base));
        return {};
    }
    QString current = root;
    for (const QStringView part : QStringView(relative).tokenize(u'/')) {
        const QString next = current + u'/' + part.toString();
        const QFileInfo info(next);
        if (info.isSymLink()) {
            *error = u"refused: %1 is a symbolic link (dir= stays inside the output folder)"_s.arg(
                QDir::toNativeSeparators(next));
            return {};
        }
        // mkdir fails when another transfer made it first: what counts is a folder now.
        if (!info.exists() && !QDir(current).mkdir(part.toString()) && !QFileInfo(next).isDir()) {
            *error = u"cannot create folder %1"_s.arg(QDir::toNativeSeparators(next));
            return {};
        }
        if (!QFileInfo(next).isDir() || QFileInfo(next).isSymLink()) {
            *error = u"%1 exists and is not a folder"_s.arg(QDir::toNativeSeparators(next));
            return {};
        }
        current = next;
    }
    const QString real = QFileInfo(current).canonicalFilePath();
    if (real != root && !real.startsWith(root + u'/')) {
        *error =
            u"refused: %1 leads outside the output folder"_s.arg(QDir::toNativeSeparators(current));
        return {};
    }
    return real;
}
