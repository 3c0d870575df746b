#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Per-host credentials from a .netrc file (--netrc-file): "machine", "login", "password",
// "account" (read, unused), "default" and "macdef" (its body, up to a blank line, is skipped).
// Tokens are separated by any whitespace, newlines included; a token may be double-quoted with
// \" \\ \n \r \t escapes, for passwords with spaces. '#' starts a comment to the end of the line
// only where a keyword is expected, so a password may start with '#'.
// Error messages give a line number and never a token's text: they may end up in a log.
// A parsed Netrc is immutable: safe to read from any thread.
class Netrc final
{
public:
    struct Entry
    {
        QString machine; // lower case; empty for "default"
        QString login;
        QString password;
    };

    // nullopt with *error (when given) on a syntax error.
    static std::optional<Netrc> parse(const QByteArray &text, QString *error = nullptr);
    // nullopt with *error when the file cannot be read or has a syntax error.
    static std::optional<Netrc> load(const QString &path, QString *error);

    // The first "machine" whose name equals host (case-insensitive), else "default", else none.
    std::optional<std::pair<QString, QString>> credentialsFor(const QString &host) const;

    const QList<Entry> &entries() const { return m_entries; }
    bool hasDefault() const { return m_default.has_value(); }

private:
    QList<Entry> m_entries;
    std::optional<Entry> m_default;
};
