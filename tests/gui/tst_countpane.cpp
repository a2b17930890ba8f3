// A stock count in the count pane, on a real server: a simulated scanner (key clicks of a
// barcode, then Enter) adds one unit per scan and leaves the focus in the scan field; an unknown
// code is said plainly and changes nothing; typed figures are checked, not clamped; posting
// lists what it books and books it. The count model runs under QAbstractItemModelTester.

#include "asyncrunner.h"
#include "connection.h"
#include "countmodel.h"
#include "countpane.h"
#include "newcountdialog.h"
#include "operations.h"
#include "stock.h"
#include "stocktest.h"
#include "tableview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace inventory;
using namespace inventory::test;

namespace {
const QString db = QStringLiteral("tst_countpane");

std::optional<int> countedOf(qint64 countId, qint64 itemId)
{
    auto lines = countLines(countId);
    if (!lines)
        return std::nullopt;
    for (const CountLine &line : *lines) {
        if (line.itemId == itemId)
            return line.counted;
    }
    return std::nullopt;
}
} // namespace

class tst_CountPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void managerOpensCountFromDialog();
    void scannerAddsOnePerScan();
    void unknownCodeChangesNothing();
    void typedFigureIsCheckedNotClamped();
    void postListsAndBooksDifferences();
    void staffCountsButCannotPost();

private:
    /// Opens the pane on count `countId` as `settings`' role, shown and focused.
    std::unique_ptr<CountPane> openPane(Session &session, const ConnectionSettings &settings, qint64 countId);

    qint64 m_vase = 0;
    qint64 m_bowl = 0;
    qint64 m_jug = 0;
    QString m_vaseCode;
    qint64 m_count = 0;
};

void tst_CountPane::initTestCase()
{
    installTranslations(); // the English plural forms
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    m_vaseCode = ean13(QStringLiteral("590123412345"));
    NewItem vase { QStringLiteral("Blue vase"), {}, 3, 1990, QStringLiteral("Shelf A") };
    vase.barcode = m_vaseCode;
    vase.sku = QStringLiteral("VASE-BL");
    NewItem bowl { QStringLiteral("Fruit bowl"), {}, 5, 1490, QStringLiteral("Shelf A") };
    bowl.sku = QStringLiteral("BOWL-01");
    NewItem jug { QStringLiteral("Jug"), {}, 2, 990, QStringLiteral("Shelf A") };
    auto v = createItem(vase);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    auto b = createItem(bowl);
    auto j = createItem(jug);
    QVERIFY(b && j);
    m_vase = v->id;
    m_bowl = b->id;
    m_jug = j->id;
}

void tst_CountPane::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_CountPane::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

std::unique_ptr<CountPane> tst_CountPane::openPane(Session &session, const ConnectionSettings &settings,
                                                   qint64 countId)
{
    if (!connectSession(session, settings))
        return nullptr;
    auto pane = std::make_unique<CountPane>(&session, nullptr);
    pane->resize(800, 400);
    pane->show();
    pane->activateWindow();
    if (!QTest::qWaitForWindowActive(pane.get()))
        qWarning() << "the pane did not become active";
    pane->reloadCounts(countId);
    const bool loaded = QTest::qWaitFor(
        [&] { return pane->currentCount() == countId && pane->model()->rowCount() == 3 && !pane->model()->isLoading(); },
        stockTimeout);
    if (!loaded)
        return nullptr;
    pane->scanField()->setFocus();
    return pane;
}

void tst_CountPane::managerOpensCountFromDialog()
{
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    auto categories = inventory::categories();
    QVERIFY(categories);
    QWidget parent;
    NewCountDialog dialog(*categories, QStringLiteral("Shelf A"), &parent);
    QSignalSpy opened(&dialog, &NewCountDialog::opened);
    dialog.show();
    QCOMPARE(dialog.category(), QStringLiteral("Shelf A"));
    QVERIFY(dialog.summary().startsWith(QStringLiteral("Open a count of the 3 items in Shelf A")));
    dialog.submit();
    QVERIFY(acceptConfirmation().startsWith(QStringLiteral("Open a count of the 3 items in Shelf A")));
    QVERIFY(opened.wait(stockTimeout));
    const auto count = opened.first().first().value<StockCount>();
    QCOMPARE(count.category, QStringLiteral("Shelf A"));
    QCOMPARE(count.lines, 3);
    m_count = count.id;
}

