#include "failedlist.h"

#include <QStringList>

#include "listline.h"

namespace {
// A reason on one comment line: line breaks and other control characters become spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    return text;
}
} // namespace

QString FailedList::linesFor(const UrlList::Entry &entry, const Result &result)
{
    if (result.isOk())
        return {};
    if (!entry.valid)
        return QStringLiteral("# line %1: %2\n").arg(entry.line).arg(oneLine(entry.reason));
    QStringList leftOut;
    const QString line = ListLine::of(entry, &leftOut);
    QString text;
    if (!leftOut.isEmpty()) {
        text = QStringLiteral("# line %1: header %2 left out (credentials are never written)\n")
                   .arg(entry.line)
                   .arg(leftOut.join(QStringLiteral(", ")));
    }
    return text + line + u'\n';
}

bool FailedList::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.write("# Fanout: the items that did not end ok; run them again with fanout --headless "
                 "THIS-FILE\n");
    return true;
}

void FailedList::add(const UrlList::Entry &entry, const Result &result)
{
    const QString text = linesFor(entry, result);
    if (text.isEmpty() || !m_file.isOpen())
        return;
    m_file.write(text.toUtf8());
    ++m_count;
}

bool FailedList::commit(QString *error)
{
    if (!m_file.isOpen() || !m_file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}
