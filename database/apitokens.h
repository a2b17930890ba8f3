#pragma once

#include "error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Bearer tokens for inventory-server (migration 9): each has a name and a role (staff,
/// manager, shop). The secret is shown once, when made; the database keeps only its SHA-256.
namespace inventory {

struct ApiToken
{
    QString name;
    QString role; ///< staff, manager or shop
    QDateTime createdAt;
    QString createdBy;
    QDateTime revokedAt; ///< null while active
    bool isRevoked() const { return revokedAt.isValid(); }
};

struct IssuedToken
{
    ApiToken token;
    QString secret; ///< "inv_" and 43 characters of base64url: shown once, stored nowhere
};

/// The roles a token may have.
QStringList apiTokenRoles();
/// The database role a token of `tokenRole` acts as ("shop" acts as inventory_checkout: the
/// original API's rights; the shop's own SQL login keeps inventory_shop). Empty when unknown.
QString databaseRoleFor(const QString &tokenRole);

/// Makes a token (as the schema owner). Refuses a name that is not 1-64 of A-Z a-z 0-9 . _ -,
/// an unknown role, and a name in use (revoked ones included: names stay unique in the log).
Result<IssuedToken> createApiToken(const QString &name, const QString &role);
/// All tokens, newest first (as the owner).
Result<QList<ApiToken>> apiTokens();
/// Revokes a token (as the owner); refused when unknown or already revoked.
Result<ApiToken> revokeApiToken(const QString &name);

struct ActiveToken
{
    QByteArray sha256;
    QString name;
    QString role;
};
/// The active tokens, for a server to check bearer tokens in memory. As a member of
/// inventory_server (or the owner). Reads as the role inventory_server (the server's login may
/// be NOINHERIT), and leaves this thread's connection acting as it: call it on a thread of its
/// own, or drop the connection (Connection::closeCurrent()) before doing anything else on it.
Result<QList<ActiveToken>> activeApiTokens();
/// The SHA-256 of a bearer secret, as api_tokens.token_sha256 stores it.
QByteArray apiTokenDigest(QByteArrayView secret);

/// Makes the calling thread's connection act as `tokenRole`'s database role, with `actor` named
/// in the history ("token:NAME", "anonymous") and as the caller the functions' own checks see
/// (undo of another's movement, idempotency keys): one round trip, none when this connection
/// already acts so. The connection applies it again itself after a reconnect, before any other
/// statement (Connection::setSessionSetup()). As a member of inventory_server (or the owner);
/// for any other login the database ignores the acting name.
Result<void> actAs(const QString &tokenRole, const QString &actor);

} // namespace inventory
