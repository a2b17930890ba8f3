// The bad-input table of docs/RELIABILITY.md, as a test: every input of every inventoryctl
// command against empty, zero, negative, 2^31, non-numeric, 10 KB, invalid UTF-8, SQL
// fragments, unknown ids and blocks that are expired / permanent / released. Each row runs the
// real program as a manager against a real server, checks the exit code and the one line on
// stderr, and that nothing in the database changed (a refusal changes nothing). The API the
// app's dialogs call is covered the same way by tst_operations::refusalsChangeNothing.
// Each row's actual message is printed, ready for the table.

#include "connection.h"
#include "operations.h"
#include "programrun.h"
#include "testcluster.h"

#include <QProcess>
#include <QTest>

using namespace inventory;
using namespace std::chrono_literals;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_badinput");
// Marks a byte that is not UTF-8 (0xFF) in an argument; QProcess can only pass valid text, so
// such rows go through /bin/sh and printf.
const QString badByte = QStringLiteral("<FF>");

using Run = inventory::test::ProgramRun;

QString program()
{
    return qEnvironmentVariable("INVENTORYCTL");
}

Run runCli(const QStringList &arguments)
{
    QProcess process;
    const QString uri = TestCluster::uri(TestCluster::instance().manager(db));
    if (std::none_of(arguments.cbegin(), arguments.cend(),
                     [](const QString &a) { return a.contains(badByte); })) {
        process.start(program(), QStringList { QStringLiteral("--db"), uri } + arguments);
    } else {
        // $0 the program, $1 the URI, then each argument as a positional parameter, except the
        // ones with the bad byte, which printf makes (they are plain ASCII otherwise).
        QString script = QStringLiteral("exec \"$0\" --db \"$1\"");
        QStringList positional { program(), uri };
        for (const QString &argument : arguments) {
            if (argument.contains(badByte)) {
                script += QStringLiteral(" \"$(printf '%1')\"")
                              .arg(QString(argument).replace(badByte, QStringLiteral("\\377")));
            } else {
                script += QStringLiteral(" \"${%1}\"").arg(positional.size() - 1);
                positional << argument;
            }
        }
        process.start(QStringLiteral("/bin/sh"), QStringList { QStringLiteral("-c"), script } + positional);
    }
    Run run = inventory::test::finish(process);
    run.err = run.err.trimmed();
    return run;
}
} // namespace

class tst_BadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cliRefusesCleanly_data();
    void cliRefusesCleanly();

private:
    QString expand(const QString &argument) const;
    QHash<QString, QString> m_placeholders;
    int m_tried = 0;
    int m_refused = 0;
};

void tst_BadInput::initTestCase()
{
    QVERIFY2(QFile::exists(program()), "INVENTORYCTL must name the built inventoryctl (CTest sets it)");
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    auto item = createItem({ QStringLiteral("Blue mug"), {}, 50, 1250, QStringLiteral("Kitchen") });
    QVERIFY(item);
    auto permanent = reserve(item->id, 1);
    QVERIFY(permanent && confirm(permanent->blockId));
    auto expired = reserve(item->id, 1);
    auto expired2 = reserve(item->id, 1);
    auto released = reserve(item->id, 1);
    auto temporary = reserve(item->id, 1, 29 * 24h, QStringLiteral("ORDER-1"));
    QVERIFY(expired && expired2 && released && temporary && release(released->blockId));
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral(
            "UPDATE block_inventory SET expires_at = now() - interval '1 minute' WHERE id IN ($1, $2)"),
        { expired->blockId, expired2->blockId }));
    // An item without expired reservations: a reservation refused for want of stock gives an
    // item's expired blocks back all the same (migration 7), which would change {ITEM}.
    auto plain = createItem({ QStringLiteral("Plain mug"), {}, 5, 900, QStringLiteral("Kitchen") });
    QVERIFY(plain);
    m_placeholders = {
        { QStringLiteral("{ITEM}"), QString::number(item->id) },
        { QStringLiteral("{PLAIN}"), QString::number(plain->id) },
        { QStringLiteral("{PERM}"), QString::number(permanent->blockId) },
        { QStringLiteral("{EXP}"), QString::number(expired->blockId) },
        { QStringLiteral("{EXP2}"), QString::number(expired2->blockId) },
        { QStringLiteral("{REL}"), QString::number(released->blockId) },
        { QStringLiteral("{TMP}"), QString::number(temporary->blockId) },
        { QStringLiteral("{10KB}"), QString(10240, QLatin1Char('x')) },
        { QStringLiteral("{10KBDIGITS}"), QString(10240, QLatin1Char('9')) },
    };
}

