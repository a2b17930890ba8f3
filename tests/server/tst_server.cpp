// inventory-server as the shop sees it: a real server process on loopback over a real
// PostgreSQL, spoken to with raw HTTP/1.1. The original endpoints' fields and JSON types, every
// refusal's status and body, tokens and roles, bad input of every kind (nothing changes, the
// server keeps serving), the OpenAPI document against the routes really served, many clients
// racing for the last units, and the faults: the database restarted, the server killed and
// restarted, SIGTERM draining.

#include "apitokens.h"
#include "connection.h"
#include "httpclient.h"
#include "operations.h"
#include "programrun.h"
#include "serverprocess.h"
#include "stock.h"
#include "testcluster.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

#include <sys/resource.h>

using namespace inventory;
using inventory::test::HttpConnection;
using inventory::test::HttpResponse;
using inventory::test::ServerProcess;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_server");
using Headers = QList<std::pair<QByteArray, QByteArray>>;

QJsonObject object(const std::optional<HttpResponse> &response)
{
    return response ? response->json().object() : QJsonObject();
}

bool isUtcTimestamp(const QJsonValue &value)
{
    if (!value.isString() || !value.toString().endsWith(QLatin1Char('Z')))
        return false;
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}
} // namespace

class tst_Server : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void originalEndpointsKeepTheirContract();
    void percentEncodedCategories();
    void refusalsCarryTheNumbers();
    void expiredBlocksCannotBeConfirmed();
    void idempotencyKeyReturnsTheFirstAnswer();
    void theRestOfTheOperations();
    void tokensAndRoles();
    void historyNamesTheToken();
    void anonymousRoleOnlyWhenAsked();
    void badInput_data();
    void badInput();
    void slowClientIsCutOff();
    void fullQueueAnswers503();
    void serviceRoutes();
    void openApiListsTheRoutesServed();
    void accessLogNamesTokensNeverSecrets();
    void tls();
    void clientsRaceForTheLastUnits();
    void flashSaleSellsExactlyTheStock();
    void databaseRestartWhileServing();
    void serverKilledMidLoadLosesNothingAcknowledged();
    void sigtermDrains();

private:
    std::optional<HttpResponse> call(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                                     const QByteArray &token = {}, Headers headers = {});
    qint64 newItem(const QString &name, int quantity, const QString &category = QStringLiteral("Server tests"));
    QString ownerUri() const { return TestCluster::uri(TestCluster::instance().owner(db)); }
    std::unique_ptr<ServerProcess> startServer(QStringList extra = {});
    int quantityOf(qint64 itemId);

    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_shop;
    QByteArray m_staff;
    QByteArray m_manager;
    QByteArray m_revoked;
    qint64 m_badInputItem = 0;
};

std::optional<HttpResponse> tst_Server::call(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                             const QByteArray &token, Headers headers)
{
    const QByteArray bearer = token.isNull() ? m_shop : token;
    if (!bearer.isEmpty())
        headers.append({ "Authorization", "Bearer " + bearer });
    return inventory::test::httpRequest(m_server->port(), method, target, body, headers);
}

std::unique_ptr<ServerProcess> tst_Server::startServer(QStringList extra)
{
    auto server = std::make_unique<ServerProcess>(QStringList { QStringLiteral("--db"), ownerUri(),
                                                                QStringLiteral("--workers"), QStringLiteral("4") }
                                                  + extra);
    QString error;
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return server;
}

qint64 tst_Server::newItem(const QString &name, int quantity, const QString &category)
{
    NewItem item;
    item.name = name;
    item.quantity = quantity;
    item.price = 950;
    item.category = category;
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    const auto created = inventory::createItem(item);
    return created ? created->id : 0;
}

int tst_Server::quantityOf(qint64 itemId)
{
    const auto row = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT quantity FROM items WHERE id = $1"),
                                                           { itemId });
    return row ? row->first().toInt() : -1;
}

void tst_Server::initTestCase()
{
    // The flash-sale test holds 1,000 connections at once.
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 4096) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 4096);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    QVERIFY2(TestCluster::instance().createDatabase(db).has_value(), "cannot create the test database");
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    auto token = [](const QString &name, const QString &role) {
        const auto issued = createApiToken(name, role);
        return issued ? issued->secret.toLatin1() : QByteArray();
    };
    m_shop = token(QStringLiteral("checkout"), QStringLiteral("shop"));
    m_staff = token(QStringLiteral("floor"), QStringLiteral("staff"));
    m_manager = token(QStringLiteral("office"), QStringLiteral("manager"));
    m_revoked = token(QStringLiteral("old-checkout"), QStringLiteral("shop"));
    QVERIFY(!m_shop.isEmpty() && !m_staff.isEmpty() && !m_manager.isEmpty() && !m_revoked.isEmpty());
    QVERIFY(revokeApiToken(QStringLiteral("old-checkout")).has_value());
    Connection::closeCurrent();
    m_badInputItem = newItem(QStringLiteral("Bad input target"), 5);
    QVERIFY(m_badInputItem > 0);
    m_server = startServer();
    QVERIFY(m_server);
}

void tst_Server::cleanupTestCase()
{
    if (m_server)
        QCOMPARE(m_server->terminate(), 0);
    m_server.reset();
    TestCluster::instance().shutdown();
}

