// Every control of the main window (each tab shown in turn) and of every dialog has an accessible
// name (its own, its text, or the label it is the buddy of) and a keyboard path: it takes the
// focus with Tab, or it is a toolbar button whose action is in a menu or has a shortcut. The
// colours that carry a meaning also carry a word or an icon, and on a high-contrast palette
// they give way to the palette's own text colour.

#include "adjustdialog.h"
#include "asyncrunner.h"
#include "dashboardmodel.h"
#include "aboutbox.h"
#include "blocksmodel.h"
#include "cleanupdialog.h"
#include "connection.h"
#include "connectiondialog.h"
#include "dashboardpane.h"
#include "edititemdialog.h"
#include "exportdialog.h"
#include "extenddialog.h"
#include "guitest.h"
#include "importdialog.h"
#include "lowstockmodel.h"
#include "lowstockpane.h"
#include "newcountdialog.h"
#include "newitemdialog.h"
#include "operations.h"
#include "receivedialog.h"
#include "reservedialog.h"
#include "statuscolor.h"
#include "stock.h"
#include "stocktest.h"
#include "tableview.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace inventory;
using namespace inventory::test;
using namespace std::chrono_literals;

namespace {
const QString db = QStringLiteral("tst_accessibility");

bool isControl(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
        || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QTabBar *>(w) || qobject_cast<QTextEdit *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QGraphicsView *>(w);
}

// Parts of a control that are not controls of their own: a spin box's or combo box's editor, a
// table's header and scroll bars, a tab bar's scroll arrows.
bool isPartOfAControl(QWidget *w, QWidget *top)
{
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
        return true;
    for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) || qobject_cast<QTabBar *>(p)
            || qobject_cast<QLineEdit *>(p) // its clear button
            || (qobject_cast<QAbstractScrollArea *>(p) && !qobject_cast<QScrollArea *>(p)))
            return true;
    }
    return false;
}

QString describe(QWidget *w)
{
    QString path;
    for (QObject *o = w; o; o = o->parent())
        path.prepend(QStringLiteral("/%1(%2)").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName()));
    return path;
}

QSet<QAction *> menuActions(QMainWindow *window)
{
    QSet<QAction *> found;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            found << a;
            if (a->menu())
                walk(a->menu());
        }
    };
    if (window) {
        for (QAction *a : window->menuBar()->actions()) {
            if (a->menu())
                walk(a->menu());
        }
    }
    return found;
}

// What is wrong with the controls of `top` that are shown: no accessible name, no keyboard path.
QStringList problemsOf(QWidget *top)
{
    QStringList problems;
    const QSet<QAction *> inMenus = menuActions(qobject_cast<QMainWindow *>(top));
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isControl(w) || !w->isVisibleTo(top) || isPartOfAControl(w, top))
            continue;
        if (w->objectName() == QLatin1String("qt_toolbar_ext_button"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(w);
        bool keyboard = w->focusPolicy() & Qt::TabFocus;
        // Qt gives Tab to the checked button of an exclusive group only; the arrow keys move on.
        if (auto *radio = qobject_cast<QRadioButton *>(w); !keyboard && radio && radio->group()
            && radio->group()->exclusive()) {
            const auto buttons = radio->group()->buttons();
            keyboard = std::any_of(buttons.begin(), buttons.end(),
                                   [](QAbstractButton *b) { return b->focusPolicy() & Qt::TabFocus; });
        }
        if (!keyboard) {
            if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->defaultAction()) {
                QAction *a = tool->defaultAction();
                keyboard = inMenus.contains(a) || !a->shortcut().isEmpty();
            }
        }
        if (!keyboard)
            problems << QStringLiteral("no keyboard path (focus policy %1, \"%2\"): ").arg(int(w->focusPolicy())).arg(name)
                    + describe(w);
    }
    return problems;
}

Item made(const Result<Item> &item)
{
    if (!item)
        qFatal("createItem: %s", qPrintable(item.error().message));
    return *item;
}
} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowEveryTab();
    void dialogs();
    void meaningIsNotColourAlone();
    void highContrastPalette();

private:
    Item m_item;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(QStringLiteral("en"));
    auto created = TestCluster::instance().createDatabase(db);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    setConnectionSettings(TestCluster::instance().manager(db));
    NewItem item { QStringLiteral("Blue mug"), {}, 2, 450, QStringLiteral("Kitchen") };
    item.reorderPoint = 5;
    m_item = made(createItem(item));
    made(createItem({ QStringLiteral("Garden hose"), {}, 40, 2500, QStringLiteral("Garden") }));
    QVERIFY(receive(m_item.id, 1, StockReason::Received));
    QVERIFY(reserve(m_item.id, 1, Ttl(2min)));
}

void tst_Accessibility::cleanupTestCase()
{
    shutdownDatabasePool();
    Connection::closeCurrent();
    TestCluster::instance().shutdown();
}

