#include "tlsserver.h"

#include "connection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inventory::test {

namespace {

// PostgreSQL refuses to run as root; then it runs as Debian's `postgres` account, as LocalCluster does.
bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// A port nobody listens on right now: bind to port 0 and ask which one the kernel chose.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

Result<void> writeFile(const QString &path, const QByteArray &contents, QIODevice::OpenMode mode)
{
    QFile file(path);
    if (!file.open(mode) || file.write(contents) != contents.size())
        return std::unexpected(Error::server(QStringLiteral("Cannot write %1.").arg(path)));
    return {};
}

} // namespace

TlsServer::TlsServer(const QString &directory)
    : m_root(QDir(directory).absolutePath()), m_bin(inventory::serverBinDirectory().value_or(QString()))
{
}

TlsServer::~TlsServer()
{
    stop();
}

QString TlsServer::caCertificate() const
{
    return m_root + QStringLiteral("/certs/ca.crt");
}

QString TlsServer::otherCaCertificate() const
{
    return m_root + QStringLiteral("/certs/other-ca.crt");
}

ConnectionSettings TlsServer::settings(const QString &sslMode, const QString &rootCertificate,
                                       const QString &hostName) const
{
    ConnectionSettings settings;
    // The name is what verify-full checks the certificate against; the address is where we go.
    settings.host = hostName;
    settings.options.insert(QStringLiteral("hostaddr"), QStringLiteral("127.0.0.1"));
    settings.port = m_port;
    settings.database = QStringLiteral("postgres");
    settings.user = user();
    settings.password = password();
    settings.options.insert(QStringLiteral("sslmode"), sslMode);
    if (!rootCertificate.isEmpty())
        settings.options.insert(QStringLiteral("sslrootcert"), rootCertificate);
    settings.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    return settings;
}

Result<ToolRun> TlsServer::run(const QString &program, const QStringList &arguments, bool asServerAccount) const
{
    return runTool(program, arguments, m_root, asServerAccount);
}

Result<void> TlsServer::runChecked(const QString &program, const QStringList &arguments,
                                   bool asServerAccount) const
{
    auto ran = run(program, arguments, asServerAccount);
    if (!ran)
        return std::unexpected(ran.error());
    if (ran->exitCode != 0) {
        return std::unexpected(Error::server(QStringLiteral("%1 %2 failed (%3): %4")
                                                 .arg(program, arguments.join(QLatin1Char(' ')))
                                                 .arg(ran->exitCode)
                                                 .arg(ran->output)));
    }
    return {};
}

Result<void> TlsServer::makeCertificates()
{
    const QString dir = m_root + QStringLiteral("/certs");
    if (!QDir().mkpath(dir))
        return std::unexpected(Error::server(QStringLiteral("Cannot create %1.").arg(dir)));
    const QString openssl = QStringLiteral("openssl");
    // EC keys: quick to make. Two CAs; only the first signs the server's certificate.
    for (const QString &ca : { QStringLiteral("ca"), QStringLiteral("other-ca") }) {
        if (auto made =
                runChecked(openssl,
                           { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Inventory Desk test %1").arg(ca), QStringLiteral("-keyout"),
                             dir + QLatin1Char('/') + ca + QStringLiteral(".key"), QStringLiteral("-out"),
                             dir + QLatin1Char('/') + ca + QStringLiteral(".crt") },
                           false);
            !made)
            return made;
    }
    if (auto made = runChecked(openssl,
                               { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                 QStringLiteral("-keyout"), dir + QStringLiteral("/server.key"),
                                 QStringLiteral("-out"), dir + QStringLiteral("/server.csr") },
                               false);
        !made)
        return made;
    if (auto written = writeFile(dir + QStringLiteral("/server.ext"),
                                 "basicConstraints = CA:FALSE\n"
                                 "keyUsage = digitalSignature, keyEncipherment\n"
                                 "extendedKeyUsage = serverAuth\n"
                                 "subjectAltName = DNS:localhost\n",
                                 QIODevice::WriteOnly | QIODevice::Truncate);
        !written)
        return written;
    return runChecked(
        openssl,
        { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
          dir + QStringLiteral("/server.csr"), QStringLiteral("-CA"), dir + QStringLiteral("/ca.crt"),
          QStringLiteral("-CAkey"), dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
          dir + QStringLiteral("/server.ext"), QStringLiteral("-out"), dir + QStringLiteral("/server.crt") },
        false);
}

