#pragma once

#include "types.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace inventory {

/// The cleanup of expired reservations: says first how many there are and how many units they
/// hold, runs batch by batch with a progress bar, and reports what it gave back.
class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CleanupDialog(QWidget *parent = nullptr);

    /// Starts the cleanup (what the Clean Up button does).
    void run();
    QString summaryText() const;
    QString resultText() const;
    bool isSummaryLoaded() const { return m_summaryLoaded; }
    bool isFinished() const { return m_finished; }

    /// "23 expired reservations removed, 57 units returned to stock at 14:30."
    static QString describe(const CleanupResult &result);

signals:
    void summaryLoaded();
    void cleanedUp(const inventory::CleanupResult &result);

private:
    void loadSummary();
    void onProgress(qint64 removed, qint64 total);

    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_runButton;
    QPushButton *m_closeButton;
    bool m_summaryLoaded = false;
    bool m_running = false;
    bool m_finished = false;
    qint64 m_expected = 0;
};

} // namespace inventory
