#include "importdialog.h"

#include "asyncrunner.h"
#include "importpreviewmodel.h"
#include "tableview.h"
#include "statuscolor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>
#include <limits>

namespace inventory {

namespace {
} // namespace

ImportDialog::ImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_model(new ImportPreviewModel(this))
    , m_fileLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_onlyProblems(new QCheckBox(this))
    , m_view(new TableView(m_model, ImportPreviewModel::SortRole, this))
    , m_allOrNothing(new QRadioButton(this))
    , m_allOrNothingNote(new QLabel(this))
    , m_validRows(new QRadioButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Items from CSV"));

    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    m_fileLabel->setText(fontMetrics().elidedText(shownPath, Qt::ElideMiddle, 900));
    m_fileLabel->setToolTip(shownPath);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);

    m_onlyProblems->setObjectName(QStringLiteral("onlyProblems"));
    m_onlyProblems->setText(tr("Show &only the lines with problems"));
    connect(m_onlyProblems, &QCheckBox::toggled, this, &ImportDialog::setOnlyProblems);

    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setAccessibleName(tr("Preview of the file's lines"));
    m_view->proxy()->setFilterKeyColumn(ImportPreviewModel::ProblemColumn);
    // Fixed widths: sizing to contents would read every one of 100,000 rows.
    // The Problem column, last, gets the rest of the width.
    m_view->setColumnWidth(ImportPreviewModel::LineColumn, 55);
    m_view->setColumnWidth(ImportPreviewModel::NameColumn, 160);
    m_view->setColumnWidth(ImportPreviewModel::DescriptionColumn, 180);
    m_view->setColumnWidth(ImportPreviewModel::QuantityColumn, 70);
    m_view->setColumnWidth(ImportPreviewModel::PriceColumn, 70);
    m_view->setColumnWidth(ImportPreviewModel::CategoryColumn, 100);

    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_allOrNothing->setText(tr("&All or nothing: one transaction; every line is imported, or none is"));
    m_allOrNothingNote->setObjectName(QStringLiteral("allOrNothingNote"));
    m_allOrNothingNote->setWordWrap(true);
    m_allOrNothingNote->setEnabled(false); // greyed, like the choice it explains
    m_allOrNothingNote->hide();
    m_validRows->setObjectName(QStringLiteral("validRows"));
    m_validRows->setText(tr("Import the &valid rows: in batches, leaving out the lines with problems"));
    auto *modeBox = new QGroupBox(tr("How to import"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_allOrNothing);
    auto *noteLayout = new QHBoxLayout;
    noteLayout->addSpacing(24); // under the radio button's text
    noteLayout->addWidget(m_allOrNothingNote, 1);
    modeLayout->addLayout(noteLayout);
    modeLayout->addWidget(m_validRows);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_importButton->setDefault(true);
    // The Import button starts the import; only Cancel/Close ends the dialog.
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_onlyProblems);
    layout->addWidget(m_view, 1);
    layout->addWidget(modeBox);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(QSize(1040, 620));

    updateState();
    readFile();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::resultText() const
{
    return m_result->text();
}

ImportMode ImportDialog::mode() const
{
    return m_allOrNothing->isChecked() ? ImportMode::AllOrNothing : ImportMode::ValidRows;
}

void ImportDialog::setMode(ImportMode mode)
{
    (mode == ImportMode::AllOrNothing ? m_allOrNothing : m_validRows)->setChecked(true);
}

void ImportDialog::setOnlyProblems(bool only)
{
    if (m_onlyProblems->isChecked() != only)
        m_onlyProblems->setChecked(only); // comes back here through toggled()
    // An invalid line's Problem cell is never empty; a valid line's always is.
    m_view->proxy()->setFilterRegularExpression(only ? QRegularExpression(QStringLiteral("\\S"))
                                                     : QRegularExpression());
}

QString ImportDialog::describe(const ImportResult &result)
{
    const QString imported = tr("Imported %Ln item(s)", "", int(result.imported));
    if (result.skipped == 0)
        return imported + QLatin1Char('.');
    return tr("%1; %2.").arg(imported, tr("%Ln line(s) skipped", "", int(result.skipped)));
}

void ImportDialog::readFile()
{
    m_progress->setFormat(tr("Reading the file… %p%"));
    m_summary->setText(tr("Reading and checking every line; nothing is sent yet."));
    // Progress comes from the worker thread: it only posts to the dialog, if it is still there,
    // and only when the bar would move.
    QPointer<ImportDialog> self(this);
    const QString path = m_path;
    runAsync(
        this,
        [self, path]() -> Result<ImportPlan> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return std::unexpected(Error::invalidInput(
                    tr("file"), tr("cannot open '%1': %2").arg(path, file.errorString())));
            }
            const qint64 size = file.size();
            int shown = -1;
            return planImport(&file, [self, size, &shown](qint64 bytesRead) {
                const int permille = size > 0 ? int(qMin<qint64>(1000, bytesRead * 1000 / size)) : 0;
                if (permille == shown)
                    return;
                shown = permille;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, permille] {
                        if (self)
                            self->onReadProgress(permille);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](const Result<ImportPlan> &result) { onPlanned(result); });
}

void ImportDialog::onReadProgress(int permille)
{
    if (!m_planned)
        m_progress->setValue(permille);
}

void ImportDialog::onPlanned(const Result<ImportPlan> &result)
{
    m_planned = true;
    if (!result) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Not read"));
        m_summary->setStyleSheet(statusStyle(Status::Problem));
        m_summary->setText(tr("This file cannot be imported. %1").arg(result.error().message));
        updateState();
        emit planned();
        return;
    }
    m_readable = true;
    m_model->setPlan(*result);
    const ImportPlan &plan = m_model->plan();
    const qint64 total = plan.lines.size();
    const QLocale locale;
    m_progress->setValue(1000);
    m_progress->setFormat(tr("%Ln line(s) read", "", int(total)));

