#include "connectionsettings.h"

#include <QCoreApplication>
#include <QUrl>
#include <libpq-fe.h>

namespace inventory {

namespace {
// Quote a value the way libpq's conninfo parser expects: single quotes, with backslash and
// quote escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

Result<ConnectionSettings> ConnectionSettings::parse(const QString &uriOrConninfo)
{
    const QByteArray text = uriOrConninfo.toUtf8();
    char *message = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(text.constData(), &message);
    if (!parsed) {
        QString reason = message ? QString::fromUtf8(message).trimmed()
                                 : QCoreApplication::translate("inventory", "out of memory");
        PQfreemem(message);
        return std::unexpected(Error::invalidInput(QStringLiteral("connection URI"), reason));
    }

    ConnectionSettings settings;
    for (PQconninfoOption *option = parsed; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString key = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            if (key == QLatin1String("host"))
                settings.host = value;
            else
                settings.options.insert(key, value);
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535) {
                PQconninfoFree(parsed);
                return std::unexpected(Error::invalidInput(
                    QStringLiteral("port"),
                    QCoreApplication::translate("inventory", "'%1' is not a port number (1-65535)")
                        .arg(value)));
            }
            settings.port = port;
        } else if (key == QLatin1String("dbname")) {
            settings.database = value;
        } else if (key == QLatin1String("user")) {
            settings.user = value;
        } else if (key == QLatin1String("password")) {
            settings.password = value;
        } else {
            settings.options.insert(key, value);
        }
    }
    PQconninfoFree(parsed);
    return settings;
}

bool ConnectionSettings::environmentNamesAServer()
{
    for (const char *name : { "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGSERVICE", "PGUSER" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            return true;
    }
    return false;
}

QString ConnectionSettings::connectOptions() const
{
    // QPSQL turns ';' into the spaces libpq expects between pairs.
    QStringList pairs;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        pairs << it.key() + QLatin1Char('=') + quoted(it.value());
    return pairs.join(QLatin1Char(';'));
}

QString ConnectionSettings::displayName() const
{
    QString server = host.isEmpty() ? qEnvironmentVariable("PGHOST") : host;
    if (server.isEmpty())
        server = QStringLiteral("localhost");
    const int effectivePort = port > 0 ? port : qEnvironmentVariableIntValue("PGPORT");
    if (server.startsWith(QLatin1Char('/')))
        server = QCoreApplication::translate("inventory", "socket %1").arg(server);
    else if (effectivePort > 0)
        server += QLatin1Char(':') + QString::number(effectivePort);
    const QString db = database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : database;
    return db.isEmpty() ? server : server + QLatin1Char('/') + db;
}

QString ConnectionSettings::redactedUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!host.startsWith(QLatin1Char('/')))
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QStringList query;
    if (host.startsWith(QLatin1Char('/')))
        query << QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(host));
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() == QLatin1String("password") || it.key() == QLatin1String("sslpassword"))
            continue;
        query << it.key() + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(it.value()));
    }
    url.setQuery(query.join(QLatin1Char('&')));
    return url.toString();
}

} // namespace inventory
