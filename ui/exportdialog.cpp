#include "exportdialog.h"

#include "asyncrunner.h"
#include "itemtransfer.h"
#include "statuscolor.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace inventory {

ExportDialog::ExportDialog(const QString &path, const QString &category, qint64 expected, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_category(category)
    , m_expected(expected)
    , m_what(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(category.isEmpty() ? tr("Export All Items") : tr("Export Category"));
    const QString shownPath = QDir::toNativeSeparators(path);
    m_what->setWordWrap(true);
    m_what->setText(category.isEmpty() ? tr("Writing every item to %1.").arg(shownPath)
                                       : tr("Writing the items of %1 to %2.").arg(category, shownPath));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(QSize(480, 170));
    run();
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

QString ExportDialog::describe(qint64 written, const QString &path)
{
    return tr("Exported %Ln item(s) to %1.", "", int(written)).arg(QDir::toNativeSeparators(path));
}

void ExportDialog::run()
{
    m_running = true;
    m_closeButton->setEnabled(false);
    if (m_expected > 0) {
        // Counts can exceed int; the bar only needs the proportion.
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(tr("%Ln item(s) written", "", 0));

    // The progress callback runs on the worker thread: it only posts to the dialog, if it is
    // still there.
    QPointer<ExportDialog> self(this);
    auto progress = [self](qint64 written) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, written] {
                if (self)
                    self->onProgress(written);
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this,
        [path = m_path, category = m_category, progress]() -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return std::unexpected(Error::invalidInput(
                    tr("file"), tr("cannot write '%1': %2").arg(path, file.errorString())));
            }
            auto written = exportItems(&file, category, progress);
            if (!written)
                return std::unexpected(written.error()); // the save file is discarded
            if (!file.commit())
                return std::unexpected(
                    Error::server(tr("Cannot write '%1': %2").arg(path, file.errorString())));
            return *written;
        },
        [this](const Result<qint64> &result) {
            m_running = false;
            m_finished = true;
            m_closeButton->setEnabled(true);
            m_closeButton->setDefault(true);
            m_closeButton->setFocus();
            m_progress->setRange(0, 1);
            if (!result) {
                m_progress->setValue(0);
                m_progress->setFormat(tr("Not exported"));
                m_result->setStyleSheet(statusStyle(Status::Problem));
                m_result->setText(result.error().message);
                emit failed(result.error());
                return;
            }
            m_progress->setValue(1);
            m_progress->setFormat(tr("%Ln item(s) written", "", int(*result)));
            m_result->setStyleSheet(statusStyle(Status::Good));
            m_result->setText(describe(*result, m_path));
            emit exported(*result, m_path);
        });
}

void ExportDialog::onProgress(qint64 written)
{
    if (!m_running)
        return;
    if (m_expected > 0)
        m_progress->setValue(int(qMin<qint64>(1000, written * 1000 / m_expected)));
    m_progress->setFormat(tr("%Ln item(s) written", "", int(written)));
}

void ExportDialog::reject()
{
    if (m_running)
        return;
    QDialog::reject();
}

} // namespace inventory
