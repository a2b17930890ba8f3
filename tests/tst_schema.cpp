// The schema as the server enforces it: migrations, constraints, the history, the category
// counts, and the shop's original SQL still running against it.

#include "connection.h"
#include "migrations.h"
#include "operations.h"
#include "stock.h"
#include "testcluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_schema");

// Runs one statement on this thread's connection (whatever role it is) and returns the query.
struct Statement
{
    std::unique_ptr<QSqlQuery> query;
    bool ok = false;
    QString sqlState() const { return query->lastError().nativeErrorCode(); }
};

Statement run(const QString &sql, const QVariantList &values = {})
{
    Statement s;
    Connection &connection = Connection::current();
    if (!connection.ensureOpen())
        return s;
    s.query = std::make_unique<QSqlQuery>(connection.database());
    if (values.isEmpty()) {
        s.ok = s.query->exec(sql);
    } else {
        s.query->prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            s.query->bindValue(i, values[i]);
        s.ok = s.query->exec();
    }
    return s;
}

QVariant scalar(const QString &sql, const QVariantList &values = {})
{
    Statement s = run(sql, values);
    if (!s.ok || !s.query->next())
        return {};
    return s.query->value(0);
}
} // namespace

class tst_Schema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationIsRecordedAndRerunHarmless();
    void newerSchemaIsRefused();
    void nonOwnerCannotMigrate();
    void constraintsRefuseBadStates_data();
    void constraintsRefuseBadStates();
    void itemWithBlocksCannotBeDeleted();
    void originalShopSqlStillRuns();
    void clientRolesCannotWriteDirectly_data();
    void clientRolesCannotWriteDirectly();
    void historyIsAppendOnly();
    void categoryCountsStayExact();
    void bulkSeedRebuildsTheSameIndexes();
    void topItemsUsesTheIndexWithoutSorting();
    void cleanupBatchesUseThePartialIndexOnly();
    void historyNamesTheActorNotTheLogin();
    void apiTokensAreReadOnlyByTheServer_data();
    void apiTokensAreReadOnlyByTheServer();

private:
    qint64 m_itemId = 0;
};

void tst_Schema::initTestCase()
{
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().owner(db));
    auto item = createItem({ QStringLiteral("Blue mug"), {}, 5, 1250, QStringLiteral("Kitchen") });
    QVERIFY(item);
    m_itemId = item->id;
}

void tst_Schema::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Schema::migrationIsRecordedAndRerunHarmless()
{
    const auto before = schemaVersion();
    QVERIFY(before);
    QCOMPARE(before->current, latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 1);
    const qint64 items = scalar(QStringLiteral("SELECT count(*) FROM items")).toLongLong();
    const auto again = migrate();
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->current, before->current);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), latestSchemaVersion());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM items")).toLongLong(), items);
    QVERIFY(requireCurrentSchema());
}

void tst_Schema::newerSchemaIsRefused()
{
    QVERIFY(
        run(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')"))
            .ok);
    const auto migrated = migrate();
    QVERIFY(!migrated);
    QVERIFY2(migrated.error().message.contains(QLatin1String("999")), qPrintable(migrated.error().message));
    const auto required = requireCurrentSchema();
    QVERIFY(!required);
    QVERIFY(required.error().message.contains(QLatin1String("newer")));
    QVERIFY(run(QStringLiteral("DELETE FROM schema_migrations WHERE version = 999")).ok);
    QVERIFY(requireCurrentSchema());
}

void tst_Schema::nonOwnerCannotMigrate()
{
    const ScopedConnectionSettings asManager(TestCluster::instance().manager(db));
    const auto migrated = migrate();
    QVERIFY(!migrated);
    QCOMPARE(migrated.error().kind, Error::Kind::PermissionDenied);
    QVERIFY2(migrated.error().message.contains(QLatin1String("tst_manager")),
             qPrintable(migrated.error().message));
}

void tst_Schema::constraintsRefuseBadStates_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlState");
    // Run as the owner: even the most privileged client cannot store a bad state.
    QTest::newRow("negative stock") << "UPDATE items SET quantity = -1 WHERE id = $1"
                                    << "23514";
    QTest::newRow("oversell by decrement") << "UPDATE items SET quantity = quantity - 1000 WHERE id = $1"
                                           << "23514";
    QTest::newRow("blank name") << "UPDATE items SET name = '  ' WHERE id = $1"
                                << "23514";
    QTest::newRow("negative price") << "UPDATE items SET price = -0.01 WHERE id = $1"
                                    << "23514";
    QTest::newRow("zero block") << "INSERT INTO block_inventory (item_id, quantity, expires_at) "
                                   "VALUES ($1, 0, now() + interval '1 hour')"
                                << "23514";
    QTest::newRow("negative block") << "INSERT INTO block_inventory (item_id, quantity, expires_at) "
                                       "VALUES ($1, -2, now() + interval '1 hour')"
                                    << "23514";
    QTest::newRow("permanent with expiry") << "INSERT INTO block_inventory (item_id, quantity, is_permanent, "
                                              "expires_at) VALUES ($1, 1, true, now())"
                                           << "23514";
    QTest::newRow("temporary without expiry")
        << "INSERT INTO block_inventory (item_id, quantity) VALUES ($1, 1)"
        << "23514";
    QTest::newRow("block of no item") << "INSERT INTO block_inventory (item_id, quantity, expires_at) "
                                         "VALUES ($1 + 1000000, 1, now())"
                                      << "23503";
}

