#include "screenshots.h"

#include "aboutbox.h"
#include "browsepane.h"
#include "asyncrunner.h"
#include "blocksmodel.h"
#include "categoriesmodel.h"
#include "cleanupdialog.h"
#include "countmodel.h"
#include "countpane.h"
#include "dashboardmodel.h"
#include "dashboardpane.h"
#include "historymodel.h"
#include "historypane.h"
#include "importdialog.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "lowstockmodel.h"
#include "lowstockpane.h"
#include "mainwindow.h"
#include "operations.h"
#include "receivedialog.h"
#include "reservedialog.h"
#include "stock.h"
#include "stockactions.h"
#include "tableview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QPainter>
#include <QTimer>
#include <cstdio>

namespace inventory {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory)
{
}

void ScreenshotRunner::waitFor(const QString &what, std::function<bool()> ready, std::function<void()> then)
{
    auto deadline = std::make_shared<QDeadlineTimer>(30000);
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (ready()) {
            timer->deleteLater();
            timer->stop();
            then();
        } else if (deadline->hasExpired()) {
            timer->stop();
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        }
    });
    timer->start();
}

bool ScreenshotRunner::save(const QString &name, QWidget *dialog)
{
    QPixmap shot = m_window->grab();
    if (dialog) {
        // A dialog is its own window; paint it over the main window where it would sit, with a frame.
        const QPixmap dialogShot = dialog->grab();
        QPainter painter(&shot);
        const QPoint at((shot.width() - dialogShot.width()) / 2, (shot.height() - dialogShot.height()) / 2);
        painter.fillRect(QRect(at, dialogShot.size()).adjusted(-1, -1, 1, 1), QColor(0x60, 0x60, 0x60));
        painter.drawPixmap(at, dialogShot);
    }
    const QString path = QDir(m_directory).filePath(name);
    if (!shot.save(path)) {
        fail(QStringLiteral("could not write %1").arg(path));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(path));
    return true;
}

void ScreenshotRunner::fail(const QString &why)
{
    std::fprintf(stderr, "inventory-desk --screenshot-dir: %s\n", qPrintable(why));
    QApplication::exit(1);
}

void ScreenshotRunner::start()
{
    QDir().mkpath(m_directory);
    m_window->resize(1200, 760);
    MainWindow *w = m_window;
    waitFor(
        QStringLiteral("the connection"), [w] { return w->session()->isConnected(); },
        [this, w] {
            // An item with a running reservation, among its category's top 100, makes the details
            // pane worth looking at. Found off the GUI thread, like everything else.
            runAsync(
                this,
                [] {
                    BlockFilter filter;
                    filter.state = BlockState::Temporary;
                    auto running = inventory::blocks(filter);
                    if (running) {
                        for (const Block &block : *running) {
                            auto item = inventory::item(block.itemId);
                            if (!item || item->category.isEmpty())
                                continue;
                            auto top = inventory::topItems(item->category);
                            if (top && std::any_of(top->items.begin(), top->items.end(), [&](const Item &i) {
                                    return i.id == item->id;
                                }))
                                return std::pair<QString, qint64>(item->category, item->id);
                        }
                    }
                    return std::pair<QString, qint64>();
                },
                [this, w](const std::pair<QString, qint64> &choice) {
                    m_category = choice.first;
                    m_item = choice.second;
                    showCategory();
                });
        });
}

