#include "itemdetails.h"

#include "blocksmodel.h"
#include "elidedlabel.h"
#include "localeformat.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

ItemDetails::ItemDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_fields(new QLabel(this))
    , m_description(new QLabel(this))
    , m_reserve(new QPushButton(QIcon(QStringLiteral(":/icons/reserve.svg")), tr("Res&erve…"), this))
    , m_blocks(new BlocksModel(this))
    , m_view(new TableView(m_blocks, BlocksModel::SortRole, this))
{
    m_title->setObjectName(QStringLiteral("itemTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long category names or descriptions wrap or are cut; they never widen the window.
    m_fields->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setWordWrap(true);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("itemBlocksView"));
    m_view->setAccessibleName(tr("Reservations of this item"));
    m_view->hideColumn(BlocksModel::ItemColumn); // it is this item
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_reserve, &QPushButton::clicked, this, &ItemDetails::reserveRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_reserve);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_fields);
    layout->addWidget(m_description);
    layout->addWidget(new QLabel(tr("Reservations of this item:"), this));
    layout->addWidget(m_view, 1);
    setItem({});
}

void ItemDetails::setItem(const Item &item)
{
    const bool sameItem = item.id == m_item.id;
    m_item = item;
    if (item.id == 0) {
        m_title->setFullText(tr("No item selected"));
        m_fields->clear();
        m_description->clear();
        m_reserve->setVisible(false);
        m_blocks->clear();
        return;
    }
    const QLocale locale;
    m_reserve->setVisible(true);
    m_title->setFullText(tr("#%1 %2").arg(item.id).arg(item.name));
    m_fields->setText(tr("<table cellspacing=2>"
                         "<tr><td>Category:</td><td><b>%1</b></td><td width=24></td>"
                         "<td>Price:</td><td><b>%2</b></td></tr>"
                         "<tr><td>Available:</td><td><b>%3</b></td><td></td>"
                         "<td>Reserved:</td><td><b>%4</b></td></tr>"
                         "<tr><td>Created:</td><td>%5</td><td></td>"
                         "<td>Last change:</td><td>%6</td></tr></table>")
                          .arg(item.category.isEmpty() ? tr("(none)") : item.category.toHtmlEscaped(),
                               localePrice(item.price), locale.toString(item.available()),
                               locale.toString(item.reserved - item.expiredHeld),
                               tableMoment(item.createdAt),
                               tableMoment(item.updatedAt)));
    m_fields->setToolTip(
        item.expiredHeld > 0
            ? tr("Available: %1 on the shelf and %2 held by expired reservations not cleaned up yet; a "
                 "reservation takes those back first, so they count as available.")
                  .arg(locale.toString(item.quantity), locale.toString(item.expiredHeld))
            : tr("Available counts the units of expired reservations not cleaned up yet: a reservation "
                 "takes those back first."));
    m_description->setText(item.description);
    m_description->setVisible(!item.description.isEmpty());
    if (!sameItem || !m_blocks->isActive()) {
        BlockFilter filter;
        filter.itemId = item.id;
        filter.limit = 500;
        m_blocks->setFilter(filter);
    }
}

void ItemDetails::setReserveEnabled(bool enabled, const QString &toolTip)
{
    m_reserve->setEnabled(enabled);
    m_reserve->setToolTip(toolTip);
}

} // namespace inventory
