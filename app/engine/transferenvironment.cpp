#include "transferenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

#include "bandwidthlimiter.h"
#include "completedindex.h"
#include "cookiefile.h"
#include "credentialstore.h"
#include "netrc.h"
#include "proxyspec.h"
#include "sha256.h"
#include "sharedcookiejar.h"
#include "truststore.h"

namespace {
std::optional<QSslConfiguration> sslFor(const EngineOptions &options)
{
    if (options.extraCaCertificates.isEmpty())
        return std::nullopt;
    return TrustStore::configuration(options.extraCaCertificates);
}
} // namespace

TransferEnvironment::TransferEnvironment(const EngineOptions &options, CredentialStore *credentials)
    : m_options(options), m_credentials(credentials)
{
    m_completed = std::make_unique<CompletedIndex>(
        options.completedIndexPath.isEmpty() ? CompletedIndex::defaultPath()
                                             : options.completedIndexPath,
        options.outputDir.isEmpty() ? QDir::currentPath() : options.outputDir);
    m_cookies = std::make_unique<CookieStore>();
    m_bandwidth = std::make_unique<BandwidthLimiter>(options.limitRateBytes);
    m_ssl = sslFor(options);
    loadSiteFiles();
    // libcrypto loads and reads its configuration on first use (about 10 ms): on a pool thread
    // now, while the lanes start and connect, rather than when the first body arrives.
    if (!options.checkOnly)
        QThreadPool::globalInstance()->start([] { Sha256::usesLibcrypto(); });
}

TransferEnvironment::~TransferEnvironment() = default;

void TransferEnvironment::setOptions(const EngineOptions &options)
{
    const bool filesChanged =
        options.cookiesFile != m_options.cookiesFile || options.netrcFile != m_options.netrcFile;
    if (options.extraCaCertificates != m_options.extraCaCertificates)
        m_ssl = sslFor(options); // new transfers on
    m_options = options;
    m_bandwidth->setRate(options.limitRateBytes); // at once, for running transfers too
    if (filesChanged)
        loadSiteFiles();
}

void TransferEnvironment::loadSiteFiles()
{
    // The headless mode and the settings dialog have checked these files already; here a file
    // that went bad since only costs its cookies or credentials.
    QString error;
    if (!m_options.cookiesFile.isEmpty()) {
        QList<QNetworkCookie> cookies;
        CookieFile::load(m_options.cookiesFile, &cookies, &error);
        m_cookies->insertCookies(cookies);
    }
    m_netrc.reset();
    if (!m_options.netrcFile.isEmpty()) {
        if (auto netrc = Netrc::load(m_options.netrcFile, &error))
            m_netrc = std::make_unique<Netrc>(std::move(*netrc));
    }
}

TransferConfig TransferEnvironment::config() const
{
    TransferConfig config;
    config.outputDir =
        QFileInfo(m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir)
            .absoluteFilePath();
    config.checkOnly = m_options.checkOnly;
    config.connectTimeoutMs = m_options.connectTimeoutMs;
    config.stallTimeoutMs = m_options.stallTimeoutMs;
    config.attemptTimeoutMs = m_options.attemptTimeoutMs;
    config.readBufferBytes = m_options.readBufferBytes;
    config.completed =
        m_options.skipExisting || m_options.updateExisting ? m_completed.get() : nullptr;
    config.updateExisting = m_options.updateExisting;
    config.headers = m_options.headers;
    config.hostHeaders = m_options.hostHeaders;
    config.userAgent = m_options.userAgent;
    config.http1Only = m_options.http1Only;
    config.http2PriorKnowledge = m_options.http2PriorKnowledge;
    config.bandwidth = m_bandwidth.get();
    config.segmentLimit = m_options.segmentLimit();
    config.segmentMinBytes = m_options.segmentMinBytes;
    config.segmentSlowBelow = m_options.segments == EngineOptions::segmentsAuto
                                  ? EngineOptions::autoSegmentsBelowRate
                                  : 0;
    config.rangeWaitMaxMs = m_options.backoffMaxMs;
    config.cookies = m_cookies.get();
    config.netrc = m_netrc.get();
    config.credentials = m_credentials;
    if (m_options.noProxy)
        config.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    else if (!m_options.proxy.isEmpty())
        config.proxy = ProxySpec::parse(m_options.proxy);
    config.ssl = m_ssl;
    return config;
}
