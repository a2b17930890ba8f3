// inventoryctl as scripts and operators use it: separate processes, exit codes, one line on
// stderr for every refusal, and --json in the original API's shapes.

#include "connection.h"
#include "operations.h"
#include "programrun.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_inventoryctl");

using Run = inventory::test::ProgramRun;

QString program()
{
    return qEnvironmentVariable("INVENTORYCTL");
}

Run runWith(const QString &uri, const QStringList &arguments)
{
    return inventory::test::runProgram(program(), QStringList { QStringLiteral("--db"), uri } + arguments);
}

Run asStaff(const QStringList &arguments)
{
    return runWith(TestCluster::uri(TestCluster::instance().staff(db)), arguments);
}

Run asManager(const QStringList &arguments)
{
    return runWith(TestCluster::uri(TestCluster::instance().manager(db)), arguments);
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

class tst_Inventoryctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void versionAndHelp();
    void migrateFromScratch();
    void topPrintsTheOriginalShape();
    void createAndShowItem();
    void reservePrintsTheOriginalShape();
    void twoProcessesRaceForTheLastUnits();
    void managerCommands();
    void cleanupPrintsTheOriginalShape();
    void blocksFilters();
    void blocksByReference();
    void overviewFitsEightyColumns();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void topOfAnUnknownCategory_data();
    void topOfAnUnknownCategory();
    void idsWithAHash();
    void categoriesShowUnits();
    void refusals_data();
    void refusals();
    void invalidUtf8IsRefused();
    void globalOptionsBeforeTheCommand_data();
    void globalOptionsBeforeTheCommand();

private:
    qint64 m_item = 0;
};

void tst_Inventoryctl::initTestCase()
{
    QVERIFY2(QFile::exists(program()), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().owner(db));
    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("SELECT inventory.seed_items(500, 5)")));
    auto item = createItem({ QStringLiteral("Blue mug"), {}, 50, 1250, QStringLiteral("Kitchen") });
    QVERIFY(item);
    m_item = item->id;
}

void tst_Inventoryctl::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Inventoryctl::versionAndHelp()
{
    QProcess process;
    process.start(program(), { QStringLiteral("--version") });
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).startsWith(QLatin1String("inventoryctl ")));
    for (const char *command : { "migrate", "seed", "item", "create-item", "search", "categories", "top",
                                 "reserve", "confirm", "release", "extend", "blocks", "cleanup", "local" }) {
        process.start(program(), { QLatin1String(command), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardOutput().contains("Usage:"), command);
    }
    // The usage line names the positional arguments only, not options or their values.
    const QList<std::pair<const char *, const char *>> usage {
        { "reserve", "[options] ITEM QTY\n" }, { "seed", "[options]\n" },  { "extend", "[options] BLOCK\n" },
        { "import", "[options] FILE\n" },      { "bench", "[options]\n" },
    };
    for (const auto &[command, expected] : usage) {
        process.start(program(), { QLatin1String(command), QStringLiteral("--help") });
        QVERIFY(process.waitForFinished());
        const QByteArray firstLine = process.readAllStandardOutput().split('\n').value(0) + '\n';
        QVERIFY2(firstLine.endsWith(expected), firstLine.constData());
    }
}

void tst_Inventoryctl::migrateFromScratch()
{
    const QString fresh = QStringLiteral("tst_inventoryctl_fresh");
    QVERIFY(TestCluster::instance().createEmptyDatabase(fresh));
    ConnectionSettings owner = TestCluster::instance().owner(fresh);
    const Run unmigrated =
        runWith(TestCluster::uri(owner), { QStringLiteral("top"), QStringLiteral("Kitchen") });
    QCOMPARE(unmigrated.exitCode, 5);
    QVERIFY2(unmigrated.err.contains(
                 QLatin1String("has no Inventory Desk schema yet; run 'inventoryctl migrate'")),
             qPrintable(unmigrated.err));
    const Run migrated = runWith(TestCluster::uri(owner), { QStringLiteral("migrate") });
    QCOMPARE(migrated.exitCode, 0);
    QVERIFY2(migrated.out.contains(QLatin1String("from version 0 to")), qPrintable(migrated.out));
    const Run again =
        runWith(TestCluster::uri(owner), { QStringLiteral("migrate"), QStringLiteral("--json") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("previousVersion")).toInt(),
             again.json().object().value(QStringLiteral("version")).toInt());
    const Run asStaff =
        runWith(TestCluster::uri(TestCluster::instance().staff(fresh)), { QStringLiteral("migrate") });
    QCOMPARE(asStaff.exitCode, 4);
    QVERIFY(TestCluster::instance().dropDatabase(fresh));
}

