#include "error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>

namespace inventory {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inventory::Error", text);
}

// The same context for the free functions: lupdate files a bare tr() there under the namespace,
// so they say ErrorText::tr().
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(inventory::Error)
};

bool isConnectionState(const QString &sqlState)
{
    // 08: connection exception; 57P01..03: admin/crash shutdown, cannot connect now;
    // 53300: too many connections.
    return sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P"))
        || sqlState == QLatin1String("53300");
}

// The first line of the server's message, without libpq's "ERROR:  " prefix and Qt's
// "QPSQL: ..." suffix.
QString serverSentence(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline >= 0)
        text.truncate(newline);
    for (const auto prefix : { QLatin1String("ERROR:"), QLatin1String("FATAL:") }) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    return text;
}
} // namespace

Error Error::notFound(const QString &what, qint64 id)
{
    Error e;
    e.kind = Kind::NotFound;
    e.id = id;
    e.message = tr("%1 #%2 does not exist.").arg(what).arg(id);
    return e;
}

Error Error::insufficientStock(qint64 itemId, const QString &itemName, qint64 requested, qint64 available)
{
    Error e;
    e.kind = Kind::InsufficientStock;
    e.id = itemId;
    e.requested = requested;
    e.available = available;
    e.message = tr("Only %1 of item #%2 '%3' are available; %4 were requested.")
                    .arg(available)
                    .arg(itemId)
                    .arg(itemName)
                    .arg(requested);
    return e;
}

Error Error::expired(qint64 blockId, const QDateTime &when)
{
    Error e;
    e.kind = Kind::Expired;
    e.id = blockId;
    e.when = when;
    e.message = tr("Reservation #%1 expired at %2 and can no longer be confirmed or extended.")
                    .arg(blockId)
                    .arg(formatMoment(when));
    return e;
}

Error Error::alreadyPermanent(qint64 blockId)
{
    Error e;
    e.kind = Kind::AlreadyPermanent;
    e.id = blockId;
    e.message = tr("Reservation #%1 is already permanent (its order is complete).").arg(blockId);
    return e;
}

Error Error::invalidInput(const QString &field, const QString &reason)
{
    Error e;
    e.kind = Kind::InvalidInput;
    e.field = field;
    e.message = tr("Invalid %1: %2").arg(field, reason);
    return e;
}

Error Error::conflict(qint64 id, const QString &message)
{
    Error e;
    e.kind = Kind::Conflict;
    e.id = id;
    e.message = message;
    return e;
}

Error Error::permissionDenied(const QString &action, const QString &neededRole)
{
    Error e;
    e.kind = Kind::PermissionDenied;
    e.neededRole = neededRole;
    e.message = neededRole == QLatin1String("inventory_manager")
        ? tr("Only managers can %1.").arg(action)
        : tr("Only members of %1 can %2.").arg(neededRole, action);
    return e;
}

Error Error::connection(const QString &server, const QString &reason)
{
    Error e;
    e.kind = Kind::Connection;
    e.message = reason.isEmpty() ? tr("Lost connection to %1.").arg(server)
                                 : tr("Cannot reach %1: %2").arg(server, reason);
    return e;
}

Error Error::server(const QString &message, const QString &sqlState)
{
    Error e;
    e.kind = Kind::Server;
    e.sqlState = sqlState;
    e.message = message;
    return e;
}

Error errorFromSql(const QSqlError &error, const QString &server, const QString &action,
                   const QString &neededRole)
{
    const QString state = error.nativeErrorCode();
    const QString sentence = serverSentence(error);
    Error e;
    if (error.type() == QSqlError::ConnectionError || isConnectionState(state)
        || (state.isEmpty() && sentence.contains(QLatin1String("connection")))) {
        e = Error::connection(server, sentence);
    } else if (state == QLatin1String("42501")) {
        if (action.isEmpty())
            e = Error::permissionDenied(ErrorText::tr("do that (the server said: %1)").arg(sentence),
                                        neededRole);
        else
            e = Error::permissionDenied(action, neededRole);
    } else if (state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23"))) {
        // Data exceptions and integrity violations: the server refused the values.
        e = Error::invalidInput(ErrorText::tr("input"), sentence);
        e.message = sentence;
    } else {
        e = Error::server(sentence.isEmpty() ? ErrorText::tr("The server reported an error.") : sentence);
    }
    e.sqlState = state;
    return e;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::NotFound:
        return QStringLiteral("not_found");
    case Error::Kind::InsufficientStock:
        return QStringLiteral("insufficient_stock");
    case Error::Kind::Expired:
        return QStringLiteral("expired");
    case Error::Kind::AlreadyPermanent:
        return QStringLiteral("already_permanent");
    case Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case Error::Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Error::Kind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Error::Kind::Connection:
        return QStringLiteral("connection");
    case Error::Kind::Server:
        return QStringLiteral("server");
    }
    return QStringLiteral("server");
}

QString formatMoment(const QDateTime &when)
{
    if (!when.isValid())
        return ErrorText::tr("an unknown time");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    return locale.toString(local, QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace inventory
