// inventory-server's bearer tokens (migration 9, apitokens.h): made, listed and revoked by the
// owner, through the library and through inventoryctl; stored only as a digest; and the server's
// login acting for a token: the token's role decides, as the database enforces it, and the history
// names the token. A desk login cannot borrow that.

#include "apitokens.h"
#include "connection.h"
#include "operations.h"
#include "programrun.h"
#include "stock.h"
#include "testcluster.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <thread>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_tokens");
// The production set-up: a login with no rights of its own, a member of inventory_server.
const QString serverLogin = QStringLiteral("tst_server");

using Run = inventory::test::ProgramRun;

ConnectionSettings serverSettings()
{
    ConnectionSettings settings = TestCluster::instance().owner(db);
    settings.user = serverLogin;
    return settings;
}

Run inventoryctl(const ConnectionSettings &settings, const QStringList &arguments)
{
    Run run = inventory::test::runProgram(qEnvironmentVariable("INVENTORYCTL"),
                                          QStringList { QStringLiteral("--db"), TestCluster::uri(settings) }
                                              + arguments);
    run.err = run.err.trimmed();
    return run;
}

// Runs `f` on a thread of its own, with its own connection: the owner's look at the database
// must not disturb this thread's connection, which may be acting as a token (a change of this
// thread's connection settings drops what it acts as).
template<typename F> auto onOtherThread(F f)
{
    decltype(f()) result {};
    std::thread thread([&] {
        result = f();
        Connection::closeCurrent();
    });
    thread.join();
    return result;
}

QVariant ownerValue(const QString &sql, const QVariantList &values = {})
{
    return onOtherThread([&] {
        auto row = TestCluster::instance().ownerQueryRow(db, sql, values);
        return row && !row->isEmpty() ? row->first() : QVariant();
    });
}

Result<void> ownerExec(const QString &sql, const QVariantList &values = {})
{
    return onOtherThread([&] { return TestCluster::instance().ownerExec(db, sql, values); });
}

// Everything an operation could change in the stock (TestCluster::stateFingerprint()).
QString stockFingerprint()
{
    return onOtherThread([] { return TestCluster::instance().stateFingerprint(db); });
}

// Everything about the tokens, as the owner sees them: equal before and after means nothing
// changed.
QString tokensFingerprint()
{
    return ownerValue(QStringLiteral("SELECT coalesce(string_agg(t::text, '|' ORDER BY name), '') "
                                     "FROM inventory.api_tokens t"))
        .toString();
}

// One row of a statement on this thread's connection (whoever it acts as), as strings.
QStringList currentRow(const QString &sql, const QVariantList &values = {})
{
    auto q = Connection::current().execute(sql, values, Retry::Safe);
    if (!q) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.error().message));
        return {};
    }
    QStringList row;
    if ((*q)->next()) {
        for (int i = 0; i < (*q)->record().count(); ++i)
            row << (*q)->value(i).toString();
    }
    (*q)->finish();
    return row;
}

QString blockCreatedBy(qint64 blockId)
{
    return ownerValue(QStringLiteral("SELECT created_by FROM block_inventory WHERE id = $1"), { blockId })
        .toString();
}

QString blockEventActors(qint64 blockId)
{
    return ownerValue(QStringLiteral("SELECT string_agg(kind || ':' || actor, ',' ORDER BY id) "
                                     "FROM block_events WHERE block_id = $1"),
                      { blockId })
        .toString();
}

QString movementActor(qint64 movementId)
{
    return ownerValue(QStringLiteral("SELECT actor FROM stock_movements WHERE id = $1"), { movementId })
        .toString();
}

// Acts as a token for its lifetime, on this thread's connection as the server's login; a fresh
// connection (as the owner again) afterwards.
class AsToken
{
public:
    AsToken(const QString &role, const QString &name) : m_settings(serverSettings())
    {
        m_acting = actAs(role, QStringLiteral("token:") + name);
        if (!m_acting)
            qWarning("actAs(%s, %s): %s", qPrintable(role), qPrintable(name),
                     qPrintable(m_acting.error().message));
    }
    explicit operator bool() const { return m_acting.has_value(); }

private:
    ScopedConnectionSettings m_settings;
    Result<void> m_acting;
};

#define VERIFY_OK(result) QVERIFY2((result), (result) ? "" : qPrintable((result).error().message))

#define VERIFY_REFUSED_AS(result, errorKind)                                                                 \
    do {                                                                                                     \
        QVERIFY(!(result));                                                                                  \
        QCOMPARE(int((result).error().kind), int(errorKind));                                                \
    } while (false)
} // namespace

class tst_Tokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // Made, listed, revoked.
    void createListAndRevoke();
    void secretIsNotStored();
    void badNamesAndRolesAreRefused_data();
    void badNamesAndRolesAreRefused();
    void onlyTheOwnerManagesTokens();
    void databaseRefusesBadRowsToo();
    void cliCreateListAndRevoke();
    void cliRefusals_data();
    void cliRefusals();

    // Acting for a token.
    void historyNamesTheToken();
    void roleDecidesAsTheDatabaseEnforcesIt();
    void undoFollowsTheActingRole();
    void desktopLoginCannotSpoofTheHistory();
    void idempotencyKeysArePerToken();
    void shopTokenHasTheOriginalApi();
    void shopTokenIsRefusedTheRest_data();
    void shopTokenIsRefusedTheRest();
    void serverLoginHasNoRightsOfItsOwn();
    void actingIsCachedAndSurvivesAReconnect();
    void ownerActsLikeTheServerLogin();

private:
    Item makeItem(const QString &name, int quantity, const QString &category = QStringLiteral("Kitchen"));
    int m_serial = 0;
};

