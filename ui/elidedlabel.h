#pragma once

#include <QLabel>

namespace inventory {

/// A one-line label that never asks for more width than it is given: a text too long for it is
/// elided ("Blue mug with a very lo…") and shown in full in the tooltip. A 255-character item
/// name must not widen the window past the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace inventory
