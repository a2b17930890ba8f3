#pragma once

#include "stock.h"
#include "types.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace inventory {

/// A manager's edit of an item's descriptive fields: name, description, price, category, SKU,
/// barcode (its check digit verified as it is typed), reorder point and quantity. Each field
/// says what is wrong with it next to it; only what changed is sent, after a confirmation that
/// lists each change.
class EditItemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Field { Name, Description, Price, Category, Sku, Barcode, ReorderPoint, ReorderQuantity };

    EditItemDialog(const Item &item, const QStringList &categories, QWidget *parent = nullptr);

    QLineEdit *lineEdit(Field field) const;
    void setText(Field field, const QString &text);
    /// What is wrong with `field` as typed, or empty.
    QString problem(Field field) const;
    /// The changes, or nothing while a field is wrong.
    std::optional<ItemEdit> edit() const;
    /// One line per change: "Price: 12.50 → 13.00".
    QStringList changes() const;
    bool canSubmit() const;
    void submit();
    QString messageText() const;

signals:
    void edited(const inventory::Item &item);

private:
    QString text(Field field) const;
    void updateState();
    void save();

    Item m_item;
    QHash<int, QLineEdit *> m_edits;
    QHash<int, QLabel *> m_errors;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QLabel *m_message;
    QPushButton *m_saveButton;
    bool m_busy = false;
};

/// What is wrong with `code` as an EAN-13 or UPC-A barcode (digits, length, check digit), or
/// empty when it is one.
QString barcodeProblem(const QString &code);

} // namespace inventory
