#include "apitokens.h"

#include "connection.h"
#include "operationsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace inventory {

using namespace detail;

namespace {

// The SQL below is laid out as SQL, not as C++.
// clang-format off
#define EPOCH_MS INVENTORY_EPOCH_MS

const QString createSql = QStringLiteral(
    "INSERT INTO inventory.api_tokens (name, role, token_sha256) VALUES ($1, $2, decode($3, 'hex')) "
    "ON CONFLICT (name) DO NOTHING "
    "RETURNING " EPOCH_MS("created_at") ", created_by");

const QString listSql = QStringLiteral(
    "SELECT name, role, " EPOCH_MS("created_at") ", created_by, " EPOCH_MS("revoked_at") " "
    "FROM inventory.api_tokens ORDER BY created_at DESC, name");

// One statement: revoked now if it was active; else the row as it is (or none) says why not.
const QString revokeSql = QStringLiteral(
    "WITH revoked AS (UPDATE inventory.api_tokens SET revoked_at = now() "
    "                  WHERE name = $1 AND revoked_at IS NULL RETURNING *) "
    "SELECT true, name, role, " EPOCH_MS("created_at") ", created_by, " EPOCH_MS("revoked_at") " "
    "  FROM revoked "
    "UNION ALL "
    "SELECT false, name, role, " EPOCH_MS("created_at") ", created_by, " EPOCH_MS("revoked_at") " "
    "  FROM inventory.api_tokens WHERE name = $1 AND NOT EXISTS (SELECT FROM revoked)");

const QString activeSql = QStringLiteral(
    "SELECT token_sha256, name, role FROM inventory.api_tokens WHERE revoked_at IS NULL");

// One round trip: the role (SET ROLE), the name for the history, and the role again for the
// functions' own checks (inventory.actor_has_role()).
const QString actAsSql = QStringLiteral(
    "SELECT set_config('role', $1, false), set_config('inventory.actor', $2, false), "
    "       set_config('inventory.actor_role', $1, false)");

#undef EPOCH_MS
// clang-format on

const QString readerRole = QStringLiteral("inventory_server");

ApiToken readToken(const QSqlQuery &q, int first)
{
    ApiToken token;
    token.name = q.value(first).toString();
    token.role = q.value(first + 1).toString();
    token.createdAt = fromEpochMs(q.value(first + 2));
    token.createdBy = q.value(first + 3).toString();
    token.revokedAt = fromEpochMs(q.value(first + 4));
    return token;
}

std::optional<Error> invalidName(const QString &name)
{
    // Anchored as a whole: a bare '$' would also match before a final newline.
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,64}")));
    if (allowed.match(name).hasMatch())
        return std::nullopt;
    return Error::invalidInput(tr("name"),
                               tr("'%1' is not a token name: 1 to 64 letters (A-Z, a-z), digits, "
                                  "'.', '_' or '-'.")
                                   .arg(name.left(80)));
}

/// Tokens are the schema owner's business: a refusal says so, not "members of ... can".
Result<QSqlQuery *> runAsOwner(const QString &sql, const QVariantList &values, Retry retry,
                               const QString &action)
{
    auto q = Connection::current().execute(sql, values, retry);
    if (!q && q.error().kind == Error::Kind::PermissionDenied) {
        Error error = q.error();
        error.message = tr("Only the schema's owner can %1.").arg(action);
        return std::unexpected(error);
    }
    return q;
}

} // namespace

QStringList apiTokenRoles()
{
    return { QStringLiteral("staff"), QStringLiteral("manager"), QStringLiteral("shop") };
}

QString databaseRoleFor(const QString &tokenRole)
{
    if (tokenRole == QLatin1String("staff"))
        return QStringLiteral("inventory_staff");
    if (tokenRole == QLatin1String("manager"))
        return QStringLiteral("inventory_manager");
    if (tokenRole == QLatin1String("shop"))
        return QStringLiteral("inventory_checkout");
    return {};
}

