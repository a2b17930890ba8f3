#include "screenshots.h"

#include "asyncrunner.h"
#include "blocksmodel.h"
#include "categoriesmodel.h"
#include "cleanupdialog.h"
#include "itemdetails.h"
#include "itemsmodel.h"
#include "mainwindow.h"
#include "operations.h"
#include "reservedialog.h"
#include "tableview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
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
                                                                        if (save(
                                                                                QStringLiteral("cleanup.png"),
                                                                                cleanup))
                                                                            QApplication::exit(0);
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

} // namespace inventory
