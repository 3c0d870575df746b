#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "urlfingerprints.h"
#include "urllist.h"

// Reads a URL list of any length as a stream, in memory that does not grow with the list but
// for a few bytes a line: the headless mode's input. Two passes over the same bytes. scan()
// finds the repeated lines (a UrlFingerprints set, the exact text compared on a fingerprint
// match by reading the earlier line again) and counts the entries; next() then gives the
// entries in order, each exactly as UrlList::parse() would, repeats left out. Standard input
// is copied to a temporary file first, so it can be read twice.
class ListReader final
{
public:
    ListReader();
    ~ListReader();

    bool openFile(const QString &path, QString *error);
    bool openStdin(QString *error);
    void openData(const QByteArray &data);

    // The first pass; calls `duplicate` for every line that repeats an earlier one. Returns the
    // number of entries next() will give.
    qint64 scan(const std::function<void(const UrlList::Duplicate &)> &duplicate = {});
    // The next entry in list order; false at the end. Starts from the top after scan() and
    // after rewind().
    bool next(UrlList::Entry *entry);
    void rewind();

    qint64 entryCount() const { return m_entries; }
    qint64 duplicateCount() const { return m_duplicates; }

    // Lines a reread of an earlier line may have to skip: one file offset is kept per this
    // many lines.
    static constexpr int checkpointLines = 64;
    // Earlier lines' texts kept after a reread, at most.
    static constexpr qsizetype rememberedTexts = 256;

private:
    class Cursor;
    bool openDevices(std::unique_ptr<QIODevice> main, std::unique_ptr<QIODevice> reread,
                     QString *error);
    QString urlTextAt(int line);

    QByteArray m_data;
    std::unique_ptr<QIODevice> m_spool; // standard input, copied
    std::unique_ptr<QIODevice> m_main;
    std::unique_ptr<QIODevice> m_reread;
    std::unique_ptr<Cursor> m_cursor;
    std::vector<qint64> m_checkpoints; // offset of line k * checkpointLines + 1
    std::vector<bool> m_repeats;       // by line: a repeat, left out by next()
    QHash<int, QString> m_rereadTexts; // line -> its URL text, for lines repeated again
    UrlFingerprints m_fingerprints;
    qint64 m_entries = 0;
    qint64 m_duplicates = 0;
};
