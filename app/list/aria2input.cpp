#include "aria2input.h"

#include <QCoreApplication>

#include "linebuilder.h"
#include "listsink.h"

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Aria2Input)
};

// Lines past this are not worth splitting: the list parser refuses them anyway.
constexpr qsizetype maxOptions = 10000;
} // namespace

Aria2Input::Aria2Input(ListSink *sink) : m_sink(sink) {}

bool Aria2Input::isOptionLine(QStringView line)
{
    return !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t') &&
           !line.trimmed().isEmpty();
}

void Aria2Input::addLine(QStringView line)
{
    ++m_line;
    const QStringView content = line.trimmed();
    if (content.isEmpty() || content.front() == u'#')
        return;
    if (isOptionLine(line)) {
        if (m_fileLine == 0) {
            m_sink->note(m_line,
                         Text::tr("aria2 option line without a URI line before it; ignored"));
            return;
        }
        addOption(content);
        return;
    }
    flush();
    startFile(content);
}

void Aria2Input::finish()
{
    flush();
}

void Aria2Input::startFile(QStringView content)
{
    m_fileLine = m_line;
    QStringList others;
    for (const QStringView raw : content.tokenize(u'\t')) {
        const QStringView uri = raw.trimmed();
        if (uri.isEmpty())
            continue;
        if (m_url.isEmpty()) {
            m_url = uri.toString();
            continue;
        }
        if (!LineBuilder::isHttpUrl(uri)) {
            others << uri.toString();
            continue;
        }
        if (m_mirrors.size() < maxOptions)
            m_mirrors << uri.toString();
    }
    // aria2 also takes FTP, SFTP, magnet and torrent URIs: a file keeps its http(s) ones, and
    // a line with none keeps its first URI, which the list parser then refuses with the reason.
    if (!LineBuilder::isHttpUrl(m_url) && !m_mirrors.isEmpty()) {
        others.prepend(m_url);
        m_url = m_mirrors.takeFirst();
    }
    for (const QString &uri : std::as_const(others)) {
        const qsizetype colon = uri.indexOf(u':');
        const QString scheme = colon > 0 ? uri.first(colon).toLower() : Text::tr("non-URL");
        m_sink->note(m_line,
                     Text::tr("ignored: %1 URI (only http and https are fetched)").arg(scheme));
    }
}

void Aria2Input::addOption(QStringView option)
{
    const qsizetype eq = option.indexOf(u'=');
    const QString key = (eq < 0 ? option : option.first(eq)).trimmed().toString();
    const QStringView value = eq < 0 ? QStringView() : option.mid(eq + 1).trimmed();
    if (eq < 0 || key.isEmpty()) {
        m_sink->note(m_line, Text::tr("not an aria2 option (expected NAME=VALUE)"));
        return;
    }
    const QString why = LineBuilder::uncarriable(value);
    if (!why.isEmpty()) {
        if (m_problem.isEmpty())
            m_problem = Text::tr("the aria2 option %1 %2").arg(key, why);
        return;
    }
    if (key == u"out") {
        m_out = value.toString();
    } else if (key == u"dir") {
        m_dir = value.toString();
    } else if (key == u"header") {
        if (m_headers.size() < maxOptions)
            m_headers << value.toString();
    } else if (key == u"checksum") {
        const qsizetype eq2 = value.indexOf(u'=');
        const QString digest = eq2 < 0 ? QString() : LineBuilder::digestKey(value.first(eq2));
        if (eq2 < 0) {
            m_sink->note(m_line, Text::tr("malformed aria2 checksum (expected checksum=ALGO=HEX)"));
        } else if (digest.isEmpty()) {
            m_sink->note(m_line, Text::tr("ignored: checksum algorithm %1 (md5, sha-1, sha-256 and "
                                          "sha-512 are checked)")
                                     .arg(value.first(eq2).toString()));
        } else if (m_digests.size() < maxOptions) {
            m_digests << digest + u'=' + value.mid(eq2 + 1).trimmed().toString();
        }
    } else {
        noteOnce(key, Text::tr("ignored: aria2 option %1").arg(key.left(100)));
    }
}

void Aria2Input::flush()
{
    if (m_fileLine == 0)
        return;
    LineBuilder line(m_url);
    for (const QString &mirror : std::as_const(m_mirrors))
        line.add(u"mirror", mirror);
    // aria2's out= may hold a path below dir=: the list format splits it into dir= and name=.
    QString dir = m_dir;
    QString name = m_out;
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0) {
        // aria2 takes out= relative to dir= even when it starts with '/'.
        QString outDir = name.first(slash);
        while (outDir.startsWith(u'/'))
            outDir.remove(0, 1);
        if (!outDir.isEmpty())
            dir = dir.isEmpty() ? outDir : dir + u'/' + outDir;
        name = name.mid(slash + 1);
    }
    line.add(u"name", name);
    line.add(u"dir", dir);
    for (const QString &digest : std::as_const(m_digests)) {
        const qsizetype eq = digest.indexOf(u'=');
        line.add(QStringView(digest).first(eq), QStringView(digest).mid(eq + 1));
    }
    for (const QString &header : std::as_const(m_headers))
        line.add(u"header", header);
    // A file whose name, folder or digest was lost is not fetched half-described.
    const QString problem = !m_problem.isEmpty() ? m_problem : line.problem();
    if (problem.isEmpty())
        m_sink->put(m_fileLine, line.text());
    else
        m_sink->note(m_fileLine, Text::tr("not converted: %1").arg(problem));
    m_fileLine = 0;
    m_url.clear();
    m_mirrors.clear();
    m_out.clear();
    m_dir.clear();
    m_digests.clear();
    m_headers.clear();
    m_problem.clear();
}

void Aria2Input::noteOnce(const QString &key, const QString &message)
{
    if (m_noted.contains(key) || m_noted.size() >= ListSink::maxNotes)
        return;
    m_noted.insert(key);
    m_sink->note(m_line, message);
}
