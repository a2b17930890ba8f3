#include "edititemdialog.h"

#include "asyncrunner.h"
#include "confirmation.h"
#include "localeformat.h"
#include "receivedialog.h"
#include "validation.h"
#include "statuscolor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inventory {

namespace {
constexpr int maxSkuLength = 64;

// The dialog's context for the free functions too (lupdate would file a bare tr() here under
// "inventory").
struct DialogText
{
    Q_DECLARE_TR_FUNCTIONS(inventory::EditItemDialog)
};

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString shown(const QString &value)
{
    return value.isEmpty() ? DialogText::tr("(none)") : QStringLiteral("'%1'").arg(value);
}
} // namespace

QString barcodeProblem(const QString &code)
{
    if (code.isEmpty())
        return {};
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > '9')
            return DialogText::tr("A barcode has digits only.");
    }
    if (code.size() != 13 && code.size() != 12)
        return DialogText::tr("An EAN-13 barcode has 13 digits and a UPC-A one 12; this has %1.")
            .arg(code.size());
    // UPC-A is EAN-13 with a leading 0: weights 1 and 3 alternate from the left over the first 12.
    const QString ean = code.size() == 12 ? QLatin1Char('0') + code : code;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (ean.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    const int check = (10 - sum % 10) % 10;
    const int given = ean.at(12).unicode() - '0';
    if (check != given)
        return DialogText::tr("The check digit should be %1, not %2: a digit is mistyped.")
            .arg(check)
            .arg(given);
    return {};
}

EditItemDialog::EditItemDialog(const Item &item, const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_category(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("editItemDialog"));
    setWindowTitle(tr("Edit Item %1").arg(itemTitle(item)));
    auto *form = new QFormLayout;
    auto addLine = [&](Field field, const QString &label, const QString &value, const QString &placeholder) {
        auto *edit = new QLineEdit(value, this);
        edit->setPlaceholderText(placeholder);
        auto *error = new QLabel(this);
        error->setStyleSheet(statusStyle(Status::Problem));
        error->setWordWrap(true);
        error->hide();
        m_edits.insert(int(field), edit);
        m_errors.insert(int(field), error);
        form->addRow(label, edit);
        form->addRow(QString(), error);
        connect(edit, &QLineEdit::textChanged, this, &EditItemDialog::updateState);
    };
    addLine(Field::Name, tr("&Name:"), item.name, {});
    m_edits.value(int(Field::Name))->setMaxLength(validate::maxNameLength);

    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->setCurrentText(item.category);
    m_category->lineEdit()->setMaxLength(validate::maxCategoryLength);
    form->addRow(tr("&Category:"), m_category);
    m_edits.insert(int(Field::Category), m_category->lineEdit());
    connect(m_category, &QComboBox::currentTextChanged, this, &EditItemDialog::updateState);

    addLine(Field::Price, tr("&Price:"), localePrice(item.price, false), localePrice(1250, false));
    addLine(Field::Sku, tr("&SKU:"), item.sku, tr("your own article number (optional)"));
    addLine(Field::Barcode, tr("&Barcode:"), item.barcode, tr("EAN-13 or UPC-A (optional)"));
    addLine(Field::ReorderPoint, tr("Reorder &at:"), optionalNumber(item.reorderPoint),
            tr("low stock at or below this many units (optional)"));
    addLine(Field::ReorderQuantity, tr("Reorder &quantity:"), optionalNumber(item.reorderQuantity),
            tr("units to order when low (optional)"));

    m_description->setPlainText(item.description);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    auto *descriptionError = new QLabel(this);
    descriptionError->setStyleSheet(statusStyle(Status::Problem));
    descriptionError->hide();
    m_errors.insert(int(Field::Description), descriptionError);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), descriptionError);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EditItemDialog::updateState);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &EditItemDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateState();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

QLineEdit *EditItemDialog::lineEdit(Field field) const
{
    return m_edits.value(int(field));
}

void EditItemDialog::setText(Field field, const QString &text)
{
    if (field == Field::Description)
        m_description->setPlainText(text);
    else if (field == Field::Category)
        m_category->setCurrentText(text);
    else if (QLineEdit *edit = lineEdit(field))
        edit->setText(text);
}

QString EditItemDialog::text(Field field) const
{
    if (field == Field::Description)
        return m_description->toPlainText();
    if (field == Field::Category)
        return m_category->currentText().trimmed();
    return lineEdit(field)->text().trimmed();
}

QString EditItemDialog::messageText() const
{
    return m_message->text();
}

