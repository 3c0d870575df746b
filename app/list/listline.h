#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "urllist.h"

// Writes an entry back as one line of the list format, as ListFields reads it: the URL, then
// name=, dir=, each digest, each mirror and each header=, TAB-separated. For the session journal,
// --failed-list and "Export Failed as List…". Credentials are never written: user info is
// removed from the URL and the mirrors, and headers that carry credentials are left out.
class ListLine final
{
public:
    // The line; the names of headers left out are appended to *leftOut when it is given.
    static QString of(const UrlList::Entry &entry, QStringList *leftOut = nullptr);
    // Authorization, Proxy-Authorization, Cookie (any case).
    static bool carriesCredentials(const QByteArray &headerName);
};
