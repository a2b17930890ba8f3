#pragma once

#include "types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace inventory {

/// How much later the selected reservations should expire ("30m", "1h", "2h30m", "1d"). What
/// is not a duration keeps the dialog open with the reason shown and OK disabled.
class ExtendDialog : public QDialog
{
    Q_OBJECT
public:
    /// `prompt` says what is extended (and what was left out of the selection).
    explicit ExtendDialog(const QString &prompt, QWidget *parent = nullptr);

    void setDuration(const QString &text);
    /// The duration typed, if it is a valid one.
    std::optional<Ttl> duration() const;
    void accept() override;

signals:
    void durationChosen(inventory::Ttl by);

private:
    /// Why the text is not a duration an extension can use; empty when it is.
    QString problem() const;
    void updateState();

    QLineEdit *m_edit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace inventory