void tst_Server::originalEndpointsKeepTheirContract()
{
    // POST /api/items: 201 and the item row, with the original's JSON types.
    const auto created = call("POST", "/api/items",
                              R"({"name":"Contract lamp","description":"Brass","quantity":7,"price":"9.50","category":"Lighting"})");
    QVERIFY(created);
    QCOMPARE(created->status, 201);
    const QJsonObject item = created->json().object();
    for (const char *field : { "id", "name", "description", "quantity", "price", "category", "created_at", "updated_at" })
        QVERIFY2(item.contains(QLatin1String(field)), field);
    QVERIFY(isInteger(item[u"id"]));
    QCOMPARE(item[u"name"].toString(), QStringLiteral("Contract lamp"));
    QCOMPARE(item[u"description"].toString(), QStringLiteral("Brass"));
    QVERIFY(isInteger(item[u"quantity"]));
    QCOMPARE(item[u"quantity"].toInt(), 7);
    QVERIFY2(item[u"price"].isString(), "the price is a decimal string, never a float");
    QCOMPARE(item[u"price"].toString(), QStringLiteral("9.50"));
    QCOMPARE(item[u"category"].toString(), QStringLiteral("Lighting"));
    QVERIFY(isUtcTimestamp(item[u"created_at"]));
    QVERIFY(isUtcTimestamp(item[u"updated_at"]));
    const qint64 id = item[u"id"].toInteger();

    // A numeric price is taken exactly too.
    const auto numeric = call("POST", "/api/items", R"({"name":"Numeric price","quantity":1,"price":12.3,"category":"Lighting"})");
    QVERIFY(numeric);
    QCOMPARE(numeric->status, 201);
    QCOMPARE(numeric->json()[u"price"].toString(), QStringLiteral("12.30"));

    // GET /api/items/:id: the same row.
    const auto fetched = call("GET", "/api/items/" + QByteArray::number(id));
    QVERIFY(fetched);
    QCOMPARE(fetched->status, 200);
    QCOMPARE(fetched->json()[u"name"], item[u"name"]);
    QCOMPARE(fetched->json()[u"price"], item[u"price"]);
    QCOMPARE(fetched->header("Content-Type"), QByteArray("application/json"));

    // GET top: category, items, count, totalItemsInCategory.
    const auto top = call("GET", "/api/items/category/Lighting/top");
    QVERIFY(top);
    QCOMPARE(top->status, 200);
    const QJsonObject topObject = top->json().object();
    QCOMPARE(topObject[u"category"].toString(), QStringLiteral("Lighting"));
    QVERIFY(topObject[u"items"].isArray());
    QCOMPARE(topObject[u"count"].toInt(), topObject[u"items"].toArray().size());
    QCOMPARE(topObject[u"totalItemsInCategory"].toInt(), 2);
    QCOMPARE(topObject[u"items"].toArray().first()[u"id"].toInteger(), id); // 7 units: the most

    // POST temporary: 201, blockId, quantityBlocked, remainingQuantity, expiresAt.
    const auto reserved = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":3})");
    QVERIFY(reserved);
    QCOMPARE(reserved->status, 201);
    const QJsonObject reservation = reserved->json().object();
    QVERIFY(isInteger(reservation[u"blockId"]));
    QCOMPARE(reservation[u"quantityBlocked"].toInt(), 3);
    QCOMPARE(reservation[u"remainingQuantity"].toInt(), 4);
    QVERIFY(isUtcTimestamp(reservation[u"expiresAt"]));
    const QDateTime expires = QDateTime::fromString(reservation[u"expiresAt"].toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60); // the default hour
    QCOMPARE(quantityOf(id), 4);

    // POST permanent: the block row.
    const auto confirmed = call("POST", "/api/items/block/permanent",
                                R"({"blockId":)" + QByteArray::number(reservation[u"blockId"].toInteger()) + '}');
    QVERIFY(confirmed);
    QCOMPARE(confirmed->status, 200);
    const QJsonObject block = confirmed->json().object();
    QCOMPARE(block[u"id"], reservation[u"blockId"]);
    QCOMPARE(block[u"item_id"].toInteger(), id);
    QCOMPARE(block[u"quantity"].toInt(), 3);
    QCOMPARE(block[u"is_permanent"].toBool(), true);
    QVERIFY(block[u"expires_at"].isNull());
    QVERIFY(isUtcTimestamp(block[u"created_at"]));

    // POST cleanup: message, expiredBlocksRemoved, timestamp; the units of expired blocks back.
    const auto shortOne = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":2,"ttl":1})");
    QVERIFY(shortOne);
    QCOMPARE(shortOne->status, 201);
    QTest::qWait(1200);
    const auto cleaned = call("POST", "/api/items/cleanup/expired-blocks");
    QVERIFY(cleaned);
    QCOMPARE(cleaned->status, 200);
    const QJsonObject cleanup = cleaned->json().object();
    QVERIFY(cleanup[u"message"].isString());
    QVERIFY(isInteger(cleanup[u"expiredBlocksRemoved"]));
    QVERIFY(cleanup[u"expiredBlocksRemoved"].toInt() >= 1);
    QVERIFY(isUtcTimestamp(cleanup[u"timestamp"]));
    QCOMPARE(quantityOf(id), 4);
}

void tst_Server::percentEncodedCategories()
{
    const qint64 id = newItem(QStringLiteral("Watering can"), 5, QStringLiteral("Home & Garden"));
    QVERIFY(id > 0);
    const auto top = call("GET", "/api/items/category/Home%20%26%20Garden/top");
    QVERIFY(top);
    QCOMPARE(top->status, 200);
    QCOMPARE(top->json()[u"category"].toString(), QStringLiteral("Home & Garden"));
    QCOMPARE(top->json()[u"totalItemsInCategory"].toInt(), 1);
    QCOMPARE(top->json()[u"items"].toArray().first()[u"id"].toInteger(), id);
    // Unicode, percent-encoded as UTF-8.
    QVERIFY(newItem(QStringLiteral("Kaffeemühle"), 2, QStringLiteral("Küche")) > 0);
    const auto kitchen = call("GET", "/api/items/category/K%C3%BCche/top");
    QVERIFY(kitchen);
    QCOMPARE(kitchen->status, 200);
    QCOMPARE(kitchen->json()[u"totalItemsInCategory"].toInt(), 1);
}