void tst_Accessibility::mainWindowEveryTab()
{
    Session session;
    auto window = openWindow(session, TestCluster::instance().manager(db));
    QVERIFY(window);
    window->resize(1280, 860);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == window->dashboardPane()) {
            QTRY_VERIFY_WITH_TIMEOUT(window->dashboardPane()->model()->hasData(), stockTimeout);
        }
        QTest::qWait(300);
        for (const QString &p : problemsOf(window.get())) {
            if (!problems.contains(p))
                problems << p;
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // all of them: QVERIFY2 cuts a long message
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

void tst_Accessibility::dialogs()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("items.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,quantity,price,category\nGreen mug,3,4.50,Kitchen\n");
    }
    Session session;
    QVERIFY(connectSession(session, TestCluster::instance().manager(db)));
    const QList<Category> categories { { QStringLiteral("Kitchen"), 1 }, { QStringLiteral("Garden"), 1 } };
    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(QStringLiteral("adjust"), std::make_unique<AdjustDialog>(m_item));
    dialogs.emplace_back(QStringLiteral("about"), std::make_unique<AboutBox>(session));
    dialogs.emplace_back(QStringLiteral("cleanup"), std::make_unique<CleanupDialog>());
    dialogs.emplace_back(QStringLiteral("connection"),
                         std::make_unique<ConnectionDialog>(TestCluster::instance().manager(db), QString()));
    dialogs.emplace_back(QStringLiteral("edit item"),
                         std::make_unique<EditItemDialog>(m_item, QStringList { QStringLiteral("Kitchen") }));
    dialogs.emplace_back(QStringLiteral("export"),
                         std::make_unique<ExportDialog>(dir.filePath(QStringLiteral("out.csv")),
                                                        QStringLiteral("Kitchen"), 1));
    dialogs.emplace_back(QStringLiteral("extend"), std::make_unique<ExtendDialog>(QStringLiteral("Extend by")));
    dialogs.emplace_back(QStringLiteral("import"), std::make_unique<ImportDialog>(csv));
    dialogs.emplace_back(QStringLiteral("new count"),
                         std::make_unique<NewCountDialog>(categories, QStringLiteral("Kitchen")));
    dialogs.emplace_back(QStringLiteral("new item"),
                         std::make_unique<NewItemDialog>(QStringList { QStringLiteral("Kitchen") },
                                                         QStringLiteral("Kitchen")));
    dialogs.emplace_back(QStringLiteral("receive"), std::make_unique<ReceiveDialog>(m_item));
    dialogs.emplace_back(QStringLiteral("reserve"), std::make_unique<ReserveDialog>(m_item));
    QStringList problems;
    for (auto &[name, dialog] : dialogs) {
        dialog->show();
        QTest::qWait(400); // what they load (a summary, a preview) is in
        for (const QString &p : problemsOf(dialog.get()))
            problems << name + QStringLiteral(": ") + p;
        dialog->close();
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p)); // all of them: QVERIFY2 cuts a long message
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
}

void tst_Accessibility::meaningIsNotColourAlone()
{
    // A reservation about to expire: coloured, and an icon and words beside the countdown.
    BlocksModel blocks;
    blocks.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(blocks.rowCount() == 1, stockTimeout);
    TableView view(&blocks, BlocksModel::SortRole);
    const QModelIndex expires = view.proxy()->index(0, BlocksModel::ExpiresColumn);
    QVERIFY(expires.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(!expires.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(expires.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("warning")),
             qPrintable(expires.data(Qt::AccessibleTextRole).toString()));

    // Out of stock: the word and, in the low-stock list, an icon as well as the colour.
    LowStockModel low;
    low.load();
    QTRY_VERIFY_WITH_TIMEOUT(low.rowCount() == 1, stockTimeout);
    TableView lowView(&low, LowStockModel::SortRole);
    const QModelIndex available = lowView.proxy()->index(0, LowStockModel::AvailableColumn);
    if (available.data(Qt::ForegroundRole).isValid())
        QVERIFY(!available.data(Qt::DecorationRole).value<QIcon>().isNull());
}

void tst_Accessibility::highContrastPalette()
{
    const QPalette before = QApplication::palette();
    QPalette contrast;
    for (auto role : { QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase })
        contrast.setColor(role, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        contrast.setColor(role, Qt::white);
    contrast.setColor(QPalette::Highlight, QColor(0x00, 0xff, 0xff));
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    QApplication::setPalette(contrast);
    QVERIFY(isHighContrast());
    for (Status s : { Status::Problem, Status::Warning, Status::Good, Status::Muted }) {
        const QColor c = statusColor(s);
        QVERIFY(contrastRatio(c, Qt::black) >= 7.0);
        QVERIFY(!statusStyle(s).contains(QStringLiteral("#b02020")));
    }
    // The models' colours follow: the soon-expiring countdown is readable on black.
    BlocksModel blocks;
    blocks.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(blocks.rowCount() == 1, stockTimeout);
    const QColor countdown = blocks.index(0, BlocksModel::ExpiresColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(countdown.isValid());
    QVERIFY(contrastRatio(countdown, Qt::black) >= 7.0);
    QApplication::setPalette(before);
    QVERIFY(!isHighContrast());
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