void tst_Schema::constraintsRefuseBadStates()
{
    QFETCH(QString, sql);
    QFETCH(QString, sqlState);
    const QVariant before = scalar(QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { m_itemId });
    Statement s = run(sql, { m_itemId });
    QVERIFY2(!s.ok, qPrintable(sql));
    QCOMPARE(s.sqlState(), sqlState);
    QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { m_itemId }), before);
}

void tst_Schema::itemWithBlocksCannotBeDeleted()
{
    auto item = createItem({ QStringLiteral("Promised lamp"), {}, 3, 100, QStringLiteral("Lighting") });
    QVERIFY(item);
    QVERIFY(reserve(item->id, 1));
    Statement s = run(QStringLiteral("DELETE FROM items WHERE id = $1"), { item->id });
    QVERIFY(!s.ok);
    QCOMPARE(s.sqlState(), QStringLiteral("23503")); // ON DELETE RESTRICT
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM items WHERE id = $1"), { item->id }).toInt(), 1);
}

void tst_Schema::originalShopSqlStillRuns()
{
    QVERIFY(Connection::current().executeScript(
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tst_shop') THEN "
                       "CREATE ROLE tst_shop LOGIN IN ROLE inventory_shop; END IF; END $$")));
    auto item = createItem({ QStringLiteral("Shop kettle"), {}, 10, 2999, QStringLiteral("Kitchen") });
    QVERIFY(item);

    ConnectionSettings shop = TestCluster::instance().owner(db);
    shop.user = QStringLiteral("tst_shop");
    const ScopedConnectionSettings asShop(shop);
    // The original checkout, statement by statement, exactly as the old system sent it.
    QVERIFY(run(QStringLiteral("BEGIN")).ok);
    QCOMPARE(
        scalar(QStringLiteral("SELECT quantity FROM items WHERE id = $1 FOR UPDATE"), { item->id }).toInt(),
        10);
    QVERIFY(run(QStringLiteral("UPDATE items SET quantity = quantity - $1, updated_at = NOW() WHERE id = $2"),
                { 3, item->id })
                .ok);
    const qint64 blockId =
        scalar(QStringLiteral("INSERT INTO block_inventory (item_id, quantity, expires_at) "
                              "VALUES ($1, $2, NOW() + INTERVAL '1 hour') RETURNING id"),
               { item->id, 3 })
            .toLongLong();
    QVERIFY(blockId > 0);
    QVERIFY(run(QStringLiteral("COMMIT")).ok);
    // ... and the original permanent block.
    QVERIFY(
        run(QStringLiteral("UPDATE block_inventory SET is_permanent = true, expires_at = NULL WHERE id = $1"),
            { blockId })
            .ok);

    QCOMPARE(scalar(QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { item->id }).toInt(), 7);
    // The history saw both, attributed to the shop's role (read as the owner: the shop may not).
    auto events = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral("SELECT string_agg(kind::text || ':' || actor || ':' || quantity, ',' ORDER BY id) "
                       "FROM block_events WHERE block_id = $1"),
        { blockId });
    QVERIFY(events);
    QCOMPARE(events->first().toString(), QStringLiteral("created:tst_shop:3,confirmed:tst_shop:3"));
    {
        // The stock ledger still explains the item: the shop moved units into a block, nothing more.
        const ScopedConnectionSettings asOwner(TestCluster::instance().owner(db));
        auto ledger = checkLedger();
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        QVERIFY(ledger->isClean());
        auto resulting = TestCluster::instance().ownerQueryRow(
            db, QStringLiteral("SELECT item_quantity FROM block_events WHERE block_id = $1 AND kind = 'created'"),
            { blockId });
        QVERIFY(resulting);
        QCOMPARE(resulting->first().toInt(), 7);
    }

    // The shop's SQL cannot oversell either.
    Statement oversell =
        run(QStringLiteral("UPDATE items SET quantity = quantity - 8 WHERE id = $1"), { item->id });
    QVERIFY(!oversell.ok);
    QCOMPARE(oversell.sqlState(), QStringLiteral("23514"));
    // Nor touch the history.
    Statement forge = run(QStringLiteral("INSERT INTO block_events (block_id, item_id, kind, quantity) "
                                         "VALUES (1, 1, 'created', 1)"));
    QVERIFY(!forge.ok);
    QCOMPARE(forge.sqlState(), QStringLiteral("42501"));
}

