#include "elidedlabel.h"

#include <QResizeEvent>

namespace inventory {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("…")) * 4, QLabel::minimumSizeHint().height());
}

QSize ElidedLabel::sizeHint() const
{
    // As wide as the whole text would like, but the layout may give less (the policy ignores it).
    return QSize(fontMetrics().horizontalAdvance(m_fullText) + 8, QLabel::sizeHint().height());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int room = qMax(0, contentsRect().width());
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, room));
}

} // namespace inventory
