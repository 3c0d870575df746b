#include "listfields.h"

#include "headerline.h"
#include "subfolder.h"
#include "urlcheck.h"
#include "urlsyntax.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's texts: English without a translator (headless),
// the window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListFields)
};

constexpr qsizetype maxKeyLength = 20;

// The NAME of a field that starts "NAME=" (ASCII letters, digits, '-' and '_', a letter
// first), or an empty view.
QStringView keyOf(QStringView field)
{
    const qsizetype eq = field.indexOf(u'=');
    if (eq <= 0 || eq > maxKeyLength || !UrlSyntax::isAsciiAlpha(field.front()))
        return {};
    const QStringView key = field.first(eq);
    const bool word = std::all_of(key.begin(), key.end(), [](QChar c) {
        return UrlSyntax::isAsciiAlpha(c) || UrlSyntax::isAsciiDigit(c) || c == u'-' || c == u'_';
    });
    return word ? key : QStringView();
}

// "scheme://": a field that is itself a URL is a mirror (aria2's convention).
bool looksLikeUrl(QStringView field)
{
    const QStringView scheme = UrlSyntax::schemeOf(field);
    return !scheme.isEmpty() && field.mid(scheme.size() + 1).startsWith(u"//");
}

// "sha256:HEX", "md5 HEX", "sha1": a digest meant but not written as NAME=HEX.
std::optional<Digest::Algorithm> misspeltDigest(QStringView field)
{
    for (const Digest::Algorithm algorithm : Digest::algorithms) {
        const QLatin1StringView name = Digest::nameOf(algorithm);
        if (field.startsWith(name, Qt::CaseInsensitive) &&
            (field.size() == name.size() || field[name.size()] == u':' ||
             field[name.size()] == u' '))
            return algorithm;
    }
    return std::nullopt;
}

// One line's fields as they are read, so that each kind keeps its own state.
class Reader final
{
public:
    explicit Reader(QStringView url) : m_url(url) {}

    // False with out.error set when the field makes the line invalid.
    bool take(QStringView field)
    {
        const QStringView key = keyOf(field);
        if (key.isEmpty()) {
            if (const auto algorithm = misspeltDigest(field))
                return digest(*algorithm, {});
            return looksLikeUrl(field) ? mirror(field) : name(field);
        }
        const QStringView value = field.mid(key.size() + 1).trimmed();
        if (const auto algorithm = Digest::fromName(key))
            return digest(*algorithm, value);
        if (key.compare(u"name", Qt::CaseInsensitive) == 0)
            return name(value);
        if (key.compare(u"dir", Qt::CaseInsensitive) == 0)
            return dir(value);
        if (key.compare(u"mirror", Qt::CaseInsensitive) == 0)
            return mirror(value);
        if (key.compare(u"header", Qt::CaseInsensitive) == 0)
            return header(value);
        if (key.compare(u"size", Qt::CaseInsensitive) == 0)
            return size(value);
        return fail(
            Text::tr("unknown field '%1=' (a file name with '=' is given as name=…)").arg(key));
    }

    ListFields finish()
    {
        if (m_extras && !m_extras->isEmpty())
            out.extras = std::move(m_extras);
        return std::move(out);
    }

    ListFields out;

private:
    bool fail(const QString &error)
    {
        out.error = error;
        return false;
    }

    ListExtras &extras()
    {
        if (!m_extras)
            m_extras = std::make_shared<ListExtras>();
        return *m_extras;
    }

    bool name(QStringView value)
    {
        if (m_haveName)
            return fail(Text::tr("more than one file name field"));
        if (value.isEmpty())
            return fail(Text::tr("empty name= field"));
        m_haveName = true;
        out.wantedName = value.toString();
        return true;
    }

    bool dir(QStringView value)
    {
        if (m_haveDir)
            return fail(Text::tr("more than one dir= field"));
        m_haveDir = true;
        QString normalized;
        const QString problem = SubFolder::problem(value, &normalized);
        if (!problem.isEmpty())
            return fail(problem);
        extras().dir = normalized;
        return true;
    }

    bool digest(Digest::Algorithm algorithm, QStringView hex)
    {
        const QLatin1StringView name = Digest::nameOf(algorithm);
        const int length = Digest::hexLengthOf(algorithm);
        if (hex.size() != length || !std::all_of(hex.begin(), hex.end(), UrlSyntax::isHexDigit))
            return fail(Text::tr("malformed %1 field (expected %1= and %2 hex digits)")
                            .arg(name)
                            .arg(length));
        const QByteArray lower = hex.toLatin1().toLower();
        if (algorithm == Digest::Algorithm::Sha256) {
            if (!out.sha256.isEmpty())
                return fail(Text::tr("more than one %1 field").arg(name));
            out.sha256 = lower;
            return true;
        }
        if (m_extras && !Digest::find(m_extras->digests, algorithm).isEmpty())
            return fail(Text::tr("more than one %1 field").arg(name));
        extras().digests.append(Digest{algorithm, lower});
        return true;
    }

    bool mirror(QStringView text)
    {
        ++m_mirrorsSeen;
        const QString whole = text.toString();
        QUrl url;
        const QString problem = UrlCheck::problem(whole, &url);
        if (!problem.isEmpty())
            return fail(Text::tr("mirror %1: %2").arg(m_mirrorsSeen).arg(problem));
        // The same place twice adds nothing; a set keeps 10,000 mirrors linear.
        if (text == m_url || m_seen.contains(whole))
            return true;
        m_seen.insert(whole);
        extras().mirrors.append(url);
        return true;
    }

    bool size(QStringView value)
    {
        if (m_extras && m_extras->size >= 0)
            return fail(Text::tr("more than one size= field"));
        bool ok = false;
        const qint64 bytes = value.toLongLong(&ok);
        // Digits only (no sign, no suffix), up to 2^53 bytes.
        if (!ok || value.isEmpty() ||
            !std::all_of(value.begin(), value.end(),
                         [](QChar c) { return c >= u'0' && c <= u'9'; }) ||
            bytes > (qint64(1) << 53))
            return fail(Text::tr("malformed size field (expected size= and a byte count)"));
        extras().size = bytes;
        return true;
    }

    bool header(QStringView line)
    {
        HeaderLine::Header parsed;
        QString error;
        if (!HeaderLine::parse(line.toString(), &parsed, &error))
            return fail(Text::tr("header= field: %1").arg(error));
        extras().headers.append(parsed);
        return true;
    }

    QStringView m_url;
    std::shared_ptr<ListExtras> m_extras;
    QSet<QString> m_seen;
    int m_mirrorsSeen = 0;
    bool m_haveName = false;
    bool m_haveDir = false;
};

} // namespace

ListFields ListFields::read(QStringView fields, QStringView url)
{
    Reader reader(url);
    for (const QStringView raw : fields.tokenize(u'\t')) {
        const QStringView field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (!reader.take(field))
            break;
    }
    return reader.finish();
}