void tst_BadInput::cleanupTestCase()
{
    qInfo("BAD INPUT RESULT: %d bad inputs tried through inventoryctl, %d refused cleanly (exit code, one "
          "line, "
          "nothing changed), the rest accepted as plain values",
          m_tried, m_refused);
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

QString tst_BadInput::expand(const QString &argument) const
{
    QString result = argument;
    for (auto it = m_placeholders.cbegin(); it != m_placeholders.cend(); ++it)
        result.replace(it.key(), it.value());
    return result;
}

void tst_BadInput::cliRefusesCleanly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a part of the stderr line; for exit 0, of stdout
    auto row = [](const char *name, QStringList arguments, int exitCode, const char *message) {
        QTest::newRow(name) << arguments << exitCode << QString::fromUtf8(message);
    };
    const QString x = QStringLiteral("{10KB}");
    const QString bad = QStringLiteral("mug<FF>");
    using L = QStringList;

    // item ID
    row("item: empty", L { QStringLiteral("item"), QString() }, 2, "'' is not an id");
    row("item: zero", L { QStringLiteral("item"), QStringLiteral("0") }, 2, "'0' is not an id");
    row("item: negative", L { QStringLiteral("item"), QStringLiteral("-1") }, 2, "'-1' is negative");
    row("item: 2^31 (a valid id, unknown)", L { QStringLiteral("item"), QStringLiteral("2147483648") }, 3,
        "Item #2147483648 does not exist.");
    row("item: 2^63", L { QStringLiteral("item"), QStringLiteral("9223372036854775808") }, 2, "is not an id");
    // Text that is not a number is a SKU or barcode to look up (issue 10).
    row("item: non-numeric", L { QStringLiteral("item"), QStringLiteral("abc") }, 3,
        "No item has the SKU or barcode 'abc'.");
    row("item: 10 KB", L { QStringLiteral("item"), QStringLiteral("{10KBDIGITS}") }, 2, "is not an id");
    row("item: invalid UTF-8", L { QStringLiteral("item"), bad }, 2, "is not valid UTF-8");
    row("item: SQL is just a code", L { QStringLiteral("item"), QStringLiteral("1 OR 1=1") }, 3,
        "No item has the SKU or barcode '1 OR 1=1'.");
    row("item: a hash without a number", L { QStringLiteral("item"), QStringLiteral("#abc") }, 2,
        "'#abc' is not an id");
    row("item: unknown", L { QStringLiteral("item"), QStringLiteral("987654321") }, 3,
        "Item #987654321 does not exist.");

    // create-item --name --price --quantity --category --description
    auto create = [](L extra) {
        return L { QStringLiteral("create-item") } + extra;
    };
    const L ok { QStringLiteral("--price"), QStringLiteral("1.50") };
    row("create: no name", create(ok), 2, "needs --name");
    row("create: empty name", create(L { QStringLiteral("--name"), QString() } + ok), 2, "name");
    row("create: blank name", create(L { QStringLiteral("--name"), QStringLiteral("   ") } + ok), 2, "name");
    row("create: 10 KB name", create(L { QStringLiteral("--name"), x } + ok), 2, "10240 characters long");
    row("create: invalid UTF-8 name", create(L { QStringLiteral("--name"), bad } + ok), 2,
        "is not valid UTF-8");
    row("create: SQL name is just a name",
        create(L { QStringLiteral("--name"), QStringLiteral("Robert'); DROP TABLE items;--") } + ok), 0,
        "Created item #");
    row("create: no price", create(L { QStringLiteral("--name"), QStringLiteral("Mug") }), 2,
        "needs --price");
    row("create: empty price",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price"), QString() }),
        2, "'' is not a price");
    row("create: negative price",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price=-1") }), 2,
        "is not a price");
    row("create: price 2^31",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price"),
                   QStringLiteral("2147483648") }),
        2, "is not a price");
    row("create: price non-numeric",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price"),
                   QStringLiteral("abc") }),
        2, "'abc' is not a price");
    row("create: price three decimals",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price"),
                   QStringLiteral("1.005") }),
        2, "'1.005' is not a price");
    row("create: price SQL",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--price"),
                   QStringLiteral("1; DROP TABLE items") }),
        2, "is not a price");
    row("create: empty quantity",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--quantity"), QString() }
               + ok),
        2, "is not a whole number");
    row("create: negative quantity",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--quantity=-1") } + ok),
        2, "-1 is below the minimum of 0");
    row("create: quantity 2^31",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--quantity"),
                   QStringLiteral("2147483648") }
               + ok),
        2, "2147483648 is above the maximum of 2147483647");
    row("create: quantity non-numeric",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--quantity"),
                   QStringLiteral("lots") }
               + ok),
        2, "'lots' is not a whole number");
    row("create: quantity 10 KB",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--quantity"),
                   QStringLiteral("{10KBDIGITS}") }
               + ok),
        2, "is not a whole number");
    row("create: 10 KB category",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--category"), x } + ok),
        2, "10240 characters long");
    row("create: invalid UTF-8 category",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--category"), bad } + ok),
        2, "is not valid UTF-8");
    row("create: 10 KB description",
        create(L { QStringLiteral("--name"), QStringLiteral("Mug"), QStringLiteral("--description"), x }
               + ok),
        2, "10240 characters long");

    // search PREFIX [--limit]
    row("search: empty", L { QStringLiteral("search"), QString() }, 0, "");
    row("search: 10 KB", L { QStringLiteral("search"), x }, 2, "10240 characters long");
    row("search: invalid UTF-8", L { QStringLiteral("search"), bad }, 2, "is not valid UTF-8");
    row("search: SQL is just text", L { QStringLiteral("search"), QStringLiteral("%' OR '1'='1") }, 0, "");
    row("search: zero limit",
        L { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("0") },
        2, "limit");
    row("search: limit 2^31",
        L { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"),
            QStringLiteral("2147483648") },
        2, "limit");
    row("search: limit non-numeric",
        L { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("abc") },
        2, "not a whole number");

    // top CATEGORY
    row("top: empty", L { QStringLiteral("top"), QString() }, 2, "category");
    row("top: 10 KB", L { QStringLiteral("top"), x }, 2, "10240 characters long");
    row("top: invalid UTF-8", L { QStringLiteral("top"), bad }, 2, "is not valid UTF-8");
    row("top: SQL is just a category (an unknown one)",
        L { QStringLiteral("top"), QStringLiteral("Kitchen' OR '1'='1") }, 3,
        "No category 'Kitchen' OR '1'='1'");

    // reserve ITEM QTY [--ttl] [--ref]
    auto reserveArgs = [](QString item, QString quantity, L extra = {}) {
        return L { QStringLiteral("reserve"), item, quantity } + extra;
    };
    row("reserve: empty item", reserveArgs(QString(), QStringLiteral("1")), 2, "'' is not an id");
    row("reserve: zero item", reserveArgs(QStringLiteral("0"), QStringLiteral("1")), 2, "'0' is not an id");
    row("reserve: non-numeric item", reserveArgs(QStringLiteral("abc"), QStringLiteral("1")), 3,
        "No item has the SKU or barcode 'abc'.");
    row("reserve: unknown item", reserveArgs(QStringLiteral("987654321"), QStringLiteral("1")), 3,
        "Item #987654321 does not exist.");
    row("reserve: empty quantity", reserveArgs(QStringLiteral("{ITEM}"), QString()), 2,
        "is not a whole number");
    row("reserve: zero quantity", reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("0")), 2,
        "0 is below the minimum of 1");
    row("reserve: negative quantity", reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("-1")), 2,
        "'-1' is negative");
    row("reserve: quantity 2^31", reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("2147483648")), 2,
        "2147483648 is above the maximum of 2147483647");
    row("reserve: quantity non-numeric", reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("lots")), 2,
        "'lots' is not a whole number");
    row("reserve: quantity 10 KB", reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("{10KBDIGITS}")), 2,
        "is not a whole number");
    row("reserve: more than in stock", reserveArgs(QStringLiteral("{PLAIN}"), QStringLiteral("2147483647")),
        3, "are available; 2147483647 were requested.");
    row("reserve: empty ttl",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"), L { QStringLiteral("--ttl"), QString() }),
        2, "is not a duration");
    row("reserve: zero ttl",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ttl"), QStringLiteral("0s") }),
        2, "longer than zero");
    row("reserve: negative ttl",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"), L { QStringLiteral("--ttl=-5m") }), 2,
        "is not a duration");
    row("reserve: ttl without unit",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ttl"), QStringLiteral("90") }),
        2, "'90' is not a duration");
    row("reserve: ttl 31 days",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ttl"), QStringLiteral("31d") }),
        2, "maximum of 30d");
    row("reserve: ttl 2^31 s",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ttl"), QStringLiteral("2147483648s") }),
        2, "is not a duration");
    row("reserve: ttl non-numeric",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ttl"), QStringLiteral("soon") }),
        2, "'soon' is not a duration");
    row("reserve: 10 KB reference",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"), L { QStringLiteral("--ref"), x }), 2,
        "10240 characters long");
    row("reserve: invalid UTF-8 reference",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"), L { QStringLiteral("--ref"), bad }), 2,
        "is not valid UTF-8");
    row("reserve: reused reference, other quantity",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("2"),
                    L { QStringLiteral("--ref"), QStringLiteral("ORDER-1") }),
        2, "was already used for reservation");
    row("reserve: SQL reference is just text",
        reserveArgs(QStringLiteral("{ITEM}"), QStringLiteral("1"),
                    L { QStringLiteral("--ref"), QStringLiteral("x'); DELETE FROM items;--") }),
        0, "");

    // confirm / release / extend BLOCK
    for (const char *command : { "confirm", "release", "extend" }) {
        const QString c = QLatin1String(command);
        const L ttl =
            c == QLatin1String("extend") ? L { QStringLiteral("--ttl"), QStringLiteral("1h") } : L {};
        auto name = [&](const char *what) {
            return QStringLiteral("%1: %2").arg(c, QLatin1String(what)).toUtf8();
        };
        QTest::newRow(name("empty").constData())
            << (L { c, QString() } + ttl) << 2 << QStringLiteral("'' is not an id");
        QTest::newRow(name("zero").constData())
            << (L { c, QStringLiteral("0") } + ttl) << 2 << QStringLiteral("'0' is not an id");
        QTest::newRow(name("negative").constData())
            << (L { c, QStringLiteral("-4") } + ttl) << 2 << QStringLiteral("'-4' is negative");
        QTest::newRow(name("2^63").constData())
            << (L { c, QStringLiteral("9223372036854775808") } + ttl) << 2 << QStringLiteral("is not an id");
        QTest::newRow(name("non-numeric").constData())
            << (L { c, QStringLiteral("abc") } + ttl) << 2 << QStringLiteral("'abc' is not an id");
        QTest::newRow(name("SQL").constData())
            << (L { c, QStringLiteral("1;DROP TABLE items") } + ttl) << 2 << QStringLiteral("is not an id");
        QTest::newRow(name("unknown").constData())
            << (L { c, QStringLiteral("987654321") } + ttl) << 3
            << QStringLiteral("Reservation #987654321 does not exist.");
        QTest::newRow(name("released block").constData())
            << (L { c, QStringLiteral("{REL}") } + ttl) << 3 << QStringLiteral("does not exist.");
    }
    row("confirm: permanent block", L { QStringLiteral("confirm"), QStringLiteral("{PERM}") }, 3,
        "is already permanent");
    row("confirm: expired block", L { QStringLiteral("confirm"), QStringLiteral("{EXP}") }, 3,
        "and can no longer be confirmed");
    row("release: permanent block", L { QStringLiteral("release"), QStringLiteral("{PERM}") }, 3,
        "is permanent (its order is complete) and cannot be released");
    row("extend: permanent block",
        L { QStringLiteral("extend"), QStringLiteral("{PERM}"), QStringLiteral("--ttl"),
            QStringLiteral("1h") },
        3, "no expiry");
    row("extend: expired block",
        L { QStringLiteral("extend"), QStringLiteral("{EXP}"), QStringLiteral("--ttl"),
            QStringLiteral("1h") },
        3, "can no longer be extended");
    row("extend: no ttl", L { QStringLiteral("extend"), QStringLiteral("{TMP}") }, 2, "needs --ttl");
    row("extend: zero ttl",
        L { QStringLiteral("extend"), QStringLiteral("{TMP}"), QStringLiteral("--ttl"),
            QStringLiteral("0m") },
        2, "longer than zero");
    row("extend: ttl 31 days",
        L { QStringLiteral("extend"), QStringLiteral("{TMP}"), QStringLiteral("--ttl"),
            QStringLiteral("31d") },
        2, "maximum of 30d");
    row("extend: beyond 30 days from now",
        L { QStringLiteral("extend"), QStringLiteral("{TMP}"), QStringLiteral("--ttl"),
            QStringLiteral("2d") },
        2, "more than 30d from now");
    // Allowed on purpose: an expired block not yet cleaned up can still be released (its units
    // go back either way). Last, because it changes the block.
    row("release: expired block (allowed)", L { QStringLiteral("release"), QStringLiteral("{EXP2}") }, 0, "");

    // blocks [--item] [--state] [--limit]
    row("blocks: zero item", L { QStringLiteral("blocks"), QStringLiteral("--item"), QStringLiteral("0") }, 2,
        "'0' is not an id");
    row("blocks: non-numeric item",
        L { QStringLiteral("blocks"), QStringLiteral("--item"), QStringLiteral("abc") }, 2,
        "'abc' is not an id");
    row("blocks: unknown item (empty list)",
        L { QStringLiteral("blocks"), QStringLiteral("--item"), QStringLiteral("987654321") }, 0, "");
    row("blocks: unknown state",
        L { QStringLiteral("blocks"), QStringLiteral("--state"), QStringLiteral("gone") }, 2,
        "'gone' is not a state");
    row("blocks: empty state", L { QStringLiteral("blocks"), QStringLiteral("--state"), QString() }, 2,
        "is not a state");
    row("blocks: zero limit", L { QStringLiteral("blocks"), QStringLiteral("--limit"), QStringLiteral("0") },
        2, "limit");

    // cleanup [--batch-size]
    row("cleanup: zero batch",
        L { QStringLiteral("cleanup"), QStringLiteral("--batch-size"), QStringLiteral("0") }, 2, "batch");
    row("cleanup: batch 2^31",
        L { QStringLiteral("cleanup"), QStringLiteral("--batch-size"), QStringLiteral("2147483648") }, 2,
        "batch");
    row("cleanup: batch non-numeric",
        L { QStringLiteral("cleanup"), QStringLiteral("--batch-size"), QStringLiteral("abc") }, 2,
        "not a whole number");

    // seed --items --categories (refused before anything is sent)
    row("seed: negative items", L { QStringLiteral("seed"), QStringLiteral("--items=-1") }, 2, "-1");
    row("seed: items 2^31",
        L { QStringLiteral("seed"), QStringLiteral("--items"), QStringLiteral("2147483648") }, 2,
        "2147483648");
    row("seed: items non-numeric",
        L { QStringLiteral("seed"), QStringLiteral("--items"), QStringLiteral("many") }, 2,
        "'many' is not a whole number");
    row("seed: zero categories",
        L { QStringLiteral("seed"), QStringLiteral("--items"), QStringLiteral("1"),
            QStringLiteral("--categories"), QStringLiteral("0") },
        2, "0");

    // Usage
    row("unknown command", L { QStringLiteral("frobnicate") }, 2, "'frobnicate' is not a command");
    row("unknown option", L { QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("--colour") }, 2,
        "Unknown option 'colour'");
    row("too many arguments", L { QStringLiteral("item"), QStringLiteral("1"), QStringLiteral("2") }, 2,
        "takes 1 argument");
}