QByteArray apiTokenDigest(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

Result<IssuedToken> createApiToken(const QString &name, const QString &role)
{
    if (auto invalid = invalidName(name))
        return std::unexpected(*invalid);
    if (databaseRoleFor(role).isEmpty()) {
        return std::unexpected(Error::invalidInput(
            tr("role"), tr("'%1' is not a token role; use staff, manager or shop.").arg(role.left(40))));
    }
    // 256 random bits from the system's generator: unguessable, so one SHA-256 is enough to
    // store (no salt or slow hash needed, unlike a password).
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    IssuedToken issued;
    issued.secret = QStringLiteral("inv_")
        + QString::fromLatin1(
                        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray digest = apiTokenDigest(issued.secret.toLatin1());
    auto q = runAsOwner(createSql, { name, role, QString::fromLatin1(digest.toHex()) }, Retry::Never,
                        tr("make API tokens"));
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next()) {
        return std::unexpected(Error::conflict(
            0,
            tr("A token named '%1' exists already (a revoked one keeps its name); choose another name.")
                .arg(name)));
    }
    issued.token.name = name;
    issued.token.role = role;
    issued.token.createdAt = fromEpochMs(row.value(0));
    issued.token.createdBy = row.value(1).toString();
    row.finish();
    return issued;
}

Result<QList<ApiToken>> apiTokens()
{
    auto q = runAsOwner(listSql, {}, Retry::Safe, tr("list API tokens"));
    if (!q)
        return std::unexpected(q.error());
    QList<ApiToken> tokens;
    while ((*q)->next())
        tokens.append(readToken(**q, 0));
    (*q)->finish();
    return tokens;
}

Result<ApiToken> revokeApiToken(const QString &name)
{
    if (auto invalid = invalidName(name))
        return std::unexpected(*invalid);
    auto q = runAsOwner(revokeSql, { name }, Retry::Never, tr("revoke API tokens"));
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery &row = **q;
    if (!row.next()) {
        Error unknown = Error::notFound(tr("token"), 0);
        unknown.message = tr("There is no token named '%1'.").arg(name);
        return std::unexpected(unknown);
    }
    const bool revokedNow = row.value(0).toBool();
    const ApiToken token = readToken(row, 1);
    row.finish();
    if (!revokedNow) {
        Error already = Error::conflict(
            0, tr("Token '%1' was revoked already, at %2.").arg(name, formatMoment(token.revokedAt)));
        already.when = token.revokedAt;
        return std::unexpected(already);
    }
    return token;
}

Result<QList<ActiveToken>> activeApiTokens()
{
    // Read as inventory_server: the server's login may be NOINHERIT and have no rights of its own.
    Connection &connection = Connection::current();
    if (connection.sessionSetup() != readerRole) {
        auto set = connection.setSessionSetup(
            readerRole, QStringLiteral("SELECT set_config('role', $1, false)"), { readerRole });
        if (!set && set.error().kind == Error::Kind::PermissionDenied) {
            return std::unexpected(Error::server(
                tr("The database login %1 is not a member of inventory_server, so it cannot read the API "
                   "tokens; grant it inventory_server (or serve as the schema's owner).")
                    .arg(connection.userName()),
                set.error().sqlState));
        }
        if (!set)
            return std::unexpected(set.error());
    }
    auto q = run(activeSql, {}, Retry::Safe, tr("read the API tokens"), readerRole);
    if (!q)
        return std::unexpected(q.error());
    QList<ActiveToken> tokens;
    while ((*q)->next())
        tokens.append({ (*q)->value(0).toByteArray(), (*q)->value(1).toString(), (*q)->value(2).toString() });
    (*q)->finish();
    return tokens;
}

Result<void> actAs(const QString &tokenRole, const QString &actor)
{
    const QString role = databaseRoleFor(tokenRole);
    if (role.isEmpty()) {
        return std::unexpected(Error::invalidInput(
            tr("role"), tr("'%1' is not a token role; use staff, manager or shop.").arg(tokenRole.left(40))));
    }
    // An empty name would leave the history naming the server's login.
    if (actor.isEmpty())
        return std::unexpected(Error::invalidInput(tr("actor"), tr("the name for the history is empty.")));
    Connection &connection = Connection::current();
    const QString setup = role + QLatin1Char('\x1f') + actor;
    if (connection.sessionSetup() == setup)
        return {};
    auto set = connection.setSessionSetup(setup, actAsSql, { role, actor });
    if (!set && set.error().kind == Error::Kind::PermissionDenied) {
        // The server's configuration, not the client's rights: say how to mend it.
        return std::unexpected(
            Error::server(tr("The server's database login %1 cannot act as %2; grant it inventory_server.")
                              .arg(connection.userName(), role),
                          set.error().sqlState));
    }
    return set;
}

} // namespace inventory
