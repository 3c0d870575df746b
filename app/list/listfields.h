#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// The optional tab-separated fields after a list line's URL: a wanted file name and/or
// "sha256=<64 hex digits>", each at most once; empty fields are skipped.
struct ListFields final
{
    QString wantedName;
    QByteArray sha256; // lower-case hex
    QString error;     // why the fields are malformed; empty when they are fine

    // Reads `fields` (the text after the URL's tab). On an error the fields read before it stay
    // set, as the line's entry keeps them.
    static ListFields read(QStringView fields);
};
