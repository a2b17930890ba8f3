#include "historypane.h"

#include "asyncrunner.h"
#include "csv.h"
#include "historymodel.h"
#include "localeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace inventory {

Result<qint64> exportHistory(HistoryFilter filter, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::invalidInput(
            QCoreApplication::translate("inventory::HistoryPane", "file"),
            QCoreApplication::translate("inventory::HistoryPane", "cannot write '%1': %2")
                .arg(path, file.errorString())));
    // Column names as the CLI's history prints them: stable, not translated, for scripts.
    file.write(csv::record({ QStringLiteral("time"), QStringLiteral("item_id"), QStringLiteral("item"),
                             QStringLiteral("kind"), QStringLiteral("reason"), QStringLiteral("change"),
                             QStringLiteral("resulting_quantity"), QStringLiteral("actor"),
                             QStringLiteral("reference"), QStringLiteral("note"),
                             QStringLiteral("reservation") }));
    filter.limit = 5000;
    filter.after.reset();
    qint64 written = 0;
    for (;;) {
        auto page = history(filter);
        if (!page)
            return std::unexpected(page.error());
        for (const HistoryEntry &e : *page) {
            file.write(csv::record({ e.at.toUTC().toString(Qt::ISODateWithMs), QString::number(e.itemId),
                                     e.itemName, e.kind, e.reason, QString::number(e.change),
                                     e.resultingQuantity ? QString::number(*e.resultingQuantity) : QString(),
                                     e.actor, e.reference, e.note,
                                     e.blockId ? QString::number(e.blockId) : QString() }));
        }
        written += page->size();
        if (page->size() < filter.limit)
            break;
        const HistoryEntry &last = page->last();
        filter.after = HistoryCursor::after(last);
    }
    if (!file.commit())
        return std::unexpected(Error::server(QCoreApplication::translate("inventory::HistoryPane",
                                                                         "Cannot write '%1': %2")
                                                 .arg(path, file.errorString())));
    return written;
}