    if (total == 0)
        m_summary->setText(tr("The file names its columns but has no lines to import."));
    else if (plan.invalid == 0)
        m_summary->setText(tr("All %Ln line(s) are valid.", "", int(total)));
    else if (plan.valid == 0)
        m_summary->setText(tr("None of the %Ln line(s) is valid; there is nothing to import.", "", int(total)));
    else
        m_summary->setText(tr("%1 of %2 lines are valid; %3.")
                               .arg(locale.toString(plan.valid), locale.toString(total),
                                    tr("%Ln have problems", "", int(plan.invalid))));
    if (plan.invalid > 0) {
        m_summary->setStyleSheet(QStringLiteral("font-weight: bold"));
        m_onlyProblems->setText(tr("Show &only the %Ln line(s) with problems", "", int(plan.invalid)));
        m_allOrNothingNote->setText(tr("Not possible for this file: %Ln line(s) have problems. Correct them and open "
                                       "the file again, or import the valid rows.",
                                       "", int(plan.invalid)));
        m_validRows->setText(
            tr("Import the &valid rows: %1, leaving out %2")
                .arg(tr("%Ln item(s)", "", int(plan.valid)), tr("the %Ln line(s) with problems", "", int(plan.invalid))));
        m_validRows->setChecked(true);
    } else {
        m_allOrNothing->setChecked(true);
    }
    m_allOrNothingNote->setVisible(plan.invalid > 0);
    updateState();
    emit planned();
}

void ImportDialog::startImport()
{
    if (m_running || m_imported || !m_planned || m_model->plan().valid == 0)
        return;
    m_running = true;
    m_finished = false;
    m_importedSoFar = 0;
    const ImportPlan plan = m_model->plan(); // shared, not copied
    const ImportMode mode = this->mode();
    m_result->setStyleSheet({});
    m_result->setText(tr("Importing…"));
    if (mode == ImportMode::AllOrNothing) {
        m_progress->setRange(0, 0); // one call to the server: nothing to count until it answers
    } else {
        m_progress->setRange(0, int(qMin<qint64>(plan.valid, std::numeric_limits<int>::max())));
        m_progress->setValue(0);
        m_progress->setFormat(tr("%1 of %2 items imported").arg(0).arg(QLocale().toString(plan.valid)));
    }
    updateState();

    QPointer<ImportDialog> self(this);
    auto progress = [self](qint64 imported) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, imported] {
                if (self)
                    self->onImportProgress(imported);
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this, [plan, mode, progress] { return importItems(plan, mode, progress); },
        [this, plan](const Result<ImportResult> &result) {
            m_running = false;
            m_finished = true;
            m_progress->setRange(0, 1);
            if (!result) {
                m_progress->setValue(0);
                m_progress->setFormat(tr("Not imported"));
                // Batches that were sent stay in: the message says how many, and importing the
                // file again would repeat them.
                if (m_importedSoFar > 0)
                    m_imported = true;
                m_result->setStyleSheet(statusStyle(Status::Problem));
                m_result->setText(result.error().message);
                updateState();
                emit failed(result.error());
                return;
            }
            m_imported = true;
            m_progress->setValue(1);
            m_progress->setFormat(
                tr("%1 of %2 items imported")
                    .arg(QLocale().toString(result->imported), QLocale().toString(plan.valid)));
            m_result->setStyleSheet(statusStyle(Status::Good));
            m_result->setText(describe(*result));
            updateState();
            m_closeButton->setDefault(true);
            m_closeButton->setFocus();
            emit imported(*result);
        });
}

void ImportDialog::onImportProgress(qint64 imported)
{
    if (!m_running || m_progress->maximum() == 0)
        return;
    m_importedSoFar = imported;
    m_progress->setValue(int(qMin<qint64>(imported, m_progress->maximum())));
    m_progress->setFormat(tr("%1 of %2 items imported")
                              .arg(QLocale().toString(imported), QLocale().toString(m_model->plan().valid)));
}

void ImportDialog::reject()
{
    if (m_running)
        return;
    QDialog::reject();
}

void ImportDialog::updateState()
{
    const ImportPlan &plan = m_model->plan();
    const bool choosing = m_readable && !m_running && !m_imported && plan.valid > 0;
    m_allOrNothing->setEnabled(choosing && plan.invalid == 0);
    m_allOrNothing->setToolTip(plan.invalid > 0 ? m_allOrNothingNote->text() : QString());
    m_validRows->setEnabled(choosing);
    m_onlyProblems->setEnabled(plan.invalid > 0);
    m_importButton->setEnabled(choosing);
    m_closeButton->setEnabled(!m_running);
    m_closeButton->setText(m_imported ? tr("&Close") : tr("Cancel"));
}

} // namespace inventory
