#pragma once

#include <QSaveFile>
#include <QString>

#include "result.h"
#include "urllist.h"

// The items of a batch that did not end ok, written as a list that runs exactly those again:
// each as its list line (ListLine: name, dir, digests, mirrors and headers kept, credentials
// never), an invalid input line as a "# line N: reason" comment. For --failed-list and the
// window's "Export Failed as List…". The file appears whole when committed, or not at all.
class FailedList final
{
public:
    // The text `entry` adds, ending in a line break; empty when `result` is ok.
    static QString linesFor(const UrlList::Entry &entry, const Result &result);

    bool open(const QString &path, QString *error);
    void add(const UrlList::Entry &entry, const Result &result);
    int count() const { return m_count; }
    bool commit(QString *error);

private:
    QSaveFile m_file;
    int m_count = 0;
};
