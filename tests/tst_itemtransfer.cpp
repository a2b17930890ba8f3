// CSV import and export: the reader against RFC 4180's corners, the per-line report, both import
// modes, the roles, and an export of 100,000 items imported into an empty database giving the
// same items back exactly.

// Test data reads better as plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "connection.h"
#include "csv.h"
#include "itemtransfer.h"
#include "operations.h"
#include "testcluster.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_itemtransfer");
const QString copy = QStringLiteral("tst_itemtransfer_copy");

QList<csv::Record> readAll(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(&buffer);
    QList<csv::Record> records;
    while (auto r = reader.next())
        records << *r;
    return records;
}

Result<ImportPlan> plan(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return planImport(&buffer);
}

QString fingerprint(const QString &database)
{
    auto row = TestCluster::instance().ownerQueryRow(
        database, QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(name || '|' || coalesce(description, '') "
                                 "|| '|' || quantity || '|' || price || '|' || coalesce(category, ''), ',' "
                                 "ORDER BY name, quantity, price, description)), '') FROM items"));
    return row ? row->first().toString() : QString();
}
} // namespace

class tst_ItemTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reader_data();
    void reader();
    void writerRoundTrips();
    void headerIsChecked_data();
    void headerIsChecked();
    void linesAreReportedByNumber();
    void allOrNothingChangesNothing();
    void validRowsImportsTheRest();
    void importNeedsStaff();
    void exportThenImportGivesTheSameItems();
};

void tst_ItemTransfer::initTestCase()
{
    for (const QString &name : {db, copy}) {
        auto created = TestCluster::instance().createDatabase(name);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    }
    setConnectionSettings(TestCluster::instance().staff(db));
}

void tst_ItemTransfer::cleanupTestCase()
{
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ItemTransfer::reader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<int>("problemAt"); // index of the record with a problem, -1 for none
    using R = QList<QStringList>;
    QTest::newRow("plain, LF") << QByteArray("a,b\n1,2\n") << R{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2} << -1;
    QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2") << R{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2} << -1;
    QTest::newRow("quoted comma") << QByteArray("\"x, y\",z\n") << R{{"x, y", "z"}} << QList<int>{1} << -1;
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",z\n") << R{{"say \"hi\"", "z"}} << QList<int>{1} << -1;
    QTest::newRow("embedded newlines")
        << QByteArray("\"one\ntwo\",x\r\n\"three\r\nfour\",y\r\nlast,z\r\n")
        << R{{"one\ntwo", "x"}, {"three\r\nfour", "y"}, {"last", "z"}} << QList<int>{1, 3, 5} << -1;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFname,price\n") << R{{"name", "price"}} << QList<int>{1} << -1;
    QTest::newRow("empty fields") << QByteArray(",,\n") << R{{"", "", ""}} << QList<int>{1} << -1;
    QTest::newRow("UTF-8") << QByteArray("Tasse \xC3\xA0 caf\xC3\xA9,\xF0\x9F\x8D\xB5\n")
                           << R{{QStringLiteral("Tasse \u00e0 caf\u00e9"), QStringLiteral("\U0001F375")}} << QList<int>{1}
                           << -1;
    QTest::newRow("unclosed quote") << QByteArray("a,\"open\n") << R{{"a", "open\n"}} << QList<int>{1} << 0;
    QTest::newRow("text after quote") << QByteArray("\"a\"b,c\n") << R{{"ab", "c"}} << QList<int>{1} << 0;
    QTest::newRow("stray quote") << QByteArray("a\"b,c\n") << R{{"a\"b", "c"}} << QList<int>{1} << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("ok,fine\nbad\xFF,x\n") << R{{"ok", "fine"}, {QStringLiteral("bad\uFFFD"), "x"}}
                                   << QList<int>{1, 2} << 1;
}

void tst_ItemTransfer::reader()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    QFETCH(int, problemAt);
    const auto read = readAll(text);
    QCOMPARE(read.size(), records.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read[i].fields, records[i]);
        QCOMPARE(read[i].line, lines[i]);
        QCOMPARE(!read[i].problem.isEmpty(), i == problemAt);
    }
}

void tst_ItemTransfer::writerRoundTrips()
{
    const QStringList awkward{QStringLiteral("plain"), QStringLiteral("a, b"), QStringLiteral("say \"hi\""),
                              QStringLiteral("two\nlines"), QStringLiteral(" padded "), QString(),
                              QStringLiteral("Tasse \u00e0 caf\u00e9 \U0001F375"), QStringLiteral("x\r\ny")};
    const auto read = readAll(csv::record(awkward) + csv::record({QStringLiteral("end")}));
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].fields, awkward);
    QVERIFY(read[0].problem.isEmpty());
}

void tst_ItemTransfer::headerIsChecked_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("no price") << QByteArray("name,quantity\nx,1\n") << "no 'price' column";
    QTest::newRow("unknown column") << QByteArray("name,price,colour\nx,1,red\n") << "unknown column 'colour'";
    QTest::newRow("twice") << QByteArray("name,price,Name\nx,1,y\n") << "appears twice";
}

