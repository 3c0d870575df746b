#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include "urllist.h"

// What a pasted text would add: the entries (invalid lines included), and each problem worded
// for the paste feedback (invalid lines, duplicates, URLs already in the table, ranges), the
// first MaxShownProblems of them. Text that is not a clean list yields its http(s) links; a
// text too large to be a list is refused with a reason. Pure and thread-safe: the input panel
// runs it on a worker thread for long texts.
struct PasteAnalysis
{
    static constexpr int RangeLimit = 10000;
    static constexpr qsizetype MaxEntries = 200000; // URLs one paste or file may add
    static constexpr qsizetype MaxChars = 64 * 1024 * 1024;
    static constexpr int MaxShownProblems = 500; // beyond this the list says how many more

    struct Problem
    {
        int line = 0;
        QString message;
        bool error = false; // invalid (red) rather than skipped or informational
    };

    UrlList list;
    bool extracted = false;         // links picked out of free text
    QList<UrlList::Entry> accepted; // what will be added, invalid lines included
    QList<Problem> problems;        // the first MaxShownProblems, by line
    qsizetype problemCount = 0;
    qsizetype duplicates = 0;
    int alreadyKnown = 0;
    QString refusal; // non-empty: the text was not read (too large), and why

    // `known`: the URLs already in the table (redacted); such lines are skipped, with a word.
    static PasteAnalysis of(const QString &text, const QSet<QString> &known);
};
