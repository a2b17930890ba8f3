#pragma once

#include "types.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace inventory {

class QuantityField;

/// A new item: validated here before anything is sent (a quantity stays as typed and is refused
/// with the database's range); a category that does not exist yet is named as new before it is
/// created. A refusal from the server is shown as it said it.
class NewItemDialog : public QDialog
{
    Q_OBJECT
public:
    NewItemDialog(const QStringList &categories, const QString &category, QWidget *parent = nullptr);

    void setValues(const QString &name, const QString &category, const QString &price, int quantity,
                   const QString &description = {});
    void submit();
    QString messageText() const;

signals:
    void created(const inventory::Item &item);

private:
    /// The item as entered, or the first problem with it.
    std::optional<NewItem> collect(QString *problem) const;
    void updateState();
    /// Says when the category typed does not exist yet (it would be created).
    void updateCategoryHint();

    QLineEdit *m_name;
    QComboBox *m_category;
    QLineEdit *m_price;
    QuantityField *m_quantity;
    QPlainTextEdit *m_description;
    QLabel *m_categoryHint;
    QLabel *m_message;
    QStringList m_categories;
    QPushButton *m_createButton;
    bool m_busy = false;
};

} // namespace inventory
