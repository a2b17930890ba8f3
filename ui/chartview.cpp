#include "chartview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QXYSeries>

namespace inventory {

namespace {

QAbstractBarSeries *asBars(QAbstractSeries *series)
{
    return qobject_cast<QAbstractBarSeries *>(series);
}

QXYSeries *asPoints(QAbstractSeries *series)
{
    return qobject_cast<QXYSeries *>(series);
}

bool isStacked(QAbstractSeries *series)
{
    return qobject_cast<QStackedBarSeries *>(series) || qobject_cast<QHorizontalStackedBarSeries *>(series);
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setRenderHint(QPainter::Antialiasing);
}

void ChartView::setSeries(QAbstractSeries *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (QAbstractBarSeries *bars = asBars(series)) {
        connect(bars, &QAbstractBarSeries::clicked, this, [this, bars](int index, QBarSet *set) {
            setCurrent(index, int(bars->barSets().indexOf(set)));
            emit activated(m_index, m_set);
        });
        connect(bars, &QAbstractBarSeries::hovered, this, [this, bars](bool status, int index, QBarSet *set) {
            if (status && m_describer)
                QToolTip::showText(QCursor::pos(), m_describer(index, int(bars->barSets().indexOf(set))),
                                   this);
            else
                QToolTip::hideText();
        });
    } else if (QXYSeries *points = asPoints(series)) {
        auto nearest = [points](const QPointF &at) {
            int best = -1;
            for (int i = 0; i < points->count(); ++i) {
                if (best < 0 || qAbs(points->at(i).x() - at.x()) < qAbs(points->at(best).x() - at.x()))
                    best = i;
            }
            return best;
        };
        connect(points, &QXYSeries::clicked, this, [this, nearest](const QPointF &at) {
            const int index = nearest(at);
            if (index < 0)
                return;
            setCurrent(index, 0);
            emit activated(m_index, 0);
        });
        connect(points, &QXYSeries::hovered, this, [this, nearest](const QPointF &at, bool state) {
            const int index = nearest(at);
            if (state && index >= 0 && m_describer)
                QToolTip::showText(QCursor::pos(), m_describer(index, 0), this);
            else
                QToolTip::hideText();
        });
    }
    // Where the highlight was, as far as the new series reaches.
    m_index = qBound(0, m_index, qMax(0, count() - 1));
    m_set = qBound(0, m_set, qMax(0, setCount() - 1));
    highlight();
    showCurrent();
}

int ChartView::count() const
{
    if (QAbstractBarSeries *bars = asBars(m_series)) {
        int most = 0;
        for (const QBarSet *set : bars->barSets())
            most = qMax(most, int(set->count()));
        return most;
    }
    if (QXYSeries *points = asPoints(m_series))
        return int(points->count());
    return 0;
}

int ChartView::setCount() const
{
    if (QAbstractBarSeries *bars = asBars(m_series))
        return int(bars->barSets().size());
    return m_series ? 1 : 0;
}

void ChartView::setCurrent(int index, int set)
{
    if (count() == 0)
        return;
    m_index = qBound(0, index, count() - 1);
    m_set = qBound(0, set, qMax(0, setCount() - 1));
    highlight();
    showCurrent();
}

QString ChartView::currentText() const
{
    return m_describer && count() > 0 ? m_describer(m_index, m_set) : QString();
}

bool ChartView::isHorizontal() const
{
    return qobject_cast<QHorizontalBarSeries *>(m_series)
        || qobject_cast<QHorizontalStackedBarSeries *>(m_series)
        || qobject_cast<QHorizontalPercentBarSeries *>(m_series);
}

QPoint ChartView::positionOf(int index, int set) const
{
    QPointF value;
    if (QAbstractBarSeries *bars = asBars(m_series)) {
        const QList<QBarSet *> sets = bars->barSets();
        if (set < 0 || set >= sets.size() || index < 0 || index >= sets.at(set)->count())
            return {};
        // The middle of the bar: stacked bars sit on the sets below them.
        qreal below = 0;
        if (isStacked(m_series)) {
            for (int s = 0; s < set; ++s)
                below += index < sets.at(s)->count() ? sets.at(s)->at(index) : 0;
        }
        const qreal middle = below + sets.at(set)->at(index) / 2;
        value = isHorizontal() ? QPointF(middle, index) : QPointF(index, middle);
    } else if (QXYSeries *points = asPoints(m_series)) {
        if (index < 0 || index >= points->count())
            return {};
        value = points->at(index);
    } else {
        return {};
    }
    const QPointF inChart = chart()->mapToPosition(value, m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (count() == 0) {
        QChartView::keyPressEvent(event);
        return;
    }
    // Along the categories, and across the sets of a stacked chart.
    const int along = isHorizontal() ? (event->key() == Qt::Key_Up         ? 1
                                            : event->key() == Qt::Key_Down ? -1
                                                                           : 0)
                                     : (event->key() == Qt::Key_Right      ? 1
                                            : event->key() == Qt::Key_Left ? -1
                                                                           : 0);
    const int across = isHorizontal() ? (event->key() == Qt::Key_Right      ? 1
                                             : event->key() == Qt::Key_Left ? -1
                                                                            : 0)
                                      : (event->key() == Qt::Key_Up         ? 1
                                             : event->key() == Qt::Key_Down ? -1
                                                                            : 0);
    switch (event->key()) {
    case Qt::Key_Home:
        setCurrent(0, m_set);
        return;
    case Qt::Key_End:
        setCurrent(count() - 1, m_set);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_index, m_set);
        return;
    default:
        break;
    }
    if (along != 0) {
        setCurrent(m_index + along, m_set);
        return;
    }
    if (across != 0 && setCount() > 1) {
        setCurrent(m_index, m_set + across);
        return;
    }
    QChartView::keyPressEvent(event);
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    highlight();
    showCurrent();
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    highlight();
    QToolTip::hideText();
}

void ChartView::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!hasFocus())
        return;
    // The focus, as a frame around the whole chart (the highlighted bar is in the selection colour).
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
}

void ChartView::highlight()
{
    // Only while the chart has the focus: then it is where the keyboard is.
    const bool on = hasFocus() && count() > 0;
    const QColor selected = palette().color(QPalette::Highlight);
    if (QAbstractBarSeries *bars = asBars(m_series)) {
        const QList<QBarSet *> sets = bars->barSets();
        for (int s = 0; s < sets.size(); ++s) {
            QBarSet *set = sets.at(s);
            set->setSelectedColor(selected);
            const bool here = on && s == m_set && m_index < set->count();
            if (!here && !set->selectedBars().isEmpty())
                set->deselectAllBars();
            if (here && (set->selectedBars().size() != 1 || !set->isBarSelected(m_index))) {
                set->deselectAllBars();
                set->selectBar(m_index);
            }
        }
    } else if (QXYSeries *points = asPoints(m_series)) {
        points->setSelectedColor(selected);
        points->deselectAllPoints();
        if (on)
            points->selectPoint(m_index);
    }
    viewport()->update();
}

void ChartView::showCurrent()
{
    const QString text = currentText();
    setAccessibleDescription(text);
    setToolTip(text);
    if (hasFocus() && !text.isEmpty() && isVisible())
        QToolTip::showText(mapToGlobal(positionOf(m_index, m_set)), text, this);
}

} // namespace inventory