void tst_Server::refusalsCarryTheNumbers()
{
    const qint64 id = newItem(QStringLiteral("Scarce kettle"), 2);
    const QString before = TestCluster::instance().stateFingerprint(db);

    const auto tooMany = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":5})");
    QVERIFY(tooMany);
    QCOMPARE(tooMany->status, 409);
    const QJsonObject refusal = tooMany->json().object();
    QCOMPARE(refusal[u"code"].toString(), QStringLiteral("insufficient_stock"));
    QCOMPARE(refusal[u"itemId"].toInteger(), id);
    QCOMPARE(refusal[u"requested"].toInt(), 5);
    QCOMPARE(refusal[u"available"].toInt(), 2);
    QVERIFY2(refusal[u"error"].toString().contains(QStringLiteral("2")) && refusal[u"error"].toString().contains(QStringLiteral("5")),
             qPrintable(refusal[u"error"].toString()));

    const auto missing = call("GET", "/api/items/999999999");
    QVERIFY(missing);
    QCOMPARE(missing->status, 404);
    QCOMPARE(object(missing)[u"code"].toString(), QStringLiteral("not_found"));
    QVERIFY(!object(missing)[u"error"].toString().isEmpty());

    const auto noBlock = call("POST", "/api/items/block/permanent", R"({"blockId":999999999})");
    QVERIFY(noBlock);
    QCOMPARE(noBlock->status, 404);
    QCOMPARE(object(noBlock)[u"code"].toString(), QStringLiteral("not_found"));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);

    // Already permanent: 409, and nothing changes.
    const auto reserved = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})");
    QVERIFY(reserved && reserved->status == 201);
    const QByteArray blockBody = R"({"blockId":)" + QByteArray::number(object(reserved)[u"blockId"].toInteger()) + '}';
    QCOMPARE(call("POST", "/api/items/block/permanent", blockBody)->status, 200);
    const QString confirmedState = TestCluster::instance().stateFingerprint(db);
    const auto again = call("POST", "/api/items/block/permanent", blockBody);
    QVERIFY(again);
    QCOMPARE(again->status, 409);
    QCOMPARE(object(again)[u"code"].toString(), QStringLiteral("already_permanent"));
    QCOMPARE(object(again)[u"blockId"], object(reserved)[u"blockId"]);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), confirmedState);
}

void tst_Server::expiredBlocksCannotBeConfirmed()
{
    const qint64 id = newItem(QStringLiteral("Ice sculpture"), 3);
    const auto reserved = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1,"ttl":"1s"})");
    QVERIFY(reserved);
    QCOMPARE(reserved->status, 201);
    QTest::qWait(1200);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const auto late = call("POST", "/api/items/block/permanent",
                           R"({"blockId":)" + QByteArray::number(object(reserved)[u"blockId"].toInteger()) + '}');
    QVERIFY(late);
    QCOMPARE(late->status, 409);
    QCOMPARE(object(late)[u"code"].toString(), QStringLiteral("expired"));
    QVERIFY(isUtcTimestamp(object(late)[u"expiredAt"]));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Server::idempotencyKeyReturnsTheFirstAnswer()
{
    const qint64 id = newItem(QStringLiteral("Retried order"), 10);
    const QByteArray body = R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":4})";
    const auto first = call("POST", "/api/items/block/temporary", body, {}, { { "Idempotency-Key", "order-7781" } });
    const auto retry = call("POST", "/api/items/block/temporary", body, {}, { { "Idempotency-Key", "order-7781" } });
    QVERIFY(first && retry);
    QCOMPARE(first->status, 201);
    QCOMPARE(retry->status, 201);
    QCOMPARE(object(retry)[u"blockId"], object(first)[u"blockId"]);
    QCOMPARE(object(retry)[u"replayed"].toBool(), true);
    QCOMPARE(quantityOf(id), 6); // taken once
    // The reference in the body works the same; both and different is refused.
    const auto both = call("POST", "/api/items/block/temporary",
                           R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1,"reference":"other"})", {},
                           { { "Idempotency-Key", "order-7781" } });
    QVERIFY(both);
    QCOMPARE(both->status, 400);
    QCOMPARE(quantityOf(id), 6);
}

void tst_Server::theRestOfTheOperations()
{
    const qint64 id = newItem(QStringLiteral("Rest chair"), 10, QStringLiteral("Rest of the API"));
    const QByteArray item = QByteArray::number(id);

    const auto categories = call("GET", "/api/categories", {}, m_staff);
    QVERIFY(categories);
    QCOMPARE(categories->status, 200);
    bool found = false;
    for (const QJsonValue &c : categories->json().array())
        found |= c[u"category"].toString() == QLatin1String("Rest of the API") && c[u"count"].toInt() == 1;
    QVERIFY(found);

    const auto search = call("GET", "/api/items/search?q=rest%20ch", {}, m_staff);
    QVERIFY(search);
    QCOMPARE(search->status, 200);
    QCOMPARE(search->json().array().size(), 1);
    QCOMPARE(search->json().array().first()[u"id"].toInteger(), id);

    const auto reserved = call("POST", "/api/items/block/temporary", R"({"itemId":)" + item + R"(,"quantity":2,"reference":"R-1"})", m_staff);
    QVERIFY(reserved && reserved->status == 201);
    const QByteArray blockId = QByteArray::number(object(reserved)[u"blockId"].toInteger());

    const auto listed = call("GET", "/api/reservations?itemId=" + item + "&state=temporary", {}, m_staff);
    QVERIFY(listed);
    QCOMPARE(listed->status, 200);
    QCOMPARE(listed->json().array().size(), 1);
    QCOMPARE(listed->json().array().first()[u"reference"].toString(), QStringLiteral("R-1"));

    const auto extended = call("POST", "/api/items/block/extend", R"({"blockId":)" + blockId + R"(,"ttl":"2h"})", m_manager);
    QVERIFY(extended);
    QCOMPARE(extended->status, 200);
    const QDateTime expires = QDateTime::fromString(object(extended)[u"expires_at"].toString(), Qt::ISODateWithMs);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expires) > 3 * 3600 - 120);

    const auto released = call("POST", "/api/items/block/release", R"({"blockId":)" + blockId + '}', m_manager);
    QVERIFY(released);
    QCOMPARE(released->status, 200);
    QCOMPARE(object(released)[u"quantityReleased"].toInt(), 2);
    QCOMPARE(quantityOf(id), 10);

    const auto received = call("POST", "/api/items/" + item + "/receive", R"({"quantity":5,"reference":"PO-12"})", m_staff);
    QVERIFY(received);
    QCOMPARE(received->status, 201);
    QCOMPARE(object(received)[u"change"].toInt(), 5);
    QCOMPARE(object(received)[u"resultingQuantity"].toInt(), 15);

    const auto adjusted = call("POST", "/api/items/" + item + "/adjust", R"({"by":-3,"reason":"damaged","note":"dropped"})", m_manager);
    QVERIFY(adjusted);
    QCOMPARE(adjusted->status, 201);
    QCOMPARE(object(adjusted)[u"resultingQuantity"].toInt(), 12);
    QCOMPARE(quantityOf(id), 12);

    // Adjusting below zero: refused with the numbers, nothing changed.
    const QString before = TestCluster::instance().stateFingerprint(db);
    const auto below = call("POST", "/api/items/" + item + "/adjust", R"({"by":-100,"reason":"lost"})", m_manager);
    QVERIFY(below);
    QCOMPARE(below->status, 409);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);

    const auto history = call("GET", "/api/items/" + item + "/history", {}, m_staff);
    QVERIFY(history);
    QCOMPARE(history->status, 200);
    QStringList kinds;
    for (const QJsonValue &entry : history->json().array())
        kinds << entry[u"kind"].toString();
    QVERIFY2(kinds.contains(QStringLiteral("receipt")) && kinds.contains(QStringLiteral("adjustment"))
                 && kinds.contains(QStringLiteral("opening")),
             qPrintable(kinds.join(u',')));

    // Low stock: an item at its reorder point.
    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("UPDATE items SET reorder_point = 20 WHERE id = $1"), { id }));
    const auto low = call("GET", "/api/items/low-stock?category=Rest%20of%20the%20API", {}, m_staff);
    QVERIFY(low);
    QCOMPARE(low->status, 200);
    QCOMPARE(low->json().array().size(), 1);
    QCOMPARE(low->json().array().first()[u"id"].toInteger(), id);
}