void tst_ItemTransfer::headerIsChecked()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto result = plan(text);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
}

void tst_ItemTransfer::linesAreReportedByNumber()
{
    const QByteArray text = "Price,NAME,quantity,category,description\n"
                            "1.50,Good mug,3,Kitchen,\"A mug,\nwith a note\"\n" // lines 2-3
                            "abc,Bad price,1,Kitchen,\n"                         // line 4
                            "2,Bad quantity,lots,Kitchen,\n"                     // line 5
                            "2,,1,Kitchen,\n"                                    // line 6: no name
                            "2,Too few fields\n"                                 // line 7
                            "\n"                                                 // blank: skipped
                            "3,Negative,-1,Kitchen,\n"                           // line 9
                            "4,Fine again,2147483647,,\n";                       // line 10
    const auto result = plan(text);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->valid, 2);
    QCOMPARE(result->invalid, 5);
    QStringList problems;
    for (const ImportLine &line : result->lines) {
        if (line.problem)
            problems << line.problem->message;
    }
    QCOMPARE(problems.size(), 5);
    QVERIFY2(problems[0].startsWith(QLatin1String("Line 4: the price 'abc'")), qPrintable(problems[0]));
    QVERIFY2(problems[1].startsWith(QLatin1String("Line 5: the quantity 'lots'")), qPrintable(problems[1]));
    QVERIFY2(problems[2].startsWith(QLatin1String("Line 6:")) && problems[2].contains(QLatin1String("empty")),
             qPrintable(problems[2]));
    QVERIFY2(problems[3].startsWith(QLatin1String("Line 7: 2 fields; the header has 5")), qPrintable(problems[3]));
    QVERIFY2(problems[4].startsWith(QLatin1String("Line 9:")) && problems[4].contains(QLatin1String("-1")),
             qPrintable(problems[4]));
    QCOMPARE(result->lines.first().item.description, QStringLiteral("A mug,\nwith a note"));
}

void tst_ItemTransfer::allOrNothingChangesNothing()
{
    const auto result = plan("name,price\nFine,1\nBroken,one\n");
    QVERIFY(result);
    const QString before = fingerprint(db);
    const auto imported = importItems(*result, ImportMode::AllOrNothing);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(imported.error().message.contains(QLatin1String("1 of 2 lines are invalid")), qPrintable(imported.error().message));
    QCOMPARE(fingerprint(db), before);
}

void tst_ItemTransfer::validRowsImportsTheRest()
{
    const auto result = plan("name,price,quantity,category\nKept one,1,5,Import\nBroken,one,1,Import\nKept two,2.5,0,Import\n");
    QVERIFY(result);
    qint64 lastProgress = 0;
    const auto imported = importItems(*result, ImportMode::ValidRows, [&](qint64 done) { lastProgress = done; }, 1);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->imported, 2);
    QCOMPARE(imported->skipped, 1);
    QCOMPARE(lastProgress, 2);
    auto top = topItems(QStringLiteral("Import"));
    QVERIFY(top);
    QCOMPARE(top->items.size(), 2);
    QCOMPARE(top->items[0].name, QStringLiteral("Kept one"));
    QCOMPARE(top->items[1].price, 250);
}

void tst_ItemTransfer::importNeedsStaff()
{
    const auto result = plan("name,price\nNot allowed,1\n");
    QVERIFY(result);
    const QString before = fingerprint(db);
    const ScopedConnectionSettings asNobody(TestCluster::instance().nobody(db));
    const auto imported = importItems(*result, ImportMode::AllOrNothing);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::PermissionDenied);
    QCOMPARE(imported.error().message, QStringLiteral("Only members of inventory_staff can import items."));
    QCOMPARE(fingerprint(db), before);
}

void tst_ItemTransfer::exportThenImportGivesTheSameItems()
{
    QVERIFY(TestCluster::instance().ownerExec(db, QStringLiteral("SELECT inventory.seed_items(100000, 40)")));
    // Awkward text must survive the trip too.
    QVERIFY(createItem({QStringLiteral("Quote \" comma , end"), QStringLiteral("\"Café\"\r\nsecond line"), 7,
                        1234, QStringLiteral("Odd, category")}));
    QBuffer file;
    file.open(QIODevice::ReadWrite);
    QElapsedTimer timer;
    timer.start();
    const auto exported = exportItems(&file);
    QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    const qint64 exportMs = timer.restart();
    file.seek(0);
    const auto planned = planImport(&file);
    QVERIFY(planned);
    QCOMPARE(planned->invalid, 0);
    QCOMPARE(planned->valid, *exported);
    {
        const ScopedConnectionSettings intoCopy(TestCluster::instance().staff(copy));
        const auto imported = importItems(*planned, ImportMode::AllOrNothing);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->imported, *exported);
    }
    qInfo("exported %lld items in %lld ms, imported them in %lld ms", qlonglong(*exported), qlonglong(exportMs),
          qlonglong(timer.elapsed()));
    QCOMPARE(fingerprint(copy), fingerprint(db));
}

QTEST_GUILESS_MAIN(tst_ItemTransfer)
#include "tst_itemtransfer.moc"