void ScreenshotRunner::showCategory()
{
    MainWindow *w = m_window;
    waitFor(
        QStringLiteral("categories"), [w] { return w->categoriesModel()->rowCount() > 0; },
        [this, w] {
            if (m_category.isEmpty() || w->categoriesModel()->rowOf(m_category) < 0)
                m_category = w->categoriesModel()->categories().first().name;
            const QString category = m_category;
            w->selectCategory(category);
            waitFor(
                QStringLiteral("top items"),
                [w, category] {
                    return w->itemsModel()->category() == category && w->itemsModel()->rowCount() > 0
                        && !w->itemsModel()->isLoading();
                },
                [this, w] {
                    int row = qMax(0, w->itemsModel()->rowOf(m_item));
                    w->selectItem(w->itemsModel()->item(row).id);
                    waitFor(
                        QStringLiteral("item details"),
                        [w] { return !w->itemDetails()->blocksModel()->isLoading(); },
                        [this, w] {
                            if (!save(QStringLiteral("category-browser.png")))
                                return;
                            ReserveDialog *dialog = w->openReserveDialog();
                            if (!dialog)
                                return fail(QStringLiteral("the reserve dialog did not open"));
                            dialog->setQuantity(2);
                            dialog->setReference(QStringLiteral("Order 10482"));
                            dialog->submit();
                            waitFor(
                                QStringLiteral("the reservation"),
                                [dialog] {
                                    return dialog->resultText().startsWith(QObject::tr("Reservation #"));
                                },
                                [this, w, dialog] {
                                    if (!save(QStringLiteral("item-reserve.png"), dialog))
                                        return;
                                    dialog->close();
                                    w->showTab(MainWindow::Tab::Reservations);
                                    waitFor(
                                        QStringLiteral("reservations"),
                                        [w] {
                                            return w->reservationsModel()->rowCount() > 0
                                                && !w->reservationsModel()->isLoading();
                                        },
                                        [this, w] {
                                            // Select a couple of running ones so the manager actions show as
                                            // enabled.
                                            QList<qint64> ids;
                                            for (const Block &b : w->reservationsModel()->blocks()) {
                                                if (w->reservationsModel()->stateNow(b)
                                                        == BlockState::Temporary
                                                    && ids.size() < 2)
                                                    ids << b.id;
                                            }
                                            w->selectReservations(ids);
                                            w->reservationsView()->setFocus();
                                            QTimer::singleShot(300, this, [this, w] {
                                                if (!save(QStringLiteral("reservations.png")))
                                                    return;
                                                CleanupDialog *cleanup = w->openCleanupDialog();
                                                if (!cleanup)
                                                    return fail(
                                                        QStringLiteral("the cleanup dialog did not open"));
                                                waitFor(
                                                    QStringLiteral("the expired summary"),
                                                    [cleanup] { return cleanup->isSummaryLoaded(); },
                                                    [this, cleanup] {
                                                        cleanup->run();
                                                        waitFor(
                                                            QStringLiteral("the cleanup"),
                                                            [cleanup] { return cleanup->isFinished(); },
                                                            [this, cleanup] {
                                                                // Keep the "before" summary visible next to
                                                                // the result.
                                                                QTimer::singleShot(
                                                                    200, this, [this, cleanup] {
                                                                        if (!save(
                                                                                QStringLiteral("cleanup.png"),
                                                                                cleanup))
                                                                            return;
                                                                        cleanup->close();
                                                                        showImportAndAbout();
                                                                    });
                                                            });
                                                    });
                                            });
                                        });
                                });
                        });
                });
        });
}

namespace {

// A supplier's delivery note as a shop would get it: quoted fields, a line break in a
// description, and two mistakes (a decimal comma that splits a field, a negative quantity).
const char sampleCsv[] = "name,description,quantity,price,category\n"
                         "Watering can 5 l,\"Galvanised steel, long spout\",24,18.90,Garden\n"
                         "Hose reel,\"30 m hose, wall mount\",12,49.00,Garden\n"
                         "Terracotta pot 20 cm,,80,6.50,Garden\n"
                         "Pruning shears,\"Bypass, 20 cm\",35,14.95,Garden\n"
                         "Garden gloves (M),\"Pair, leather palm\",60,7.99,Garden\n"
                         "Rain gauge,,15,4,50,Garden\n"
                         "Seed tray,,120,2.49,Garden\n"
                         "Bird feeder,\"Hanging, metal roof\",18,22.00,Garden\n"
                         "Solar lantern,\"Warm white\nswitches on at dusk\",30,12.00,Garden\n"
                         "Kneeling pad,\"Foam, \"\"waterproof\"\"\",40,9.50,Garden\n"
                         "Trowel,,-3,5.25,Garden\n"
                         "Compost bin 300 l,,8,59.00,Garden\n"
                         "Plant labels (50),,200,3.20,Garden\n";

} // namespace

