#pragma once

#include "httptypes.h"

#include <QList>
#include <QStringList>

#include <variant>

namespace server {

/// One endpoint: a method and a path pattern whose ":name" segments match any one segment.
struct Route
{
    QByteArray method;
    QString pattern;
    Handler handler;
    /// Public routes (health, readiness, metrics, the OpenAPI document) need no token.
    bool isPublic = false;
};

/// Matches a request to its route. Literal segments win over ":name" ones, whatever the order
/// routes were added in (so /api/items/low-stock is not item "low-stock").
class Router
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> parameters;
    };
    /// The route, or the answer for no such path (404) or no such method on it (405 with Allow).
    std::variant<Match, Answer> match(const QByteArray &method, const QList<QString> &segments) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
    QList<QStringList> m_patternSegments;
};

/// Splits a request target into its path's decoded segments and its query. Refuses (400) a path
/// that is not absolute or whose percent-encoding does not decode to valid UTF-8.
std::variant<std::pair<QList<QString>, QHash<QString, QString>>, Answer> splitTarget(const QByteArray &target);

} // namespace server