void tst_Server::tokensAndRoles()
{
    const qint64 id = newItem(QStringLiteral("Guarded vase"), 5);
    const QByteArray reserve = R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})";
    const QString before = TestCluster::instance().stateFingerprint(db);

    const auto none = call("POST", "/api/items/block/temporary", reserve, "");
    QVERIFY(none);
    QCOMPARE(none->status, 401);
    QCOMPARE(object(none)[u"code"].toString(), QStringLiteral("unauthorized"));
    QVERIFY(none->header("WWW-Authenticate").startsWith("Bearer"));

    const auto revoked = call("POST", "/api/items/block/temporary", reserve, m_revoked);
    QVERIFY(revoked);
    QCOMPARE(revoked->status, 401);
    const auto unknown = call("GET", "/api/items/" + QByteArray::number(id), {}, "inv_not-a-token");
    QVERIFY(unknown);
    QCOMPARE(unknown->status, 401);
    const auto basic = call("GET", "/api/items/" + QByteArray::number(id), {}, "", { { "Authorization", "Basic dXNlcjpwdw==" } });
    QVERIFY(basic);
    QCOMPARE(basic->status, 401);
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);

    // Staff may reserve but not confirm or adjust; the shop may not release or receive.
    const auto reserved = call("POST", "/api/items/block/temporary", reserve, m_staff);
    QVERIFY(reserved && reserved->status == 201);
    const QByteArray block = R"({"blockId":)" + QByteArray::number(object(reserved)[u"blockId"].toInteger()) + '}';
    const QString reservedState = TestCluster::instance().stateFingerprint(db);
    struct Case { QByteArray token; QByteArray target; QByteArray body; };
    const QList<Case> forbidden {
        { m_staff, "/api/items/block/permanent", block },
        { m_staff, "/api/items/" + QByteArray::number(id) + "/adjust", R"({"by":1,"reason":"found"})" },
        { m_shop, "/api/items/block/release", block },
        { m_shop, "/api/items/" + QByteArray::number(id) + "/receive", R"({"quantity":1})" },
    };
    for (const Case &c : forbidden) {
        const auto refused = call("POST", c.target, c.body, c.token);
        QVERIFY(refused);
        QVERIFY2(refused->status == 403, c.target + ": " + refused->body);
        QCOMPARE(object(refused)[u"code"].toString(), QStringLiteral("permission_denied"));
        QCOMPARE(TestCluster::instance().stateFingerprint(db), reservedState);
    }
    // A manager may.
    const auto confirmed = call("POST", "/api/items/block/permanent", block, m_manager);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->status, 200);

    // A token made while the server runs works at once; one revoked stops within seconds.
    QByteArray fresh;
    {
        ScopedConnectionSettings owner(TestCluster::instance().owner(db));
        const auto issued = createApiToken(QStringLiteral("fresh"), QStringLiteral("staff"));
        QVERIFY(issued);
        fresh = issued->secret.toLatin1();
    }
    QCOMPARE(call("GET", "/api/items/" + QByteArray::number(id), {}, fresh)->status, 200);
    {
        ScopedConnectionSettings owner(TestCluster::instance().owner(db));
        QVERIFY(revokeApiToken(QStringLiteral("fresh")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", "/api/items/" + QByteArray::number(id), {}, fresh)->status, 401, 10000);
}

void tst_Server::historyNamesTheToken()
{
    const qint64 id = newItem(QStringLiteral("Traced teapot"), 4);
    const auto reserved = call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})");
    QVERIFY(reserved && reserved->status == 201);
    const auto row = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT b.created_by, e.actor FROM block_inventory b JOIN block_events e ON e.block_id = b.id "
                           "AND e.kind = 'created' WHERE b.id = $1"),
        { object(reserved)[u"blockId"].toInteger() });
    QVERIFY(row);
    QCOMPARE(row->at(0).toString(), QStringLiteral("token:checkout"));
    QCOMPARE(row->at(1).toString(), QStringLiteral("token:checkout"));

    const auto received = call("POST", "/api/items/" + QByteArray::number(id) + "/receive", R"({"quantity":2})", m_staff);
    QVERIFY(received && received->status == 201);
    QCOMPARE(object(received)[u"actor"].toString(), QStringLiteral("token:floor"));
}

void tst_Server::anonymousRoleOnlyWhenAsked()
{
    const qint64 id = newItem(QStringLiteral("Open shelf"), 3);
    auto open = startServer({ QStringLiteral("--anonymous-role"), QStringLiteral("shop") });
    QVERIFY(open);
    QVERIFY2(open->errors().contains(QStringLiteral("WARNING")), qPrintable(open->errors()));
    const auto anonymous = inventory::test::httpRequest(open->port(), "POST", "/api/items/block/temporary",
                                                        R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})");
    QVERIFY(anonymous);
    QCOMPARE(anonymous->status, 201);
    const auto row = TestCluster::instance().ownerQueryRow(db, QStringLiteral("SELECT created_by FROM block_inventory WHERE id = $1"),
                                                           { object(anonymous)[u"blockId"].toInteger() });
    QVERIFY(row);
    QCOMPARE(row->first().toString(), QStringLiteral("anonymous"));
    // A wrong token is still refused, not served anonymously; the anonymous role's limits hold.
    const auto wrong = inventory::test::httpRequest(open->port(), "GET", "/api/items/" + QByteArray::number(id), {},
                                                    { { "Authorization", "Bearer inv_wrong" } });
    QVERIFY(wrong);
    QCOMPARE(wrong->status, 401);
    const auto release = inventory::test::httpRequest(open->port(), "POST", "/api/items/block/release",
                                                      R"({"blockId":)" + QByteArray::number(object(anonymous)[u"blockId"].toInteger()) + '}');
    QVERIFY(release);
    QCOMPARE(release->status, 403);
    QCOMPARE(open->terminate(), 0);
}