Item tst_Tokens::makeItem(const QString &name, int quantity, const QString &category)
{
    auto created =
        createItem({ name + QLatin1Char(' ') + QString::number(++m_serial), {}, quantity, 990, category });
    if (!created)
        qWarning("createItem: %s", qPrintable(created.error().message));
    return created.value_or(Item {});
}

void tst_Tokens::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("INVENTORYCTL")),
             "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    auto created = TestCluster::instance().createDatabase(db);
    VERIFY_OK(created);
    setConnectionSettings(TestCluster::instance().owner(db));
    // Roles are cluster-wide, the cluster is this process's own.
    VERIFY_OK(Connection::current().executeScript(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tst_server') THEN "
                       "CREATE ROLE tst_server LOGIN NOINHERIT IN ROLE inventory_server; END IF; END $$")));
}

void tst_Tokens::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Tokens::createListAndRevoke()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    auto issued = createApiToken(QStringLiteral("checkout-1"), QStringLiteral("shop"));
    VERIFY_OK(issued);
    QCOMPARE(issued->token.name, QStringLiteral("checkout-1"));
    QCOMPARE(issued->token.role, QStringLiteral("shop"));
    QCOMPARE(issued->token.createdBy, TestCluster::instance().owner(db).user);
    QVERIFY(issued->token.createdAt >= before);
    QVERIFY(!issued->token.isRevoked());
    // "inv_" and 256 bits in base64url without padding.
    QVERIFY2(QRegularExpression(QStringLiteral("^inv_[A-Za-z0-9_-]{43}\\z")).match(issued->secret).hasMatch(),
             qPrintable(issued->secret));

    auto listed = apiTokens();
    VERIFY_OK(listed);
    const auto found = std::find_if(listed->cbegin(), listed->cend(),
                                    [](const ApiToken &t) { return t.name == QLatin1String("checkout-1"); });
    QVERIFY(found != listed->cend());
    QCOMPARE(found->role, QStringLiteral("shop"));
    QCOMPARE(found->createdAt, issued->token.createdAt);
    QCOMPARE(found->createdBy, issued->token.createdBy);
    QVERIFY(!found->isRevoked());

    // What a server loads: the token by its digest, with its name and role.
    const auto isIt = [&](const ActiveToken &t) {
        return t.name == QLatin1String("checkout-1");
    };
    {
        const ScopedConnectionSettings asServer(serverSettings());
        auto active = activeApiTokens();
        VERIFY_OK(active);
        const auto loaded = std::find_if(active->cbegin(), active->cend(), isIt);
        QVERIFY(loaded != active->cend());
        QCOMPARE(loaded->sha256, apiTokenDigest(issued->secret.toLatin1()));
        QCOMPARE(loaded->role, QStringLiteral("shop"));
    }

    auto revoked = revokeApiToken(QStringLiteral("checkout-1"));
    VERIFY_OK(revoked);
    QVERIFY(revoked->isRevoked());
    QVERIFY(revoked->revokedAt >= revoked->createdAt);
    QCOMPARE(revoked->role, QStringLiteral("shop"));
    {
        const ScopedConnectionSettings asServer(serverSettings());
        auto active = activeApiTokens();
        VERIFY_OK(active);
        QVERIFY(std::none_of(active->cbegin(), active->cend(), isIt));
    }
    listed = apiTokens();
    VERIFY_OK(listed);
    QVERIFY(std::any_of(listed->cbegin(), listed->cend(), [&](const ApiToken &t) {
        return t.name == QLatin1String("checkout-1") && t.revokedAt == revoked->revokedAt;
    }));

    // Refusals, each changing nothing.
    const QString fingerprint = tokensFingerprint();
    auto again = revokeApiToken(QStringLiteral("checkout-1"));
    VERIFY_REFUSED_AS(again, Error::Kind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("revoked already")),
             qPrintable(again.error().message));
    QCOMPARE(again.error().when, revoked->revokedAt);
    auto unknown = revokeApiToken(QStringLiteral("no-such-token"));
    VERIFY_REFUSED_AS(unknown, Error::Kind::NotFound);
    QCOMPARE(unknown.error().message, QStringLiteral("There is no token named 'no-such-token'."));
    // A revoked token keeps its name: the history's "token:checkout-1" stays unambiguous.
    auto reused = createApiToken(QStringLiteral("checkout-1"), QStringLiteral("manager"));
    VERIFY_REFUSED_AS(reused, Error::Kind::Conflict);
    QVERIFY2(reused.error().message.contains(QLatin1String("exists already")),
             qPrintable(reused.error().message));
    QCOMPARE(tokensFingerprint(), fingerprint);
}

void tst_Tokens::secretIsNotStored()
{
    auto first = createApiToken(QStringLiteral("digest-a"), QStringLiteral("staff"));
    auto second = createApiToken(QStringLiteral("digest-b"), QStringLiteral("staff"));
    VERIFY_OK(first);
    VERIFY_OK(second);
    QVERIFY(first->secret != second->secret);

    const QByteArray digest = QCryptographicHash::hash(first->secret.toLatin1(), QCryptographicHash::Sha256);
    QCOMPARE(apiTokenDigest(first->secret.toLatin1()), digest);
    QCOMPARE(ownerValue(QStringLiteral("SELECT encode(token_sha256, 'hex') FROM inventory.api_tokens "
                                       "WHERE name = 'digest-a'"))
                 .toString(),
             QString::fromLatin1(digest.toHex()));
    // Neither the secret, nor its random part, nor the random bytes appear anywhere in the row.
    const QString random = first->secret.mid(4);
    const QByteArray bytes = QByteArray::fromBase64(random.toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(bytes.size(), 32);
    const QVariant leaks = ownerValue(
        QStringLiteral("SELECT count(*) FROM inventory.api_tokens t "
                       "WHERE t::text LIKE '%' || $1 || '%' OR t::text LIKE '%' || $2 || '%' "
                       "   OR t.token_sha256 = decode($3, 'hex') OR t::text LIKE '%' || $3 || '%'"),
        { first->secret, random, QString::fromLatin1(bytes.toHex()) });
    QVERIFY(leaks.isValid());
    QCOMPARE(leaks.toInt(), 0);
    // A near miss is not the token.
    QString wrong = first->secret;
    wrong[10] = wrong[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM inventory.api_tokens WHERE token_sha256 = $1"),
                        { apiTokenDigest(wrong.toLatin1()) })
                 .toInt(),
             0);
    QCOMPARE(ownerValue(QStringLiteral("SELECT name FROM inventory.api_tokens WHERE token_sha256 = $1"),
                        { apiTokenDigest(first->secret.toLatin1()) })
                 .toString(),
             QStringLiteral("digest-a"));
}

