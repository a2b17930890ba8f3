// inventoryctl's stock keeping as operators and scripts use it: receive, adjust, edit-item,
// archive, history, low-stock, counts and the ledger check, each as a separate process against a
// real server, as staff and as a manager. Every refusal: its exit code, one line on stderr, and
// nothing changed.

#include "connection.h"
#include "operations.h"
#include "programrun.h"
#include "stock.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_cli_stock");

using Run = inventory::test::ProgramRun;

QString program()
{
    return qEnvironmentVariable("INVENTORYCTL");
}

Run runAs(const ConnectionSettings &settings, const QStringList &arguments)
{
    Run run = inventory::test::runProgram(
        program(), QStringList { QStringLiteral("--db"), TestCluster::uri(settings) } + arguments);
    run.err = run.err.trimmed();
    return run;
}

Run asStaff(const QStringList &arguments)
{
    return runAs(TestCluster::instance().staff(db), arguments);
}

Run asManager(const QStringList &arguments)
{
    return runAs(TestCluster::instance().manager(db), arguments);
}

QString id(qint64 value)
{
    return QString::number(value);
}

int quantityOf(qint64 itemId)
{
    auto row = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT quantity FROM items WHERE id = $1"), { itemId });
    return row ? row->first().toInt() : -1;
}

qint64 movementsOf(qint64 itemId)
{
    auto row = TestCluster::instance().ownerQueryRow(
        db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE item_id = $1"), { itemId });
    return row ? row->first().toLongLong() : -1;
}

// A refusal: the exit code, one line on stderr naming the tool and containing `message`, nothing
// on stdout, nothing changed in the database.
#define VERIFY_REFUSED(run, code, message, before)                                                           \
    do {                                                                                                     \
        QCOMPARE((run).exitCode, code);                                                                      \
        QVERIFY2((run).err.startsWith(QLatin1String("inventoryctl: ")), qPrintable((run).err));              \
        QVERIFY2((run).err.contains(message), qPrintable((run).err));                                        \
        QVERIFY2(!(run).err.contains(QLatin1Char('\n')) || (code) == 2, qPrintable((run).err));              \
        QCOMPARE(TestCluster::instance().stateFingerprint(db), before);                                      \
    } while (false)
} // namespace

class tst_CliStock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receive();
    void receiveRefusals_data();
    void receiveRefusals();
    void adjust();
    void adjustRefusals_data();
    void adjustRefusals();
    void editItem();
    void editItemRefusals();
    void archiveAndUnarchive();
    void findBySkuOrBarcode();
    void history();
    void lowStock();
    void count();
    void countRefusals();
    void checkFindsAndRepairsDrift();
    void bulkBookingAsksOnATerminal();
    void countOfACategory();
    void helpOfTheNewCommands();

private:
    Item makeItem(const QString &name, int quantity, const QString &category = QStringLiteral("Tools"));
    int m_serial = 0;
};

Item tst_CliStock::makeItem(const QString &name, int quantity, const QString &category)
{
    NewItem item { name, {}, quantity, 1250, category };
    auto created = createItem(item);
    if (!created)
        qWarning("createItem: %s", qPrintable(created.error().message));
    return created.value_or(Item {});
}

void tst_CliStock::initTestCase()
{
    QVERIFY2(QFile::exists(program()), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().owner(db));
}