QString EditItemDialog::problem(Field field) const
{
    const QString value = text(field);
    switch (field) {
    case Field::Name:
        if (value.isEmpty())
            return tr("An item needs a name.");
        if (auto invalid = validate::text(tr("name"), value, validate::maxNameLength, true))
            return invalid->message;
        return {};
    case Field::Description:
        if (auto invalid =
                validate::text(tr("description"), value, validate::maxDescriptionLength, false, true))
            return invalid->message;
        return {};
    case Field::Price: {
        const auto price = parseLocalePrice(value);
        if (!price)
            return value.isEmpty()
                ? tr("An item needs a price.")
                : tr("'%1' is not a price; write for example 12 or %2.").arg(value, localePrice(1250, false));
        if (auto invalid = validate::price(*price))
            return invalid->message;
        return {};
    }
    case Field::Category:
        if (auto invalid = validate::text(tr("category"), value, validate::maxCategoryLength, false))
            return invalid->message;
        return {};
    case Field::Sku:
        if (value.size() > maxSkuLength)
            return tr("A SKU has at most %1 characters.").arg(maxSkuLength);
        if (value.contains(QLatin1Char(' ')))
            return tr("A SKU has no spaces.");
        return {};
    case Field::Barcode:
        return barcodeProblem(value);
    case Field::ReorderPoint:
    case Field::ReorderQuantity: {
        if (value.isEmpty())
            return {};
        const auto number = parseWholeNumber(value);
        if (!number)
            return tr("'%1' is not a number of units.").arg(value);
        if (*number > validate::maxQuantity)
            return tr("At most %1.").arg(QLocale().toString(validate::maxQuantity));
        if (field == Field::ReorderQuantity && *number == 0)
            return tr("Order at least 1 unit, or leave it empty.");
        return {};
    }
    }
    return {};
}

std::optional<ItemEdit> EditItemDialog::edit() const
{
    for (int f = int(Field::Name); f <= int(Field::ReorderQuantity); ++f) {
        if (!problem(Field(f)).isEmpty())
            return std::nullopt;
    }
    ItemEdit edit;
    if (text(Field::Name) != m_item.name)
        edit.name = text(Field::Name);
    if (text(Field::Description) != m_item.description)
        edit.description = text(Field::Description);
    if (const Cents price = *parseLocalePrice(text(Field::Price)); price != m_item.price)
        edit.price = price;
    if (text(Field::Category) != m_item.category)
        edit.category = text(Field::Category);
    if (text(Field::Sku) != m_item.sku)
        edit.sku = text(Field::Sku);
    if (text(Field::Barcode) != m_item.barcode)
        edit.barcode = text(Field::Barcode);
    auto number = [this](Field field) -> std::optional<qint64> {
        const QString value = text(field);
        return value.isEmpty() ? std::nullopt : parseWholeNumber(value);
    };
    const auto point = number(Field::ReorderPoint);
    if (point != (m_item.reorderPoint ? std::optional<qint64>(*m_item.reorderPoint) : std::nullopt))
        edit.reorderPoint = point;
    const auto quantity = number(Field::ReorderQuantity);
    if (quantity != (m_item.reorderQuantity ? std::optional<qint64>(*m_item.reorderQuantity) : std::nullopt))
        edit.reorderQuantity = quantity;
    return edit;
}

QStringList EditItemDialog::changes() const
{
    const auto e = edit();
    if (!e)
        return {};
    QStringList lines;
    auto line = [&](const QString &label, const QString &before, const QString &after) {
        lines << tr("%1: %2 → %3").arg(label, before, after);
    };
    auto number = [](const std::optional<qint64> &value) {
        return value ? QLocale().toString(*value) : tr("(none)");
    };
    if (e->name)
        line(tr("Name"), shown(m_item.name), shown(*e->name));
    if (e->description)
        lines << tr("Description: changed");
    if (e->price)
        line(tr("Price"), localePrice(m_item.price), localePrice(*e->price));
    if (e->category)
        line(tr("Category"), shown(m_item.category), shown(*e->category));
    if (e->sku)
        line(tr("SKU"), shown(m_item.sku), shown(*e->sku));
    if (e->barcode)
        line(tr("Barcode"), shown(m_item.barcode), shown(*e->barcode));
    if (e->reorderPoint)
        line(tr("Reorder at"),
             number(m_item.reorderPoint ? std::optional<qint64>(*m_item.reorderPoint) : std::nullopt),
             number(*e->reorderPoint));
    if (e->reorderQuantity)
        line(tr("Reorder quantity"),
             number(m_item.reorderQuantity ? std::optional<qint64>(*m_item.reorderQuantity) : std::nullopt),
             number(*e->reorderQuantity));
    return lines;
}

bool EditItemDialog::canSubmit() const
{
    return !m_busy && !changes().isEmpty();
}

void EditItemDialog::updateState()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString why = problem(Field(it.key()));
        it.value()->setText(why);
        it.value()->setVisible(!why.isEmpty());
    }
    if (!m_busy) {
        m_message->setStyleSheet({});
        m_message->setText(edit() && changes().isEmpty() ? tr("Nothing changed yet.") : QString());
    }
    m_saveButton->setEnabled(canSubmit());
}

void EditItemDialog::submit()
{
    if (!canSubmit())
        return;
    askToConfirm(this, tr("Edit Item"),
                 tr("Change %1:\n\n%2").arg(itemTitle(m_item), changes().join(QLatin1Char('\n'))),
                 tr("&Save"), [this] { save(); });
}

void EditItemDialog::save()
{
    const auto e = edit();
    if (!e || m_busy)
        return;
    m_busy = true;
    updateState();
    m_message->setText(tr("Saving…"));
    runAsync(
        this, [itemId = m_item.id, e = *e] { return editItem(itemId, e); },
        [this](const Result<Item> &result) {
            m_busy = false;
            if (!result) {
                updateState();
                m_message->setStyleSheet(statusStyle(Status::Problem));
                m_message->setText(result.error().message);
                return;
            }
            emit edited(*result);
            accept();
        });
}

} // namespace inventory