void tst_Inventoryctl::topPrintsTheOriginalShape()
{
    const Run run = asStaff({ QStringLiteral("--json"), QStringLiteral("top"), QStringLiteral("Kitchen") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject top = run.json().object();
    QCOMPARE(sortedKeys(top),
             (QStringList { QStringLiteral("category"), QStringLiteral("count"), QStringLiteral("items"),
                            QStringLiteral("totalItemsInCategory") }));
    QCOMPARE(top.value(QStringLiteral("category")).toString(), QStringLiteral("Kitchen"));
    const QJsonArray items = top.value(QStringLiteral("items")).toArray();
    QCOMPARE(top.value(QStringLiteral("count")).toInt(), items.size());
    QCOMPARE(items.size(), 100);
    QCOMPARE(top.value(QStringLiteral("totalItemsInCategory")).toInt(), 101); // 500 over 5, plus ours
    int previous = std::numeric_limits<int>::max();
    for (const QJsonValue &value : items) {
        const int quantity = value.toObject().value(QStringLiteral("quantity")).toInt();
        QVERIFY(quantity <= previous);
        previous = quantity;
    }
}

void tst_Inventoryctl::createAndShowItem()
{
    const Run created =
        asStaff({ QStringLiteral("create-item"), QStringLiteral("--name"),
                  QStringLiteral("O'Brien's \"best\" kettle"), QStringLiteral("--price"),
                  QStringLiteral("24.90"), QStringLiteral("--quantity"), QStringLiteral("12"),
                  QStringLiteral("--category"), QStringLiteral("Kitchen"), QStringLiteral("--json") });
    QCOMPARE(created.exitCode, 0);
    const QJsonObject item = created.json().object();
    QVERIFY(item.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(item.value(QStringLiteral("price")).toString(), QStringLiteral("24.90"));
    const Run shown =
        asStaff({ QStringLiteral("item"), QString::number(item.value(QStringLiteral("id")).toInteger()),
                  QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject read = shown.json().object();
    for (const char *key :
         { "id", "name", "description", "quantity", "price", "category", "created_at", "updated_at" })
        QVERIFY2(read.contains(QLatin1String(key)), key);
    QCOMPARE(read.value(QStringLiteral("name")).toString(), QStringLiteral("O'Brien's \"best\" kettle"));
    QCOMPARE(read.value(QStringLiteral("quantity")).toInt(), 12);
}

void tst_Inventoryctl::reservePrintsTheOriginalShape()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Run run = asStaff({ QStringLiteral("reserve"), QString::number(m_item), QStringLiteral("3"),
                              QStringLiteral("--ttl"), QStringLiteral("90m"), QStringLiteral("--ref"),
                              QStringLiteral("ORDER-77"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject r = run.json().object();
    for (const char *key : { "blockId", "quantityBlocked", "remainingQuantity", "expiresAt" })
        QVERIFY2(r.contains(QLatin1String(key)), key);
    QCOMPARE(r.value(QStringLiteral("quantityBlocked")).toInt(), 3);
    QCOMPARE(r.value(QStringLiteral("remainingQuantity")).toInt(), 47);
    const QDateTime expires =
        QDateTime::fromString(r.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires.isValid());
    QVERIFY(qAbs(before.addSecs(90 * 60).secsTo(expires)) < 60);
}

void tst_Inventoryctl::twoProcessesRaceForTheLastUnits()
{
    auto item = createItem({ QStringLiteral("Last five"), {}, 5, 100, {} });
    QVERIFY(item);
    const QString uri = TestCluster::uri(TestCluster::instance().staff(db));
    QProcess a;
    QProcess b;
    const QStringList args { QStringLiteral("--db"), uri, QStringLiteral("reserve"),
                             QString::number(item->id), QStringLiteral("3") };
    a.start(program(), args);
    b.start(program(), args);
    QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
    const QList<int> codes { a.exitCode(), b.exitCode() };
    QVERIFY2(codes.contains(0) && codes.contains(3),
             qPrintable(QStringLiteral("%1 %2").arg(codes[0]).arg(codes[1])));
    QProcess &loser = a.exitCode() == 3 ? a : b;
    const QString err = QString::fromUtf8(loser.readAllStandardError()).trimmed();
    QCOMPARE(err,
             QStringLiteral("inventoryctl: Only 2 of item #%1 'Last five' are available; 3 were requested.")
                 .arg(item->id));
    QVERIFY(loser.readAllStandardOutput().isEmpty());
    QCOMPARE(inventory::item(item->id)->quantity, 2);
}

void tst_Inventoryctl::managerCommands()
{
    auto r = reserve(m_item, 1);
    QVERIFY(r);
    const QString block = QString::number(r->blockId);
    const Run staffConfirm = asStaff({ QStringLiteral("confirm"), block });
    QCOMPARE(staffConfirm.exitCode, 4);
    QCOMPARE(staffConfirm.err.trimmed(),
             QStringLiteral("inventoryctl: Only managers can confirm reservations."));

    const Run extended = asManager({ QStringLiteral("extend"), block, QStringLiteral("--ttl"),
                                     QStringLiteral("30m"), QStringLiteral("--json") });
    QCOMPARE(extended.exitCode, 0);
    QCOMPARE(extended.json().object().value(QStringLiteral("id")).toInteger(), r->blockId);
    const Run confirmed = asManager({ QStringLiteral("confirm"), block, QStringLiteral("--json") });
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(confirmed.json().object().value(QStringLiteral("is_permanent")).toBool(), true);
    const Run again = asManager({ QStringLiteral("confirm"), block });
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains(QLatin1String("already permanent")));

    auto other = reserve(m_item, 2);
    QVERIFY(other);
    const int before = inventory::item(m_item)->quantity;
    const Run released = asManager({ QStringLiteral("release"), QString::number(other->blockId) });
    QCOMPARE(released.exitCode, 0);
    QCOMPARE(inventory::item(m_item)->quantity, before + 2);
}

void tst_Inventoryctl::cleanupPrintsTheOriginalShape()
{
    for (int i = 0; i < 3; ++i) {
        auto r = reserve(m_item, 2);
        QVERIFY(r);
        QVERIFY(TestCluster::instance().ownerExec(
            db,
            QStringLiteral("UPDATE block_inventory SET expires_at = now() - interval '1 s' WHERE id = $1"),
            { r->blockId }));
    }
    const Run run = asManager({ QStringLiteral("cleanup"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = run.json().object();
    QCOMPARE(result.value(QStringLiteral("expiredBlocksRemoved")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("unitsRestored")).toInt(), 6);
    QVERIFY(result.value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("3 expired reservations removed")));
    QVERIFY(QDateTime::fromString(result.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
                .isValid());
    const Run nothing = asManager({ QStringLiteral("cleanup") });
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.contains(QLatin1String("0 expired reservations removed")), qPrintable(nothing.out));
}

void tst_Inventoryctl::blocksFilters()
{
    const Run permanent =
        asStaff({ QStringLiteral("blocks"), QStringLiteral("--item"), QString::number(m_item),
                  QStringLiteral("--state"), QStringLiteral("permanent"), QStringLiteral("--json") });
    QCOMPARE(permanent.exitCode, 0);
    const QJsonArray list = permanent.json().array();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &b : list) {
        QCOMPARE(b.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("permanent"));
        QCOMPARE(b.toObject().value(QStringLiteral("item_id")).toInteger(), m_item);
    }
}

void tst_Inventoryctl::blocksByReference()
{
    auto first = reserve(m_item, 1, std::chrono::hours(1), QStringLiteral("ORD-1002"));
    auto second = reserve(m_item, 1, std::chrono::hours(1), QStringLiteral("ORD-10020"));
    auto other = reserve(m_item, 1, std::chrono::hours(1), QStringLiteral("ORD-2001"));
    QVERIFY(first && second && other);
    // Contains, any case: an order number finds its reservations and no others.
    const Run run = asStaff({ QStringLiteral("blocks"), QStringLiteral("--ref"), QStringLiteral("ord-1002"),
                              QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QList<qint64> ids;
    for (const QJsonValue &b : run.json().array())
        ids << b.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(ids, (QList<qint64> { second->blockId, first->blockId }));
    // With the item too (the reference's parameter after the item id's).
    const Run both =
        asStaff({ QStringLiteral("blocks"), QStringLiteral("--item"), QString::number(m_item),
                  QStringLiteral("--ref"), QStringLiteral("ORD-1002"), QStringLiteral("--json") });
    QCOMPARE(both.exitCode, 0);
    QCOMPARE(both.json().array().size(), 2);
    const Run text =
        asStaff({ QStringLiteral("blocks"), QStringLiteral("--ref"), QStringLiteral("ORD-2001") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("ORD-2001")) && !text.out.contains(QLatin1String("ORD-1002")),
             qPrintable(text.out));
    const Run none = asStaff({ QStringLiteral("blocks"), QStringLiteral("--ref"), QStringLiteral("NO-SUCH"),
                               QStringLiteral("--json") });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.json().array().isEmpty());
}

void tst_Inventoryctl::overviewFitsEightyColumns()
{
    const Run run = inventory::test::runProgram(program(), { QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80, qPrintable(QStringLiteral("%1 columns: %2").arg(line.size()).arg(line)));
    // Every command is there, and a long description is wrapped, not cut.
    for (const char *command :
         { "migrate", "seed", "item", "create-item", "search", "categories", "top", "reserve", "confirm",
           "release", "extend", "blocks", "cleanup", "import", "export", "bench", "local" })
        QVERIFY2(run.out.contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' '))
                     || run.out.contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char('\n')),
                 command);
    QVERIFY2(run.out.simplified().contains(QLatin1String("all or nothing unless --valid-rows.")),
             qPrintable(run.out));
}

void tst_Inventoryctl::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("reserve") << QStringList { QStringLiteral("reserve"), QStringLiteral("--help") }
                             << QStringLiteral("Usage: inventoryctl reserve [options] ITEM QTY");
    QTest::newRow("help reserve") << QStringList { QStringLiteral("help"), QStringLiteral("reserve") }
                                  << QStringLiteral("Usage: inventoryctl reserve [options] ITEM QTY");
    QTest::newRow("bench") << QStringList { QStringLiteral("bench"), QStringLiteral("--help") }
                           << QStringLiteral("Usage: inventoryctl bench [options]");
}

void tst_Inventoryctl::commandHelpNamesTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = inventory::test::runProgram(program(), arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), usage);
}

void tst_Inventoryctl::topOfAnUnknownCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong case") << QStringLiteral("kitchen")
                                << QStringLiteral("No category 'kitchen'; did you mean 'Kitchen'?");
    QTest::newRow("upper case") << QStringLiteral("KITCHEN")
                                << QStringLiteral("No category 'KITCHEN'; did you mean 'Kitchen'?");
    QTest::newRow("a typo") << QStringLiteral("Kitchn")
                            << QStringLiteral("No category 'Kitchn'; did you mean 'Kitchen'?");
    QTest::newRow("nothing like it") << QStringLiteral(
        "Nonexistent") << QStringLiteral("No category 'Nonexistent'; 'inventoryctl categories' lists them.");
}

void tst_Inventoryctl::topOfAnUnknownCategory()
{
    QFETCH(QString, category);
    QFETCH(QString, message);
    const Run run = asStaff({ QStringLiteral("top"), category });
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.trimmed(), QStringLiteral("inventoryctl: ") + message);
    QVERIFY(run.out.isEmpty());
    const Run json = asStaff({ QStringLiteral("top"), category, QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().object().value(QStringLiteral("error")).toString(), message);
    QCOMPARE(json.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
}

void tst_Inventoryctl::idsWithAHash()
{
    const QString hashed = QStringLiteral("#%1").arg(m_item);
    const Run shown = asStaff({ QStringLiteral("item"), hashed, QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("id")).toInteger(), m_item);
    const Run reserved =
        asStaff({ QStringLiteral("reserve"), hashed, QStringLiteral("1"), QStringLiteral("--json") });
    QCOMPARE(reserved.exitCode, 0);
    const qint64 block = reserved.json().object().value(QStringLiteral("blockId")).toInteger();
    const Run listed =
        asStaff({ QStringLiteral("blocks"), QStringLiteral("--item"), hashed, QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), block);
    const Run extended = asManager({ QStringLiteral("extend"), QStringLiteral("#%1").arg(block),
                                     QStringLiteral("--ttl"), QStringLiteral("5m") });
    QCOMPARE(extended.exitCode, 0);
    const Run released = asManager({ QStringLiteral("release"), QStringLiteral("#%1").arg(block) });
    QCOMPARE(released.exitCode, 0);
    // A hash alone, or a hash and text, is still not an id.
    for (const char *bad : { "#", "#abc", "##12", "#-3" }) {
        const Run refused = asStaff({ QStringLiteral("confirm"), QLatin1String(bad) });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("is not an id")), qPrintable(refused.err));
    }
}

void tst_Inventoryctl::categoriesShowUnits()
{
    auto units = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT sum(quantity)::bigint, count(*) FROM items WHERE category = $1"),
        { QStringLiteral("Kitchen") });
    QVERIFY(units);
    const qint64 expected = units->at(0).toLongLong();
    const qint64 items = units->at(1).toLongLong();
    QVERIFY(expected > 0);
    const Run json = asStaff({ QStringLiteral("categories"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    bool found = false;
    for (const QJsonValue &value : json.json().array()) {
        const QJsonObject c = value.toObject();
        QVERIFY2(c.contains(QLatin1String("units")),
                 qPrintable(c.value(QStringLiteral("category")).toString()));
        if (c.value(QStringLiteral("category")).toString() == QLatin1String("Kitchen")) {
            found = true;
            QCOMPARE(c.value(QStringLiteral("units")).toInteger(), expected);
            QCOMPARE(c.value(QStringLiteral("count")).toInteger(), items);
        }
    }
    QVERIFY(found);
    const Run text = asStaff({ QStringLiteral("categories") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("UNITS")),
             qPrintable(text.out));
    const QString kitchenLine = text.out.split(QLatin1Char('\n')).filter(QStringLiteral("Kitchen")).value(0);
    QCOMPARE(kitchenLine.simplified(), QStringLiteral("%1 %2 Kitchen").arg(items).arg(expected));
}

void tst_Inventoryctl::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, QStringList args, int code, const char *message) {
        QTest::newRow(name) << args << code << QString::fromUtf8(message);
    };
    row("no command", {}, 2, "Usage:");
    row("unknown command", { QStringLiteral("frobnicate") }, 2, "'frobnicate' is not a command");
    row("missing argument", { QStringLiteral("item") }, 2, "takes 1 argument");
    row("unknown option", { QStringLiteral("top"), QStringLiteral("Kitchen"), QStringLiteral("--colour") }, 2,
        "Unknown option 'colour'");
    row("non-numeric id", { QStringLiteral("confirm"), QStringLiteral("abc") }, 2, "'abc' is not an id");
    row("unknown code", { QStringLiteral("item"), QStringLiteral("abc") }, 3,
        "No item has the SKU or barcode 'abc'.");
    row("zero id", { QStringLiteral("item"), QStringLiteral("0") }, 2, "'0' is not an id");
    row("negative id", { QStringLiteral("confirm"), QStringLiteral("-4") }, 2,
        "Invalid argument: '-4' is negative; ids and quantities are whole numbers from 1 up.");
    row("id beyond 2^63", { QStringLiteral("item"), QStringLiteral("99999999999999999999") }, 2,
        "is not an id");
    row("unknown item", { QStringLiteral("item"), QStringLiteral("987654321") }, 3,
        "Item #987654321 does not exist.");
    row("reserve zero", { QStringLiteral("reserve"), QStringLiteral("1"), QStringLiteral("0") }, 2,
        "0 is below the minimum of 1");
    row("reserve 2^31", { QStringLiteral("reserve"), QStringLiteral("1"), QStringLiteral("2147483648") }, 2,
        "2147483648 is above the maximum of 2147483647");
    row("reserve non-numeric", { QStringLiteral("reserve"), QStringLiteral("1"), QStringLiteral("lots") }, 2,
        "'lots' is not a whole number");
    row("bad duration",
        { QStringLiteral("reserve"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("--ttl"),
          QStringLiteral("90") },
        2, "'90' is not a duration");
    row("extend without ttl", { QStringLiteral("extend"), QStringLiteral("1") }, 2, "needs --ttl");
    row("bad state", { QStringLiteral("blocks"), QStringLiteral("--state"), QStringLiteral("gone") }, 2,
        "'gone' is not a state");
    row("price with three decimals",
        { QStringLiteral("create-item"), QStringLiteral("--name"), QStringLiteral("x"),
          QStringLiteral("--price"), QStringLiteral("1.005") },
        2, "'1.005' is not a price");
    row("10 KB name",
        { QStringLiteral("create-item"), QStringLiteral("--name"), QString(10240, QLatin1Char('n')),
          QStringLiteral("--price"), QStringLiteral("1") },
        2, "10240 characters long");
    row("SQL in a category is just a category",
        { QStringLiteral("top"), QStringLiteral("Kitchen' OR '1'='1") }, 3,
        "No category 'Kitchen' OR '1'='1'");
    row("unknown block", { QStringLiteral("release"), QStringLiteral("987654321") }, 3,
        "Reservation #987654321 does not exist.");
}

void tst_Inventoryctl::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString before = TestCluster::instance().stateFingerprint(db);
    QVERIFY(!before.isEmpty());
    const Run run = asManager(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("inventoryctl: ")), qPrintable(run.err));
    } else {
        QVERIFY2(run.out.contains(QLatin1String("top 0 of 0")), qPrintable(run.out));
    }
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
}