void tst_CliStock::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_CliStock::receive()
{
    const Item mug = makeItem(QStringLiteral("Blue mug"), 7);
    QVERIFY(mug.id);
    const Run text = asStaff({ QStringLiteral("receive"), id(mug.id), QStringLiteral("24"),
                               QStringLiteral("--ref"), QStringLiteral("DN-4411") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.startsWith(QStringLiteral("Received 24 of item #%1 'Blue mug' (Received): quantity 7 → 31; "
                                           "movement #")
                                .arg(mug.id)),
        qPrintable(text.out));
    QCOMPARE(quantityOf(mug.id), 31);

    const Run json = asStaff({ QStringLiteral("receive"), QStringLiteral("#%1").arg(mug.id),
                               QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("returned"),
                               QStringLiteral("--ref"), QStringLiteral("RMA-7"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject m = json.json().object();
    QCOMPARE(m.value(QStringLiteral("itemId")).toInteger(), mug.id);
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));
    QCOMPARE(m.value(QStringLiteral("reason")).toString(), QStringLiteral("returned"));
    QCOMPARE(m.value(QStringLiteral("change")).toInt(), 2);
    QCOMPARE(m.value(QStringLiteral("resultingQuantity")).toInt(), 33);
    QCOMPARE(m.value(QStringLiteral("reference")).toString(), QStringLiteral("RMA-7"));
    QVERIFY(QDateTime::fromString(m.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(quantityOf(mug.id), 33);
}

void tst_CliStock::receiveRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString item = id(makeItem(QStringLiteral("Refused mug"), 5).id);
    auto row = [](const char *name, QStringList args, int code, const QString &message) {
        QTest::newRow(name) << (QStringList { QStringLiteral("receive") } + args) << code << message;
    };
    row("zero", { item, QStringLiteral("0") }, 2, QStringLiteral("0 is below the minimum of 1"));
    row("negative", { item, QStringLiteral("-3") }, 2, QStringLiteral("'-3' is negative"));
    row("not a number", { item, QStringLiteral("lots") }, 2, QStringLiteral("'lots' is not a whole number"));
    row("2^31", { item, QStringLiteral("2147483648") }, 2, QStringLiteral("above the maximum of 2147483647"));
    row("over the maximum on hand", { item, QStringLiteral("2147483647") }, 2,
        QStringLiteral("'Refused mug' has 5 units; 2147483647 more would exceed the maximum"));
    row("an adjustment's reason",
        { item, QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("damaged") }, 2,
        QStringLiteral("'damaged' is not a reason for a receipt; use received, returned."));
    row("no such reason", { item, QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("gift") },
        2, QStringLiteral("'gift' is not a reason for a receipt"));
    row("unknown item", { QStringLiteral("987654321"), QStringLiteral("1") }, 3,
        QStringLiteral("Item #987654321 does not exist."));
    row("unknown code", { QStringLiteral("NO-SUCH-SKU"), QStringLiteral("1") }, 3,
        QStringLiteral("No item has the SKU or barcode 'NO-SUCH-SKU'."));
    row("missing quantity", { item }, 2, QStringLiteral("'receive' takes 2 argument(s)"));
}

void tst_CliStock::receiveRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run run = asStaff(arguments);
    VERIFY_REFUSED(run, exitCode, message, before);
    QVERIFY(run.out.isEmpty());
}

void tst_CliStock::adjust()
{
    const Item vase = makeItem(QStringLiteral("Green vase"), 20);
    const Run damaged =
        asManager({ QStringLiteral("adjust"), id(vase.id), QStringLiteral("--by"), QStringLiteral("-3"),
                    QStringLiteral("--reason"), QStringLiteral("damaged"), QStringLiteral("--note"),
                    QStringLiteral("dropped by the forklift") });
    QCOMPARE(damaged.exitCode, 0);
    QVERIFY2(
        damaged.out.startsWith(
            QStringLiteral("Adjusted item #%1 'Green vase' by -3 (Damaged): quantity 20 → 17;").arg(vase.id)),
        qPrintable(damaged.out));
    const Run counted =
        asManager({ QStringLiteral("adjust"), id(vase.id), QStringLiteral("--to"), QStringLiteral("25"),
                    QStringLiteral("--reason"), QStringLiteral("found"), QStringLiteral("--json") });
    QCOMPARE(counted.exitCode, 0);
    const QJsonObject m = counted.json().object();
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("adjustment"));
    QCOMPARE(m.value(QStringLiteral("reason")).toString(), QStringLiteral("found"));
    QCOMPARE(m.value(QStringLiteral("change")).toInt(), 8);
    QCOMPARE(m.value(QStringLiteral("resultingQuantity")).toInt(), 25);
    QCOMPARE(quantityOf(vase.id), 25);
}

void tst_CliStock::adjustRefusals_data()
{
    QTest::addColumn<bool>("manager");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const Item item = makeItem(QStringLiteral("Red vase"), 4);
    const QString i = id(item.id);
    const QString damaged = QStringLiteral("damaged");
    auto row = [](const char *name, bool manager, QStringList args, int code, const QString &message) {
        QTest::newRow(name) << manager << (QStringList { QStringLiteral("adjust") } + args) << code
                            << message;
    };
    row("staff", false,
        { i, QStringLiteral("--by"), QStringLiteral("-1"), QStringLiteral("--reason"), damaged }, 4,
        QStringLiteral("Only managers can adjust stock."));
    row("below what is on hand", true,
        { i, QStringLiteral("--by"), QStringLiteral("-5"), QStringLiteral("--reason"), damaged }, 3,
        QStringLiteral("Only 4 of item #%1 'Red vase' are on hand; 5 cannot be taken off.").arg(item.id));
    row("both --by and --to", true,
        { i, QStringLiteral("--by"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("3"),
          QStringLiteral("--reason"), damaged },
        2, QStringLiteral("'adjust' needs exactly one of --by N and --to N."));
    row("neither", true, { i, QStringLiteral("--reason"), damaged }, 2,
        QStringLiteral("'adjust' needs exactly one of --by N and --to N."));
    row("no reason", true, { i, QStringLiteral("--by"), QStringLiteral("1") }, 2,
        QStringLiteral("'adjust' needs --reason: damaged, lost, found, correction."));
    row("a receipt's reason", true,
        { i, QStringLiteral("--by"), QStringLiteral("1"), QStringLiteral("--reason"),
          QStringLiteral("received") },
        2,
        QStringLiteral(
            "'received' is not a reason for an adjustment; use damaged, lost, found, correction."));
    row("by zero", true,
        { i, QStringLiteral("--by"), QStringLiteral("0"), QStringLiteral("--reason"), damaged }, 2,
        QStringLiteral("0 changes nothing."));
    row("to what it is", true,
        { i, QStringLiteral("--to"), QStringLiteral("4"), QStringLiteral("--reason"), damaged }, 2,
        QStringLiteral("has 4 units already; nothing to adjust."));
    row("to a negative", true, { i, QStringLiteral("--to=-1"), QStringLiteral("--reason"), damaged }, 2,
        QStringLiteral("below the minimum of 0"));
    row("not a number", true,
        { i, QStringLiteral("--by"), QStringLiteral("x"), QStringLiteral("--reason"), damaged }, 2,
        QStringLiteral("'x' is not a whole number."));
}

void tst_CliStock::adjustRefusals()
{
    QFETCH(bool, manager);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run run = manager ? asManager(arguments) : asStaff(arguments);
    VERIFY_REFUSED(run, exitCode, message, before);
}

void tst_CliStock::editItem()
{
    const Item item = makeItem(QStringLiteral("Teapot"), 3, QStringLiteral("Kitchen"));
    const Run edited = asManager(
        { QStringLiteral("edit-item"), id(item.id), QStringLiteral("--price"), QStringLiteral("13.00"),
          QStringLiteral("--sku"), QStringLiteral("TEA-001"), QStringLiteral("--barcode"),
          QStringLiteral("4006381333931"), QStringLiteral("--reorder-point"), QStringLiteral("5"),
          QStringLiteral("--reorder-quantity"), QStringLiteral("12"), QStringLiteral("--description"),
          QStringLiteral("Cast iron") });
    QCOMPARE(edited.exitCode, 0);
    QCOMPARE(edited.out.trimmed(),
             QStringLiteral("Changed item #%1 'Teapot':\n"
                            "  description: - → Cast iron\n"
                            "  price: 12.50 → 13.00\n"
                            "  sku: - → TEA-001\n"
                            "  barcode: - → 4006381333931\n"
                            "  reorder point: - → 5\n"
                            "  reorder quantity: - → 12")
                 .arg(item.id));
    // An empty value clears an optional text, 'none' a reorder figure.
    const Run cleared = asManager(
        { QStringLiteral("edit-item"), QStringLiteral("#%1").arg(item.id), QStringLiteral("--description"),
          QString(), QStringLiteral("--reorder-quantity"), QStringLiteral("none"), QStringLiteral("--name"),
          QStringLiteral("Big teapot"), QStringLiteral("--json") });
    QCOMPARE(cleared.exitCode, 0);
    const QJsonObject row = cleared.json().object();
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Big teapot"));
    QVERIFY(row.value(QStringLiteral("description")).isNull());
    QVERIFY(row.value(QStringLiteral("reorder_quantity")).isNull());
    QCOMPARE(row.value(QStringLiteral("reorder_point")).toInt(), 5);
    QCOMPARE(row.value(QStringLiteral("sku")).toString(), QStringLiteral("TEA-001"));
    QCOMPARE(row.value(QStringLiteral("price")).toString(), QStringLiteral("13.00"));
}

void tst_CliStock::editItemRefusals()
{
    const Item item = makeItem(QStringLiteral("Kettle"), 3, QStringLiteral("Kitchen"));
    const Item other = makeItem(QStringLiteral("Other kettle"), 3, QStringLiteral("Kitchen"));
    QVERIFY(inventory::editItem(other.id, { .sku = QStringLiteral("KET-2") }));
    const QString before = TestCluster::instance().stateFingerprint(db);
    const QList<std::tuple<bool, QStringList, int, QString>> cases {
        { false,
          { id(item.id), QStringLiteral("--price"), QStringLiteral("1.00") },
          4,
          QStringLiteral("Only managers can edit items.") },
        { true, { id(item.id) }, 2, QStringLiteral("'edit-item' needs at least one change") },
        { true,
          { id(item.id), QStringLiteral("--price"), QStringLiteral("1.005") },
          2,
          QStringLiteral("'1.005' is not a price") },
        { true, { id(item.id), QStringLiteral("--name"), QString() }, 2, QStringLiteral("name") },
        { true,
          { id(item.id), QStringLiteral("--sku"), QStringLiteral("KET-2") },
          2,
          QStringLiteral("'KET-2' is already the SKU of item #%1.").arg(other.id) },
        { true,
          { id(item.id), QStringLiteral("--barcode"), QStringLiteral("4006381333932") },
          2,
          QStringLiteral("4006381333932") },
        { true,
          { id(item.id), QStringLiteral("--reorder-point"), QStringLiteral("soon") },
          2,
          QStringLiteral("'soon' is not a whole number.") },
        { true,
          { QStringLiteral("987654321"), QStringLiteral("--price"), QStringLiteral("1.00") },
          3,
          QStringLiteral("Item #987654321 does not exist.") },
    };
    for (const auto &[manager, args, code, message] : cases) {
        const QStringList arguments = QStringList { QStringLiteral("edit-item") } + args;
        const Run run = manager ? asManager(arguments) : asStaff(arguments);
        VERIFY_REFUSED(run, code, message, before);
    }
}

void tst_CliStock::archiveAndUnarchive()
{
    const Item item = makeItem(QStringLiteral("Old lamp"), 6);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run staff = asStaff({ QStringLiteral("archive"), id(item.id) });
    VERIFY_REFUSED(staff, 4, QStringLiteral("Only managers can archive items."), before);

    // Not while a temporary reservation holds units.
    auto held = reserve(item.id, 2);
    QVERIFY(held);
    const QString reserved = TestCluster::instance().stateFingerprint(db);
    const Run busy = asManager({ QStringLiteral("archive"), id(item.id) });
    VERIFY_REFUSED(busy, 3, QStringLiteral("Item #%1 has").arg(item.id), reserved);
    QVERIFY(release(held->blockId));

    const Run archived = asManager({ QStringLiteral("archive"), id(item.id) });
    QCOMPARE(archived.exitCode, 0);
    QCOMPARE(
        archived.out.trimmed(),
        QStringLiteral("Archived item #%1 'Old lamp': hidden from browsing, cannot be reserved or received; "
                       "its history stays.")
            .arg(item.id));
    const QString archivedState = TestCluster::instance().stateFingerprint(db);
    const Run noReserve = asStaff({ QStringLiteral("reserve"), id(item.id), QStringLiteral("1") });
    VERIFY_REFUSED(noReserve, 3, QStringLiteral("archived"), archivedState);
    const Run noReceive = asStaff({ QStringLiteral("receive"), id(item.id), QStringLiteral("1") });
    VERIFY_REFUSED(noReceive, 3, QStringLiteral("archived"), archivedState);
    const Run shown = asStaff({ QStringLiteral("item"), id(item.id) });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QLatin1String("archived:")), qPrintable(shown.out));

    const Run back = asManager({ QStringLiteral("unarchive"), id(item.id), QStringLiteral("--json") });
    QCOMPARE(back.exitCode, 0);
    QVERIFY(back.json().object().value(QStringLiteral("archived_at")).isNull());
    QCOMPARE(asStaff({ QStringLiteral("reserve"), id(item.id), QStringLiteral("1") }).exitCode, 0);
}

