#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>

#include "listextras.h"

// The optional tab-separated fields after a list line's URL, in any order: a file name (bare,
// or name=NAME), dir=SUB/DIR, md5=, sha1=, sha256=, sha512= (hex in either case), mirrors (a
// field that is itself an http(s) URL, or mirror=URL) and header=Name: value. Empty fields are
// skipped; a field given twice that can only be once, a malformed value or an unknown NAME= is
// an error that names it.
struct ListFields final
{
    QString wantedName;
    QByteArray sha256;                        // lower-case hex
    std::shared_ptr<const ListExtras> extras; // null when the line has none
    QString error; // why the fields are malformed; empty when they are fine

    // Reads `fields` (the text after the URL's tab). `url` is the line's own URL text: a mirror
    // that repeats it, or an earlier mirror, is dropped. On an error the fields read before it
    // stay set, as the line's entry keeps them.
    static ListFields read(QStringView fields, QStringView url = {});
    // Lines longer than this are refused before their fields are read: room for 10,000 mirrors.
    static constexpr qsizetype MaxLength = 4 * 1024 * 1024;
};
