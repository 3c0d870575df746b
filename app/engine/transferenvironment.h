#pragma once

#include <QSslConfiguration>

#include <memory>
#include <optional>

#include "engineoptions.h"
#include "transfer.h"

class BandwidthLimiter;
class CompletedIndex;
class CookieStore;
class CredentialStore;
class Netrc;

// What every transfer of a batch shares, made from the EngineOptions: the completed-downloads
// record, the cookie store, the netrc credentials, the batch's bandwidth limiter and the TLS
// configuration, and the TransferConfig that hands them to the lanes. Lives in the scheduler's
// thread; the lanes get pointers, which stay valid for the environment's life.
class TransferEnvironment final
{
public:
    TransferEnvironment(const EngineOptions &options, CredentialStore *credentials);
    ~TransferEnvironment();

    // New options: the bandwidth rate applies at once, changed files are read again, a changed
    // CA list applies to transfers started from now on.
    void setOptions(const EngineOptions &options);
    TransferConfig config() const;

private:
    void loadSiteFiles();

    EngineOptions m_options;
    CredentialStore *m_credentials; // the Engine's
    std::unique_ptr<CompletedIndex> m_completed;
    std::unique_ptr<CookieStore> m_cookies;
    std::unique_ptr<Netrc> m_netrc;
    std::unique_ptr<BandwidthLimiter> m_bandwidth;
    // TrustStore::configuration() of the options' extra CAs; none without them: Qt's default
    // then, and a list of plain http:// URLs never loads the TLS back end (10-15 ms).
    std::optional<QSslConfiguration> m_ssl;
};
