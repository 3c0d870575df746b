#include "linebuilder.h"

using namespace Qt::StringLiterals;

LineBuilder::LineBuilder(QStringView url)
{
    const QString why = uncarriable(url);
    if (!why.isEmpty()) {
        m_problem = u"the URL %1"_s.arg(why);
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
            m_problem = u"the %1 %2"_s.arg(key, why);
        return;
    }
    if (m_text.size() + key.size() + value.size() + 2 > maxLength) {
        if (m_problem.isEmpty())
            m_problem =
                u"the line grew past %1 characters; later fields are left out"_s.arg(maxLength);
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
            return u"holds a TAB, which a list line cannot carry"_s;
        if (c == u'\n' || c == u'\r')
            return u"holds a line break, which a list line cannot carry"_s;
    }
    return {};
}
