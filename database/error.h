#pragma once

#include <QDateTime>
#include <QString>
#include <expected>

class QSqlError;

namespace inventory {

/// A refusal or failure, carrying the numbers a person needs to understand it.
struct Error
{
    enum class Kind {
        NotFound,
        InsufficientStock,
        Expired,
        AlreadyPermanent,
        /// Refused by a business rule not covered above: an archived item, a count already
        /// posted, a movement already undone, an item with reservations.
        Conflict,
        InvalidInput,
        PermissionDenied,
        Connection, ///< retryable: the server could not be reached or went away
        Server, ///< anything else the server said
    };

    Kind kind = Kind::Server;
    QString message; ///< one sentence for a person, already translated

    // Details, filled where they apply.
    QString field; ///< InvalidInput: which input
    qint64 id = 0; ///< NotFound / Expired / AlreadyPermanent: the item or block
    qint64 requested = 0;
    qint64 available = 0;
    QDateTime when; ///< Expired: when it expired
    QString neededRole; ///< PermissionDenied
    QString sqlState; ///< what the server said, if it said anything
    /// Connection: a write found no primary while reads have standbys to go to (failover).
    bool primaryUnavailable = false;

    bool isRetryable() const { return kind == Kind::Connection; }

    static Error notFound(const QString &what, qint64 id);
    static Error insufficientStock(qint64 itemId, const QString &itemName, qint64 requested,
                                   qint64 available);
    static Error expired(qint64 blockId, const QDateTime &when);
    static Error alreadyPermanent(qint64 blockId);
    static Error invalidInput(const QString &field, const QString &reason);
    static Error conflict(qint64 id, const QString &message);
    static Error permissionDenied(const QString &action, const QString &neededRole);
    static Error connection(const QString &server, const QString &reason);
    static Error server(const QString &message, const QString &sqlState = {});
};

template<typename T> using Result = std::expected<T, Error>;

/// Maps a driver error to our model. Permission errors name `action` and `neededRole`
/// ("Only managers can confirm reservations.").
Error errorFromSql(const QSqlError &error, const QString &server, const QString &action = {},
                   const QString &neededRole = QStringLiteral("inventory_manager"));

/// A stable name for the kind, for logs and JSON ("insufficient_stock").
QString kindName(Error::Kind kind);

/// Formats a server timestamp for messages: local time, with the date only when it is not today.
QString formatMoment(const QDateTime &when);

} // namespace inventory
