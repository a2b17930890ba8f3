#pragma once

#include "error.h"
#include "operations.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <variant>

/// The server's own view of HTTP, free of Boost: handlers, the router and the worker pool speak
/// these plain values, and only the session code (httpsession.h) knows Beast.
namespace server {

/// Who a request acts as: a bearer token's name and role, or the operator's anonymous role.
struct Identity
{
    QString tokenName; ///< empty for anonymous requests
    QString role; ///< staff, manager or shop
    bool isAnonymous() const { return tokenName.isEmpty(); }
    /// The name the history records.
    QString actor() const { return isAnonymous() ? QStringLiteral("anonymous") : QStringLiteral("token:") + tokenName; }
    /// The name the access log shows ("-" when anonymous).
    QString logName() const { return isAnonymous() ? QStringLiteral("-") : tokenName; }
};

struct Request
{
    QByteArray method;
    QByteArray target; ///< as sent: path and query, percent-encoded
    QList<QString> segments; ///< the path's segments, percent-decoded
    QHash<QString, QString> query; ///< decoded; a repeated key keeps its last value
    QByteArray contentType;
    QByteArray authorization;
    QString idempotencyKey;
    QByteArray body;
    /// Filled by the router: the values of the pattern's :names.
    QHash<QString, QString> parameters;
    Identity identity;
};

struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    void addHeader(QByteArray name, QByteArray value) { headers.emplaceBack(std::move(name), std::move(value)); }
    /// Set when the answer is a refusal or failure from the core: metrics count database errors.
    std::optional<inventory::Error::Kind> errorKind;
};

/// Database work for a worker thread: runs on that thread's connection, already acting as the
/// request's identity, and returns the finished answer (serialised there, not on the I/O thread).
using Work = std::function<Answer()>;
/// A temporary block, checked: the server may take it together with others for the same item
/// (ReservationCombiner) instead of as a Work of its own.
struct Reserve
{
    qint64 itemId = 0;
    inventory::ReservationRequest request;
};
/// What a handler decides on the I/O thread: answer at once (bad input), do this work, or
/// reserve.
using Handling = std::variant<Answer, Work, Reserve>;
using Handler = std::function<Handling(const Request &)>;

} // namespace server
