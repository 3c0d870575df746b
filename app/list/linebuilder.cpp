#include "linebuilder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's texts: English without a translator (headless), the
// window's language in the window.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LineBuilder)
};
} // namespace

LineBuilder::LineBuilder(QStringView url)
{
    const QString why = uncarriable(url);
    if (!why.isEmpty()) {
        m_problem = Text::tr("the URL %1").arg(why);
        return;
    }
    m_text = url.trimmed().toString();
    m_hasUrl = !m_text.isEmpty();
}

void LineBuilder::add(QStringView key, QStringView value)
{
    if (!m_hasUrl || value.trimmed().isEmpty())
        return;
    const QString why = uncarriable(value);
    if (!why.isEmpty()) {
        if (m_problem.isEmpty())
            m_problem = Text::tr("the %1 %2").arg(key, why);
        return;
    }
    if (m_text.size() + key.size() + value.size() + 2 > maxLength) {
        if (m_problem.isEmpty())
            m_problem = Text::tr("the line grew past %1 characters; later fields are left out")
                            .arg(maxLength);
        return;
    }
    m_text += u'\t';
    m_text += key;
    m_text += u'=';
    m_text += value.trimmed();
}

QString LineBuilder::digestKey(QStringView algorithm)
{
    QString a = algorithm.trimmed().toString().toLower();
    a.remove(u'-');
    a.remove(u'_');
    if (a == u"md5" || a == u"sha1" || a == u"sha256" || a == u"sha512")
        return a;
    return {};
}

QString LineBuilder::digestKeyForLength(qsizetype hexDigits)
{
    switch (hexDigits) {
    case 32:
        return u"md5"_s;
    case 40:
        return u"sha1"_s;
    case 64:
        return u"sha256"_s;
    case 128:
        return u"sha512"_s;
    default:
        return {};
    }
}

bool LineBuilder::isHttpUrl(QStringView url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive) ||
           url.startsWith(u"https://", Qt::CaseInsensitive);
}

QString LineBuilder::uncarriable(QStringView value)
{
    for (const QChar c : value) {
        if (c == u'\t')
            return Text::tr("holds a TAB, which a list line cannot carry");
        if (c == u'\n' || c == u'\r')
            return Text::tr("holds a line break, which a list line cannot carry");
    }
    return {};
}