void tst_Schema::clientRolesCannotWriteDirectly_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    const QStringList roles { QStringLiteral("staff"), QStringLiteral("manager") };
    for (const QString &role : roles) {
        QTest::addRow("%s: set quantity", qPrintable(role))
            << role << "UPDATE items SET quantity = 1000 WHERE id = $1";
        QTest::addRow("%s: insert item", qPrintable(role))
            << role << "INSERT INTO items (name, price, quantity) VALUES ('x', 1, $1)";
        QTest::addRow("%s: delete block", qPrintable(role))
            << role << "DELETE FROM block_inventory WHERE id = $1";
        QTest::addRow("%s: forge history", qPrintable(role))
            << role
            << "INSERT INTO block_events (block_id, item_id, kind, quantity) VALUES ($1, 1, 'created', 1)";
        QTest::addRow("%s: seed", qPrintable(role)) << role << "SELECT inventory.seed_items($1::int, 1)";
    }
}

void tst_Schema::clientRolesCannotWriteDirectly()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    TestCluster &cluster = TestCluster::instance();
    const ScopedConnectionSettings as(role == QLatin1String("staff") ? cluster.staff(db)
                                                                     : cluster.manager(db));
    Statement s = run(sql, { m_itemId });
    QVERIFY2(!s.ok, qPrintable(sql));
    QCOMPARE(s.sqlState(), QStringLiteral("42501"));
}

void tst_Schema::historyIsAppendOnly()
{
    QVERIFY(reserve(m_itemId, 1));
    const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM block_events")).toLongLong();
    QVERIFY(events > 0);
    for (const char *sql :
         { "UPDATE block_events SET quantity = 99", "DELETE FROM block_events", "TRUNCATE block_events" }) {
        Statement s = run(QString::fromLatin1(sql)); // as the owner
        QVERIFY2(!s.ok, sql);
        QCOMPARE(s.sqlState(), QStringLiteral("42501"));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM block_events")).toLongLong(), events);
}

void tst_Schema::categoryCountsStayExact()
{
    const QString mismatches = QStringLiteral(
        "SELECT count(*) FROM (SELECT category, count(*) AS n FROM items WHERE category IS NOT NULL "
        "GROUP BY category) g FULL JOIN (SELECT * FROM category_counts WHERE item_count > 0) c USING "
        "(category) "
        "WHERE g.n IS DISTINCT FROM c.item_count");
    QVERIFY(run(QStringLiteral("SELECT inventory.seed_items(3000, 7)")).ok);
    QCOMPARE(scalar(mismatches).toInt(), 0);
    // Bulk move between categories, one by one (row trigger), then bulk delete.
    QVERIFY(
        run(QStringLiteral("UPDATE items SET category = 'Garden' WHERE category = 'Kitchen' AND id % 3 = 0"))
            .ok);
    QVERIFY(
        run(QStringLiteral("UPDATE items SET category = NULL WHERE category = 'Tools' AND id % 5 = 0")).ok);
    QVERIFY(run(QStringLiteral(
                    "UPDATE items SET category = 'Brand new' WHERE category = 'Office' AND id % 2 = 0"))
                .ok);
    QVERIFY(run(QStringLiteral("DELETE FROM items i WHERE category = 'Toys' AND id % 4 = 0 "
                               "AND NOT EXISTS (SELECT FROM block_inventory b WHERE b.item_id = i.id)"))
                .ok);
    QCOMPARE(scalar(mismatches).toInt(), 0);
    const auto list = categories();
    QVERIFY(list);
    QVERIFY(std::any_of(list->cbegin(), list->cend(), [](const Category &c) {
        return c.name == QLatin1String("Brand new") && c.itemCount > 0;
    }));
}

void tst_Schema::bulkSeedRebuildsTheSameIndexes()
{
    // A large load into an empty catalogue drops and rebuilds the secondary indexes: they must
    // come back exactly as the migrations made them, and the counts must be exact.
    const QString fresh = QStringLiteral("tst_schema_seed");
    QVERIFY(TestCluster::instance().createDatabase(fresh));
    const QString indexes = QStringLiteral(
        "SELECT string_agg(pg_get_indexdef(indexrelid), E'\\n' ORDER BY indexrelid::regclass::text) "
        "FROM pg_index WHERE indrelid = 'public.items'::regclass");
    auto before = TestCluster::instance().ownerQueryRow(fresh, indexes);
    QVERIFY(before);
    auto seeded = TestCluster::instance().ownerQueryRow(
        fresh, QStringLiteral("SELECT inventory.seed_items(120000, 30)"));
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().message));
    QCOMPARE(seeded->first().toLongLong(), 120000);
    auto after = TestCluster::instance().ownerQueryRow(fresh, indexes);
    QVERIFY(after);
    QCOMPARE(after->first().toString(), before->first().toString());
    QVERIFY(after->first().toString().contains(QLatin1String("items_category_quantity_idx")));
    auto mismatches = TestCluster::instance().ownerQueryRow(
        fresh,
        QStringLiteral(
            "SELECT count(*) FROM (SELECT category, count(*) AS n FROM items GROUP BY category) g "
            "FULL JOIN category_counts c USING (category) WHERE g.n IS DISTINCT FROM c.item_count"));
    QVERIFY(mismatches);
    QCOMPARE(mismatches->first().toInt(), 0);
    QVERIFY(TestCluster::instance().dropDatabase(fresh));
}

