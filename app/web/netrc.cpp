#include "netrc.h"

#include <QCoreApplication>
#include <QFile>

namespace {
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

// The translation context of this file's texts (lupdate reads the macro; a free tr() it
// could not place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Netrc)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Walks the text token by token, keeping the line number for messages.
class Lexer final
{
public:
    explicit Lexer(const QByteArray &text) : m_text(text) {}

    int line() const { return m_line; }

    // The next token; nullopt at the end. *bad is set on an unterminated quote.
    // commentsAllowed: '#' at a token start skips to the end of the line.
    std::optional<QByteArray> next(bool commentsAllowed, bool *bad)
    {
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return std::nullopt;
            if (commentsAllowed && m_text.at(m_pos) == '#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != '\n')
                    ++m_pos;
                continue;
            }
            break;
        }
        QByteArray token;
        if (m_text.at(m_pos) == '"') {
            ++m_pos;
            for (;;) {
                if (m_pos >= m_text.size()) {
                    *bad = true;
                    return std::nullopt;
                }
                char c = m_text.at(m_pos++);
                if (c == '"')
                    break;
                if (c == '\n')
                    ++m_line;
                if (c == '\\' && m_pos < m_text.size()) {
                    c = m_text.at(m_pos++);
                    c = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
                }
                token += c;
            }
            return token;
        }
        while (m_pos < m_text.size() && !isSpace(m_text.at(m_pos)))
            token += m_text.at(m_pos++);
        return token;
    }

    // After "macdef name": the body runs to the first empty line (two newlines in a row).
    void skipMacroBody()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != '\n')
            ++m_pos; // the rest of the macdef line
        while (m_pos < m_text.size()) {
            ++m_pos;
            ++m_line;
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text.at(end) != '\n')
                ++end;
            const bool blank = m_text.mid(m_pos, end - m_pos).trimmed().isEmpty();
            m_pos = end;
            if (blank)
                return;
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text.at(m_pos))) {
            if (m_text.at(m_pos) == '\n')
                ++m_line;
            ++m_pos;
        }
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};
} // namespace

std::optional<Netrc> Netrc::parse(const QByteArray &text, QString *error)
{
    const auto fail = [error](int line, const QString &why) -> std::optional<Netrc> {
        if (error)
            *error = Text::tr("netrc line %1: %2").arg(line).arg(why);
        return std::nullopt;
    };
    Netrc netrc;
    Lexer lexer(text);
    Entry *current = nullptr; // the machine or default whose fields follow
    bool bad = false;
    for (;;) {
        const std::optional<QByteArray> keyword = lexer.next(true, &bad);
        if (bad)
            return fail(lexer.line(), Text::tr("unterminated quote"));
        if (!keyword)
            break;
        const auto value = [&]() { return lexer.next(false, &bad); };
        if (*keyword == "machine") {
            const std::optional<QByteArray> name = value();
            if (bad)
                return fail(lexer.line(), Text::tr("unterminated quote"));
            if (!name || name->isEmpty())
                return fail(lexer.line(), Text::tr("\"machine\" without a host name"));
            netrc.m_entries.append(Entry{QString::fromUtf8(*name).toLower(), {}, {}});
            current = &netrc.m_entries.last();
        } else if (*keyword == "default") {
            netrc.m_default = Entry{};
            current = &*netrc.m_default;
        } else if (*keyword == "login" || *keyword == "password" || *keyword == "account") {
            const std::optional<QByteArray> v = value();
            if (bad)
                return fail(lexer.line(), Text::tr("unterminated quote"));
            if (!v)
                return fail(lexer.line(),
                            Text::tr("\"%1\" without a value").arg(QString::fromLatin1(*keyword)));
            if (!current)
                return fail(lexer.line(), Text::tr("\"%1\" before any \"machine\" or \"default\"")
                                              .arg(QString::fromLatin1(*keyword)));
            if (*keyword == "login")
                current->login = QString::fromUtf8(*v);
            else if (*keyword == "password")
                current->password = QString::fromUtf8(*v);
        } else if (*keyword == "macdef") {
            if (!value())
                return fail(lexer.line(), bad ? Text::tr("unterminated quote")
                                              : Text::tr("\"macdef\" without a name"));
            lexer.skipMacroBody();
            current = nullptr; // a macro ends the entry it appears in
        } else {
            // The token's text might be a password that lost its keyword: never echo it.
            return fail(lexer.line(), Text::tr("unknown keyword"));
        }
    }
    return netrc;
}

std::optional<Netrc> Netrc::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the netrc file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = Text::tr("The netrc file %1 is larger than 16 MB").arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<Netrc> netrc = parse(file.readAll(), &why);
    if (!netrc)
        *error = path + QStringLiteral(": ") + why;
    return netrc;
}

std::optional<std::pair<QString, QString>> Netrc::credentialsFor(const QString &host) const
{
    const QString wanted = host.toLower();
    for (const Entry &entry : m_entries) {
        if (entry.machine == wanted)
            return std::make_pair(entry.login, entry.password);
    }
    if (m_default)
        return std::make_pair(m_default->login, m_default->password);
    return std::nullopt;
}
