#include "newitemdialog.h"

#include "asyncrunner.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QCompleter>
#include <QVBoxLayout>
#include <limits>

namespace inventory {

NewItemDialog::NewItemDialog(const QStringList &categories, const QString &category, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_quantity(new QuantityField(this))
    , m_description(new QPlainTextEdit(this))
    , m_categoryHint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_categories(categories)
{
    setObjectName(QStringLiteral("newItemDialog"));
    setWindowTitle(tr("New Item"));
    m_name->setMaxLength(validate::maxNameLength);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(category);
    m_category->lineEdit()->setMaxLength(validate::maxCategoryLength);
    // The existing names are offered as a list while typing, whatever the case typed.
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_categoryHint->setObjectName(QStringLiteral("categoryHint"));
    m_categoryHint->setStyleSheet(statusStyle(Status::Warning));
    m_categoryHint->setWordWrap(true);
    m_price->setPlaceholderText(localePrice(1250, false));
    // The database's range (an int column), as the CLI takes it.
    m_quantity->setRange(0, validate::maxQuantity);
    m_quantity->setValue(0);
    m_quantity->lineEdit()->setAccessibleName(tr("Quantity"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_categoryHint);
    form->addRow(tr("&Price:"), m_price);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Description:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("C&reate"), QDialogButtonBox::ActionRole);
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &NewItemDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_name, m_price, m_category->lineEdit() })
        connect(edit, &QLineEdit::textChanged, this, &NewItemDialog::updateState);
    connect(m_description, &QPlainTextEdit::textChanged, this, &NewItemDialog::updateState);
    connect(m_quantity, &QuantityField::changed, this, &NewItemDialog::updateState);
    connect(m_category->lineEdit(), &QLineEdit::textChanged, this, &NewItemDialog::updateCategoryHint);
    updateCategoryHint();
    updateState();
    resize(sizeHint().expandedTo(QSize(440, 0)));
}

void NewItemDialog::setValues(const QString &name, const QString &category, const QString &price,
                              int quantity, const QString &description)
{
    m_name->setText(name);
    m_category->setCurrentText(category);
    m_price->setText(price);
    m_quantity->setValue(quantity);
    updateCategoryHint();
    m_description->setPlainText(description);
}

QString NewItemDialog::messageText() const
{
    return m_message->text();
}

std::optional<NewItem> NewItemDialog::collect(QString *problem) const
{
    NewItem item;
    item.name = m_name->text().trimmed();
    item.category = m_category->currentText().trimmed();
    item.description = m_description->toPlainText();
    if (item.name.isEmpty()) {
        *problem = tr("Give the item a name.");
        return std::nullopt;
    }
    const auto quantity = m_quantity->value();
    if (!quantity) {
        *problem = tr("Quantity: %1.").arg(m_quantity->problem()); // also shown next to the field
        return std::nullopt;
    }
    item.quantity = *quantity;
    const auto price = parseLocalePrice(m_price->text().trimmed());
    if (!price) {
        *problem = m_price->text().trimmed().isEmpty()
            ? tr("Give the item a price.")
            : tr("'%1' is not a price; write for example 12 or %2.")
                  .arg(m_price->text().trimmed(), localePrice(1250, false));
        return std::nullopt;
    }
    item.price = *price;
    if (auto invalid = validate::newItem(item)) {
        *problem = invalid->message;
        return std::nullopt;
    }
    return item;
}

void NewItemDialog::updateState()
{
    QString problem;
    const bool valid = collect(&problem).has_value();
    m_message->setStyleSheet(statusStyle(Status::Problem));
    // An empty form is not an error yet; say what is wrong once something was typed.
    const bool touched = !m_name->text().isEmpty() || !m_price->text().isEmpty();
    m_message->setText(touched ? problem : QString());
    m_createButton->setEnabled(valid && !m_busy);
}

void NewItemDialog::updateCategoryHint()
{
    const QString typed = m_category->currentText().trimmed();
    QString hint;
    if (!typed.isEmpty() && !m_categories.contains(typed)) {
        const auto sameButCase = std::find_if(m_categories.begin(), m_categories.end(), [&](const QString &name) {
            return name.compare(typed, Qt::CaseInsensitive) == 0;
        });
        hint = sameButCase != m_categories.end()
            ? tr("'%1' is a new category; did you mean '%2'?").arg(typed, *sameButCase)
            : tr("'%1' is a new category.").arg(typed);
    }
    m_categoryHint->setText(hint);
    m_categoryHint->setVisible(!hint.isEmpty());
}

void NewItemDialog::submit()
{
    QString problem;
    const auto item = collect(&problem);
    if (!item || m_busy)
        return;
    m_busy = true;
    updateState();
    m_message->setStyleSheet({});
    m_message->setText(tr("Creating…"));
    runAsync(
        this, [item = *item] { return createItem(item); },
        [this](const Result<Item> &result) {
            m_busy = false;
            if (!result) {
                updateState();
                m_message->setStyleSheet(statusStyle(Status::Problem));
                m_message->setText(result.error().message);
                return;
            }
            emit created(*result);
            accept();
        });
}

} // namespace inventory