void tst_CliStock::findBySkuOrBarcode()
{
    const Item item = makeItem(QStringLiteral("Scanned jug"), 9, QStringLiteral("Kitchen"));
    QVERIFY(inventory::editItem(
        item.id, { .sku = QStringLiteral("JUG-77"), .barcode = QStringLiteral("5901234123457") }));
    for (const QString &code :
         { QStringLiteral("JUG-77"), QStringLiteral("jug-77"), QStringLiteral("5901234123457"),
           QStringLiteral("#%1").arg(item.id), id(item.id) }) {
        const Run run = asStaff({ QStringLiteral("item"), code, QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("id")).toInteger(), item.id);
    }
    const Run text = asStaff({ QStringLiteral("item"), QStringLiteral("JUG-77") });
    QVERIFY2(text.out.contains(QLatin1String("sku:         JUG-77"))
                 && text.out.contains(QLatin1String("barcode:     5901234123457")),
             qPrintable(text.out));
    const Run unknown = asStaff({ QStringLiteral("item"), QStringLiteral("0000000000000") });
    QCOMPARE(unknown.exitCode, 3);
    QCOMPARE(unknown.err, QStringLiteral("inventoryctl: No item has the SKU or barcode '0000000000000'."));
    // search: the item whose code it is, first, then the names.
    const Run search =
        asStaff({ QStringLiteral("search"), QStringLiteral("5901234123457"), QStringLiteral("--json") });
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.json().array().size(), 1);
    QCOMPARE(search.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), item.id);
    const Run byName =
        asStaff({ QStringLiteral("search"), QStringLiteral("Scanned"), QStringLiteral("--json") });
    QCOMPARE(byName.json().array().size(), 1);
    // Receiving by scanning the barcode.
    const Run received =
        asStaff({ QStringLiteral("receive"), QStringLiteral("5901234123457"), QStringLiteral("1") });
    QCOMPARE(received.exitCode, 0);
    QCOMPARE(quantityOf(item.id), 10);
}

