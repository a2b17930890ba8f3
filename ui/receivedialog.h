#pragma once

#include "stock.h"
#include "types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inventory {

/// Goods in for one item: how many, why (a delivery or a customer return), a reference (the
/// delivery note). What it will book is shown before it is asked for and asked again before it
/// is booked.
class ReceiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiveDialog(const Item &item, QWidget *parent = nullptr);

    QLineEdit *quantityEdit() const { return m_quantity; }
    void setQuantityText(const QString &text);
    void setReason(StockReason reason);
    void setReference(const QString &reference);
    /// "Receive 24 units of #1940 'Blue vase': 7 → 31 available", or empty while the input is wrong.
    QString summary() const;
    /// What is wrong with the quantity as typed, or empty.
    QString quantityProblem() const;
    bool canSubmit() const;
    /// Asks for confirmation, then books (what the Receive button does).
    void submit();
    QString messageText() const;

signals:
    void received(const inventory::StockMovement &movement, const inventory::Item &item);

private:
    void updateState();
    void book();

    Item m_item;
    QLineEdit *m_quantity;
    QLabel *m_quantityError;
    QComboBox *m_reason;
    QLineEdit *m_reference;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_receiveButton;
    bool m_busy = false;
};

/// "#1940 'Blue vase'"
QString itemTitle(const Item &item);
QString itemTitle(qint64 id, const QString &name);

} // namespace inventory
