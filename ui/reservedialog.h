#pragma once

#include "types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace inventory {

/// Reserve units of one item: quantity (bounded by what is available), expiry, reference. The
/// answer (block number, what is left, when it expires) is shown in the dialog.
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

    Item m_item;
    QSpinBox *m_quantity;
    QComboBox *m_expiry;
    QLineEdit *m_reference;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_reserveButton;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace inventory