void tst_Tokens::badNamesAndRolesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("field");
    const QString ok = QStringLiteral("fine-name");
    QTest::newRow("empty name") << QString() << "staff"
                                << "name";
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << "staff"
                                   << "name";
    QTest::newRow("space") << "shop checkout"
                           << "shop"
                           << "name";
    QTest::newRow("trailing newline") << "checkout\n"
                                      << "shop"
                                      << "name";
    QTest::newRow("colon") << "token:x"
                           << "shop"
                           << "name";
    QTest::newRow("quote") << "o'brien"
                           << "staff"
                           << "name";
    QTest::newRow("SQL") << "x'); DROP TABLE items; --"
                         << "staff"
                         << "name";
    QTest::newRow("slash") << "a/b"
                           << "staff"
                           << "name";
    QTest::newRow("non-ASCII letter") << "caf\u00e9"
                                      << "staff"
                                      << "name";
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "staff"
                         << "name";
    QTest::newRow("no role") << ok << ""
                             << "role";
    QTest::newRow("unknown role") << ok << "admin"
                                  << "role";
    QTest::newRow("capitalised role") << ok << "Staff"
                                      << "role";
    QTest::newRow("database role name") << ok << "inventory_manager"
                                        << "role";
    QTest::newRow("server role") << ok << "inventory_server"
                                 << "role";
}

void tst_Tokens::badNamesAndRolesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, field);
    const QString fingerprint = tokensFingerprint();
    auto created = createApiToken(name, role);
    VERIFY_REFUSED_AS(created, Error::Kind::InvalidInput);
    QCOMPARE(created.error().field, field);
    QVERIFY2(created.error().message.startsWith(QStringLiteral("Invalid %1: ").arg(field)),
             qPrintable(created.error().message));
    QCOMPARE(tokensFingerprint(), fingerprint);
    if (field == QLatin1String("name")) {
        auto revoked = revokeApiToken(name);
        VERIFY_REFUSED_AS(revoked, Error::Kind::InvalidInput);
        QCOMPARE(tokensFingerprint(), fingerprint);
    } else {
        const ScopedConnectionSettings asServer(serverSettings());
        VERIFY_REFUSED_AS(actAs(role, QStringLiteral("token:x")), Error::Kind::InvalidInput);
    }
}

void tst_Tokens::onlyTheOwnerManagesTokens()
{
    VERIFY_OK(createApiToken(QStringLiteral("owner-only"), QStringLiteral("staff")));
    const QString fingerprint = tokensFingerprint();
    TestCluster &cluster = TestCluster::instance();
    for (const ConnectionSettings &settings : { cluster.staff(db), cluster.manager(db), serverSettings() }) {
        const ScopedConnectionSettings as(settings);
        auto created = createApiToken(QStringLiteral("by-") + settings.user, QStringLiteral("manager"));
        VERIFY_REFUSED_AS(created, Error::Kind::PermissionDenied);
        QCOMPARE(created.error().message, QStringLiteral("Only the schema's owner can make API tokens."));
        VERIFY_REFUSED_AS(apiTokens(), Error::Kind::PermissionDenied);
        VERIFY_REFUSED_AS(revokeApiToken(QStringLiteral("owner-only")), Error::Kind::PermissionDenied);
    }
    {
        // A desk login is not a member of inventory_server: it cannot load tokens either.
        const ScopedConnectionSettings as(cluster.manager(db));
        auto active = activeApiTokens();
        VERIFY_REFUSED_AS(active, Error::Kind::Server);
        QVERIFY2(active.error().message.contains(QLatin1String("grant it inventory_server")),
                 qPrintable(active.error().message));
    }
    {
        // Even acting as the role that may read tokens, the server's login cannot write them.
        const ScopedConnectionSettings as(serverSettings());
        VERIFY_OK(activeApiTokens());
        VERIFY_REFUSED_AS(createApiToken(QStringLiteral("by-server"), QStringLiteral("manager")),
                          Error::Kind::PermissionDenied);
        VERIFY_REFUSED_AS(revokeApiToken(QStringLiteral("owner-only")), Error::Kind::PermissionDenied);
    }
    QCOMPARE(tokensFingerprint(), fingerprint);
}

void tst_Tokens::databaseRefusesBadRowsToo()
{
    // The owner's hand-written SQL is held to the same rules as createApiToken().
    const QString fingerprint = tokensFingerprint();
    const QString insert = QStringLiteral(
        "INSERT INTO inventory.api_tokens (name, role, token_sha256) VALUES ($1, $2, decode($3, 'hex'))");
    const QString digest = QString::fromLatin1(apiTokenDigest("x").toHex());
    for (const QVariantList &values :
         { QVariantList { QStringLiteral("bad name"), QStringLiteral("staff"), digest },
           QVariantList { QStringLiteral("newline\n"), QStringLiteral("staff"), digest },
           QVariantList { QString(65, QLatin1Char('x')), QStringLiteral("staff"), digest },
           QVariantList { QStringLiteral("good"), QStringLiteral("admin"), digest },
           QVariantList { QStringLiteral("good"), QStringLiteral("staff"), digest.left(62) } }) {
        auto inserted = ownerExec(insert, values);
        QVERIFY2(!inserted, qPrintable(values.first().toString()));
        QCOMPARE(inserted.error().sqlState, QStringLiteral("23514"));
    }
    QCOMPARE(tokensFingerprint(), fingerprint);
}

