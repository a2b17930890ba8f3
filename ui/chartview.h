#pragma once

#include <QChartView>
#include <QPointer>
#include <functional>

class QAbstractSeries;

namespace inventory {

/// A chart that works from the keyboard as well as with the mouse. It takes the focus (Tab);
/// the arrow keys move a highlighted bar or point (Left/Right along a vertical chart's
/// categories, Up/Down between the sets of a stacked one; Up/Down along a horizontal bar chart),
/// Home and End go to the first and the last, and Enter or Space activates the highlighted one
/// as a click on it does. The accessible description and the tooltip say what the highlighted
/// one is, in words, so nothing depends on telling colours apart.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    /// Says what bar or point `index` of set `set` stands for ("Kitchen: 1,204 units").
    using Describer = std::function<QString(int index, int set)>;
    void setDescriber(Describer describer) { m_describer = std::move(describer); }

    /// The series whose bars or points are navigated and activated: a bar series (any kind) or
    /// an XY series with one point per index. Call again after rebuilding the chart; the
    /// highlighted position is kept where it still exists.
    void setSeries(QAbstractSeries *series);
    QAbstractSeries *series() const { return m_series.data(); }

    int count() const;
    int setCount() const;
    int currentIndex() const { return m_index; }
    int currentSet() const { return m_set; }
    void setCurrent(int index, int set = 0);
    /// What the highlighted bar or point stands for (the describer's words).
    QString currentText() const;
    /// Where bar or point `index` of set `set` is drawn, in the view's coordinates (for tests).
    QPoint positionOf(int index, int set = 0) const;

signals:
    /// A bar or point was clicked, or Enter/Space was pressed on the highlighted one.
    void activated(int index, int set);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool isHorizontal() const;
    void highlight();
    void showCurrent();

    QPointer<QAbstractSeries> m_series; ///< the chart owns it
    Describer m_describer;
    int m_index = 0;
    int m_set = 0;
};

} // namespace inventory
