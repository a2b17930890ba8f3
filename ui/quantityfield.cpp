#include "quantityfield.h"
#include "statuscolor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace inventory {

QuantityField::QuantityField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_problem(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("quantityEdit"));
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16 + 16);
    m_problem->setObjectName(QStringLiteral("quantityProblem"));
    m_problem->setStyleSheet(statusStyle(Status::Problem));
    setFocusProxy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem, 1);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        update();
        emit changed();
    });
}

void QuantityField::setRange(qint64 minimum, qint64 maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    update();
}

void QuantityField::setAboveMaximumText(const QString &text)
{
    m_aboveMaximum = text;
    update();
}

void QuantityField::setBelowMinimumText(const QString &text)
{
    m_belowMinimum = text;
    update();
}

void QuantityField::setValue(qint64 value)
{
    m_edit->setText(QString::number(value));
}

QString QuantityField::rangeText() const
{
    const QLocale locale;
    return tr("Between %1 and %2").arg(locale.toString(m_minimum), locale.toString(m_maximum));
}

QString QuantityField::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter a quantity");
    bool ok = false;
    qint64 number = text.toLongLong(&ok);
    if (!ok)
        number = QLocale().toLongLong(text, &ok); // "1,000" as the table shows it
    if (!ok) {
        // A whole number too long even for 64 bits is still above the maximum, not "not a number".
        static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
        if (digits.match(text).hasMatch())
            return text.startsWith(QLatin1Char('-')) ? (m_belowMinimum.isEmpty() ? rangeText() : m_belowMinimum)
                                                     : (m_aboveMaximum.isEmpty() ? rangeText() : m_aboveMaximum);
        return tr("'%1' is not a whole number").arg(text);
    }
    if (number > m_maximum)
        return m_aboveMaximum.isEmpty() ? rangeText() : m_aboveMaximum;
    if (number < m_minimum)
        return m_belowMinimum.isEmpty() ? rangeText() : m_belowMinimum;
    return {};
}

std::optional<qint64> QuantityField::value() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    const QString text = m_edit->text().trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? number : QLocale().toLongLong(text);
}

void QuantityField::update()
{
    m_problem->setText(problem());
}

} // namespace inventory
