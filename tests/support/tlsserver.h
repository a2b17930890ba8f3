#pragma once

#include "connectionsettings.h"
#include "error.h"
#include "localcluster.h"

#include <QString>
#include <QStringList>

namespace inventory::test {

/// A second throw-away PostgreSQL server for the TLS tests, unlike TestCluster reachable over
/// TCP: it listens on 127.0.0.1 on a free port with ssl = on, and its pg_hba.conf accepts TCP
/// only over TLS with a SCRAM password. Its certificate (CN and SAN "localhost") is signed by a
/// CA made for this run with the openssl command; a second CA that signed nothing is made too.
/// Lives in `directory` (a fresh, empty directory the caller owns); stopped by the destructor.
class TlsServer
{
public:
    explicit TlsServer(const QString &directory);
    ~TlsServer();
    TlsServer(const TlsServer &) = delete;
    TlsServer &operator=(const TlsServer &) = delete;

    /// Makes the certificates, creates the cluster, starts it and adds the login role.
    Result<void> start();
    void stop();

    int port() const { return m_port; }
    QString caCertificate() const; ///< the CA that signed the server's certificate
    QString otherCaCertificate() const; ///< a CA that signed nothing of ours
    static QString user() { return QStringLiteral("tls_user"); }
    /// The role's password; URI-safe so tests can put it in a postgresql:// URI.
    static QString password() { return QStringLiteral("Tls-pw-4f1d2a7c9e"); }

    /// Settings for `user()` over TCP to 127.0.0.1 presenting `hostName` for verification,
    /// with the password and sslmode / sslrootcert as given.
    ConnectionSettings settings(const QString &sslMode, const QString &rootCertificate,
                                const QString &hostName = QStringLiteral("localhost")) const;

private:
    Result<ToolRun> run(const QString &program, const QStringList &arguments, bool asServerAccount) const;
    Result<void> runChecked(const QString &program, const QStringList &arguments, bool asServerAccount) const;
    Result<void> makeCertificates();

    QString m_root;
    QString m_bin;
    int m_port = 0;
    bool m_started = false;
};

} // namespace inventory::test
