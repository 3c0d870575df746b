#include "lane.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include "credentialstore.h"
#include "directproxyfactory.h"
#include "netrc.h"
#include "sharedcookiejar.h"

namespace {
constexpr int progressIntervalMs = 50;
constexpr qint64 readChunkBytes = 256 * 1024; // as large as Qt's read buffer: one read drains it
} // namespace

Lane::Lane(NameReservations *names, const TransferConfig &config, int index)
    : m_names(names), m_config(config), m_index(index), m_progressTimer(this)
{
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &Lane::reportProgress);
}

Lane::~Lane()
{
    shutdown();
}

void Lane::setConfig(const TransferConfig &config)
{
    m_config = config;
    if (m_nam)
        applyProxy();
}

void Lane::startAttempt(const AttemptSpec &spec)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
        // One cookie store for the whole batch, whichever lane a request runs on.
        if (m_config.cookies)
            m_nam->setCookieJar(new LaneCookieJar(m_config.cookies, m_nam));
        applyProxy();
        // netrc answers a server's challenge for its own host only; Qt asks again when the
        // answer was wrong, and then the 401 stands.
        connect(m_nam, &QNetworkAccessManager::authenticationRequired, this,
                [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                    // Once per reply: a wrong answer leaves the 401 to end the attempt.
                    if (reply->property("fanout-answered").toBool())
                        return;
                    const QString host = reply->url().host();
                    auto credentials =
                        m_config.credentials ? m_config.credentials->get(host) : std::nullopt;
                    if (!credentials && m_config.netrc)
                        credentials = m_config.netrc->credentialsFor(host);
                    if (!credentials)
                        return;
                    reply->setProperty("fanout-answered", true);
                    authenticator->setUser(credentials->first);
                    authenticator->setPassword(credentials->second);
                });
        connect(m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
                [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                    const auto credentials =
                        m_config.credentials ? m_config.credentials->get(CredentialStore::proxyKey(
                                                   proxy.hostName(), proxy.port()))
                                             : std::nullopt;
                    if (!credentials)
                        return;
                    authenticator->setUser(credentials->first);
                    authenticator->setPassword(credentials->second);
                });
        m_readBuffer.resize(readChunkBytes);
    }
    // The transfer keeps a reference to the config: give it one that outlives it.
    auto *transfer = new Transfer(m_nam, m_names, m_config, spec, &m_readBuffer, this);
    m_transfers.insert(spec.id, transfer);
    connect(transfer, &Transfer::finished, this, [this, transfer](const AttemptResult &result) {
        m_transfers.remove(result.id);
        transfer->deleteLater();
        Q_EMIT attemptFinished(m_index, result);
    });
    connect(transfer, &Transfer::segmentEnded, this,
            [this, id = spec.id, attempt = spec.attempt](bool ok, int status, qint64 retryAfter) {
                Q_EMIT segmentEnded(m_index, id, attempt, ok, status, retryAfter);
            });
    connect(transfer, &Transfer::rangeRefused, this,
            [this, id = spec.id, attempt = spec.attempt](int status, qint64 retryAfter) {
                Q_EMIT rangeRefused(m_index, id, attempt, status, retryAfter);
            });
    if (m_paused)
        transfer->setPaused(true);
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
    transfer->start();
}

void Lane::abortAttempt(ItemId id, ErrorKind kind, const QString &detail)
{
    if (Transfer *transfer = m_transfers.value(id))
        transfer->abort(kind, detail);
}

void Lane::setItemRate(ItemId id, qint64 bytesPerSecond)
{
    if (Transfer *transfer = m_transfers.value(id))
        transfer->setItemRate(bytesPerSecond);
}

void Lane::openSegment(ItemId id)
{
    if (Transfer *transfer = m_transfers.value(id))
        transfer->openSegment();
}

void Lane::setPaused(bool paused)
{
    m_paused = paused;
    // Copy: resuming can finish a transfer, which removes it from the hash.
    const QList<Transfer *> transfers = m_transfers.values();
    for (Transfer *transfer : transfers)
        transfer->setPaused(paused);
}

void Lane::shutdown()
{
    m_progressTimer.stop();
    const QList<Transfer *> transfers = m_transfers.values();
    m_transfers.clear();
    for (Transfer *transfer : transfers) {
        disconnect(transfer, nullptr, this, nullptr);
        // Ended like a cancel, so a part file worth resuming stays on disk for the next run.
        transfer->abort(ErrorKind::Cancelled, QCoreApplication::translate("Lane", "shut down"));
        delete transfer;
    }
    delete m_nam;
    m_nam = nullptr;
}

void Lane::applyProxy()
{
    // The user's proxy as given; otherwise the system's or none, through DirectProxyFactory (the
    // manager owns it).
    if (m_config.proxy && m_config.proxy->type() != QNetworkProxy::NoProxy)
        m_nam->setProxy(*m_config.proxy);
    else
        m_nam->setProxyFactory(new DirectProxyFactory(m_config.proxy
                                                          ? DirectProxyFactory::Proxies::None
                                                          : DirectProxyFactory::Proxies::System));
}

ItemUpdate Lane::updateFor(const Transfer &transfer) const
{
    ItemUpdate update;
    update.id = transfer.spec().id;
    update.state = ItemState::Active;
    update.attempt = transfer.spec().attempt;
    update.maxAttempts = transfer.spec().maxAttempts;
    update.received = transfer.received();
    update.carried = transfer.carried();
    update.total = transfer.total();
    update.httpStatus = transfer.httpStatus();
    update.file = transfer.fileName();
    update.segments = transfer.segmentViews();
    return update;
}

void Lane::reportProgress()
{
    if (m_transfers.isEmpty()) {
        m_progressTimer.stop();
        return;
    }
    QList<ItemUpdate> updates;
    QList<quint64> wanting;
    for (Transfer *transfer : std::as_const(m_transfers)) {
        if (transfer->takeChanged())
            updates.append(updateFor(*transfer));
        // Its id once for each range request it could use now.
        for (int n = transfer->segmentsWanted(); n > 0; --n)
            wanting.append(transfer->spec().id);
    }
    if (!updates.isEmpty())
        Q_EMIT progress(m_index, updates);
    if (!wanting.isEmpty())
        Q_EMIT segmentsWanted(m_index, wanting);
}
