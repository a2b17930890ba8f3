#include "lowstockpane.h"

#include "lowstockmodel.h"
#include "tableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace inventory {

LowStockPane::LowStockPane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent)
    , m_model(new LowStockModel(this))
    , m_category(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new TableView(m_model, LowStockModel::SortRole, this))
{
    setObjectName(QStringLiteral("lowStockPane"));
    m_category->setObjectName(QStringLiteral("lowStockCategory"));
    m_category->addItem(tr("All categories"), QString());
    m_category->setMinimumContentsLength(18);
    m_summary->setObjectName(QStringLiteral("lowStockSummary"));
    m_view->setObjectName(QStringLiteral("lowStockView"));
    m_view->setAccessibleName(tr("Items at or below their reorder point"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(LowStockModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(LowStockModel::IdColumn, 70);
    m_view->setColumnWidth(LowStockModel::CategoryColumn, 140);
    for (int column : { LowStockModel::AvailableColumn, LowStockModel::ReorderPointColumn,
                        LowStockModel::ShortColumn, LowStockModel::ReorderQuantityColumn })
        m_view->setColumnWidth(column, 90);
    m_view->setToolTip(tr("Enter or double-click opens the item"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Items at or below their reorder point in"), this));
    row->addWidget(m_category);
    row->addStretch();
    row->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_view);

    connect(m_category, &QComboBox::currentIndexChanged, this, &LowStockPane::applyFilter);
    connect(m_model, &LowStockModel::loaded, this, &LowStockPane::updateSummary);
    connect(m_model, &LowStockModel::failed, this, &LowStockPane::failed);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(LowStockModel::ItemIdRole).toLongLong();
        if (id > 0)
            emit itemActivated(id);
    });
}

void LowStockPane::setCategories(const QStringList &categories)
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString &name : categories)
        m_category->addItem(name, name);
    const int index = m_category->findData(current);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty() && m_model->isActive())
        applyFilter();
}

void LowStockPane::activate()
{
    if (!m_model->isActive())
        applyFilter();
}

QString LowStockPane::title() const
{
    return tr("&Low Stock");
}

QIcon LowStockPane::icon() const
{
    return namedIcon("low-stock");
}

void LowStockPane::refresh()
{
    m_model->refresh();
}

void LowStockPane::liveRefresh(int tick)
{
    // Others' reservations and receipts move items in and out of the list; every 6 s is enough.
    if (isCurrent() && tick % 4 == 0)
        m_model->refresh(true);
}

void LowStockPane::clear()
{
    m_model->clear();
    m_summary->clear();
}

void LowStockPane::currentChanged()
{
    if (isCurrent())
        activate();
}

void LowStockPane::applyFilter()
{
    m_summary->setText(tr("Loading…"));
    m_model->load(m_category->currentData().toString());
}

QString LowStockPane::summaryText() const
{
    return m_summary->text();
}

void LowStockPane::updateSummary()
{
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("Nothing is low.")
                           : tr("%Ln item(s) to reorder", "", m_model->rowCount()));
}

} // namespace inventory