void tst_Server::badInput_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray item = QByteArray::number(m_badInputItem);
    const QByteArray token = m_manager;
    auto post = [&](const QByteArray &target, QByteArray body, const QByteArray &type = "application/json") {
        body.replace("@ITEM@", item);
        return "POST " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + type
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    auto get = [&](QByteArray target) {
        target.replace("@ITEM@", item);
        return "GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    };
    const QByteArray reserve = "/api/items/block/temporary";
    QTest::newRow("malformed JSON") << post(reserve, "{itemId: 1, quantity: 1}") << 400 << "invalid_json";
    QTest::newRow("truncated JSON") << post(reserve, R"({"itemId": @ITEM@, "quan)") << 400 << "invalid_json";
    QTest::newRow("empty body") << post(reserve, "") << 400 << "invalid_json";
    QTest::newRow("array body") << post(reserve, "[1,2]") << 400 << "invalid_json";
    QTest::newRow("quantity as a string") << post(reserve, R"({"itemId":@ITEM@,"quantity":"1"})") << 400 << "invalid_input";
    QTest::newRow("quantity fractional") << post(reserve, R"({"itemId":@ITEM@,"quantity":1.5})") << 400 << "invalid_input";
    QTest::newRow("quantity zero") << post(reserve, R"({"itemId":@ITEM@,"quantity":0})") << 400 << "invalid_input";
    QTest::newRow("quantity negative") << post(reserve, R"({"itemId":@ITEM@,"quantity":-3})") << 400 << "invalid_input";
    QTest::newRow("quantity above 2^31") << post(reserve, R"({"itemId":@ITEM@,"quantity":2147483648})") << 400 << "invalid_input";
    QTest::newRow("itemId above 2^63") << post(reserve, R"({"itemId":9223372036854775808,"quantity":1})") << 400 << "invalid_input";
    QTest::newRow("itemId 1e300") << post(reserve, R"({"itemId":1e300,"quantity":1})") << 400 << "invalid_input";
    QTest::newRow("itemId missing") << post(reserve, R"({"quantity":1})") << 400 << "invalid_input";
    QTest::newRow("ttl nonsense") << post(reserve, R"({"itemId":@ITEM@,"quantity":1,"ttl":"soon"})") << 400 << "invalid_input";
    QTest::newRow("ttl above 30 days") << post(reserve, R"({"itemId":@ITEM@,"quantity":1,"ttl":99999999})") << 400 << "invalid_input";
    QTest::newRow("NUL escaped in a string") << post("/api/items", R"({"name":"a\u0000b","price":"1.00"})") << 400 << "invalid_input";
    QTest::newRow("raw NUL byte") << post(reserve, QByteArray("{\"itemId\":1,\0\"quantity\":1}", 26)) << 400 << "invalid_json";
    QTest::newRow("invalid UTF-8") << post("/api/items", "{\"name\":\"\xff\xfe\",\"price\":\"1.00\"}") << 400 << "invalid_json";
    QTest::newRow("price with three decimals") << post("/api/items", R"({"name":"Cut","price":"1.005"})") << 400 << "invalid_input";
    QTest::newRow("price as a float with three decimals") << post("/api/items", R"({"name":"Cut","price":1.005})") << 400 << "invalid_input";
    QTest::newRow("name over 255 characters") << post("/api/items", R"({"name":")" + QByteArray(256, 'n') + R"(","price":"1.00"})") << 400 << "invalid_input";
    QTest::newRow("not JSON") << post(reserve, "itemId=1&quantity=1", "application/x-www-form-urlencoded") << 415 << "unsupported_media_type";
    QTest::newRow("10 MB body") << post(reserve, QByteArray(10 * 1024 * 1024, ' ')) << 413 << "body_too_large";
    QByteArray headers = "GET /api/items/" + item + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n";
    for (int i = 0; i < 5000; ++i)
        headers += "X-Filler-" + QByteArray::number(i) + ": y\r\n";
    QTest::newRow("thousands of headers") << headers + "\r\n" << 431 << "headers_too_large";
    QTest::newRow("id not a number") << get("/api/items/abc") << 400 << "invalid_input";
    QTest::newRow("id negative") << get("/api/items/-1") << 400 << "invalid_input";
    QTest::newRow("id above 2^63") << get("/api/items/9223372036854775808") << 400 << "invalid_input";
    QTest::newRow("id with SQL") << get("/api/items/1%20OR%201=1") << 400 << "invalid_input";
    QTest::newRow("category with ..") << get("/api/items/category/..%2F..%2Fetc%2Fpasswd/top") << 200 << "";
    QTest::newRow("category with SQL") << get("/api/items/category/x'%3B%20DROP%20TABLE%20items%3B--/top") << 200 << "";
    QTest::newRow("category invalid UTF-8") << get("/api/items/category/%FF%FE/top") << 400 << "invalid_path";
    QTest::newRow("category with NUL") << get("/api/items/category/a%00b/top") << 400 << "invalid_path";
    QTest::newRow("category over 100 characters") << get("/api/items/category/" + QByteArray(101, 'c') + "/top") << 400 << "invalid_input";
    QTest::newRow("unknown route") << get("/api/nothing/here") << 404 << "no_such_route";
    QTest::newRow("wrong method") << get("/api/items/block/temporary") << 405 << "method_not_allowed";
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400 << "malformed_request";
    QTest::newRow("search limit too high") << get("/api/items/search?q=a&limit=100000") << 400 << "invalid_input";
    QTest::newRow("reservations bad state") << get("/api/reservations?state=gone") << 400 << "invalid_input";
}

void tst_Server::badInput()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString before = TestCluster::instance().stateFingerprint(db);
    HttpConnection connection;
    QVERIFY(connection.connectTo(m_server->port()));
    QVERIFY(connection.sendRaw(request) || status == 413); // the server may stop reading a huge body
    const auto answer = connection.readResponse();
    QVERIFY2(answer, "no answer");
    QCOMPARE(answer->status, status);
    if (!code.isEmpty()) {
        QCOMPARE(answer->json()[u"code"].toString(), code);
        QVERIFY(!answer->json()[u"error"].toString().isEmpty());
    }
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    const auto alive = call("GET", "/healthz");
    QVERIFY(alive);
    QCOMPARE(alive->status, 200);
}

