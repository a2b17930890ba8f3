// Exports from the window on a real database: the current view (a category's top items, search
// results) written exactly as shown, in the order shown; a whole category and every item
// streamed to a file with the count reported; a file that cannot be written reported, and no
// half file left.

#include "asyncrunner.h"
#include "categoriesmodel.h"
#include "connection.h"
#include "csv.h"
#include "exportdialog.h"
#include "itemsmodel.h"
#include "mainwindow.h"
#include "money.h"
#include "operations.h"
#include "session.h"
#include "tableview.h"
#include "testcluster.h"
#include "translations.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace inventory;
using inventory::test::TestCluster;

namespace {
const QString db = QStringLiteral("tst_exportview");
constexpr int timeout = 15000;
const QStringList header = { QStringLiteral("id"),          QStringLiteral("name"),
                             QStringLiteral("description"), QStringLiteral("quantity"),
                             QStringLiteral("price"),       QStringLiteral("category") };

// Every record of a CSV file, header included; empty if it cannot be read cleanly.
QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    csv::Reader reader(&file);
    QList<QStringList> records;
    while (auto record = reader.next()) {
        if (!record->problem.isEmpty())
            return {};
        records << record->fields;
    }
    return reader.error().isEmpty() ? records : QList<QStringList>();
}

QStringList fieldsOf(const Item &item)
{
    return { QString::number(item.id), item.name,    item.description, QString::number(item.quantity),
             formatPrice(item.price),  item.category };
}

// The ids of `category`'s items (all of them; every item without a category), as the server has
// them, in id order.
QStringList idsIn(const QString &category = {})
{
    auto row = TestCluster::instance().ownerQueryRow(
        db,
        QStringLiteral("SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM items "
                       "WHERE category = $1 OR $2"),
        { category, category.isEmpty() });
    return row && !row->isEmpty() ? row->first().toString().split(QLatin1Char(','), Qt::SkipEmptyParts)
                                  : QStringList();
}
} // namespace

class tst_ExportView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void currentViewIsWrittenAsShown();
    void searchResultsAreWrittenAsShown();
    void wholeCategoryAndEverything();
    void unwritableFileIsReported();

private:
    std::unique_ptr<MainWindow> openWindow(Session &session);
    /// The rows of the items table, in the order the table shows them.
    static QList<Item> shownItems(MainWindow &window);

    QTemporaryDir m_files;
};

std::unique_ptr<MainWindow> tst_ExportView::openWindow(Session &session)
{
    auto window = std::make_unique<MainWindow>(&session);
    window->show();
    session.start(TestCluster::instance().staff(db));
    const bool ready = QTest::qWaitFor(
        [&] { return session.isConnected() && window->categoriesModel()->rowCount() > 0; }, timeout);
    return ready ? std::move(window) : nullptr;
}

QList<Item> tst_ExportView::shownItems(MainWindow &window)
{
    const QSortFilterProxyModel *proxy = window.itemsView()->proxy();
    QList<Item> items;
    for (int row = 0; row < proxy->rowCount(); ++row)
        items << window.itemsModel()->item(proxy->mapToSource(proxy->index(row, 0)).row());
    return items;
}

void tst_ExportView::initTestCase()
{
    installTranslations(); // the English plural forms
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_files.isValid());
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    // Text a CSV writer must quote, and distinct prices so a sort by price has one answer.
    const QList<NewItem> items {
        { QStringLiteral("Export mug, blue"), QStringLiteral("Stoneware \"Deluxe\""), 40, 1250,
          QStringLiteral("Export") },
        { QStringLiteral("Export kettle"), QStringLiteral("Two\nlines"), 12, 2999, QStringLiteral("Export") },
        { QStringLiteral("Export lamp"), {}, 7, 450, QStringLiteral("Export") },
        { QStringLiteral("Export pad"), QStringLiteral("  indented, \"quoted\"  "), 3, 100,
          QStringLiteral("Export") },
        { QStringLiteral("Hammer"), {}, 7, 1999, QStringLiteral("Tools, hand") },
    };
    for (const NewItem &item : items)
        QVERIFY(createItem(item));
    // More than the window's page of 100: the category export must not stop at what is shown.
    QVERIFY(TestCluster::instance().ownerExec(
        db,
        QStringLiteral("INSERT INTO items (name, quantity, price, category) "
                       "SELECT 'Bulk ' || n, n % 50, n, 'Many' FROM generate_series(1, 250) n")));
}