void tst_BadInput::cliRefusesCleanly()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList expanded;
    for (const QString &argument : std::as_const(arguments))
        expanded << expand(argument);
    const QString before = TestCluster::instance().stateFingerprint(db);
    QVERIFY(!before.isEmpty());
    const Run run = runCli(expanded);
    const QString line = (run.exitCode == 0 ? run.out : run.err).section(QLatin1Char('\n'), 0, 0).trimmed();
    QString shown = line;
    if (shown.size() > 160)
        shown = shown.left(120) + QStringLiteral(" … (%1 characters)").arg(line.size());
    qInfo().noquote() << QStringLiteral("| %1 | %2 | %3 |")
                             .arg(QLatin1String(QTest::currentDataTag()))
                             .arg(run.exitCode)
                             .arg(shown);
    ++m_tried;
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(line.contains(message), qPrintable(line));
    if (exitCode != 0) {
        // One line, named as the tool (a usage error adds where to find help), and nothing changed.
        const QString rest = run.err.section(QLatin1Char('\n'), 1);
        QVERIFY2(rest.isEmpty()
                     || (exitCode == 2 && rest.startsWith(QLatin1String("Try 'inventoryctl"))
                         && !rest.contains(QLatin1Char('\n'))),
                 qPrintable(run.err));
        QVERIFY2(line.startsWith(QLatin1String("inventoryctl: ")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(TestCluster::instance().stateFingerprint(db), before);
        ++m_refused;
    }
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
