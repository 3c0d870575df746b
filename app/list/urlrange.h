#pragma once

#include <QString>
#include <QStringList>

// The ranges a URL may carry for the window's range expansion: numeric "[001-250]" and letter
// "[a-z]" ranges, how many URLs they stand for, and those URLs within a limit. Brackets that do
// not look like a range (an IPv6 host "[::1]") are literal text.
class UrlRange final
{
public:
    // Zero padding is kept (the width of the first number when it starts with 0); several ranges
    // multiply, the first varying slowest. A URL without ranges gives itself. Empty with *error
    // set when the result would exceed `limit` or a range is malformed or reversed.
    static QStringList expand(const QString &url, int limit, QString *error = nullptr);
    // How many URLs expand() would give, without building them: 1 without ranges, -1 for a
    // malformed or reversed range; saturates at the qint64 maximum.
    static qint64 count(const QString &url);
};