void tst_ExportView::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_ExportView::init()
{
    setConnectionSettings(TestCluster::instance().manager(db));
}

void tst_ExportView::currentViewIsWrittenAsShown()
{
    Session session;
    auto window = openWindow(session);
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Export")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 4, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->action(MainWindow::Action::ExportView)->isEnabled(), timeout);
    // The user's order, not the server's: by price, highest first.
    window->itemsView()->sortByColumn(ItemsModel::PriceColumn, Qt::DescendingOrder);
    const QList<Item> shown = shownItems(*window);
    QCOMPARE(shown.first().name, QStringLiteral("Export kettle"));

    const QString path = m_files.filePath(QStringLiteral("view.csv"));
    auto written = window->exportCurrentView(path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 4);
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 1 + shown.size());
    QCOMPARE(records.first(), header);
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(records.at(1 + i), fieldsOf(shown.at(i)));
    QCOMPARE(records.at(1).at(2), QStringLiteral("Two\nlines"));
    QCOMPARE(records.at(4).at(2), QStringLiteral("  indented, \"quoted\"  "));
}

void tst_ExportView::searchResultsAreWrittenAsShown()
{
    Session session;
    auto window = openWindow(session);
    QVERIFY(window);
    QLineEdit *search = window->searchBox();
    search->setText(QStringLiteral("export"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->mode(), ItemsModel::Mode::Search, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 4, timeout);
    const QList<Item> shown = shownItems(*window);

    const QString path = m_files.filePath(QStringLiteral("search.csv"));
    auto written = window->exportCurrentView(path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(*written, 4);
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 5);
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(records.at(1 + i), fieldsOf(shown.at(i)));

    // Nothing shown, nothing to export.
    search->setText(QStringLiteral("no such item"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window->itemsModel()->isLoading() && window->itemsModel()->rowCount() == 0,
                             timeout);
    QVERIFY(!window->action(MainWindow::Action::ExportView)->isEnabled());
}

void tst_ExportView::wholeCategoryAndEverything()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Session session;
    auto window = openWindow(session);
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Many")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 100, timeout); // a page of the 250
    QAction *exportCategory = window->action(MainWindow::Action::ExportCategory);
    QTRY_VERIFY_WITH_TIMEOUT(exportCategory->isEnabled(), timeout);
    QVERIFY2(exportCategory->text().contains(QStringLiteral("Many")), qPrintable(exportCategory->text()));

    const QString path = m_files.filePath(QStringLiteral("many.csv"));
    ExportDialog *dialog = window->openExportDialog(path, QStringLiteral("Many"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    QCOMPARE(dialog->resultText(), QStringLiteral("Exported 250 items to %1.").arg(path));
    QCOMPARE(window->lastMessage(), dialog->resultText());
    QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 251);
    QStringList ids;
    for (qsizetype i = 1; i < records.size(); ++i) {
        ids << records.at(i).first();
        QCOMPARE(records.at(i).last(), QStringLiteral("Many"));
    }
    ids.sort();
    QStringList expected = idsIn(QStringLiteral("Many"));
    expected.sort();
    QCOMPARE(ids, expected);
    dialog->close();

    const QString allPath = m_files.filePath(QStringLiteral("all.csv"));
    dialog = window->openExportDialog(allPath, {});
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    records = readCsv(allPath);
    QCOMPARE(records.size(), 1 + idsIn().size());
    QCOMPARE(dialog->resultText(), QStringLiteral("Exported 255 items to %1.").arg(allPath));
    dialog->close();
}

void tst_ExportView::unwritableFileIsReported()
{
    Session session;
    auto window = openWindow(session);
    QVERIFY(window);
    QVERIFY(window->selectCategory(QStringLiteral("Export")));
    QTRY_COMPARE_WITH_TIMEOUT(window->itemsModel()->rowCount(), 4, timeout);
    const QString path = m_files.filePath(QStringLiteral("no-such-directory/view.csv"));
    auto written = window->exportCurrentView(path);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    QVERIFY(!QFile::exists(path));

    ExportDialog *dialog = window->openExportDialog(path, QStringLiteral("Export"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), timeout);
    QVERIFY2(dialog->resultText().contains(QStringLiteral("cannot write")), qPrintable(dialog->resultText()));
    QVERIFY(!QFile::exists(path));
    dialog->close();
}

QTEST_MAIN(tst_ExportView)
#include "tst_exportview.moc"