void tst_Server::slowClientIsCutOff()
{
    auto strict = startServer({ QStringLiteral("--read-timeout"), QStringLiteral("2"), QStringLiteral("--idle-timeout"),
                                QStringLiteral("3") });
    QVERIFY(strict);
    // A byte every 300 ms: the whole request would take 20 s; the server gives it 2.
    HttpConnection slow;
    QVERIFY(slow.connectTo(strict->port()));
    const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(40, 'p') + "\r\n\r\n";
    QElapsedTimer elapsed;
    elapsed.start();
    bool cut = false;
    for (char byte : request) {
        if (!slow.sendRaw(QByteArrayView(&byte, 1))) {
            cut = true;
            break;
        }
        if (slow.waitForClose(300)) {
            cut = true;
            break;
        }
        // Meanwhile, others are served.
        if (elapsed.elapsed() > 1000 && elapsed.elapsed() < 1400)
            QCOMPARE(inventory::test::httpRequest(strict->port(), "GET", "/healthz")->status, 200);
    }
    QVERIFY2(cut, "the slow client was never cut off");
    QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QStringLiteral("cut after %1 ms").arg(elapsed.elapsed())));

    // An idle keep-alive connection is closed after the idle timeout.
    HttpConnection idle;
    QVERIFY(idle.connectTo(strict->port()));
    QCOMPARE(idle.request("GET", "/healthz")->status, 200);
    QVERIFY(idle.waitForClose(6000));
    QCOMPARE(strict->terminate(), 0);
}

void tst_Server::fullQueueAnswers503()
{
    // One worker, a queue of one: a reservation waiting on a locked item holds the worker, one
    // for another item waits in the queue, and one for a third is refused at once.
    const qint64 locked = newItem(QStringLiteral("Locked crate"), 10);
    const qint64 second = newItem(QStringLiteral("Queued crate"), 10);
    const qint64 third = newItem(QStringLiteral("Refused crate"), 10);
    auto narrow = startServer({ QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--queue"), QStringLiteral("1") });
    QVERIFY(narrow);
    {
        ScopedConnectionSettings owner(TestCluster::instance().owner(db));
        QVERIFY(Connection::current().ensureOpen());
        QVERIFY(Connection::current().database().transaction());
        QVERIFY(Connection::current().execute(QStringLiteral("SELECT 1 FROM items WHERE id = $1 FOR UPDATE"), { locked }));

        auto reserve = [this](qint64 id) {
            const QByteArray body = R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})";
            return "POST /api/items/block/temporary HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_shop
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        HttpConnection running, queued, refused;
        QVERIFY(running.connectTo(narrow->port()) && running.sendRaw(reserve(locked)));
        QTest::qWait(300); // taken by the worker, now waiting for the lock
        QVERIFY(queued.connectTo(narrow->port()) && queued.sendRaw(reserve(second)));
        QTest::qWait(300); // in the queue
        QVERIFY(refused.connectTo(narrow->port()) && refused.sendRaw(reserve(third)));
        const auto busy = refused.readResponse();
        QVERIFY(busy);
        QCOMPARE(busy->status, 503);
        QCOMPARE(busy->json()[u"code"].toString(), QStringLiteral("busy"));
        QCOMPARE(busy->header("Retry-After"), QByteArray("1"));

        QVERIFY(Connection::current().database().commit());
        QCOMPARE(running.readResponse()->status, 201);
        QCOMPARE(queued.readResponse()->status, 201);
    }
    Connection::closeCurrent();
    QCOMPARE(quantityOf(locked), 9);
    QCOMPARE(quantityOf(second), 9);
    QCOMPARE(quantityOf(third), 10); // the refused one took nothing
    QCOMPARE(narrow->terminate(), 0);
}

void tst_Server::serviceRoutes()
{
    QCOMPARE(call("GET", "/healthz", {}, "")->status, 200);
    const auto ready = call("GET", "/readyz", {}, "");
    QVERIFY(ready);
    QCOMPARE(ready->status, 200);
    QCOMPARE(ready->json()[u"status"].toString(), QStringLiteral("ready"));
    QCOMPARE(call("GET", "/api/items/1")->status / 100 == 2 || call("GET", "/api/items/1")->status == 404, true);
    const auto metrics = call("GET", "/metrics", {}, "");
    QVERIFY(metrics);
    QCOMPARE(metrics->status, 200);
    QVERIFY(metrics->header("Content-Type").startsWith("text/plain"));
    const QByteArray text = metrics->body;
    for (const char *expected : { "inventory_http_requests_total{route=\"/readyz\",method=\"GET\",status=\"200\"}",
                                  "inventory_http_request_duration_seconds_bucket{route=\"/api/items/:id\",method=\"GET\",le=\"+Inf\"}",
                                  "inventory_worker_queue_depth ", "inventory_worker_queue_capacity ",
                                  "inventory_database_errors_total", "inventory_http_connections_open ",
                                  "process_resident_memory_bytes " })
        QVERIFY2(text.contains(expected), expected);
}

void tst_Server::openApiListsTheRoutesServed()
{
    const auto document = call("GET", "/api/openapi.json", {}, "");
    QVERIFY(document);
    QCOMPARE(document->status, 200);
    const QJsonObject openapi = document->json().object();
    QCOMPARE(openapi[u"openapi"].toString(), QStringLiteral("3.1.0"));
    QSet<QString> documented;
    const QJsonObject paths = openapi[u"paths"].toObject();
    static const QRegularExpression parameter(QStringLiteral("\\{(\\w+)\\}"));
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QString pattern = path.key();
        pattern.replace(parameter, QStringLiteral(":\\1"));
        const QJsonObject operations = path.value().toObject();
        for (auto operation = operations.begin(); operation != operations.end(); ++operation) {
            documented << operation.key().toUpper() + QLatin1Char(' ') + pattern;
            QVERIFY2(operation.value().toObject().contains(QStringLiteral("responses")), qPrintable(path.key()));
        }
    }
    const auto listing = inventory::test::runProgram(qEnvironmentVariable("INVENTORY_SERVER"), { QStringLiteral("--list-routes") });
    QCOMPARE(listing.exitCode, 0);
    QSet<QString> served;
    for (const QString &line : listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        served << line.trimmed();
    QVERIFY(served.size() >= 19);
    QCOMPARE(documented - served, QSet<QString>());
    QCOMPARE(served - documented, QSet<QString>());
}

void tst_Server::accessLogNamesTokensNeverSecrets()
{
    QCOMPARE(call("GET", "/api/categories", {}, m_staff)->status, 200);
    QTest::qWait(100);
    const QString log = m_server->output();
    QVERIFY2(log.contains(QRegularExpression(QStringLiteral("^GET /api/categories 200 [0-9.]+ms floor$"),
                                             QRegularExpression::MultilineOption)),
             qPrintable(log.right(500)));
    for (const QByteArray &secret : { m_shop, m_staff, m_manager, m_revoked })
        QVERIFY(!log.contains(QString::fromLatin1(secret)));
    QVERIFY(!m_server->errors().contains(QString::fromLatin1(m_shop)));
}

void tst_Server::tls()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString cert = directory.filePath(QStringLiteral("server.crt"));
    const QString key = directory.filePath(QStringLiteral("server.key"));
    const auto made = inventory::test::runProgram(
        QStringLiteral("openssl"), { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                     QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                     QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                                     QStringLiteral("-out"), cert });
    QCOMPARE(made.exitCode, 0);
    auto secure = startServer({ QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
    QVERIFY(secure);
    QProcess client;
    client.start(QStringLiteral("openssl"), { QStringLiteral("s_client"), QStringLiteral("-quiet"), QStringLiteral("-connect"),
                                              QStringLiteral("127.0.0.1:%1").arg(secure->port()) });
    QVERIFY(client.waitForStarted());
    client.write("GET /api/categories HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " + m_staff + "\r\n\r\n");
    QVERIFY(client.waitForFinished(20000));
    const QByteArray answer = client.readAllStandardOutput();
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200));
    // Plain HTTP to the TLS port gets nothing it could mistake for an answer.
    const auto plain = inventory::test::httpRequest(secure->port(), "GET", "/healthz");
    QVERIFY(!plain || plain->status != 200);
    QCOMPARE(secure->terminate(), 0);
}

