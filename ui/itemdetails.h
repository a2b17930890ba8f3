#pragma once

#include "types.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace inventory {

class BlocksModel;
class ElidedLabel;
class TableView;

/// One item: all its fields and its reservations, temporary and permanent.
class ItemDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ItemDetails(QWidget *parent = nullptr);

    /// Shows `item` (its reservations load in the background); an item with id 0 clears.
    void setItem(const Item &item);
    const Item &item() const { return m_item; }
    BlocksModel *blocksModel() const { return m_blocks; }
    TableView *blocksView() const { return m_view; }
    void setReserveEnabled(bool enabled, const QString &toolTip);

signals:
    void reserveRequested();

private:
    Item m_item;
    ElidedLabel *m_title;
    QLabel *m_fields;
    QLabel *m_description;
    QPushButton *m_reserve;
    BlocksModel *m_blocks;
    TableView *m_view;
};

} // namespace inventory
