#pragma once

#include "error.h"

#include <QMap>
#include <QString>

namespace inventory {

/// Where to connect, following libpq's conventions: anything left empty is filled in by libpq
/// itself from the PG* environment variables, ~/.pgpass, the service file and its defaults.
struct ConnectionSettings
{
    QString host; ///< a host name, an address or a socket directory
    int port = -1;
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

    /// The options in QSqlDatabase::setConnectOptions() form ("k=v;k=v"), values quoted for libpq.
    QString connectOptions() const;

    /// "host:port/database" for messages, as configured (libpq's defaults shown as such).
    QString displayName() const;

    /// A URI without the password, for logs and the status bar.
    QString redactedUri() const;

    bool operator==(const ConnectionSettings &) const = default;
};

} // namespace inventory
