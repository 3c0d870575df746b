#pragma once

#include <QList>
#include <QMutex>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrl>

#include <memory>

class CookieStoreJar;

// The cookies of one batch, shared by every lane: the cookies.txt the user gave and whatever the
// servers set during the batch. Lives in memory only, so cookies never reach the CSV or a file.
// Matching (domain vs host-only, path, secure only over https, expired not sent) is
// QNetworkCookieJar's RFC 6265 logic, run on a private jar that no manager owns.
// Thread-safe: every function takes the store's mutex.
class CookieStore final
{
public:
    CookieStore();
    ~CookieStore();
    CookieStore(const CookieStore &) = delete;
    CookieStore &operator=(const CookieStore &) = delete;

    // What a request to url may send.
    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const;
    // Set-Cookie from a response to url, validated as QNetworkCookieJar does (a server cannot
    // set cookies for another domain); true when any was accepted.
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url);
    // Cookies as given, without checking them against a url: the user's cookies.txt. A cookie
    // with the same name, domain and path replaces the one there.
    void insertCookies(const QList<QNetworkCookie> &cookies);
    bool insertCookie(const QNetworkCookie &cookie);
    bool updateCookie(const QNetworkCookie &cookie);
    bool deleteCookie(const QNetworkCookie &cookie);

    QList<QNetworkCookie> allCookies() const;
    int count() const;
    void clear();

private:
    mutable QMutex m_mutex;
    std::unique_ptr<CookieStoreJar> m_jar;
};

// The jar of one lane's QNetworkAccessManager. The manager takes ownership and calls it from the
// lane's thread; every call goes to the batch's CookieStore, so a cookie one lane receives is
// sent by all. Holds no cookies itself. The store must outlive the jar.
class LaneCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT

public:
    explicit LaneCookieJar(CookieStore *store, QObject *parent = nullptr);

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;

private:
    CookieStore *m_store;
};