void tst_Schema::topItemsUsesTheIndexWithoutSorting()
{
    QVERIFY(run(QStringLiteral("ANALYZE items")).ok);
    Statement plan = run(QStringLiteral("EXPLAIN SELECT * FROM items WHERE category = 'Kitchen' "
                                        "ORDER BY quantity DESC, id LIMIT 100"));
    QVERIFY(plan.ok);
    QString text;
    while (plan.query->next())
        text += plan.query->value(0).toString() + QLatin1Char('\n');
    QVERIFY2(text.contains(QLatin1String("items_category_quantity_idx")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Sort")), qPrintable(text));
}

void tst_Schema::cleanupBatchesUseThePartialIndexOnly()
{
    // The function's own statements, not a copy of them: run enough batches for PL/pgSQL to
    // switch to its generic plan (after five), inside one transaction so the per-transaction
    // scan counters see exactly these calls, then roll everything back.
    const int blocks = 40000;
    const int batch = 5000;
    auto item = createItem({ QStringLiteral("Expiring crate"), {}, 0, 100, QStringLiteral("Storage") });
    QVERIFY(item);
    QVERIFY(run(QStringLiteral("INSERT INTO block_inventory (item_id, quantity, expires_at) "
                               "SELECT $1, 1, now() - interval '1 minute' FROM generate_series(1, $2)"),
                { item->id, blocks })
                .ok);
    QVERIFY(run(QStringLiteral("ANALYZE block_inventory")).ok);

    QVERIFY(run(QStringLiteral("BEGIN")).ok);
    int removed = 0;
    for (int call = 0; call < blocks / batch - 1; ++call) // stop one batch short: the table is never empty
        removed +=
            scalar(QStringLiteral("SELECT blocks_removed FROM inventory.cleanup_expired($1)"), { batch })
                .toInt();
    const QVariant sequentialScans = scalar(QStringLiteral(
        "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relid = 'block_inventory'::regclass"));
    const QVariant expiryIndexScans =
        scalar(QStringLiteral("SELECT pg_stat_get_xact_numscans('block_inventory_expiry_idx'::regclass)"));
    QVERIFY(run(QStringLiteral("ROLLBACK")).ok);

    QCOMPARE(removed, blocks - batch);
    QVERIFY(sequentialScans.isValid() && expiryIndexScans.isValid());
    QCOMPARE(sequentialScans.toInt(), 0);
    QCOMPARE(expiryIndexScans.toInt(), blocks / batch - 1);

    QVERIFY(run(QStringLiteral("DELETE FROM block_inventory WHERE item_id = $1"), { item->id }).ok);
}

void tst_Schema::historyNamesTheActorNotTheLogin()
{
    // Migration 9: every function and column default that names or checks the caller goes through
    // inventory.actor() / inventory.actor_has_role(), so inventory-server's tokens are named in the
    // history. A function added later with session_user in it would name the server's login.
    const QVariant functions = scalar(QStringLiteral(
        "SELECT coalesce(string_agg(p.oid::regprocedure::text, ', '), '') FROM pg_proc p "
        " WHERE p.pronamespace IN ('inventory'::regnamespace, 'public'::regnamespace) "
        "   AND p.prosrc ~* '\\msession_user\\M' "
        "   AND p.oid::regprocedure::text NOT IN ('inventory.actor()', 'inventory.actor_has_role(text)')"));
    QVERIFY(functions.isValid());
    QVERIFY2(functions.toString().isEmpty(), qPrintable(functions.toString()));
    // api_tokens.created_by is the owner's login on purpose: only the owner makes tokens.
    const QVariant defaults = scalar(QStringLiteral(
        "SELECT coalesce(string_agg(d.adrelid::regclass::text || '.' || a.attname, ', '), '') "
        "  FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
        " WHERE pg_get_expr(d.adbin, d.adrelid) ~* '\\msession_user\\M' "
        "   AND d.adrelid <> 'inventory.api_tokens'::regclass"));
    QVERIFY(defaults.isValid());
    QVERIFY2(defaults.toString().isEmpty(), qPrintable(defaults.toString()));
    const QVariant named = scalar(QStringLiteral(
        "SELECT string_agg(d.adrelid::regclass::text || '.' || a.attname, ', ' "
        "                  ORDER BY d.adrelid::regclass::text, a.attname) "
        "  FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
        " WHERE pg_get_expr(d.adbin, d.adrelid) = 'inventory.actor()'"));
    QCOMPARE(named.toString(),
             QStringLiteral("block_events.actor, block_inventory.created_by, stock_counts.opened_by, "
                            "stock_movements.actor"));
}

void tst_Schema::apiTokensAreReadOnlyByTheServer_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("reads");
    QTest::newRow("staff") << "inventory_staff" << false;
    QTest::newRow("manager") << "inventory_manager" << false;
    QTest::newRow("shop") << "inventory_shop" << false;
    QTest::newRow("shop token") << "inventory_checkout" << false;
    QTest::newRow("server") << "inventory_server" << true;
}

void tst_Schema::apiTokensAreReadOnlyByTheServer()
{
    QFETCH(QString, role);
    QFETCH(bool, reads);
    const auto privilege = [&](const char *sql) {
        return scalar(QString::fromLatin1(sql), { role }).toBool();
    };
    QCOMPARE(privilege("SELECT has_any_column_privilege($1, 'inventory.api_tokens', 'SELECT')"), reads);
    QCOMPARE(privilege("SELECT has_column_privilege($1, 'inventory.api_tokens', 'token_sha256', 'SELECT')"),
             reads);
    // Who made a token is the owner's to know; nobody but the owner writes.
    QVERIFY(!privilege("SELECT has_column_privilege($1, 'inventory.api_tokens', 'created_by', 'SELECT')"));
    for (const char *write : { "INSERT", "UPDATE", "DELETE", "TRUNCATE" }) {
        QVERIFY2(!scalar(QStringLiteral("SELECT has_table_privilege($1, 'inventory.api_tokens', $2)"),
                         { role, QLatin1String(write) })
                      .toBool(),
                 write);
    }
    for (const char *write : { "INSERT", "UPDATE" }) {
        QVERIFY2(!scalar(QStringLiteral("SELECT has_any_column_privilege($1, 'inventory.api_tokens', $2)"),
                         { role, QLatin1String(write) })
                      .toBool(),
                 write);
    }

    // And as a login: a desk user's SELECT is refused outright.
    if (role == QLatin1String("inventory_staff") || role == QLatin1String("inventory_manager")) {
        TestCluster &cluster = TestCluster::instance();
        const ScopedConnectionSettings as(role == QLatin1String("inventory_staff") ? cluster.staff(db)
                                                                                   : cluster.manager(db));
        Statement s = run(QStringLiteral("SELECT token_sha256 FROM inventory.api_tokens"));
        QVERIFY(!s.ok);
        QCOMPARE(s.sqlState(), QStringLiteral("42501"));
    }
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
