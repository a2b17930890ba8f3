#pragma once

#include "stock.h"
#include "types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace inventory {

/// A manager's correction of one item's quantity on hand: by a signed amount (damaged, lost,
/// found) or to a figure, with a reason and a note. Shows what it will book, asks before booking.
class AdjustDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdjustDialog(const Item &item, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    /// `to`: the amount is the new quantity; otherwise the signed change.
    void setMode(bool to);
    void setAmountText(const QString &text);
    void setReason(StockReason reason);
    void setNote(const QString &note);
    /// The change that would be booked, if the input is right.
    std::optional<qint64> change() const;
    QString amountProblem() const;
    /// "Adjust #12 'Blue vase' by −3 (Damaged): 7 → 4 on hand", empty while the input is wrong.
    QString summary() const;
    bool canSubmit() const;
    void submit();
    QString messageText() const;

signals:
    void adjusted(const inventory::StockMovement &movement, const inventory::Item &item);

private:
    void updateState();
    void book();

    Item m_item;
    QRadioButton *m_by;
    QRadioButton *m_to;
    QLineEdit *m_amount;
    QLabel *m_amountError;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_adjustButton;
    bool m_busy = false;
};

} // namespace inventory