void ScreenshotRunner::showImportAndAbout()
{
    const QString path = m_files.filePath(QStringLiteral("garden-delivery.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sampleCsv) < 0)
        return fail(QStringLiteral("could not write %1").arg(path));
    file.close();
    m_window->showTab(MainWindow::Tab::Browse);
    ImportDialog *dialog = m_window->openImportDialog(path);
    if (!dialog)
        return fail(QStringLiteral("the import dialog did not open"));
    waitFor(
        QStringLiteral("the import preview"), [dialog] { return dialog->isPlanned(); },
        [this, dialog] {
            QTimer::singleShot(200, this, [this, dialog] {
                if (!save(QStringLiteral("import-preview.png"), dialog))
                    return;
                dialog->close();
                AboutBox *about = m_window->openAboutBox();
                QTimer::singleShot(300, this, [this, about] {
                    if (!save(QStringLiteral("about.png"), about))
                        return;
                    about->close();
                    showStockViews();
                });
            });
        });
}

void ScreenshotRunner::showStockViews()
{
    MainWindow *w = m_window;
    w->showTab(MainWindow::Tab::Browse);
    waitFor(
        QStringLiteral("the chosen item"), [w] { return w->stockActions()->item().id != 0; },
        [this, w] {
            ReceiveDialog *receive = w->stockActions()->openReceiveDialog();
            if (!receive)
                return fail(QStringLiteral("the receive dialog did not open"));
            receive->setQuantityText(QStringLiteral("24"));
            receive->setReference(QStringLiteral("Delivery note 20417"));
            QTimer::singleShot(200, this, [this, w, receive] {
                if (!save(QStringLiteral("receive-dialog.png"), receive))
                    return;
                receive->close();
                w->showTab(MainWindow::Tab::History);
                waitFor(
                    QStringLiteral("the history"),
                    [w] { return w->historyPane()->model()->rowCount() > 0 && !w->historyPane()->model()->isLoading(); },
                    [this, w] {
                        if (!save(QStringLiteral("history.png")))
                            return;
                        w->showTab(MainWindow::Tab::LowStock);
                        waitFor(
                            QStringLiteral("the low-stock list"),
                            [w] {
                                LowStockModel *m = w->lowStockPane()->model();
                                return m->isActive() && !m->isLoading() && m->rowCount() > 0;
                            },
                            [this, w] {
                                if (!save(QStringLiteral("low-stock.png")))
                                    return;
                                // A count of the browsed category with some figures entered.
                                runAsync(
                                    this, [category = m_category] { return openCount(category); },
                                    [this, w](const Result<StockCount> &count) {
                                        if (!count)
                                            return fail(count.error().message);
                                        w->countPane()->reloadCounts(count->id);
                                        w->showTab(MainWindow::Tab::Count);
                                        CountModel *model = w->countPane()->model();
                                        waitFor(
                                            QStringLiteral("the count"),
                                            [w, model, id = count->id] {
                                                return w->countPane()->currentCount() == id && model->rowCount() > 0
                                                    && !model->isLoading();
                                            },
                                            [this, w, model] {
                                                const int rows = qMin(model->rowCount(), 7);
                                                for (int row = 0; row < rows; ++row) {
                                                    const int expected = model->line(row).expected;
                                                    // Most as expected, a few off, as on a real shelf.
                                                    const int offBy = row == 1 ? -2 : row == 4 ? 1 : row == 5 ? -1 : 0;
                                                    model->setCounted(row, qMax(0, expected + offBy));
                                                }
                                                waitFor(
                                                    QStringLiteral("the counted figures"),
                                                    [model, rows] { return model->countedLines() >= rows && !model->isLoading(); },
                                                    [this, w, model] {
                                                        const CountLine &first = model->line(0);
                                                        const QString code = !first.barcode.isEmpty() ? first.barcode : first.sku;
                                                        if (!code.isEmpty())
                                                            w->countPane()->scan(code);
                                                        QTimer::singleShot(600, this, [this] {
                                                            if (save(QStringLiteral("count.png")))
                                                                showWholeCategory();
                                                        });
                                                    });
                                            });
                                    });
                            });
                    });
            });
        });
}

} // namespace inventory

namespace inventory {

// The whole category, sorted by the server by quantity ascending: the items nearly gone, which
// the top 100 never shows.
void ScreenshotRunner::showWholeCategory()
{
    MainWindow *w = m_window;
    w->showTab(MainWindow::Tab::Browse);
    w->selectCategory(m_category);
    w->browsePane()->setWholeCategory(true);
    w->itemsView()->horizontalHeader()->setSortIndicator(ItemsModel::QuantityColumn, Qt::AscendingOrder);
    waitFor(
        QStringLiteral("the whole category"),
        [w] {
            ItemsModel *items = w->itemsModel();
            return items->mode() == ItemsModel::Mode::All && items->browseAscending()
                && items->browseOrder() == BrowseOrder::Quantity && !items->isLoading() && items->rowCount() > 0;
        },
        [this, w] {
            w->selectItem(w->itemsModel()->item(0).id);
            QTimer::singleShot(400, this, [this] {
                if (save(QStringLiteral("category-all-by-quantity.png")))
                    showDashboard();
            });
        });
}

} // namespace inventory

namespace inventory {

// The Dashboard as a manager finds it: the demo's days of deliveries and write-offs, and the
// day's reservations with their expiries spread over the next hours as a shop's would be (a few
// more are made here, on the browsed category's items; one confirmed, one released).
void ScreenshotRunner::showDashboard()
{
    MainWindow *w = m_window;
    QList<qint64> items;
    for (int row = 0; row < qMin(w->itemsModel()->rowCount(), 40); ++row) {
        const Item &item = w->itemsModel()->item(row);
        if (item.available() >= 10)
            items << item.id;
    }
    runAsync(
        this,
        [items] {
            const int hours[] = { 1, 2, 2, 3, 5, 6, 6, 8, 11, 14, 17, 20, 22 };
            QList<qint64> made;
            for (int i = 0; i < int(std::size(hours)) && !items.isEmpty(); ++i) {
                auto r = inventory::reserve(items.at(i % items.size()), 1 + i % 3,
                                            std::chrono::minutes(hours[i] * 60 - 7 * i),
                                            QStringLiteral("Order %1").arg(10490 + i));
                if (r)
                    made << r->blockId;
            }
            if (made.size() > 2) {
                (void)inventory::confirm(made.at(0));
                (void)inventory::release(made.at(1));
            }
            return made.size();
        },
        [this, w](qsizetype) {
            w->setDashboardShown(true);
            w->showTab(MainWindow::Tab::Dashboard);
            DashboardPane *pane = w->dashboardPane();
            pane->refresh();
            waitFor(
                QStringLiteral("the dashboard"),
                [pane] { return pane->model()->hasData() && !pane->model()->isLoading(); },
                [this] {
                    QTimer::singleShot(600, this, [this] {
                        if (save(QStringLiteral("dashboard.png")))
                            QApplication::exit(0);
                    });
                });
        });
}

} // namespace inventory
