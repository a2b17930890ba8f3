#include "cleanupdialog.h"

#include "asyncrunner.h"
#include "error.h"
#include "localeformat.h"
#include "operations.h"
#include "statuscolor.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

CleanupDialog::CleanupDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(tr("Counting expired reservations…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("cleanupDialog"));
    setWindowTitle(tr("Clean Up Expired Reservations"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(tr("&Clean Up"), QDialogButtonBox::ActionRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_runButton->setEnabled(false);
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &CleanupDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(QSize(460, 200));
    loadSummary();
}

QString CleanupDialog::summaryText() const
{
    return m_summary->text();
}

QString CleanupDialog::resultText() const
{
    return m_result->text();
}

QString CleanupDialog::describe(const CleanupResult &result)
{
    return tr("%Ln expired reservation(s) removed, %1 returned to stock at %2.", "", int(result.blocksRemoved))
        .arg(tr("%Ln unit(s)", "", int(result.unitsRestored)), shortMoment(result.finishedAt));
}

void CleanupDialog::loadSummary()
{
    runAsync(
        this, [] { return expiredSummary(); },
        [this](const Result<ExpiredSummary> &result) {
            m_summaryLoaded = true;
            if (!result) {
                m_summary->setText(result.error().message);
                m_runButton->setEnabled(true); // the cleanup itself may still work; let the user try
            } else {
                m_expected = result->blocks;
                m_summary->setText(
                    result->blocks == 0
                        ? tr("No reservation has expired: there is nothing to clean up.")
                        : tr("%Ln expired reservation(s) holds/hold %1. Cleaning up gives the units back to "
                             "stock and removes the reservation(s).",
                             "", int(result->blocks))
                              .arg(tr("%Ln unit(s)", "", int(result->units))));
                m_runButton->setEnabled(true);
            }
            emit summaryLoaded();
        });
}

void CleanupDialog::run()
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    m_runButton->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Cleaning up…"));
    m_progress->setRange(0, 0); // busy until the first batch says how many there are

    // The progress callback runs on the worker thread: it only posts to the dialog, if it is
    // still there.
    QPointer<CleanupDialog> self(this);
    auto progress = [self](const CleanupResult &soFar, const ExpiredSummary &atStart) {
        const qint64 removed = soFar.blocksRemoved;
        const qint64 total = atStart.blocks;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, removed, total] {
                if (self)
                    self->onProgress(removed, total);
            },
            Qt::QueuedConnection);
        return true; // once started, the cleanup finishes even if the dialog is closed
    };
    runAsync(
        this, [progress] { return cleanupExpired(progress); },
        [this](const Result<CleanupResult> &result) {
            m_running = false;
            m_finished = true;
            m_progress->setRange(0, 1);
            if (!result) {
                m_progress->setValue(0);
                m_result->setStyleSheet(statusStyle(Status::Problem));
                m_result->setText(result.error().message);
                m_runButton->setEnabled(true);
                return;
            }
            m_progress->setValue(1);
            m_result->setStyleSheet(statusStyle(Status::Good));
            m_result->setText(describe(*result));
            m_closeButton->setDefault(true);
            m_closeButton->setFocus();
            emit cleanedUp(*result);
        });
}

void CleanupDialog::onProgress(qint64 removed, qint64 total)
{
    if (!m_running)
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    // Counts can exceed int on a huge backlog; the bar only needs the proportion.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(qMin<qint64>(1000, removed * 1000 / total)));
}

} // namespace inventory
