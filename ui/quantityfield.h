#pragma once

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;

namespace inventory {

/// A whole number typed into a line edit, kept exactly as typed: a value outside the range or
/// not a number is never corrected digit by digit (as a QSpinBox does), it is refused with the
/// reason shown next to the field, and the dialog disables its OK button.
class QuantityField : public QWidget
{
    Q_OBJECT
public:
    explicit QuantityField(QWidget *parent = nullptr);

    void setRange(qint64 minimum, qint64 maximum);
    /// What is said above the maximum ("Only 328 available"); by default the range.
    void setAboveMaximumText(const QString &text);
    /// What is said below the minimum ("Reserve at least 1"); by default the range.
    void setBelowMinimumText(const QString &text);

    void setValue(qint64 value);
    /// The number typed, if it is one within the range.
    std::optional<qint64> value() const;
    /// Why the text is not a quantity in the range; empty when it is.
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void update();
    QString rangeText() const;

    QLineEdit *m_edit;
    QLabel *m_problem;
    qint64 m_minimum = 0;
    qint64 m_maximum = 0;
    QString m_aboveMaximum;
    QString m_belowMinimum;
};

} // namespace inventory
