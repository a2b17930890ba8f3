#pragma once

#include "types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inventory {

class QuantityField;

/// Reserve units of one item: quantity (refused above what is available, never cut), expiry,
/// reference. The answer (block number, what is left, when it expires) is shown in the dialog,
/// which then shows the new stock figure and takes the next reservation.
class ReserveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReserveDialog(const Item &item, QWidget *parent = nullptr);

    void setQuantity(int quantity);
    void setReference(const QString &reference);
    /// Sends the reservation (what the Reserve button does).
    void submit();
    /// The outcome shown to the user, once there is one.
    QString resultText() const;

signals:
    void reserved(const inventory::Reservation &reservation);

private:
    void updateState();
    void showItem();

    Item m_item;
    QLabel *m_heading;
    QuantityField *m_quantity;
    QComboBox *m_expiry;
    QLineEdit *m_reference;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reserveButton;
    bool m_busy = false;
    /// The outcome of the last reservation stays on screen until something is changed.
    bool m_showingOutcome = false;
};

} // namespace inventory