void tst_Server::clientsRaceForTheLastUnits()
{
    const int stock = 40;
    const int clients = 16;
    const int attemptsEach = 10;
    const qint64 id = newItem(QStringLiteral("Last units"), stock);
    std::atomic<int> won { 0 }, refused { 0 }, other { 0 };
    std::atomic<int> unitsWon { 0 };
    std::vector<std::thread> threads;
    const quint16 port = m_server->port();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            HttpConnection connection;
            if (!connection.connectTo(port)) {
                other += attemptsEach;
                return;
            }
            for (int a = 0; a < attemptsEach; ++a) {
                const int quantity = 1 + (c + a) % 2;
                const auto answer = connection.request(
                    "POST", "/api/items/block/temporary",
                    R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":)" + QByteArray::number(quantity) + '}',
                    { { "Authorization", "Bearer " + m_shop } });
                if (answer && answer->status == 201) {
                    ++won;
                    unitsWon += quantity;
                } else if (answer && answer->status == 409 && answer->json()[u"code"].toString() == QLatin1String("insufficient_stock")) {
                    ++refused;
                } else {
                    ++other;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(other.load(), 0);
    QCOMPARE(won + refused, clients * attemptsEach);
    QCOMPARE(unitsWon.load(), stock); // every unit sold, none twice
    QCOMPARE(quantityOf(id), 0);
    const auto held = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT coalesce(sum(quantity), 0), count(*) FROM block_inventory WHERE item_id = $1"), { id });
    QVERIFY(held);
    QCOMPARE(held->at(0).toInt(), stock);
    QCOMPARE(held->at(1).toInt(), won.load());
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    const auto ledger = checkLedger();
    QVERIFY(ledger);
    QVERIFY(ledger->isClean());
}

void tst_Server::flashSaleSellsExactlyTheStock()
{
    // 1,000 requests at once for one unit each of an item with 100: the server takes them in
    // batches; exactly 100 succeed, 900 are refused with the numbers, and the stock adds up.
    const int stock = 100;
    const int threadsCount = 50;
    const int connectionsEach = 20;
    const qint64 id = newItem(QStringLiteral("Flash sale"), stock);
    const QByteArray body = R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})";
    const QByteArray request = "POST /api/items/block/temporary HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_shop
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    std::atomic<int> won { 0 }, refused { 0 }, other { 0 };
    std::atomic<int> wellExplained { 0 };
    std::vector<std::thread> threads;
    const quint16 port = m_server->port();
    for (int t = 0; t < threadsCount; ++t) {
        threads.emplace_back([&] {
            std::vector<std::unique_ptr<HttpConnection>> connections;
            for (int c = 0; c < connectionsEach; ++c) {
                auto connection = std::make_unique<HttpConnection>();
                if (connection->connectTo(port) && connection->sendRaw(request))
                    connections.push_back(std::move(connection));
                else
                    ++other;
            }
            for (auto &connection : connections) {
                const auto answer = connection->readResponse(60000);
                if (answer && answer->status == 201) {
                    ++won;
                } else if (answer && answer->status == 409) {
                    ++refused;
                    const QJsonObject refusal = answer->json().object();
                    if (refusal[u"code"].toString() == QLatin1String("insufficient_stock") && refusal[u"requested"].toInt() == 1
                        && refusal[u"available"].toInt() == 0)
                        ++wellExplained;
                } else {
                    ++other;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(other.load(), 0);
    QCOMPARE(won.load(), stock);
    QCOMPARE(refused.load(), threadsCount * connectionsEach - stock);
    QCOMPARE(wellExplained.load(), refused.load());
    QCOMPARE(quantityOf(id), 0);
    const auto held = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT coalesce(sum(quantity), 0), count(*) FROM block_inventory WHERE item_id = $1"), { id });
    QVERIFY(held);
    QCOMPARE(held->at(0).toInt(), stock);
    QCOMPARE(held->at(1).toInt(), stock);
    // They were combined: some call took more than one.
    const auto metrics = call("GET", "/metrics", {}, "");
    QVERIFY(metrics);
    static const QRegularExpression batches(QStringLiteral("inventory_reserve_batch_size_bucket\\{le=\"1\"\\} (\\d+)\n"
                                                           "(?:.*\n)*?inventory_reserve_batch_size_count (\\d+)"));
    const auto match = batches.match(QString::fromUtf8(metrics->body));
    QVERIFY2(match.hasMatch(), metrics->body.right(800).constData());
    QVERIFY2(match.captured(1).toLongLong() < match.captured(2).toLongLong(), "no reservation was batched");
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    const auto ledger = checkLedger();
    QVERIFY(ledger && ledger->isClean());
}

void tst_Server::databaseRestartWhileServing()
{
    const qint64 id = newItem(QStringLiteral("Through the restart"), 100);
    const QByteArray target = "/api/items/" + QByteArray::number(id);
    QCOMPARE(call("GET", target)->status, 200);
    QVERIFY(TestCluster::instance().stopServer(true));
    const auto down = call("GET", target);
    QVERIFY(down);
    QCOMPARE(down->status, 503);
    QCOMPARE(object(down)[u"code"].toString(), QStringLiteral("database_unavailable"));
    QVERIFY(!down->header("Retry-After").isEmpty());
    QCOMPARE(call("GET", "/readyz", {}, "")->status, 503);
    QCOMPARE(call("GET", "/healthz", {}, "")->status, 200); // the process itself is fine
    QVERIFY(TestCluster::instance().startServer());
    // The same server process recovers by itself: each worker reconnects on its next call.
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", target)->status, 200, 20000);
    for (int i = 0; i < 8; ++i) // every worker
        QCOMPARE(call("POST", "/api/items/block/temporary", R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})")->status, 201);
    QCOMPARE(call("GET", "/readyz", {}, "")->status, 200);
}

void tst_Server::serverKilledMidLoadLosesNothingAcknowledged()
{
    const int stock = 100000;
    const qint64 id = newItem(QStringLiteral("Killed mid-load"), stock);
    auto victim = startServer();
    QVERIFY(victim);
    const quint16 port = victim->port();
    std::mutex mutex;
    QList<qint64> acknowledged;
    std::atomic<bool> stop { false };
    std::vector<std::thread> threads;
    for (int c = 0; c < 8; ++c) {
        threads.emplace_back([&, c] {
            HttpConnection connection;
            for (int n = 0; !stop; ++n) {
                if (!connection.isOpen() && !connection.connectTo(port))
                    return;
                const QByteArray reference = "kill-" + QByteArray::number(c) + '-' + QByteArray::number(n);
                const auto answer = connection.request(
                    "POST", "/api/items/block/temporary",
                    R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1,"reference":")" + reference + "\"}",
                    { { "Authorization", "Bearer " + m_shop } });
                if (!answer)
                    return;
                if (answer->status == 201) {
                    std::lock_guard lock(mutex);
                    acknowledged << answer->json()[u"blockId"].toInteger();
                }
            }
        });
    }
    QTest::qWait(1500);
    victim->kill();
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(acknowledged.size() > 20, qPrintable(QString::number(acknowledged.size())));

    // Every acknowledged reservation is there; stock and blocks add up; the ledger is clean.
    QStringList ids;
    for (qint64 blockId : std::as_const(acknowledged))
        ids << QString::number(blockId);
    const auto present = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*) FROM block_inventory WHERE id = ANY($1::bigint[])"),
        { QLatin1Char('{') + ids.join(u',') + QLatin1Char('}') });
    QVERIFY(present);
    QCOMPARE(present->first().toInt(), acknowledged.size());
    const auto sum = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT i.quantity + coalesce((SELECT sum(quantity) FROM block_inventory WHERE item_id = i.id), 0) "
                           "FROM items i WHERE i.id = $1"),
        { id });
    QVERIFY(sum);
    QCOMPARE(sum->first().toInt(), stock);

    // Restarted, it serves again; a retry of an acknowledged reference takes nothing more.
    auto restarted = startServer();
    QVERIFY(restarted);
    const int before = quantityOf(id);
    const auto retry = inventory::test::httpRequest(restarted->port(), "POST", "/api/items/block/temporary",
                                                    R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1,"reference":"kill-0-0"})",
                                                    { { "Authorization", "Bearer " + m_shop } });
    QVERIFY(retry);
    QCOMPARE(retry->status, 201);
    QCOMPARE(retry->json()[u"replayed"].toBool(), true);
    QCOMPARE(quantityOf(id), before);
    ScopedConnectionSettings owner(TestCluster::instance().owner(db));
    const auto ledger = checkLedger();
    QVERIFY(ledger && ledger->isClean());
    QCOMPARE(restarted->terminate(), 0);
}

