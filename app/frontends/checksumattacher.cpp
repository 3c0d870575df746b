#include "checksumattacher.h"

#include <QCoreApplication>
#include <QUrl>

#include "filename.h"
#include "linebuilder.h"

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumAttacher)
};

constexpr qsizetype maxConflicts = 100;

// The value of a `key=` field, or a null view.
QStringView valueOf(QStringView field, QStringView key)
{
    if (field.size() > key.size() && field.startsWith(key, Qt::CaseInsensitive) &&
        field[key.size()] == u'=')
        return field.mid(key.size() + 1);
    return {};
}

bool isKnownField(QStringView field)
{
    const qsizetype eq = field.indexOf(u'=');
    if (eq <= 0)
        return false;
    const QStringView key = field.first(eq);
    for (const QStringView known :
         {u"name", u"dir", u"md5", u"sha1", u"sha256", u"sha512", u"mirror", u"header"}) {
        if (key.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ChecksumAttacher::ChecksumAttacher(ChecksumFile sums) : m_sums(std::move(sums)) {}

QString ChecksumAttacher::fileNameOf(QStringView line)
{
    const QStringView content = line.trimmed();
    if (content.isEmpty() || content.startsWith(u'#'))
        return {};
    QStringView url;
    QStringView name;
    QStringView dir;
    for (const QStringView raw : content.tokenize(u'\t')) {
        const QStringView field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (url.isNull()) {
            url = field;
            continue;
        }
        if (const QStringView v = valueOf(field, u"name"); !v.isNull())
            name = v;
        else if (const QStringView d = valueOf(field, u"dir"); !d.isNull())
            dir = d;
        else if (!LineBuilder::isHttpUrl(field) && !isKnownField(field))
            name = field; // the bare name field of the older format
    }
    if (!LineBuilder::isHttpUrl(url))
        return {};
    const QString file = name.isEmpty() ? FileName::choose(QByteArray(), QUrl(url.toString()))
                                        : FileName::sanitized(name.trimmed().toString());
    const QString folder = ChecksumFile::normalized(dir.trimmed());
    return folder.isEmpty() ? file : folder + u'/' + file;
}

QString ChecksumAttacher::attach(QStringView line)
{
    if (m_sums.isEmpty())
        return line.toString();
    const QString file = fileNameOf(line);
    const auto found = file.isEmpty() ? m_sums.digests().cend() : m_sums.digests().constFind(file);
    if (found == m_sums.digests().cend())
        return line.toString();
    m_matched.insert(file);
    QString out = line.toString();
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    bool added = false;
    for (const ChecksumFile::Digest &digest : *found) {
        QStringView given;
        for (const QStringView field : line.tokenize(u'\t')) {
            if (const QStringView v = valueOf(field.trimmed(), digest.key); !v.isNull())
                given = v.trimmed();
        }
        if (!given.isNull()) {
            if (given.compare(digest.hex, Qt::CaseInsensitive) != 0 &&
                m_conflicts.size() < maxConflicts)
                m_conflicts << Text::tr(
                                   "%1: the list's %2 differs from line %3 of the checksum file; "
                                   "the list's is kept")
                                   .arg(file, digest.key)
                                   .arg(digest.line);
            continue;
        }
        out += u'\t' + digest.key + u'=' + digest.hex;
        added = true;
    }
    if (added)
        ++m_attached;
    return out;
}

QString ChecksumAttacher::attachAll(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'\n' && text[i] != u'\r')
            continue;
        out += attach(text.mid(start, i - start));
        if (i < text.size()) {
            out += text[i];
            if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                out += text[++i];
        }
        start = i + 1;
    }
    return out;
}

QStringList ChecksumAttacher::unmatched() const
{
    QStringList names;
    for (auto it = m_sums.digests().cbegin(); it != m_sums.digests().cend(); ++it) {
        if (!m_matched.contains(it.key()))
            names << it.key();
    }
    names.sort();
    return names;
}