void tst_Inventoryctl::invalidUtf8IsRefused()
{
    // Arguments are bytes; QProcess would only pass valid text, so a shell makes the bad bytes.
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  { QStringLiteral("-c"),
                    QStringLiteral(
                        "exec \"$0\" --db \"$1\" create-item --name \"$(printf 'mug\\377\\376')\" --price 1"),
                    program(), TestCluster::uri(TestCluster::instance().manager(db)) });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("is not valid UTF-8; nothing was done"));
    auto count = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE 'mug%'"));
    QVERIFY(count);
    QCOMPARE(count->first().toInt(), 0);
}

void tst_Inventoryctl::globalOptionsBeforeTheCommand_data()
{
    // The usage line: inventoryctl [--db URI] [--read-db URI] [--json] COMMAND. A user found
    // --read-db refused there ("'--read-db' is not a command") though it was accepted after the
    // command. The reader is the same server here: what is checked is that the option arrives.
    const QString uri = TestCluster::uri(TestCluster::instance().staff(db));
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("--read-db URI") << QStringList { QStringLiteral("--db"), uri, QStringLiteral("--read-db"), uri,
                                                    QStringLiteral("--json"), QStringLiteral("categories") }
                                   << 0 << QStringLiteral("Kitchen");
    QTest::newRow("--read-db=URI") << QStringList { QStringLiteral("--read-db=") + uri, QStringLiteral("--db=") + uri,
                                                    QStringLiteral("categories") }
                                   << 0 << QStringLiteral("Kitchen");
    QTest::newRow("--read-db without its URI") << QStringList { QStringLiteral("--db"), uri, QStringLiteral("--read-db") }
                                               << 2 << QStringLiteral("--read-db needs a URI");
    QTest::newRow("bad --read-db is named")
        << QStringList { QStringLiteral("--db"), uri, QStringLiteral("--read-db"), QStringLiteral("postgresql://[x"),
                         QStringLiteral("categories") }
        << 2 << QStringLiteral("--read-db");
}

void tst_Inventoryctl::globalOptionsBeforeTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const Run run = inventory::test::runProgram(program(), arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2%3").arg(run.exitCode).arg(run.out, run.err)));
    QVERIFY2((exitCode == 0 ? run.out : run.err).contains(said), qPrintable(run.out + run.err));
    QVERIFY2(!run.err.contains(QLatin1String("is not a command")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_Inventoryctl)
#include "tst_inventoryctl.moc"
