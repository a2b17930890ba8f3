#pragma once

#include "error.h"
#include "itemtransfer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace inventory {

class ImportPreviewModel;
class TableView;

/// Items from a CSV file: reads and checks the file off the GUI thread, shows every line (the
/// invalid ones marked, with why), lets the user choose all-or-nothing or the valid rows, then
/// imports off the GUI thread with a progress bar and says what it did. Nothing is sent before
/// the Import button; Cancel until then changes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &path, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    /// The file has been read (into a plan, or refused: see summaryText()).
    bool isPlanned() const { return m_planned; }
    bool isRunning() const { return m_running; }
    /// The import has been tried (see resultText()).
    bool isFinished() const { return m_finished; }

    ImportPreviewModel *previewModel() const { return m_model; }
    TableView *previewView() const { return m_view; }
    /// "98 of 100 lines are valid; 2 have problems.", or why the file cannot be imported.
    QString summaryText() const;
    /// "Imported 98 items; 2 lines skipped.", or the refusal.
    QString resultText() const;

    ImportMode mode() const;
    /// Chooses the mode as the radio buttons would (even all-or-nothing on a file with invalid
    /// lines, which the import then refuses).
    void setMode(ImportMode mode);
    /// Shows only the lines that cannot be imported.
    void setOnlyProblems(bool only);
    /// Starts the import (what the Import button does).
    void startImport();

    /// "Imported 99,998 items; 2 lines skipped."
    static QString describe(const ImportResult &result);

signals:
    void planned();
    void imported(const inventory::ImportResult &result);
    /// The import was refused or failed; items may have been imported before (ValidRows).
    void failed(const inventory::Error &error);

public slots:
    /// Closes the dialog, except while the import runs: that finishes and reports first.
    void reject() override;

private:
    void readFile();
    void onPlanned(const Result<ImportPlan> &result);
    void onReadProgress(int permille);
    void onImportProgress(qint64 imported);
    void updateState();

    QString m_path;
    ImportPreviewModel *m_model;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QCheckBox *m_onlyProblems;
    TableView *m_view;
    QRadioButton *m_allOrNothing;
    QLabel *m_allOrNothingNote;
    QRadioButton *m_validRows;
    QLabel *m_result;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
    bool m_planned = false;
    bool m_readable = false; ///< planned into lines (not refused)
    bool m_running = false;
    bool m_finished = false;
    bool m_imported = false; ///< something reached the database: importing again would repeat it
    qint64 m_importedSoFar = 0;
};

} // namespace inventory
