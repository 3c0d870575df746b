#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

class ListSink;

// Converts an aria2 input file (`aria2c -i`) into the list format, line by line in bounded
// memory. A URI line holds the URIs of one file separated by TABs (the first is the URL, the
// rest mirrors); the option lines after it start with white space. out=, dir=,
// checksum=ALGO=HEX and header= are kept; every other option is reported once by name. The
// converted line lands on the URI line, option lines stay blank, so the list parser reports a
// bad field at the line the user wrote.
class Aria2Input final
{
public:
    explicit Aria2Input(ListSink *sink);

    // One input line without its line break; lines are numbered from 1.
    void addLine(QStringView line);
    // Ends the input: the last file's line is written.
    void finish();

    static bool isOptionLine(QStringView line);

private:
    void startFile(QStringView line);
    void addOption(QStringView option);
    void flush();
    void noteOnce(const QString &key, const QString &message);

    ListSink *m_sink;
    int m_line = 0;
    int m_fileLine = 0; // the pending file's URI line; 0: none
    QString m_url;
    QStringList m_mirrors;
    QString m_out;
    QString m_dir;
    QStringList m_digests; // "sha256=HEX"
    QStringList m_headers;
    QString m_problem;
    QSet<QString> m_noted;
};