Result<void> TlsServer::start()
{
    if (m_bin.isEmpty())
        return std::unexpected(
            Error::server(QStringLiteral("No PostgreSQL server binaries under /usr/lib/postgresql.")));
    m_port = freePort();
    if (m_port == 0)
        return std::unexpected(Error::server(QStringLiteral("No free TCP port on 127.0.0.1.")));
    if (auto made = makeCertificates(); !made)
        return made;
    const QString socketDir = m_root + QStringLiteral("/socket");
    QDir().mkpath(socketDir);
    ::chmod(QFile::encodeName(m_root).constData(), 0700);
    ::chmod(QFile::encodeName(socketDir).constData(), 0700);
    ::chmod(QFile::encodeName(m_root + QStringLiteral("/certs/server.key")).constData(), 0600);
    if (runningAsRoot()) {
        // The server account must own its directories and its key (PostgreSQL checks the key's owner).
        if (auto handed =
                runChecked(QStringLiteral("chown"),
                           { QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_root }, false);
            !handed)
            return handed;
    }

    const QString data = m_root + QStringLiteral("/data");
    if (auto created =
            runChecked(m_bin + QStringLiteral("/initdb"),
                       { QStringLiteral("--pgdata=") + data, QStringLiteral("--username=tls_owner"),
                         QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                         QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8"),
                         QStringLiteral("--no-instructions") },
                       true);
        !created)
        return created;

    const QString conf = QStringLiteral("\n# Inventory Desk TLS test server\n"
                                        "listen_addresses = '127.0.0.1'\n"
                                        "port = %1\n"
                                        "unix_socket_directories = '%2'\n"
                                        "unix_socket_permissions = 0700\n"
                                        "ssl = on\n"
                                        "ssl_cert_file = '%3/certs/server.crt'\n"
                                        "ssl_key_file = '%3/certs/server.key'\n"
                                        "password_encryption = 'scram-sha-256'\n"
                                        "max_connections = 20\n"
                                        "shared_buffers = 16MB\n"
                                        "fsync = off\n")
                             .arg(m_port)
                             .arg(socketDir, m_root);
    if (auto written = writeFile(data + QStringLiteral("/postgresql.conf"), conf.toUtf8(), QIODevice::Append);
        !written)
        return written;
    // TCP only over TLS, with a password; no plain `host` line, so sslmode=disable is refused.
    if (auto written = writeFile(data + QStringLiteral("/pg_hba.conf"),
                                 "local all all trust\n"
                                 "hostssl all all 127.0.0.1/32 scram-sha-256\n",
                                 QIODevice::WriteOnly | QIODevice::Truncate);
        !written)
        return written;

    if (auto started = runChecked(m_bin + QStringLiteral("/pg_ctl"),
                                  { QStringLiteral("start"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                                    m_root + QStringLiteral("/server.log"), QStringLiteral("-w"),
                                    QStringLiteral("-t"), QStringLiteral("60") },
                                  true);
        !started)
        return started;
    m_started = true;

    // The login role, over the Unix socket as the cluster's owner. The password is this test's
    // constant; CREATE ROLE takes no parameters.
    ConnectionSettings owner;
    owner.host = socketDir;
    owner.port = m_port;
    owner.database = QStringLiteral("postgres");
    owner.user = QStringLiteral("tls_owner");
    owner.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    Result<void> role;
    {
        const ScopedConnectionSettings asOwner(owner);
        role = Connection::current().executeScript(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(user(), password()));
    }
    Connection::closeCurrent();
    return role;
}

void TlsServer::stop()
{
    if (!m_started)
        return;
    m_started = false;
    (void)run(m_bin + QStringLiteral("/pg_ctl"),
              { QStringLiteral("stop"), QStringLiteral("-D"), m_root + QStringLiteral("/data"),
                QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w") },
              true);
}

} // namespace inventory::test