void tst_Server::sigtermDrains()
{
    const qint64 id = newItem(QStringLiteral("Drained"), 100000);
    auto draining = startServer();
    QVERIFY(draining);
    const quint16 port = draining->port();
    std::atomic<int> answered { 0 }, broken { 0 };
    std::atomic<bool> stop { false };
    std::vector<std::thread> threads;
    for (int c = 0; c < 6; ++c) {
        threads.emplace_back([&] {
            HttpConnection connection;
            if (!connection.connectTo(port))
                return;
            while (!stop) {
                const QByteArray body = R"({"itemId":)" + QByteArray::number(id) + R"(,"quantity":1})";
                const QByteArray request = "POST /api/items/block/temporary HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_shop
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
                if (!connection.sendRaw(request))
                    return; // closed between requests: fine
                const auto answer = connection.readResponse();
                if (!answer) {
                    ++broken; // a request sent and never answered
                    return;
                }
                if (answer->status != 201)
                    return;
                ++answered;
                if (answer->header("Connection").compare("close", Qt::CaseInsensitive) == 0)
                    return;
            }
        });
    }
    QTest::qWait(800);
    QCOMPARE(draining->terminate(), 0);
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(answered > 0);
    QVERIFY(!inventory::test::httpRequest(port, "GET", "/healthz")); // no longer listening
    // What the server read, it finished and answered: every block taken was answered to its
    // client (a request it had not read yet found the connection closed: `broken`, not taken).
    const auto blocks = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*) FROM block_inventory WHERE item_id = $1"), { id });
    QVERIFY(blocks);
    QCOMPARE(blocks->first().toInt(), answered.load());
    QCOMPARE(quantityOf(id), 100000 - answered.load());
    qInfo("drained: %d answered, %d unanswered and not taken", answered.load(), broken.load());
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
