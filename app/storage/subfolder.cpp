#include "subfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "filename.h"

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window (QCoreApplication::translate is thread-safe).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubFolder)
};

bool isDotOrDots(QStringView part)
{
    return part == u"." || part == u"..";
}
} // namespace

QString SubFolder::problem(QStringView text, QString *normalized)
{
    if (text.isEmpty())
        return Text::tr("empty dir= field");
    if (text.size() > MaxLength)
        return Text::tr("dir= is longer than %1 characters").arg(MaxLength);
    if (text.contains(u'\\'))
        return Text::tr("dir= may not contain a backslash (use / between folders)");
    if (text.front() == u'/')
        return Text::tr("dir= must be relative to the output folder (it starts with /)");
    if (text.size() >= 2 && text[1] == u':' && text[0].isLetter())
        return Text::tr(
            "dir= must be relative to the output folder (it starts with a drive letter)");
    QStringView rest = text;
    if (rest.endsWith(u'/'))
        rest.chop(1);
    QStringList parts;
    int index = 0;
    for (const QStringView part : rest.tokenize(u'/')) {
        ++index;
        if (index > MaxParts)
            return Text::tr("dir= has more than %1 folders").arg(MaxParts);
        if (part.isEmpty())
            return Text::tr("dir= has an empty folder name (//)");
        if (isDotOrDots(part))
            return Text::tr(
                "dir= may not contain '.' or '..' (it must stay inside the output folder)");
        const QByteArray decoded = QByteArray::fromPercentEncoding(part.toUtf8());
        if (decoded == "." || decoded == ".." || decoded.contains('/') || decoded.contains('\\'))
            return Text::tr("dir= may not contain an encoded '.', '..' or separator");
        const QString whole = part.toString();
        if (FileName::sanitized(whole, QString()) != whole)
            return Text::tr(
                       "dir= folder %1 is not a safe name (no leading dot, control or reserved "
                       "characters, device names or trailing dots and spaces)")
                .arg(index);
        parts.append(whole);
    }
    *normalized = parts.join(u'/');
    return {};
}

QString SubFolder::make(const QString &base, const QString &relative, QString *error)
{
    if (!QFileInfo(base).isDir() && !QDir().mkpath(base)) {
        *error = Text::tr("cannot create output folder %1").arg(QDir::toNativeSeparators(base));
        return {};
    }
    const QString root = QFileInfo(base).canonicalFilePath();
    if (root.isEmpty()) {
        *error = Text::tr("cannot find output folder %1").arg(QDir::toNativeSeparators(base));
        return {};
    }
    QString current = root;
    for (const QStringView part : QStringView(relative).tokenize(u'/')) {
        const QString next = current + u'/' + part.toString();
        const QFileInfo info(next);
        if (info.isSymLink()) {
            *error =
                Text::tr("refused: %1 is a symbolic link (dir= stays inside the output folder)")
                    .arg(QDir::toNativeSeparators(next));
            return {};
        }
        // mkdir fails when another transfer made it first: what counts is a folder now.
        if (!info.exists() && !QDir(current).mkdir(part.toString()) && !QFileInfo(next).isDir()) {
            *error = Text::tr("cannot create folder %1").arg(QDir::toNativeSeparators(next));
            return {};
        }
        if (!QFileInfo(next).isDir() || QFileInfo(next).isSymLink()) {
            *error = Text::tr("%1 exists and is not a folder").arg(QDir::toNativeSeparators(next));
            return {};
        }
        current = next;
    }
    const QString real = QFileInfo(current).canonicalFilePath();
    if (real != root && !real.startsWith(root + u'/')) {
        *error = Text::tr("refused: %1 leads outside the output folder")
                     .arg(QDir::toNativeSeparators(current));
        return {};
    }
    return real;
}
