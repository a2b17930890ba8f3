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
            // One port, or libpq's list of one per host ("5432,5433").
            for (const QString &part : value.split(QLatin1Char(','))) {
                bool ok = false;
                const int port = part.trimmed().toInt(&ok);
                if (!ok || port <= 0 || port > 65535) {
                    PQconninfoFree(parsed);
                    return std::unexpected(Error::invalidInput(
                        QStringLiteral("port"),
                        QCoreApplication::translate("inventory", "'%1' is not a port number (1-65535)")
                            .arg(part.left(40))));
                }
                settings.port = port;
            }
            if (value.contains(QLatin1Char(','))) {
                settings.port = -1;
                settings.options.insert(key, value);
            }
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
    const qsizetype hostCount = settings.host.isEmpty() ? 1 : settings.host.count(QLatin1Char(',')) + 1;
    const QString portList = settings.options.value(QStringLiteral("port"));
    if (!portList.isEmpty() && portList.count(QLatin1Char(',')) + 1 != hostCount) {
        return std::unexpected(Error::invalidInput(
            QStringLiteral("port"),
            QCoreApplication::translate("inventory", "%1 ports were given for %2 hosts; give one port, or one per host")
                .arg(portList.count(QLatin1Char(',')) + 1)
                .arg(hostCount)));
    }
    return settings;
}

Result<QList<HostPort>> ConnectionSettings::parseHostList(const QString &text, const QString &field)
{
    QList<HostPort> list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            list.append({ entry, -1 });
            continue;
        }
        bool ok = false;
        const int port = entry.mid(colon + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535 || colon == 0) {
            return std::unexpected(Error::invalidInput(
                field, QCoreApplication::translate("inventory", "'%1' is not host or host:port (port 1-65535)")
                           .arg(entry.left(60))));
        }
        list.append({ entry.left(colon), port });
    }
    return list;
}

QList<HostPort> ConnectionSettings::hosts() const
{
    const QStringList names = host.split(QLatin1Char(','));
    const QStringList ports = options.value(QStringLiteral("port")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QList<HostPort> list;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int listed = ports.value(i).toInt();
        list.append({ names.at(i).trimmed(), listed > 0 ? listed : port });
    }
    return list;
}

void ConnectionSettings::setHosts(const QList<HostPort> &list)
{
    options.remove(QStringLiteral("port"));
    if (list.size() <= 1) {
        host = list.isEmpty() ? QString() : list.constFirst().host;
        port = list.isEmpty() ? -1 : list.constFirst().port;
        return;
    }
    QStringList names;
    QStringList ports;
    bool samePort = true;
    for (const HostPort &entry : list) {
        names << entry.host;
        ports << (entry.port > 0 ? QString::number(entry.port) : QString());
        samePort = samePort && entry.port == list.constFirst().port;
    }
    host = names.join(QLatin1Char(','));
    port = samePort ? list.constFirst().port : -1;
    if (!samePort)
        options.insert(QStringLiteral("port"), ports.join(QLatin1Char(',')));
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
    QStringList servers;
    for (const HostPort &entry : hosts()) {
        QString server = entry.host.isEmpty() ? qEnvironmentVariable("PGHOST") : entry.host;
        if (server.isEmpty())
            server = QStringLiteral("localhost");
        const int effectivePort = entry.port > 0 ? entry.port : qEnvironmentVariableIntValue("PGPORT");
        if (server.startsWith(QLatin1Char('/')))
            server = QCoreApplication::translate("inventory", "socket %1").arg(server);
        else if (effectivePort > 0)
            server += QLatin1Char(':') + QString::number(effectivePort);
        servers << server;
    }
    const QString server = servers.join(QLatin1Char(','));
    const QString db = database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : database;
    return db.isEmpty() ? server : server + QLatin1Char('/') + db;
}

QString ConnectionSettings::redactedUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // A host list, like a socket directory, goes in the query: a URL has one host.
    const bool inQuery = host.startsWith(QLatin1Char('/')) || host.contains(QLatin1Char(','));
    if (!inQuery)
        url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QStringList query;
    if (inQuery)
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