void tst_CountPane::scannerAddsOnePerScan()
{
    QVERIFY(m_count);
    Session session;
    auto pane = openPane(session, TestCluster::instance().staff(db), m_count);
    QVERIFY(pane);
    QAbstractItemModelTester tester(pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QLineEdit *scan = pane->scanField();
    QVERIFY(scan->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), scan);

    // A USB scanner is a keyboard: the digits, then Enter.
    for (int expected = 1; expected <= 3; ++expected) {
        QTest::keyClicks(scan, m_vaseCode);
        QTest::keyClick(scan, Qt::Key_Return);
        QCOMPARE(scan->text(), QString()); // ready for the next scan
        QTRY_COMPARE_WITH_TIMEOUT(countedOf(m_count, m_vase), std::optional<int>(expected), stockTimeout);
        QCOMPARE(QApplication::focusWidget(), scan);
    }
    const int row = pane->model()->rowOf(m_vase);
    QTRY_COMPARE_WITH_TIMEOUT(pane->model()->line(row).counted, std::optional<int>(3), stockTimeout);
    QCOMPARE(pane->view()->currentSourceRow(), row); // the scanned line is the current one
    QVERIFY2(pane->messageText().contains(QStringLiteral("Blue vase")), qPrintable(pane->messageText()));

    // A SKU works too, whatever its case.
    QTest::keyClicks(scan, QStringLiteral("bowl-01"));
    QTest::keyClick(scan, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(countedOf(m_count, m_bowl), std::optional<int>(1), stockTimeout);
    QCOMPARE(QApplication::focusWidget(), scan);
}

void tst_CountPane::unknownCodeChangesNothing()
{
    QVERIFY(m_count);
    Session session;
    auto pane = openPane(session, TestCluster::instance().staff(db), m_count);
    QVERIFY(pane);
    const auto before = countLines(m_count);
    QVERIFY(before);
    const QString unknown = ean13(QStringLiteral("000000000017"));
    QLineEdit *scan = pane->scanField();
    QTest::keyClicks(scan, unknown);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(pane->messageText(),
             QStringLiteral("No item in this count has the barcode or SKU '%1'. Nothing was counted.").arg(unknown));
    QCOMPARE(QApplication::focusWidget(), scan);
    QCOMPARE(scan->text(), QString());
    QTest::qWait(300);
    const auto after = countLines(m_count);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    for (int i = 0; i < after->size(); ++i)
        QCOMPARE(after->at(i).counted, before->at(i).counted);
}

void tst_CountPane::typedFigureIsCheckedNotClamped()
{
    QVERIFY(m_count);
    Session session;
    auto pane = openPane(session, TestCluster::instance().staff(db), m_count);
    QVERIFY(pane);
    CountModel *model = pane->model();
    QSignalSpy failed(model, &CountModel::failed);
    const int row = model->rowOf(m_jug);
    const QModelIndex cell = model->index(row, CountModel::CountedColumn);
    QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
    QVERIFY(!model->setData(cell, QStringLiteral("two")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(pane->messageText().contains(QStringLiteral("'two' is not a number")));
    QVERIFY(!model->setData(cell, QStringLiteral("-1")));
    QVERIFY(!countedOf(m_count, m_jug).has_value());
    QVERIFY(model->setData(cell, QStringLiteral("1")));
    QTRY_COMPARE_WITH_TIMEOUT(countedOf(m_count, m_jug), std::optional<int>(1), stockTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, CountModel::DifferenceColumn).data().toString(),
                              QStringLiteral("−1"), stockTimeout);
}

void tst_CountPane::postListsAndBooksDifferences()
{
    QVERIFY(m_count);
    // Counted so far: vase 3 of 3, bowl 1 of 5, jug 1 of 2. A reservation meanwhile moves units
    // between the bowl and its block, not out of the warehouse: the correction must keep it.
    QVERIFY(reserve(m_bowl, 1));
    Session session;
    auto pane = openPane(session, TestCluster::instance().manager(db), m_count);
    QVERIFY(pane);
    QVERIFY(pane->postButton()->isEnabled());
    QVERIFY2(pane->summaryText().startsWith(QStringLiteral("3 of 3 counted; 2 differ")), qPrintable(pane->summaryText()));
    QSignalSpy posted(pane.get(), &CountPane::posted);
    pane->post();
    const QString question = acceptConfirmation();
    QVERIFY2(question.contains(QStringLiteral("books 2 count movements")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("#%1 'Fruit bowl': expected 5, counted 1 → −4").arg(m_bowl)));
    QVERIFY(question.contains(QStringLiteral("#%1 'Jug': expected 2, counted 1 → −1").arg(m_jug)));
    QVERIFY(!question.contains(QStringLiteral("Blue vase")));
    QVERIFY(posted.wait(stockTimeout));
    const auto posting = posted.first().first().value<CountPosting>();
    QCOMPARE(posting.movements, 2);
    QCOMPARE(posting.unitsRemoved, 5);
    QCOMPARE(quantityOf(db, m_vase), 3);
    QCOMPARE(quantityOf(db, m_jug), 1);
    // 1 bowl on the shelf, and it is the reserved one: 5 − 1 reserved − 4 counted missing = 0 free.
    QCOMPARE(quantityOf(db, m_bowl), 0);
    QTRY_COMPARE_WITH_TIMEOUT(pane->currentCount(), qint64(0), stockTimeout); // no longer open
}

void tst_CountPane::staffCountsButCannotPost()
{
    setConnectionSettings(TestCluster::instance().manager(db));
    auto count = openCount(QStringLiteral("Shelf A"));
    QVERIFY2(count, count ? "" : qPrintable(count.error().message));
    Session session;
    auto pane = openPane(session, TestCluster::instance().staff(db), count->id);
    QVERIFY(pane);
    QVERIFY(pane->scanField()->isEnabled());
    QTest::keyClicks(pane->scanField(), QStringLiteral("BOWL-01"));
    QTest::keyClick(pane->scanField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(countedOf(count->id, m_bowl), std::optional<int>(1), stockTimeout);
    QTRY_VERIFY(!pane->postButton()->isEnabled());
    QVERIFY2(pane->postButton()->toolTip().startsWith(QStringLiteral("Only managers")),
             qPrintable(pane->postButton()->toolTip()));
}

QTEST_MAIN(tst_CountPane)
#include "tst_countpane.moc"