void tst_Tokens::cliCreateListAndRevoke()
{
    const ConnectionSettings owner = TestCluster::instance().owner(db);
    const Run json =
        inventoryctl(owner,
                     { QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("cli-shop"), QStringLiteral("--role"), QStringLiteral("shop"),
                       QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject issued = json.json().object();
    QCOMPARE(issued.keys(),
             (QStringList { QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("token") }));
    QCOMPARE(issued.value(QStringLiteral("name")).toString(), QStringLiteral("cli-shop"));
    QCOMPARE(issued.value(QStringLiteral("role")).toString(), QStringLiteral("shop"));
    const QString secret = issued.value(QStringLiteral("token")).toString();
    QVERIFY2(secret.startsWith(QLatin1String("inv_")) && secret.size() == 47, qPrintable(secret));
    QCOMPARE(ownerValue(QStringLiteral("SELECT name FROM inventory.api_tokens WHERE token_sha256 = $1"),
                        { apiTokenDigest(secret.toLatin1()) })
                 .toString(),
             QStringLiteral("cli-shop"));

    const Run text =
        inventoryctl(owner,
                     { QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                       QStringLiteral("manager"), QStringLiteral("--name"), QStringLiteral("cli-boss") });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Token 'cli-boss' (manager):"));
    QVERIFY2(lines.at(2).contains(QLatin1String("not shown again")), qPrintable(text.out));
    QCOMPARE(ownerValue(QStringLiteral("SELECT name FROM inventory.api_tokens WHERE token_sha256 = $1"),
                        { apiTokenDigest(lines.at(1).toLatin1()) })
                 .toString(),
             QStringLiteral("cli-boss"));

    const Run revoked = inventoryctl(owner,
                                     { QStringLiteral("token"), QStringLiteral("revoke"),
                                       QStringLiteral("cli-boss"), QStringLiteral("--json") });
    QCOMPARE(revoked.exitCode, 0);
    const QJsonObject revokedToken = revoked.json().object();
    QCOMPARE(revokedToken.value(QStringLiteral("name")).toString(), QStringLiteral("cli-boss"));
    QVERIFY(
        QDateTime::fromString(revokedToken.value(QStringLiteral("revokedAt")).toString(), Qt::ISODateWithMs)
            .isValid());
    const Run revokedText = inventoryctl(
        owner, { QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("cli-shop") });
    QCOMPARE(revokedText.exitCode, 0);
    QVERIFY2(revokedText.out.startsWith(QLatin1String("Token 'cli-shop' is revoked")),
             qPrintable(revokedText.out));

    const Run list =
        inventoryctl(owner, { QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    auto tokens = apiTokens();
    VERIFY_OK(tokens);
    const QJsonArray array = list.json().array();
    QCOMPARE(array.size(), tokens->size());
    bool sawBoss = false;
    for (const QJsonValue &value : array) {
        const QJsonObject token = value.toObject();
        QCOMPARE(
            token.keys(),
            (QStringList { QStringLiteral("createdAt"), QStringLiteral("createdBy"), QStringLiteral("name"),
                           QStringLiteral("revokedAt"), QStringLiteral("role") }));
        QVERIFY(!token.contains(QStringLiteral("token")));
        if (token.value(QStringLiteral("name")).toString() == QLatin1String("cli-boss")) {
            sawBoss = true;
            QCOMPARE(token.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
            QCOMPARE(token.value(QStringLiteral("createdBy")).toString(), owner.user);
            QCOMPARE(token.value(QStringLiteral("revokedAt")).toString(),
                     revokedToken.value(QStringLiteral("revokedAt")).toString());
        }
    }
    QVERIFY(sawBoss);

    VERIFY_OK(createApiToken(QStringLiteral("cli-active"), QStringLiteral("staff")));
    const Run table = inventoryctl(owner, { QStringLiteral("token"), QStringLiteral("list") });
    QCOMPARE(table.exitCode, 0);
    const QStringList rows = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(rows.first().simplified() == QLatin1String("NAME ROLE CREATED BY REVOKED"),
             qPrintable(table.out));
    const auto rowOf = [&](const char *name) {
        for (const QString &row : rows) {
            if (row.startsWith(QLatin1String(name) + QLatin1Char(' ')))
                return row.simplified();
        }
        return QString();
    };
    QVERIFY2(rowOf("cli-active").startsWith(QLatin1String("cli-active staff ")), qPrintable(table.out));
    QVERIFY2(rowOf("cli-active").endsWith(owner.user + QLatin1String(" active")), qPrintable(table.out));
    QVERIFY2(rowOf("cli-boss").startsWith(QLatin1String("cli-boss manager ")), qPrintable(table.out));
    QVERIFY2(!rowOf("cli-boss").endsWith(QLatin1String(" active")), qPrintable(table.out));
    QVERIFY2(!table.out.contains(secret) && !table.out.contains(lines.at(1)), qPrintable(table.out));
}

void tst_Tokens::cliRefusals_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    VERIFY_OK(createApiToken(QStringLiteral("cli-taken"), QStringLiteral("staff")));
    const auto row = [](const char *name, const char *login, std::initializer_list<const char *> arguments,
                        int code, const char *message) {
        QStringList all { QStringLiteral("token") };
        for (const char *argument : arguments)
            all << QString::fromUtf8(argument);
        QTest::newRow(name) << QString::fromLatin1(login) << all << code << QString::fromUtf8(message);
    };
    row("name taken", "owner", { "create", "--name", "cli-taken", "--role", "shop" }, 3, "exists already");
    row("bad role", "owner", { "create", "--name", "cli-new", "--role", "root" }, 2,
        "Invalid role: 'root' is not a token role; use staff, manager or shop.");
    row("bad name", "owner", { "create", "--name", "two words", "--role", "shop" }, 2,
        "Invalid name: 'two words' is not a token name");
    row("no role", "owner", { "create", "--name", "cli-new" }, 2, "needs --name NAME and --role");
    row("no name", "owner", { "create", "--role", "shop" }, 2, "needs --name NAME and --role");
    row("unknown token", "owner", { "revoke", "cli-nobody" }, 3, "There is no token named 'cli-nobody'.");
    row("revoke without a name", "owner", { "revoke" }, 2, "'token revoke' takes 1 argument(s)");
    row("no action", "owner", {}, 2, "takes an action: create, list, revoke");
    row("staff creates", "staff", { "create", "--name", "cli-new", "--role", "manager" }, 4,
        "Only the schema's owner can make API tokens.");
    row("manager lists", "manager", { "list" }, 4, "Only the schema's owner can list API tokens.");
    row("manager revokes", "manager", { "revoke", "cli-taken" }, 4,
        "Only the schema's owner can revoke API tokens.");
}

void tst_Tokens::cliRefusals()
{
    QFETCH(QString, login);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TestCluster &cluster = TestCluster::instance();
    const ConnectionSettings settings = login == QLatin1String("staff") ? cluster.staff(db)
        : login == QLatin1String("manager")                             ? cluster.manager(db)
                                                                        : cluster.owner(db);
    const QString fingerprint = tokensFingerprint();
    const Run run = inventoryctl(settings, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(QLatin1String("inventoryctl: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(tokensFingerprint(), fingerprint);
}

void tst_Tokens::historyNamesTheToken()
{
    const Item kettle = makeItem(QStringLiteral("Kettle"), 20);
    QVERIFY(kettle.id);
    qint64 blockId = 0;
    qint64 receiptId = 0;
    {
        AsToken checkout(QStringLiteral("staff"), QStringLiteral("checkout"));
        QVERIFY(checkout);
        // The server's login, acting as the token's role.
        QCOMPARE(currentRow(QStringLiteral("SELECT session_user, current_user, inventory.actor()")),
                 (QStringList { serverLogin, QStringLiteral("inventory_staff"),
                                QStringLiteral("token:checkout") }));
        auto reserved = reserve(kettle.id, 2, 1h, QStringLiteral("order-1"));
        VERIFY_OK(reserved);
        blockId = reserved->blockId;
        auto received = receive(kettle.id, 5, StockReason::Received, QStringLiteral("DN-1"));
        VERIFY_OK(received);
        QCOMPARE(received->actor, QStringLiteral("token:checkout"));
        receiptId = received->id;
    }
    QCOMPARE(blockCreatedBy(blockId), QStringLiteral("token:checkout"));
    QCOMPARE(blockEventActors(blockId), QStringLiteral("created:token:checkout"));
    QCOMPARE(movementActor(receiptId), QStringLiteral("token:checkout"));
    {
        AsToken boss(QStringLiteral("manager"), QStringLiteral("boss"));
        QVERIFY(boss);
        VERIFY_OK(confirm(blockId));
        auto count = openCount(QList<qint64> { kettle.id });
        VERIFY_OK(count);
        VERIFY_OK(setCounted(count->id, kettle.id, 23));
        VERIFY_OK(postCount(count->id));
        QCOMPARE(
            ownerValue(QStringLiteral("SELECT opened_by || ',' || posted_by FROM stock_counts WHERE id = $1"),
                       { count->id })
                .toString(),
            QStringLiteral("token:boss,token:boss"));
        QCOMPARE(ownerValue(QStringLiteral("SELECT counted_by FROM stock_count_lines WHERE count_id = $1"),
                            { count->id })
                     .toString(),
                 QStringLiteral("token:boss"));
    }
    QCOMPARE(blockEventActors(blockId), QStringLiteral("created:token:checkout,confirmed:token:boss"));
    // Back on a fresh connection, the owner is named as itself again.
    auto own = reserve(kettle.id, 1);
    VERIFY_OK(own);
    QCOMPARE(blockCreatedBy(own->blockId), TestCluster::instance().owner(db).user);
}

void tst_Tokens::roleDecidesAsTheDatabaseEnforcesIt()
{
    const Item lamp = makeItem(QStringLiteral("Lamp"), 10);
    QVERIFY(lamp.id);
    qint64 blockId = 0;
    {
        AsToken staff(QStringLiteral("staff"), QStringLiteral("desk-api"));
        QVERIFY(staff);
        auto reserved = reserve(lamp.id, 3);
        VERIFY_OK(reserved);
        blockId = reserved->blockId;
        const QString before = stockFingerprint();
        auto confirmed = confirm(blockId);
        VERIFY_REFUSED_AS(confirmed, Error::Kind::PermissionDenied);
        QCOMPARE(confirmed.error().message, QStringLiteral("Only managers can confirm reservations."));
        VERIFY_REFUSED_AS(release(blockId), Error::Kind::PermissionDenied);
        VERIFY_REFUSED_AS(adjust(lamp.id, { .by = -1 }), Error::Kind::PermissionDenied);
        QCOMPARE(stockFingerprint(), before);
    }
    {
        AsToken manager(QStringLiteral("manager"), QStringLiteral("boss"));
        QVERIFY(manager);
        auto confirmed = confirm(blockId);
        VERIFY_OK(confirmed);
        QVERIFY(confirmed->isPermanent);
    }
    QCOMPARE(blockEventActors(blockId), QStringLiteral("created:token:desk-api,confirmed:token:boss"));
}

void tst_Tokens::undoFollowsTheActingRole()
{
    const Item drill = makeItem(QStringLiteral("Drill"), 10, QStringLiteral("Tools"));
    QVERIFY(drill.id);
    qint64 receiptA = 0;
    qint64 receiptA2 = 0;
    {
        AsToken a(QStringLiteral("staff"), QStringLiteral("clerk-a"));
        QVERIFY(a);
        auto received = receive(drill.id, 4);
        VERIFY_OK(received);
        receiptA = received->id;
        received = receive(drill.id, 2);
        VERIFY_OK(received);
        receiptA2 = received->id;
    }
    qint64 adjustment = 0;
    {
        AsToken m(QStringLiteral("manager"), QStringLiteral("boss-m"));
        QVERIFY(m);
        auto adjusted = adjust(drill.id, { .by = -1, .reason = StockReason::Damaged });
        VERIFY_OK(adjusted);
        adjustment = adjusted->id;
    }
    {
        // Another staff token may not undo clerk-a's receipt, nor anyone's adjustment.
        AsToken b(QStringLiteral("staff"), QStringLiteral("clerk-b"));
        QVERIFY(b);
        const QString before = stockFingerprint();
        VERIFY_REFUSED_AS(undoMovement(receiptA), Error::Kind::PermissionDenied);
        VERIFY_REFUSED_AS(undoMovement(adjustment), Error::Kind::PermissionDenied);
        QCOMPARE(stockFingerprint(), before);
    }
    {
        // clerk-a may undo its own receipt, even on another connection of the server: what counts
        // is the token, not the login (which is the same for every token).
        AsToken a(QStringLiteral("staff"), QStringLiteral("clerk-a"));
        QVERIFY(a);
        auto undone = undoMovement(receiptA);
        VERIFY_OK(undone);
        QCOMPARE(undone->actor, QStringLiteral("token:clerk-a"));
        VERIFY_REFUSED_AS(undoMovement(adjustment), Error::Kind::PermissionDenied);
    }
    {
        // A manager token may undo others' receipts and adjustments.
        AsToken n(QStringLiteral("manager"), QStringLiteral("boss-n"));
        QVERIFY(n);
        auto undone = undoMovement(adjustment);
        VERIFY_OK(undone);
        QCOMPARE(undone->actor, QStringLiteral("token:boss-n"));
        VERIFY_OK(undoMovement(receiptA2));
    }
}

void tst_Tokens::desktopLoginCannotSpoofTheHistory()
{
    const Item vase = makeItem(QStringLiteral("Vase"), 10);
    QVERIFY(vase.id);
    qint64 othersReceipt = 0;
    {
        AsToken a(QStringLiteral("staff"), QStringLiteral("clerk-a"));
        QVERIFY(a);
        auto received = receive(vase.id, 3);
        VERIFY_OK(received);
        othersReceipt = received->id;
    }
    const ScopedConnectionSettings asStaff(TestCluster::instance().staff(db));
    const QString staffLogin = TestCluster::instance().staff(db).user;
    // A desk login sets what the server sets: it is not a member of inventory_server, so neither
    // the name nor the role counts.
    QCOMPARE(currentRow(QStringLiteral("SELECT set_config('inventory.actor', 'token:clerk-a', false), "
                                       "set_config('inventory.actor_role', 'inventory_manager', false)"))
                 .size(),
             2);
    QCOMPARE(
        currentRow(QStringLiteral("SELECT inventory.actor(), inventory.actor_has_role('inventory_manager')")),
        (QStringList { staffLogin, QStringLiteral("false") }));
    auto reserved = reserve(vase.id, 1, 1h, QStringLiteral("forged-1"));
    VERIFY_OK(reserved);
    QCOMPARE(blockCreatedBy(reserved->blockId), staffLogin);
    QCOMPARE(blockEventActors(reserved->blockId), QStringLiteral("created:") + staffLogin);
    auto received = receive(vase.id, 1);
    VERIFY_OK(received);
    QCOMPARE(received->actor, staffLogin);
    // Nor does it gain the manager's check, or clerk-a's own receipt.
    const QString before = stockFingerprint();
    VERIFY_REFUSED_AS(undoMovement(othersReceipt), Error::Kind::PermissionDenied);
    QCOMPARE(stockFingerprint(), before);

    // actAs() itself, from a desk login: its own role it may set (it has it anyway), the name
    // still does not count; another role it cannot take at all.
    VERIFY_OK(actAs(QStringLiteral("staff"), QStringLiteral("token:clerk-a")));
    auto again = reserve(vase.id, 1);
    VERIFY_OK(again);
    QCOMPARE(blockCreatedBy(again->blockId), staffLogin);
    auto manager = actAs(QStringLiteral("manager"), QStringLiteral("token:boss"));
    VERIFY_REFUSED_AS(manager, Error::Kind::Server);
    QVERIFY2(manager.error().message.contains(QLatin1String("grant it inventory_server")),
             qPrintable(manager.error().message));
    VERIFY_REFUSED_AS(confirm(again->blockId), Error::Kind::PermissionDenied);
}

void tst_Tokens::idempotencyKeysArePerToken()
{
    const Item mug = makeItem(QStringLiteral("Mug"), 10);
    QVERIFY(mug.id);
    qint64 first = 0;
    {
        AsToken a(QStringLiteral("staff"), QStringLiteral("shop-a"));
        QVERIFY(a);
        auto reserved = reserve(mug.id, 2, 1h, QStringLiteral("order-7"));
        VERIFY_OK(reserved);
        QVERIFY(!reserved->replayed);
        first = reserved->blockId;
        auto retried = reserve(mug.id, 2, 1h, QStringLiteral("order-7"));
        VERIFY_OK(retried);
        QVERIFY(retried->replayed);
        QCOMPARE(retried->blockId, first);
    }
    {
        // Same key, another token: another customer's order 7, reserved anew.
        AsToken b(QStringLiteral("staff"), QStringLiteral("shop-b"));
        QVERIFY(b);
        auto reserved = reserve(mug.id, 2, 1h, QStringLiteral("order-7"));
        VERIFY_OK(reserved);
        QVERIFY(!reserved->replayed);
        QVERIFY(reserved->blockId != first);
        QCOMPARE(blockCreatedBy(reserved->blockId), QStringLiteral("token:shop-b"));
    }
    {
        // shop-a's retry still finds its own, whoever reserved in between; the batch path too.
        AsToken a(QStringLiteral("staff"), QStringLiteral("shop-a"));
        QVERIFY(a);
        auto retried = reserve(mug.id, 2, 1h, QStringLiteral("order-7"));
        VERIFY_OK(retried);
        QVERIFY(retried->replayed);
        QCOMPARE(retried->blockId, first);
        auto batch = reserveBatch(mug.id, { ReservationRequest { 2, 1h, QStringLiteral("order-7") } });
        VERIFY_OK(batch);
        QCOMPARE(batch->size(), 1);
        VERIFY_OK(batch->first());
        QVERIFY(batch->first()->replayed);
        QCOMPARE(batch->first()->blockId, first);
    }
    QCOMPARE(ownerValue(QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { mug.id }).toInt(), 6);
}

void tst_Tokens::shopTokenHasTheOriginalApi()
{
    const Item kettle = makeItem(QStringLiteral("Shop kettle"), 12, QStringLiteral("Home & Garden"));
    QVERIFY(kettle.id);
    // An expired block of someone else's for the cleanup to find.
    auto stale = reserve(kettle.id, 2);
    VERIFY_OK(stale);
    VERIFY_OK(ownerExec(
        QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id = $1"),
        { stale->blockId }));

    AsToken shop(QStringLiteral("shop"), QStringLiteral("webshop"));
    QVERIFY(shop);
    QCOMPARE(currentRow(QStringLiteral("SELECT current_user")),
             QStringList { QStringLiteral("inventory_checkout") });
    // GET /api/items/:id
    auto read = item(kettle.id);
    VERIFY_OK(read);
    QCOMPARE(read->name, kettle.name);
    // GET /api/items/category/:category/top
    auto top = topItems(QStringLiteral("Home & Garden"));
    VERIFY_OK(top);
    QVERIFY(top->totalItemsInCategory >= 1);
    QVERIFY(std::any_of(top->items.cbegin(), top->items.cend(),
                        [&](const Item &i) { return i.id == kettle.id; }));
    // The categories (for the shop's menus).
    auto listed = categories();
    VERIFY_OK(listed);
    QVERIFY(std::any_of(listed->cbegin(), listed->cend(),
                        [](const Category &c) { return c.name == QLatin1String("Home & Garden"); }));
    // POST /api/items
    auto created =
        createItem({ QStringLiteral("Shop-made item"), {}, 4, 250, QStringLiteral("Home & Garden") });
    VERIFY_OK(created);
    // POST /api/items/block/temporary
    auto reserved = reserve(kettle.id, 3);
    VERIFY_OK(reserved);
    // POST /api/items/block/permanent
    auto confirmed = confirm(reserved->blockId);
    VERIFY_OK(confirmed);
    QVERIFY(confirmed->isPermanent);
    // POST /api/items/cleanup/expired-blocks
    auto cleaned = cleanupExpired();
    VERIFY_OK(cleaned);
    QVERIFY(cleaned->blocksRemoved >= 1);

    QCOMPARE(blockEventActors(reserved->blockId),
             QStringLiteral("created:token:webshop,confirmed:token:webshop"));
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT actor FROM block_events WHERE block_id = $1 AND kind = 'expired'"),
                   { stale->blockId })
            .toString(),
        QStringLiteral("token:webshop"));
}

void tst_Tokens::shopTokenIsRefusedTheRest_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : { "release", "extend", "receive", "adjust", "undo", "open count",
                                   "set counted", "edit item", "archive", "check ledger" })
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void tst_Tokens::shopTokenIsRefusedTheRest()
{
    QFETCH(QString, operation);
    const Item item = makeItem(QStringLiteral("Refused"), 10);
    QVERIFY(item.id);
    auto block = reserve(item.id, 1);
    VERIFY_OK(block);
    auto receipt = receive(item.id, 1);
    VERIFY_OK(receipt);
    auto count = openCount(QList<qint64> { item.id });
    VERIFY_OK(count);

    AsToken shop(QStringLiteral("shop"), QStringLiteral("webshop"));
    QVERIFY(shop);
    const QString before = stockFingerprint();
    std::optional<Error> refused;
    const auto keep = [&](const auto &result) {
        if (!result)
            refused = result.error();
    };
    if (operation == QLatin1String("release"))
        keep(release(block->blockId));
    else if (operation == QLatin1String("extend"))
        keep(extend(block->blockId, 1h));
    else if (operation == QLatin1String("receive"))
        keep(receive(item.id, 5));
    else if (operation == QLatin1String("adjust"))
        keep(adjust(item.id, { .by = 5 }));
    else if (operation == QLatin1String("undo"))
        keep(undoMovement(receipt->id));
    else if (operation == QLatin1String("open count"))
        keep(openCount(QList<qint64> { item.id }));
    else if (operation == QLatin1String("set counted"))
        keep(setCounted(count->id, item.id, 3));
    else if (operation == QLatin1String("edit item"))
        keep(editItem(item.id, { .name = QStringLiteral("Renamed") }));
    else if (operation == QLatin1String("archive"))
        keep(archiveItem(item.id));
    else if (operation == QLatin1String("check ledger"))
        keep(checkLedger());
    QVERIFY2(refused, "the shop token was allowed");
    QCOMPARE(int(refused->kind), int(Error::Kind::PermissionDenied));
    QCOMPARE(stockFingerprint(), before);
}

void tst_Tokens::serverLoginHasNoRightsOfItsOwn()
{
    const Item jar = makeItem(QStringLiteral("Jar"), 5);
    QVERIFY(jar.id);
    const ScopedConnectionSettings asServer(serverSettings());
    // NOINHERIT: until it acts as a token's role, the server's login can do nothing.
    const QString before = stockFingerprint();
    VERIFY_REFUSED_AS(reserve(jar.id, 1), Error::Kind::PermissionDenied);
    VERIFY_REFUSED_AS(item(jar.id), Error::Kind::PermissionDenied);
    QCOMPARE(stockFingerprint(), before);
    // Naming an actor without a role: the name counts, but there are still no rights.
    QCOMPARE(currentRow(QStringLiteral("SELECT set_config('inventory.actor', 'token:x', false)")).size(), 1);
    VERIFY_REFUSED_AS(reserve(jar.id, 1), Error::Kind::PermissionDenied);
    // It cannot become the owner, nor a role it was not given.
    for (const char *role : { "inventory_owner", "inventory_shop", "tst_manager" }) {
        auto q = Connection::current().execute(QStringLiteral("SELECT set_config('role', $1, false)"),
                                               { QLatin1String(role) }, Retry::Safe);
        QVERIFY2(!q, role);
        QCOMPARE(q.error().kind, Error::Kind::PermissionDenied);
    }
    QCOMPARE(stockFingerprint(), before);
}

void tst_Tokens::actingIsCachedAndSurvivesAReconnect()
{
    const ScopedConnectionSettings asServer(serverSettings());
    const QString whoSql = QStringLiteral("SELECT current_user, inventory.actor(), pg_backend_pid()");
    VERIFY_OK(actAs(QStringLiteral("staff"), QStringLiteral("token:a")));
    QCOMPARE(Connection::current().sessionSetup().isEmpty(), false);
    QStringList who = currentRow(whoSql);
    QCOMPARE(who.mid(0, 2), (QStringList { QStringLiteral("inventory_staff"), QStringLiteral("token:a") }));

    // Behind the cache's back: the session's role changed. Acting as the same token again sends
    // nothing, so the change is still there (a real server never does this; the test sees the
    // round trip that was not made).
    QVERIFY(Connection::current().execute(QStringLiteral("SELECT set_config('role', 'none', false)")));
    VERIFY_OK(actAs(QStringLiteral("staff"), QStringLiteral("token:a")));
    QCOMPARE(currentRow(whoSql).first(), serverLogin);
    // Another token: one statement, and it acts so.
    VERIFY_OK(actAs(QStringLiteral("manager"), QStringLiteral("token:b")));
    who = currentRow(whoSql);
    QCOMPARE(who.mid(0, 2), (QStringList { QStringLiteral("inventory_manager"), QStringLiteral("token:b") }));

    // The server ends the session (a restart, a failover, an administrator). The next statement
    // runs on a new session that acts as token:b before anything else: never as the bare login.
    const QString pid = who.at(2);
    VERIFY_OK(ownerExec(QStringLiteral("SELECT pg_terminate_backend($1)"), { pid.toInt() }));
    QTRY_COMPARE_WITH_TIMEOUT(
        ownerValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"), { pid.toInt() })
            .toInt(),
        0, 10000);
    who = currentRow(whoSql);
    QCOMPARE(who.size(), 3);
    QVERIFY(who.at(2) != pid);
    QCOMPARE(who.mid(0, 2), (QStringList { QStringLiteral("inventory_manager"), QStringLiteral("token:b") }));
    // A write, too (not retried, but the reconnect before it is made by the check before sending).
    const Item bowl = makeItem(QStringLiteral("Bowl"), 3);
    QVERIFY(bowl.id);
    who = currentRow(whoSql);
    VERIFY_OK(ownerExec(QStringLiteral("SELECT pg_terminate_backend($1)"), { who.at(2).toInt() }));
    QTRY_COMPARE_WITH_TIMEOUT(
        ownerValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"),
                   { who.at(2).toInt() })
            .toInt(),
        0, 10000);
    auto reserved = reserve(bowl.id, 1);
    VERIFY_OK(reserved);
    QCOMPARE(blockCreatedBy(reserved->blockId), QStringLiteral("token:b"));
}

void tst_Tokens::ownerActsLikeTheServerLogin()
{
    // The local default: the server connects as the owner (a superuser), which may act as anyone.
    const Item pan = makeItem(QStringLiteral("Pan"), 5);
    QVERIFY(pan.id);
    const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
    VERIFY_OK(actAs(QStringLiteral("staff"), QStringLiteral("anonymous")));
    QCOMPARE(currentRow(QStringLiteral("SELECT current_user, inventory.actor()")),
             (QStringList { QStringLiteral("inventory_staff"), QStringLiteral("anonymous") }));
    auto reserved = reserve(pan.id, 1);
    VERIFY_OK(reserved);
    QCOMPARE(blockCreatedBy(reserved->blockId), QStringLiteral("anonymous"));
    VERIFY_REFUSED_AS(confirm(reserved->blockId), Error::Kind::PermissionDenied);
    VERIFY_REFUSED_AS(actAs(QStringLiteral("staff"), QString()), Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_Tokens)
#include "tst_tokens.moc"
