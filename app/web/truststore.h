#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

// The TLS configuration of every HTTPS request: the system's CAs plus the user's extra ones
// (--ca-cert, or the window's setting). Built once per set of extra CAs; QSslConfiguration is
// implicitly shared, so the lanes copy it freely.
//
// Qt looks the system's CAs up on demand (OpenSSL finds the issuer in the certificate folders
// during the handshake) until a configuration is given CAs through setCaCertificates() or the
// list overloads of addCaCertificates(): then it trusts that list only, and keeping the system's
// means parsing all of them first, 0.1-0.5 s of CPU in every run (more than some whole batches).
// addCaCertificates(path) adds to the list and keeps the on-demand look-up, so the extra CAs go
// through a temporary PEM file. tst_truststore checks that this still holds.
namespace TrustStore {
QSslConfiguration configuration(const QList<QSslCertificate> &extra = {});
// The certificates in the file at `path`, PEM or DER (--ca-cert, the window's setting). Empty
// when there are none; then *unreadable holds why the file could not be read, or is empty when
// it was read and held no certificate.
QList<QSslCertificate> certificatesIn(const QString &path, QString *unreadable);
} // namespace TrustStore
