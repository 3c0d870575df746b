#include "sharedcookiejar.h"

#include <QMutexLocker>

// QNetworkCookieJar keeps allCookies() protected; this subclass only exposes it to the store.
class CookieStoreJar final : public QNetworkCookieJar
{
public:
    CookieStoreJar() : QNetworkCookieJar(nullptr)
    {
        // No thread owns it: it receives no events and is only called under the store's mutex,
        // from whichever lane asks.
        moveToThread(nullptr);
    }
    using QNetworkCookieJar::allCookies;
    using QNetworkCookieJar::setAllCookies;
};

CookieStore::CookieStore() : m_jar(std::make_unique<CookieStoreJar>()) {}

CookieStore::~CookieStore() = default;

QList<QNetworkCookie> CookieStore::cookiesForUrl(const QUrl &url) const
{
    QMutexLocker lock(&m_mutex);
    return m_jar->cookiesForUrl(url);
}

bool CookieStore::setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    return m_jar->setCookiesFromUrl(cookies, url);
}

void CookieStore::insertCookies(const QList<QNetworkCookie> &cookies)
{
    QMutexLocker lock(&m_mutex);
    for (const QNetworkCookie &cookie : cookies) {
        // insertCookie() refuses a cookie that is already there; the file's last line wins.
        m_jar->deleteCookie(cookie);
        m_jar->insertCookie(cookie);
    }
}

bool CookieStore::insertCookie(const QNetworkCookie &cookie)
{
    QMutexLocker lock(&m_mutex);
    return m_jar->insertCookie(cookie);
}

bool CookieStore::updateCookie(const QNetworkCookie &cookie)
{
    QMutexLocker lock(&m_mutex);
    return m_jar->updateCookie(cookie);
}

bool CookieStore::deleteCookie(const QNetworkCookie &cookie)
{
    QMutexLocker lock(&m_mutex);
    return m_jar->deleteCookie(cookie);
}

QList<QNetworkCookie> CookieStore::allCookies() const
{
    QMutexLocker lock(&m_mutex);
    return m_jar->allCookies();
}

int CookieStore::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_jar->allCookies().size());
}

void CookieStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_jar->setAllCookies({});
}

LaneCookieJar::LaneCookieJar(CookieStore *store, QObject *parent)
    : QNetworkCookieJar(parent), m_store(store)
{}

QList<QNetworkCookie> LaneCookieJar::cookiesForUrl(const QUrl &url) const
{
    return m_store->cookiesForUrl(url);
}

bool LaneCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    return m_store->setCookiesFromUrl(cookieList, url);
}

bool LaneCookieJar::insertCookie(const QNetworkCookie &cookie)
{
    return m_store->insertCookie(cookie);
}

bool LaneCookieJar::updateCookie(const QNetworkCookie &cookie)
{
    return m_store->updateCookie(cookie);
}

bool LaneCookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    return m_store->deleteCookie(cookie);
}
