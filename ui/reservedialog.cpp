#include "reservedialog.h"

#include "asyncrunner.h"
#include "duration.h"
#include "error.h"
#include "localeformat.h"
#include "operations.h"
#include "quantityfield.h"
#include "validation.h"
#include "statuscolor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

ReserveDialog::ReserveDialog(const Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_heading(new QLabel(this))
    , m_quantity(new QuantityField(this))
    , m_expiry(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_reserveButton(m_buttons->addButton(tr("&Reserve"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("reserveDialog"));
    setWindowTitle(tr("Reserve #%1 %2").arg(item.id).arg(item.name));

    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_quantity->lineEdit()->setAccessibleName(tr("Quantity"));
    m_quantity->setBelowMinimumText(tr("Reserve at least 1"));
    showItem();
    m_quantity->setValue(m_item.available() > 0 ? 1 : 0);

    // Durations as the CLI takes them ("90m", "1h30m"); the presets cover the usual cases.
    m_expiry->setEditable(true);
    for (const QString &preset : { QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h"),
                                   QStringLiteral("2h"), QStringLiteral("4h"), QStringLiteral("1d") })
        m_expiry->addItem(preset);
    m_expiry->setCurrentText(QStringLiteral("1h"));
    m_expiry->setToolTip(tr("How long the units are held: 30m, 1h, 2h30m, 1d (at most %1).")
                             .arg(formatDuration(maximumReservationTtl)));

    m_reference->setMaxLength(validate::maxReferenceLength);
    m_reference->setPlaceholderText(tr("Order number or note (optional)"));

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("resultLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Expires after:"), m_expiry);
    form->addRow(tr("Re&ference:"), m_reference);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_reserveButton->setDefault(true);
    connect(m_reserveButton, &QPushButton::clicked, this, &ReserveDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto edited = [this] {
        m_showingOutcome = false;
        m_reserveButton->setDefault(true); // after a reservation Enter closed; now it reserves again
        updateState();
    };
    connect(m_expiry, &QComboBox::currentTextChanged, this, edited);
    connect(m_quantity, &QuantityField::changed, this, edited);
    updateState();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void ReserveDialog::showItem()
{
    const QLocale locale;
    // Units held by expired reservations count as available: the reservation takes them back.
    m_heading->setText(tr("<b>#%1 %2</b><br>%3 available, %4 already reserved")
                           .arg(m_item.id)
                           .arg(m_item.name.toHtmlEscaped())
                           .arg(locale.toString(m_item.available()))
                           .arg(locale.toString(m_item.reserved - m_item.expiredHeld)));
    m_quantity->setRange(1, qMax<qint64>(m_item.available(), 0));
    m_quantity->setAboveMaximumText(tr("Only %1 available").arg(locale.toString(m_item.available())));
}

void ReserveDialog::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

void ReserveDialog::setReference(const QString &reference)
{
    m_reference->setText(reference);
}

QString ReserveDialog::resultText() const
{
    return m_result->text();
}

void ReserveDialog::updateState()
{
    const auto ttl = parseDuration(m_expiry->currentText().trimmed());
    QString problem;
    if (m_item.available() <= 0)
        problem = tr("Nothing of this item is available.");
    else if (!ttl)
        problem =
            tr("'%1' is not a duration; write for example 30m, 1h or 2h30m.").arg(m_expiry->currentText());
    else if (auto invalid = validate::ttl(*ttl))
        problem = invalid->message;
    if (!m_showingOutcome && !m_busy) {
        m_result->setText(problem);
        m_result->setStyleSheet(problem.isEmpty() ? QString() : statusStyle(Status::Problem));
    }
    // The quantity's own problem is shown next to it.
    m_reserveButton->setEnabled(problem.isEmpty() && m_quantity->value().has_value() && !m_busy);
}

void ReserveDialog::submit()
{
    if (m_busy || !m_reserveButton->isEnabled())
        return;
    const auto ttl = parseDuration(m_expiry->currentText().trimmed());
    const auto quantity = m_quantity->value();
    if (!ttl || !quantity)
        return;
    m_busy = true;
    m_showingOutcome = false;
    updateState();
    m_result->setStyleSheet({});
    m_result->setText(tr("Reserving…"));
    const qint64 itemId = m_item.id;
    const QString reference = m_reference->text().trimmed();
    runAsync(
        this, [=, quantity = *quantity] { return reserve(itemId, quantity, *ttl, reference); },
        [this](const Result<Reservation> &result) {
            m_busy = false;
            m_showingOutcome = true;
            if (!result) {
                // The server's refusal as it said it; the user may change the numbers and retry.
                updateState();
                m_result->setStyleSheet(statusStyle(Status::Problem));
                m_result->setText(result.error().message);
                return;
            }
            m_result->setStyleSheet(statusStyle(Status::Good));
            m_result->setText(tr("Reservation #%1: %2 of #%3 %4 held until %5. %6 left in stock.")
                                  .arg(result->blockId)
                                  .arg(result->quantityBlocked)
                                  .arg(result->itemId)
                                  .arg(result->itemName, shortMoment(result->expiresAt))
                                  .arg(QLocale().toString(result->remainingQuantity)));
            // The next reservation starts from the new figure (the one taken gave back any
            // expired units it needed) and is another order: a reference is not carried over.
            if (!result->replayed) {
                m_item.reserved += result->quantityBlocked;
                m_item.expiredHeld = 0;
            }
            m_item.quantity = result->remainingQuantity;
            showItem();
            {
                const QSignalBlocker blocker(m_reference);
                m_reference->clear();
            }
            updateState();
            // Enter now closes; a second reservation is a deliberate click.
            m_reserveButton->setDefault(false);
            m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
            m_buttons->button(QDialogButtonBox::Close)->setFocus();
            emit reserved(*result);
        });
}

} // namespace inventory