void tst_CliStock::history()
{
    const Item item = makeItem(QStringLiteral("History cup"), 10);
    QVERIFY(inventory::receive(item.id, 5, StockReason::Received, QStringLiteral("DN-1")));
    auto held = reserve(item.id, 2, std::chrono::hours(1), QStringLiteral("ORD-9"));
    QVERIFY(held);
    QVERIFY(inventory::adjust(
        item.id, { .by = -1, .reason = StockReason::Damaged, .note = QStringLiteral("chipped") }));

    const Run all = asStaff(
        { QStringLiteral("history"), QStringLiteral("--item"), id(item.id), QStringLiteral("--json") });
    QCOMPARE(all.exitCode, 0);
    QStringList kinds;
    for (const QJsonValue &v : all.json().array())
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds,
             (QStringList { QStringLiteral("adjustment"), QStringLiteral("created"),
                            QStringLiteral("receipt"), QStringLiteral("opening") }));
    const QJsonObject newest = all.json().array().first().toObject();
    QCOMPARE(newest.value(QStringLiteral("change")).toInt(), -1);
    QCOMPARE(newest.value(QStringLiteral("reason")).toString(), QStringLiteral("damaged"));
    QCOMPARE(newest.value(QStringLiteral("note")).toString(), QStringLiteral("chipped"));
    QVERIFY(
        QDateTime::fromString(newest.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());

    const Run receipts =
        asStaff({ QStringLiteral("history"), QStringLiteral("--item"), QStringLiteral("#%1").arg(item.id),
                  QStringLiteral("--kind"), QStringLiteral("receipt,opening"), QStringLiteral("--json") });
    QCOMPARE(receipts.exitCode, 0);
    QCOMPARE(receipts.json().array().size(), 2);
    const Run damaged =
        asStaff({ QStringLiteral("history"), QStringLiteral("--item"), id(item.id),
                  QStringLiteral("--reason"), QStringLiteral("damaged"), QStringLiteral("--since"),
                  QStringLiteral("1h"), QStringLiteral("--json") });
    QCOMPARE(damaged.exitCode, 0);
    QCOMPARE(damaged.json().array().size(), 1);
    const Run limited = asStaff({ QStringLiteral("history"), QStringLiteral("--item"), id(item.id),
                                  QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json") });
    QCOMPARE(limited.json().array().size(), 1);
    const Run future =
        asStaff({ QStringLiteral("history"), QStringLiteral("--item"), id(item.id), QStringLiteral("--since"),
                  QStringLiteral("2999-01-01"), QStringLiteral("--json") });
    QCOMPARE(future.exitCode, 0);
    QVERIFY(future.json().array().isEmpty());
    const Run text = asStaff({ QStringLiteral("history"), QStringLiteral("--item"), id(item.id) });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(1).contains(QLatin1String("Damaged")) && lines.at(1).contains(QLatin1String("chipped")),
             qPrintable(text.out));
    QVERIFY2(lines.at(2).contains(QLatin1String("ORD-9")), qPrintable(text.out));

    // Who did it: the receipts of receive() above were booked by tst_staff through the CLI.
    const Run byStaff =
        asStaff({ QStringLiteral("history"), QStringLiteral("--actor"), QStringLiteral("tst_staff"),
                  QStringLiteral("--kind"), QStringLiteral("receipt"), QStringLiteral("--json") });
    QCOMPARE(byStaff.exitCode, 0);
    QVERIFY(!byStaff.json().array().isEmpty());
    for (const QJsonValue &v : byStaff.json().array())
        QCOMPARE(v.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("tst_staff"));

    const QString before = TestCluster::instance().stateFingerprint(db);
    const QList<std::pair<QStringList, QString>> refusals {
        { { QStringLiteral("--kind"), QStringLiteral("sold") }, QStringLiteral("'sold' is not a kind") },
        { { QStringLiteral("--reason"), QStringLiteral("gift") }, QStringLiteral("'gift' is not a reason") },
        { { QStringLiteral("--since"), QStringLiteral("yesterday") },
          QStringLiteral("'yesterday' is neither") },
        { { QStringLiteral("--limit"), QStringLiteral("0") },
          QStringLiteral("0 is not between 1 and 10000") },
        { { QStringLiteral("--item"), QStringLiteral("abc") }, QStringLiteral("'abc' is not an id") },
    };
    for (const auto &[args, message] : refusals) {
        const Run run = asStaff(QStringList { QStringLiteral("history") } + args);
        VERIFY_REFUSED(run, 2, message, before);
    }
}

void tst_CliStock::lowStock()
{
    const Item low = makeItem(QStringLiteral("Low bolt"), 2, QStringLiteral("Hardware"));
    const Item lower = makeItem(QStringLiteral("Lower bolt"), 0, QStringLiteral("Hardware"));
    const Item fine = makeItem(QStringLiteral("Plenty bolt"), 50, QStringLiteral("Hardware"));
    QVERIFY(inventory::editItem(
        low.id, { .reorderPoint = std::optional<qint64>(5), .reorderQuantity = std::optional<qint64>(20) }));
    QVERIFY(inventory::editItem(lower.id, { .reorderPoint = std::optional<qint64>(10) }));
    QVERIFY(inventory::editItem(fine.id, { .reorderPoint = std::optional<qint64>(5) }));
    const Run run = asStaff({ QStringLiteral("low-stock"), QStringLiteral("--category"),
                              QStringLiteral("Hardware"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QList<qint64> ids;
    for (const QJsonValue &v : run.json().array())
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(ids, (QList<qint64> { lower.id, low.id })); // furthest below its point first
    const Run text =
        asStaff({ QStringLiteral("low-stock"), QStringLiteral("--category"), QStringLiteral("Hardware") });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("%1 2 5 20 Hardware Low bolt").arg(low.id));
}

void tst_CliStock::count()
{
    const Item a = makeItem(QStringLiteral("Count nail"), 10, QStringLiteral("Counted"));
    const Item b = makeItem(QStringLiteral("Count screw"), 20, QStringLiteral("Counted"));
    const Item c = makeItem(QStringLiteral("Count washer"), 30, QStringLiteral("Counted"));
    const Run opened =
        asManager({ QStringLiteral("count"), QStringLiteral("open"), QStringLiteral("--items"),
                    QStringLiteral("%1,#%2,%3").arg(a.id).arg(b.id).arg(c.id), QStringLiteral("--json") });
    QCOMPARE(opened.exitCode, 0);
    const qint64 countId = opened.json().object().value(QStringLiteral("countId")).toInteger();
    QVERIFY(countId > 0);
    QCOMPARE(opened.json().object().value(QStringLiteral("lines")).toInt(), 3);
    const QString count = id(countId);

    // Staff enter the figures; a reservation in between does not disturb the count.
    const Run set =
        asStaff({ QStringLiteral("count"), QStringLiteral("set"), count, id(a.id), QStringLiteral("8") });
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.out.trimmed(),
             QStringLiteral("Count #%1: item #%2 'Count nail' counted 8 (expected 10, difference -2).")
                 .arg(countId)
                 .arg(a.id));
    QCOMPARE(
        asStaff({ QStringLiteral("count"), QStringLiteral("set"), count, id(b.id), QStringLiteral("21") })
            .exitCode,
        0);
    QVERIFY(reserve(b.id, 4));

    const Run shown =
        asStaff({ QStringLiteral("count"), QStringLiteral("show"), count, QStringLiteral("--json") });
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject object = shown.json().object();
    QCOMPARE(object.value(QStringLiteral("counted")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("items")).toArray().size(), 3);
    const Run shownText = asStaff({ QStringLiteral("count"), QStringLiteral("show"), count });
    QVERIFY2(shownText.out.contains(QLatin1String("open, 2 of 3 counted.")), qPrintable(shownText.out));

    // Without a terminal and without --yes, nothing is booked.
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run unasked = asManager({ QStringLiteral("count"), QStringLiteral("post"), count });
    QCOMPARE(unasked.exitCode, 2);
    QVERIFY2(unasked.out.contains(
                 QStringLiteral("Posting Count #%1 of 3 listed items books 2 count movements:").arg(countId)),
             qPrintable(unasked.out));
    QVERIFY2(unasked.out.contains(QLatin1String("1 item without a counted figure books nothing.")),
             qPrintable(unasked.out));
    QCOMPARE(unasked.err,
             QStringLiteral("inventoryctl: Nothing was booked: there is no terminal to ask on; give --yes "
                            "to book without asking."));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    const Run staffPost =
        asStaff({ QStringLiteral("count"), QStringLiteral("post"), count, QStringLiteral("--yes") });
    VERIFY_REFUSED(staffPost, 4, QStringLiteral("Only managers can post counts."), before);

    const Run posted = asManager({ QStringLiteral("count"), QStringLiteral("post"), count,
                                   QStringLiteral("--yes"), QStringLiteral("--json") });
    QCOMPARE(posted.exitCode, 0);
    const QJsonObject posting = posted.json().object();
    QCOMPARE(posting.value(QStringLiteral("movements")).toInt(), 2);
    QCOMPARE(posting.value(QStringLiteral("unitsAdded")).toInt(), 1);
    QCOMPARE(posting.value(QStringLiteral("unitsRemoved")).toInt(), 2);
    QCOMPARE(posting.value(QStringLiteral("uncounted")).toInt(), 1);
    QCOMPARE(quantityOf(a.id), 8);
    QCOMPARE(quantityOf(b.id), 21 - 4); // counted 21 on hand, 4 of them now reserved
    QCOMPARE(quantityOf(c.id), 30);
    const Run check = asStaff({ QStringLiteral("check") });
    QCOMPARE(check.exitCode, 0);

    const QString after = TestCluster::instance().stateFingerprint(db);
    const Run again =
        asManager({ QStringLiteral("count"), QStringLiteral("post"), count, QStringLiteral("--yes") });
    VERIFY_REFUSED(again, 3, QStringLiteral("Count #%1 was posted by tst_manager at").arg(countId), after);
    const Run late =
        asStaff({ QStringLiteral("count"), QStringLiteral("set"), count, id(c.id), QStringLiteral("1") });
    VERIFY_REFUSED(late, 3, QStringLiteral("Count #%1 has been posted").arg(countId), after);
}

void tst_CliStock::countRefusals()
{
    const Item a = makeItem(QStringLiteral("Uncounted"), 1, QStringLiteral("Refusals"));
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run staffOpen = asStaff({ QStringLiteral("count"), QStringLiteral("open"),
                                    QStringLiteral("--category"), QStringLiteral("Refusals") });
    VERIFY_REFUSED(staffOpen, 4, QStringLiteral("Only managers can open stock counts."), before);
    const Run both =
        asManager({ QStringLiteral("count"), QStringLiteral("open"), QStringLiteral("--category"),
                    QStringLiteral("Refusals"), QStringLiteral("--items"), id(a.id) });
    VERIFY_REFUSED(
        both, 2, QStringLiteral("'count open' needs exactly one of --category C and --items 1,2,3."), before);
    const Run empty = asManager({ QStringLiteral("count"), QStringLiteral("open"),
                                  QStringLiteral("--category"), QStringLiteral("Nothing here") });
    VERIFY_REFUSED(empty, 3, QStringLiteral("Category 'Nothing here' has no items to count."), before);
    const Run unknown =
        asStaff({ QStringLiteral("count"), QStringLiteral("show"), QStringLiteral("987654") });
    VERIFY_REFUSED(unknown, 3, QStringLiteral("Count #987654 does not exist."), before);
    const Run noAction = asStaff({ QStringLiteral("count") });
    VERIFY_REFUSED(noAction, 2, QStringLiteral("'count' takes an action: open, set, show, post."), before);
    const Run badAction = asStaff({ QStringLiteral("count"), QStringLiteral("close"), QStringLiteral("1") });
    VERIFY_REFUSED(badAction, 2, QStringLiteral("'count' takes an action"), before);
    const Run badItems = asManager({ QStringLiteral("count"), QStringLiteral("open"),
                                     QStringLiteral("--items"), QStringLiteral("1,x") });
    VERIFY_REFUSED(badItems, 2, QStringLiteral("'x' is not an id"), before);
}

void tst_CliStock::checkFindsAndRepairsDrift()
{
    QCOMPARE(asStaff({ QStringLiteral("check") }).exitCode, 0);
    const Item item = makeItem(QStringLiteral("Drifting mug"), 30);
    QVERIFY(reserve(item.id, 1)); // a block's units count as stock
    // Behind the operations' back: the owner's hand-written UPDATE.
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity + 1 WHERE id = $1"), { item.id }));
    const QString expected =
        QStringLiteral("Item #%1 'Drifting mug': stock 31 (quantity + blocks), ledger 30 (opening + "
                       "movements); 1 unexplained")
            .arg(item.id);
    const Run found = asStaff({ QStringLiteral("check") });
    QCOMPARE(found.exitCode, 3);
    QVERIFY2(found.out.startsWith(expected + QLatin1Char('\n')), qPrintable(found.out));
    QVERIFY2(found.out.contains(QLatin1String("1 of ")), qPrintable(found.out));
    const Run json = asStaff({ QStringLiteral("check"), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 3);
    const QJsonArray drifted = json.json().object().value(QStringLiteral("drifted")).toArray();
    QCOMPARE(drifted.size(), 1);
    QCOMPARE(drifted.first().toObject().value(QStringLiteral("itemId")).toInteger(), item.id);
    QCOMPARE(drifted.first().toObject().value(QStringLiteral("stock")).toInt(), 31);
    QCOMPARE(drifted.first().toObject().value(QStringLiteral("ledger")).toInt(), 30);
    QCOMPARE(drifted.first().toObject().value(QStringLiteral("difference")).toInt(), 1);

    // Never silently: no terminal and no --yes books nothing; staff may not repair.
    const qint64 movements = movementsOf(item.id);
    const QString before = TestCluster::instance().stateFingerprint(db);
    const Run unasked = asManager({ QStringLiteral("check"), QStringLiteral("--repair") });
    QCOMPARE(unasked.exitCode, 2);
    QVERIFY2(unasked.out.contains(expected)
                 && unasked.out.contains(QLatin1String("will book a correction of +1: the "
                                                       "ledger goes from 30 to 31")),
             qPrintable(unasked.out));
    QVERIFY2(unasked.err.contains(QLatin1String("Nothing was booked")), qPrintable(unasked.err));
    QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
    QCOMPARE(movementsOf(item.id), movements);
    const Run staff =
        asStaff({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--yes") });
    VERIFY_REFUSED(staff, 4, QStringLiteral("Only managers can repair the ledger."), before);
    QCOMPARE(movementsOf(item.id), movements);

    const Run repaired =
        asManager({ QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--yes") });
    QCOMPARE(repaired.exitCode, 0);
    QVERIFY2(repaired.out.contains(QStringLiteral("of +1 for item #%1 'Drifting mug'.").arg(item.id)),
             qPrintable(repaired.out));
    QCOMPARE(movementsOf(item.id), movements + 1);
    QCOMPARE(quantityOf(item.id), 30); // the stock is what it is; the ledger learnt how
    const Run clean = asStaff({ QStringLiteral("check") });
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.out.contains(QLatin1String("items are explained by the ledger.")), qPrintable(clean.out));
    const Run cleanRepair = asManager({ QStringLiteral("check"), QStringLiteral("--repair") });
    QCOMPARE(cleanRepair.exitCode, 0);
}

// On a terminal, check --repair asks: "n" books nothing, "y" books. script(1) gives the program a
// pseudo-terminal as its standard input and passes our answer through it.
void tst_CliStock::bulkBookingAsksOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed: no pseudo-terminal to answer on");
    const Item item = makeItem(QStringLiteral("Asked mug"), 12);
    QVERIFY(TestCluster::instance().ownerExec(
        db, QStringLiteral("UPDATE items SET quantity = quantity - 2 WHERE id = $1"), { item.id }));
    const auto quoted = [](const QString &argument) {
        return QLatin1Char('\'') + QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''"))
            + QLatin1Char('\'');
    };
    const QString command = QStringList { quoted(program()), QStringLiteral("--db"),
                                          quoted(TestCluster::uri(TestCluster::instance().manager(db))),
                                          QStringLiteral("check"), QStringLiteral("--repair") }
                                .join(QLatin1Char(' '));
    const auto answer = [&](const QByteArray &reply) {
        QProcess process;
        process.start(script, { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
        process.write(reply);
        process.closeWriteChannel();
        return inventory::test::finish(process);
    };
    const qint64 movements = movementsOf(item.id);
    const Run no = answer("n\n");
    QCOMPARE(no.exitCode, 2);
    QVERIFY2(no.out.contains(QLatin1String("will book a correction of -2: the ledger goes from 12 to 10"))
                 && no.out.contains(QLatin1String("Book 1 correction? [y/N]"))
                 && no.out.contains(QLatin1String("inventoryctl: Nothing was booked.")),
             qPrintable(no.out));
    QCOMPARE(movementsOf(item.id), movements);
    const Run yes = answer("y\n");
    QCOMPARE(yes.exitCode, 0);
    QVERIFY2(yes.out.contains(QStringLiteral("of -2 for item #%1 'Asked mug'.").arg(item.id)),
             qPrintable(yes.out));
    QCOMPARE(movementsOf(item.id), movements + 1);
    QCOMPARE(asStaff({ QStringLiteral("check") }).exitCode, 0);
}

void tst_CliStock::countOfACategory()
{
    const Item a = makeItem(QStringLiteral("Shelf bolt"), 4, QStringLiteral("Shelf 12"));
    const Item b = makeItem(QStringLiteral("Shelf nut"), 6, QStringLiteral("Shelf 12"));
    const Run opened = asManager({ QStringLiteral("count"), QStringLiteral("open"),
                                   QStringLiteral("--category"), QStringLiteral("Shelf 12") });
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.startsWith(QLatin1String("Opened Count #"))
                 && opened.out.contains(
                     QLatin1String(" of category 'Shelf 12': 2 items, expected quantities as of ")),
             qPrintable(opened.out));
    const QString count = opened.out.section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
    const Run shown = asStaff({ QStringLiteral("count"), QStringLiteral("show"), count });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QLatin1String("open, 0 of 2 counted.")), qPrintable(shown.out));
    QCOMPARE(asStaff({ QStringLiteral("count"), QStringLiteral("set"), count, id(a.id), QStringLiteral("4") })
                 .exitCode,
             0);
    QCOMPARE(asStaff({ QStringLiteral("count"), QStringLiteral("set"), count, id(b.id), QStringLiteral("7") })
                 .exitCode,
             0);
    const Run posted =
        asManager({ QStringLiteral("count"), QStringLiteral("post"), count, QStringLiteral("--yes") });
    QCOMPARE(posted.exitCode, 0);
    QVERIFY2(posted.out.contains(
                 QStringLiteral("Posted count #%1: 1 movement; 1 unit added, 0 removed.").arg(count)),
             qPrintable(posted.out));
    QCOMPARE(quantityOf(b.id), 7);
}

void tst_CliStock::helpOfTheNewCommands()
{
    const QList<std::pair<QStringList, QString>> usages {
        { { QStringLiteral("receive") }, QStringLiteral("Usage: inventoryctl receive [options] ITEM QTY") },
        { { QStringLiteral("adjust") }, QStringLiteral("Usage: inventoryctl adjust [options] ITEM") },
        { { QStringLiteral("edit-item") }, QStringLiteral("Usage: inventoryctl edit-item [options] ID") },
        { { QStringLiteral("count"), QStringLiteral("set") },
          QStringLiteral("Usage: inventoryctl count set [options] COUNT ITEM QTY") },
        { { QStringLiteral("count"), QStringLiteral("open") },
          QStringLiteral("Usage: inventoryctl count open [options]") },
        { { QStringLiteral("check") }, QStringLiteral("Usage: inventoryctl check [options]") },
    };
    for (const auto &[command, usage] : usages) {
        const Run run =
            inventory::test::runProgram(program(), command + QStringList { QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0), usage);
    }
    const Run count =
        inventory::test::runProgram(program(), { QStringLiteral("count"), QStringLiteral("--help") });
    QCOMPARE(count.exitCode, 0);
    for (const char *action : { "count open", "count set", "count show", "count post" })
        QVERIFY2(count.out.contains(QLatin1String(action)), action);
}

QTEST_GUILESS_MAIN(tst_CliStock)
#include "tst_cli_stock.moc"
