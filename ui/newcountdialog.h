#pragma once

#include "stock.h"
#include "types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace inventory {

/// A manager opens a stock count of one category: the expected quantities are taken when it
/// opens, and the count then waits for counted figures.
class NewCountDialog : public QDialog
{
    Q_OBJECT
public:
    NewCountDialog(const QList<Category> &categories, const QString &current, QWidget *parent = nullptr);

    void setCategory(const QString &category);
    QString category() const;
    /// "Open a count of the 42 items in Kitchen…"
    QString summary() const;
    void submit();
    QString messageText() const;

signals:
    void opened(const inventory::StockCount &count);

private:
    void updateState();
    void book();

    QList<Category> m_categories;
    QComboBox *m_category;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_openButton;
    bool m_busy = false;
};

} // namespace inventory
