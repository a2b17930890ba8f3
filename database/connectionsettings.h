#pragma once

#include "error.h"

#include <QList>
#include <QMap>
#include <QString>

namespace inventory {

/// One server of a libpq multi-host list.
struct HostPort
{
    QString host; ///< a host name, an address or a socket directory; empty: libpq's default
    int port = -1; ///< -1: libpq's default
    bool operator==(const HostPort &) const = default;
};

/// Where to connect, following libpq's conventions: anything left empty is filled in by libpq
/// itself from the PG* environment variables, ~/.pgpass, the service file and its defaults.
struct ConnectionSettings
{
    /// A host name, an address or a socket directory; or libpq's comma-separated list of them
    /// (hosts()), tried in order.
    QString host;
    int port = -1; ///< the port of every host; a list of ports per host is options["port"]
    QString database;
    QString user;
    QString password; ///< only in memory; never written to settings
    /// Every other libpq keyword: sslmode, sslrootcert, connect_timeout, application_name, ...
    QMap<QString, QString> options;

    /// Parses a `postgresql://` URI or a `key=value` connection string with libpq's own parser.
    static Result<ConnectionSettings> parse(const QString &uriOrConninfo);

    /// True when the environment says which server to use (PGHOST, PGDATABASE, PGSERVICE, ...),
    /// in which case the local default is not used.
    static bool environmentNamesAServer();

    /// The servers as a list: "a,b" with port "1,2" (or one port for all) as {a,1}, {b,2}.
    QList<HostPort> hosts() const;
    /// Sets the host list: one host as host and port, several as libpq's comma-separated lists.
    void setHosts(const QList<HostPort> &hosts);

    /// "db1, db2:5433, /run/postgresql" (a person's list: host or host:port, comma separated) as a
    /// host list; `field` names it in the error for a bad port.
    static Result<QList<HostPort>> parseHostList(const QString &text, const QString &field);

    /// The options in QSqlDatabase::setConnectOptions() form ("k=v;k=v"), values quoted for libpq.
    QString connectOptions() const;

    /// "host:port/database" for messages ("a:1,b:2/database" for a list), as configured (libpq's defaults shown as such).
    QString displayName() const;

    /// A URI without the password, for logs and the status bar.
    QString redactedUri() const;

    bool operator==(const ConnectionSettings &) const = default;
};

} // namespace inventory
