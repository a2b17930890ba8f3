#include "browserunner.h"

#include "categoriesmodel.h"
#include "itemsmodel.h"
#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace inventory {

namespace {
constexpr int pollMs = 20;
constexpr int giveUpAfterPolls = 30000 / pollMs; // per step

// VmHWM: the peak resident set of this process, in KiB.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

BrowseRunner::BrowseRunner(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

void BrowseRunner::start()
{
    auto *timer = new QTimer(this);
    timer->setInterval(pollMs);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (m_window->session()->isConnected() && m_window->categoriesModel()->rowCount() > 0
            && !m_window->categoriesModel()->isLoading()) {
            timer->stop();
            timer->deleteLater();
            for (const Category &category : m_window->categoriesModel()->categories())
                m_categories << category.name;
            next();
        } else if (++m_waited > giveUpAfterPolls) {
            timer->stop();
            fail(QStringLiteral("no categories after 30 s"));
        }
    });
    timer->start();
}

void BrowseRunner::next()
{
    if (m_index >= m_categories.size()) {
        finish();
        return;
    }
    const QString category = m_categories.at(m_index);
    if (!m_window->selectCategory(category))
        return fail(QStringLiteral("cannot select the category %1").arg(category));
    m_waited = 0;
    auto *timer = new QTimer(this);
    timer->setInterval(pollMs);
    connect(timer, &QTimer::timeout, this, [this, timer, category] {
        ItemsModel *items = m_window->itemsModel();
        if (items->category() == category && !items->isLoading()) {
            timer->stop();
            timer->deleteLater();
            ++m_index;
            next();
        } else if (++m_waited > giveUpAfterPolls) {
            timer->stop();
            fail(QStringLiteral("the top items of %1 did not load within 30 s").arg(category));
        }
    });
    timer->start();
}

void BrowseRunner::finish()
{
    m_window->showTab(MainWindow::Tab::Reservations);
    // Let the reservations view load and paint before the measurement.
    QTimer::singleShot(2000, this, [this] {
        std::printf("browsed %lld categories; peak resident memory %lld KiB\n", qlonglong(m_categories.size()),
                    qlonglong(peakResidentKiB()));
        std::fflush(stdout);
        QApplication::exit(0);
    });
}

void BrowseRunner::fail(const QString &why)
{
    std::fprintf(stderr, "inventory-desk --browse-all: %s\n", qPrintable(why));
    QApplication::exit(1);
}

} // namespace inventory
