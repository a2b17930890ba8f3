#pragma once

#include "error.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace inventory {

/// Every item, or one category's, written to a CSV file: streamed from the server off the GUI
/// thread with a progress bar. The file appears only once everything is written (QSaveFile), so
/// a failure leaves no half file and an existing file untouched.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// Starts at once (the user has just chosen the file). `category` empty: every item.
    /// `expected` is the count the window knows, for the progress bar; 0 if unknown.
    ExportDialog(const QString &path, const QString &category, qint64 expected, QWidget *parent = nullptr);

    bool isFinished() const { return m_finished; }
    QString resultText() const;

    /// "Exported 42,317 items to /home/me/kitchen.csv."
    static QString describe(qint64 written, const QString &path);

signals:
    void exported(qint64 written, const QString &path);
    void failed(const inventory::Error &error);

public slots:
    /// Closes the dialog, except while the export runs.
    void reject() override;

private:
    void run();
    void onProgress(qint64 written);

    QString m_path;
    QString m_category;
    qint64 m_expected;
    QLabel *m_what;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_closeButton;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace inventory