HistoryPane::HistoryPane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent)
    , m_model(new HistoryModel(this))
    , m_kind(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_item(new QLineEdit(this))
    , m_itemLabel(new QLabel(tr("Item:"), this))
    , m_sinceOn(new QCheckBox(tr("Fro&m"), this))
    , m_since(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_untilOn(new QCheckBox(tr("&Until"), this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_export(new QPushButton(tr("E&xport to CSV…"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyPane"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(12);
    m_kind->addItem(tr("Everything"), QStringList());
    m_kind->addItem(tr("Stock movements"), movementKinds());
    for (const QString &kind : movementKinds())
        m_kind->addItem(QStringLiteral("   ") + historyKindLabel(kind), QStringList { kind });
    m_kind->addItem(tr("Reservations"), reservationKinds());
    for (const QString &kind : reservationKinds())
        m_kind->addItem(QStringLiteral("   ") + historyKindLabel(kind), QStringList { kind });
    m_reason->setObjectName(QStringLiteral("reasonFilter"));
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(9);
    m_reason->addItem(tr("Any reason"), QString());
    for (StockReason reason : allReasons())
        m_reason->addItem(reasonLabel(reason), reasonCode(reason));
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setAccessibleName(tr("Filter by role"));
    m_actor->setPlaceholderText(tr("By (role)"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(110);
    m_item->setObjectName(QStringLiteral("itemFilter"));
    m_item->setAccessibleName(tr("Filter by item id"));
    m_item->setPlaceholderText(tr("Item id"));
    m_item->setClearButtonEnabled(true);
    m_item->setMaximumWidth(80);
    m_item->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9]{0,18}")), m_item));
    m_since->setAccessibleName(tr("History from"));
    m_until->setAccessibleName(tr("History until"));
    for (QDateTimeEdit *edit : { m_since, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(tableMomentFormat());
        edit->setEnabled(false);
    }
    m_summary->setObjectName(QStringLiteral("historySummary"));

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Stock history"));
    m_view->setModel(m_model);
    // The server's order (newest first) is the only one that pages correctly: no sorting.
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths (the rows arrive a page at a time, so nothing is sized to its contents); the
    // note takes what is left.
    m_view->setColumnWidth(HistoryModel::TimeColumn, 150);
    m_view->setColumnWidth(HistoryModel::ItemColumn, 175);
    m_view->setColumnWidth(HistoryModel::KindColumn, 130);
    m_view->setColumnWidth(HistoryModel::ReasonColumn, 75);
    m_view->setColumnWidth(HistoryModel::ChangeColumn, 60);
    m_view->setColumnWidth(HistoryModel::ResultingColumn, 70);
    m_view->setColumnWidth(HistoryModel::ActorColumn, 110);
    m_view->setColumnWidth(HistoryModel::ReferenceColumn, 95);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_reason);
    filters->addWidget(m_actor);
    filters->addWidget(m_itemLabel);
    filters->addWidget(m_item);
    filters->addWidget(m_sinceOn);
    filters->addWidget(m_since);
    filters->addWidget(m_untilOn);
    filters->addWidget(m_until);
    filters->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addLayout(bottom);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryPane::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilters);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &HistoryPane::applyFilters);
    for (QLineEdit *edit : { m_actor, m_item }) {
        connect(edit, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &HistoryPane::applyFilters);
    }
    connect(m_sinceOn, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilOn, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_sinceOn, &QCheckBox::toggled, this, &HistoryPane::applyFilters);
    connect(m_untilOn, &QCheckBox::toggled, this, &HistoryPane::applyFilters);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_until, &QDateTimeEdit::dateTimeChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_export, &QPushButton::clicked, this, &HistoryPane::chooseExportFile);
    connect(m_model, &HistoryModel::loaded, this, &HistoryPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPane::updateSummary);
    connect(m_model, &HistoryModel::failed, this, &HistoryPane::failed);
    updateSummary();
}

void HistoryPane::setFixedItem(qint64 itemId)
{
    m_fixedItem = itemId;
    m_item->setText(QString::number(itemId));
    m_item->hide();
    m_itemLabel->hide();
    m_view->setColumnHidden(HistoryModel::ItemColumn, true);
}

HistoryFilter HistoryPane::currentFilter() const
{
    HistoryFilter filter;
    filter.kinds = m_kind->currentData().toStringList();
    filter.reason = m_reason->currentData().toString();
    filter.actor = m_actor->text().trimmed();
    if (m_fixedItem) {
        filter.itemId = *m_fixedItem;
    } else {
        QString idText = m_item->text().trimmed();
        if (idText.startsWith(QLatin1Char('#')))
            idText.remove(0, 1);
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        if (ok && id > 0)
            filter.itemId = id;
    }
    if (m_sinceOn->isChecked())
        filter.since = m_since->dateTime().toUTC();
    if (m_untilOn->isChecked())
        filter.until = m_until->dateTime().toUTC();
    return filter;
}

void HistoryPane::showFilter(const HistoryFilter &filter)
{
    {
        const QSignalBlocker kind(m_kind), reason(m_reason), since(m_sinceOn), until(m_untilOn),
            sinceEdit(m_since), untilEdit(m_until);
        const int kindIndex = m_kind->findData(filter.kinds);
        m_kind->setCurrentIndex(kindIndex >= 0 ? kindIndex : 0);
        const int reasonIndex = m_reason->findData(filter.reason);
        m_reason->setCurrentIndex(reasonIndex >= 0 ? reasonIndex : 0);
        m_actor->setText(filter.actor);
        if (!m_fixedItem)
            m_item->setText(filter.itemId ? QString::number(*filter.itemId) : QString());
        m_sinceOn->setChecked(filter.since.isValid());
        m_since->setEnabled(filter.since.isValid());
        if (filter.since.isValid())
            m_since->setDateTime(filter.since.toLocalTime());
        m_untilOn->setChecked(filter.until.isValid());
        m_until->setEnabled(filter.until.isValid());
        if (filter.until.isValid())
            m_until->setDateTime(filter.until.toLocalTime());
    }
    applyFilters();
}

void HistoryPane::activate()
{
    if (!m_model->isActive())
        applyFilters();
}

QString HistoryPane::title() const
{
    return tr("Histor&y");
}

QIcon HistoryPane::icon() const
{
    return namedIcon("history");
}

void HistoryPane::refresh()
{
    if (m_model->isActive())
        m_model->refresh();
}

void HistoryPane::liveRefresh(int tick)
{
    Q_UNUSED(tick);
}

void HistoryPane::clear()
{
    m_model->clear();
    updateSummary();
}

void HistoryPane::updateActions()
{
    m_export->setToolTip(m_model->rowCount() > 0
                             ? tr("Write every entry the filters match to a CSV file")
                             : tr("Nothing to export: no entry matches the filters."));
}

void HistoryPane::currentChanged()
{
    if (isCurrent())
        activate();
}

void HistoryPane::applyFilters()
{
    m_debounce.stop();
    m_model->setFilter(currentFilter());
    updateSummary();
}

QString HistoryPane::summaryText() const
{
    return m_summary->text();
}

void HistoryPane::updateSummary()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0)
        m_summary->setText(tr("Loading…"));
    else if (!m_model->isActive())
        m_summary->clear();
    else if (m_model->isComplete())
        m_summary->setText(tr("%Ln entry(s)", "", rows));
    else
        m_summary->setText(tr("The newest %Ln entry(s); more as you scroll", "", rows));
    m_export->setEnabled(rows > 0 && !m_exporting);
}

void HistoryPane::chooseExportFile()
{
    const QString name = m_fixedItem ? tr("history-item-%1.csv").arg(*m_fixedItem) : tr("history.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export History to CSV"),
                                                      QDir::home().filePath(name),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void HistoryPane::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    updateSummary();
    runAsync(
        this, [filter = currentFilter(), path] { return exportHistory(filter, path); },
        [this, path](const Result<qint64> &result) {
            m_exporting = false;
            updateSummary();
            if (!result) {
                emit failed(result.error());
                return;
            }
            emit exported(*result, path);
        });
}

} // namespace inventory
