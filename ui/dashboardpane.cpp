#include "dashboardpane.h"

#include "chartview.h"
#include "dashboardmodel.h"
#include "historymodel.h"
#include "tableview.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace inventory {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation); // refreshed every few seconds
    return chart;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A number of units as the axis shows it: large ones in thousands or millions.
struct Scale
{
    double divisor = 1;
    QString unit;
};

Scale scaleFor(qint64 largest)
{
    if (largest >= 10'000'000)
        return { 1e6, DashboardPane::tr("millions of units") };
    if (largest >= 10'000)
        return { 1e3, DashboardPane::tr("thousands of units") };
    return { 1, DashboardPane::tr("units") };
}

// A value axis from 0 with round steps (1, 2 or 5 times a power of ten) and at most about six
// ticks, so that the labels name the grid lines exactly: a count of 3 sits on the line "3".
QValueAxis *roundAxis(double most, const QString &title)
{
    const double target = std::max(most * 1.1, 4.0) / 5;
    double step = std::pow(10.0, std::floor(std::log10(target)));
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (step * factor >= target) {
            step *= factor;
            break;
        }
    }
    step = std::max(step, 1.0);
    auto *axis = new QValueAxis;
    axis->setMin(0);
    axis->setMax(std::ceil(std::max(most * 1.1, 1.0) / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}

// The reasons in the order the stacks are built: what comes in, then what goes out.
const QList<StockReason> &chartReasons()
{
    static const QList<StockReason> reasons { StockReason::Received,   StockReason::Returned,
                                              StockReason::Found,      StockReason::Count,
                                              StockReason::Correction, StockReason::Damaged,
                                              StockReason::Lost };
    return reasons;
}

QColor reasonColor(StockReason reason)
{
    switch (reason) {
    case StockReason::Received:
        return QColor(0x2e, 0x7d, 0x32);
    case StockReason::Returned:
        return QColor(0x00, 0x83, 0x8f);
    case StockReason::Found:
        return QColor(0x15, 0x65, 0xc0);
    case StockReason::Count:
        return QColor(0x6a, 0x1b, 0x9a);
    case StockReason::Correction:
        return QColor(0x75, 0x75, 0x75);
    case StockReason::Damaged:
        return QColor(0xc6, 0x28, 0x28);
    case StockReason::Lost:
        return QColor(0xef, 0x6c, 0x00);
    }
    return Qt::gray;
}

// A label on an axis of names: long ones shortened, each unique (the axis drops duplicates).
QString axisLabel(const QString &name, const QStringList &taken)
{
    QString label = name.size() > 20 ? name.left(19) + QChar(0x2026) : name;
    while (taken.contains(label))
        label += QLatin1Char(' ');
    return label;
}

// A figure of the day: the number large, the word under it, the whole a button.
QPushButton *newFigure(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    auto *value = new QLabel(button);
    value->setObjectName(QStringLiteral("value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignCenter);
    auto *caption = new QLabel(button);
    caption->setObjectName(QStringLiteral("caption"));
    caption->setAlignment(Qt::AlignCenter);
    for (QLabel *label : { value, caption })
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(caption);
    return button;
}

void setFigure(QPushButton *button, const QString &value, const QString &caption, const QString &accessible,
               const QString &toolTip)
{
    button->findChild<QLabel *>(QStringLiteral("value"))->setText(value);
    button->findChild<QLabel *>(QStringLiteral("caption"))->setText(caption);
    button->setAccessibleName(accessible);
    button->setToolTip(toolTip);
    button->setMinimumSize(button->layout()->sizeHint());
}

} // namespace

DashboardPane::DashboardPane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent)
    , m_model(new DashboardModel(this))
    , m_lowButton(newFigure(QStringLiteral("lowFigure"), this))
    , m_status(new QLabel(this))
    , m_stockChart(new ChartView(this))
    , m_expiringChart(new ChartView(this))
    , m_movementsChart(new ChartView(this))
    , m_lowView(new TableView(m_model->lowItems(), LowStockModel::SortRole, this))
{
    setObjectName(QStringLiteral("dashboardPane"));
    for (const char *name : { "reservedFigure", "confirmedFigure", "releasedFigure", "expiredFigure" })
        m_dayButtons << newFigure(QLatin1String(name), this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_stockChart->setObjectName(QStringLiteral("stockChart"));
    m_stockChart->setChart(newChart(tr("Units in stock by category")));
    m_stockChart->setAccessibleName(tr("Units in stock by category"));
    m_expiringChart->setObjectName(QStringLiteral("expiringChart"));
    m_expiringChart->setChart(newChart(tr("Reservations expiring in the next 24 hours")));
    m_expiringChart->setAccessibleName(tr("Reservations expiring in the next 24 hours, per hour"));
    m_movementsChart->setObjectName(QStringLiteral("movementsChart"));
    m_movementsChart->setChart(newChart(tr("Stock movements per day, last 30 days")));
    m_movementsChart->setAccessibleName(tr("Stock movements per day over the last 30 days, by reason"));
    m_movementsChart->chart()->legend()->show();
    m_movementsChart->chart()->legend()->setAlignment(Qt::AlignRight); // the reasons' names whole
    for (ChartView *view : { m_stockChart, m_expiringChart, m_movementsChart })
        view->setMinimumSize(260, 180);

    m_lowView->setObjectName(QStringLiteral("dashboardLowView"));
    m_lowView->setAccessibleName(tr("Items below their reorder point"));
    m_lowView->setToolTip(tr("Enter or double-click opens the item"));
    m_lowView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lowView->horizontalHeader()->setStretchLastSection(false);
    // The name says enough here (its tooltip has the id and category); ordering is the Low stock tab's.
    for (int column : { LowStockModel::IdColumn, LowStockModel::CategoryColumn,
                        LowStockModel::ReorderQuantityColumn })
        m_lowView->setColumnHidden(column, true);
    m_lowView->horizontalHeader()->setSectionResizeMode(LowStockModel::NameColumn,
                                                        QHeaderView::Stretch);
    for (int column : { LowStockModel::AvailableColumn, LowStockModel::ReorderPointColumn,
                        LowStockModel::ShortColumn })
        m_lowView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    // The day's figures across the top, the charts and the list below, two by two.
    auto *figures = new QHBoxLayout;
    auto *today = new QLabel(tr("Today:"), this);
    QFont bold = today->font();
    bold.setBold(true);
    today->setFont(bold);
    figures->addWidget(today);
    for (QPushButton *button : std::as_const(m_dayButtons))
        figures->addWidget(button);
    figures->addSpacing(12);
    figures->addWidget(m_lowButton);
    figures->addStretch();
    figures->addWidget(m_status);
    auto *lowBox = new QVBoxLayout;
    auto *lowTitle = new QLabel(tr("Below their reorder point, most urgent first"), this);
    lowTitle->setFont(bold);
    lowTitle->setBuddy(m_lowView);
    lowBox->addWidget(lowTitle);
    lowBox->addWidget(m_lowView);
    auto *grid = new QGridLayout;
    grid->addWidget(m_stockChart, 0, 0);
    grid->addWidget(m_expiringChart, 0, 1);
    grid->addWidget(m_movementsChart, 1, 0);
    grid->addLayout(lowBox, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addLayout(grid, 1);
    // Tab goes through the figures, the charts in reading order, then the list.
    QWidget *previous = m_dayButtons.first();
    for (QWidget *next :
         { static_cast<QWidget *>(m_dayButtons.at(1)), static_cast<QWidget *>(m_dayButtons.at(2)),
           static_cast<QWidget *>(m_dayButtons.at(3)), static_cast<QWidget *>(m_lowButton),
           static_cast<QWidget *>(m_stockChart), static_cast<QWidget *>(m_expiringChart),
           static_cast<QWidget *>(m_movementsChart), static_cast<QWidget *>(m_lowView) }) {
        setTabOrder(previous, next);
        previous = next;
    }

    // A narrower window names fewer hours instead of cutting their names.
    connect(m_expiringChart->chart(), &QChart::plotAreaChanged, this, &DashboardPane::labelExpiringHours,
            Qt::QueuedConnection);
    m_stockChart->setDescriber([this](int index, int) {
        const StockByCategory &stock = m_model->stock();
        if (index < 0 || index >= m_stockCategories.size())
            return QString();
        const int fromTop = int(m_stockCategories.size()) - 1 - index;
        const QLocale locale;
        if (fromTop < 0 || fromTop >= stock.categories.size())
            return QString();
        const CategoryUnits &c = stock.categories.at(fromTop);
        if (c.category.isEmpty())
            return tr("Items without a category: %1 units in stock").arg(locale.toString(c.units));
        return tr("%1: %2 units in stock (on the shelf and in reservations); Enter shows the category")
            .arg(c.category, locale.toString(c.units));
    });
    m_expiringChart->setDescriber([this](int index, int) {
        const QList<ExpiringHour> &hours = m_model->expiring().hours;
        if (index < 0 || index >= hours.size())
            return QString();
        const ExpiringHour &h = hours.at(index);
        const QLocale locale;
        const QString from = locale.toString(h.hour.toLocalTime().time(), QStringLiteral("HH:mm"));
        const QString until =
            locale.toString(h.hour.addSecs(3600).toLocalTime().time(), QStringLiteral("HH:mm"));
        return tr("%1 to %2: %Ln reservation(s) expire, %3; Enter shows them", "", int(h.reservations))
            .arg(from, until, tr("%Ln unit(s)", "", int(h.units)));
    });
    m_movementsChart->setDescriber([this](int index, int set) {
        const auto [reason, day] = movementAt(index, set);
        if (!day.isValid())
            return QString();
        qint64 movements = 0;
        qint64 units = 0;
        for (const MovementDay &e : m_model->movements().entries) {
            if (e.day == day && e.reason == reason) {
                movements = e.movements;
                units = e.units;
            }
        }
        const QLocale locale;
        return tr("%1, %2: %Ln movement(s), net %3; Enter shows them in the history", "", int(movements))
            .arg(locale.toString(day, QLocale::ShortFormat), historyReasonLabel(reason),
                 (units > 0 ? QStringLiteral("+") : QString()) + locale.toString(units));
    });

    connect(m_model, &DashboardModel::changed, this, &DashboardPane::rebuild);
    connect(m_model, &DashboardModel::loaded, this, &DashboardPane::updateStatus);
    connect(m_model, &DashboardModel::failed, this, &DashboardPane::failed);
    connect(m_stockChart, &ChartView::activated, this, [this](int index) {
        const QString category = categoryAt(index);
        if (!category.isEmpty())
            emit categoryRequested(category);
    });
    connect(m_expiringChart, &ChartView::activated, this, [this](int index) {
        const QList<ExpiringHour> &hours = m_model->expiring().hours;
        if (index >= 0 && index < hours.size())
            emit expiringRequested(hours.at(index).hour, hours.at(index).hour.addSecs(3600));
    });
    connect(m_movementsChart, &ChartView::activated, this, [this](int index, int set) {
        const auto [reason, day] = movementAt(index, set);
        if (!day.isValid())
            return;
        HistoryFilter filter;
        filter.kinds = movementKinds();
        filter.reason = reason;
        filter.since = startOf(day);
        filter.until = startOf(day.addDays(1));
        emit historyRequested(filter);
    });
    connect(m_lowView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(LowStockModel::ItemIdRole).toLongLong();
        if (id > 0)
            emit itemActivated(id);
    });
    connect(m_lowButton, &QPushButton::clicked, this, &DashboardPane::lowStockRequested);
    const QStringList dayKinds { QStringLiteral("created"), QStringLiteral("confirmed"),
                                 QStringLiteral("released"), QStringLiteral("expired") };
    for (int i = 0; i < m_dayButtons.size(); ++i) {
        connect(m_dayButtons.at(i), &QPushButton::clicked, this, [this, kind = dayKinds.at(i)] {
            HistoryFilter filter;
            filter.kinds = { kind };
            filter.since = m_model->today().since;
            emit historyRequested(filter);
        });
    }
    rebuild();
    updateStatus();
}

QString DashboardPane::title() const
{
    return tr("&Dashboard");
}

QIcon DashboardPane::icon() const
{
    return namedIcon("dashboard");
}

void DashboardPane::activate()
{
    if (!m_model->isActive())
        m_model->load();
}

void DashboardPane::refresh()
{
    // Only once it has been looked at: a hidden dashboard reads nothing.
    if (m_model->isActive())
        m_model->refresh();
}

void DashboardPane::liveRefresh(int tick)
{
    Q_UNUSED(tick);
    // Five small statements (docs/PERFORMANCE.md): every tick while it is looked at.
    if (isCurrent())
        m_model->refresh(true);
}

void DashboardPane::clear()
{
    m_model->clear();
    updateStatus();
}

void DashboardPane::currentChanged()
{
    if (isCurrent())
        activate();
}

QString DashboardPane::statusText() const
{
    return m_status->text();
}

void DashboardPane::updateStatus()
{
    if (!m_model->isActive())
        m_status->clear();
    else if (!m_model->hasData())
        m_status->setText(tr("Loading…"));
    else
        m_status->setText(tr("As of %1")
                              .arg(QLocale().toString(m_model->expiring().now.toLocalTime().time(),
                                                      QStringLiteral("HH:mm:ss"))));
}

QDateTime DashboardPane::startOf(const QDate &day) const
{
    const QTimeZone zone(m_model->timeZone().toLatin1());
    return QDateTime(day, QTime(0, 0), zone.isValid() ? zone : QTimeZone::systemTimeZone()).toUTC();
}

QString DashboardPane::categoryAt(int index) const
{
    return index >= 0 && index < m_stockCategories.size() ? m_stockCategories.at(index) : QString();
}

std::pair<QString, QDate> DashboardPane::movementAt(int index, int set) const
{
    const MovementsByDay &movements = m_model->movements();
    if (set < 0 || set >= m_movementReasons.size() || !movements.first.isValid())
        return {};
    const QDate day = movements.first.addDays(index);
    if (day > movements.last)
        return {};
    return { m_movementReasons.at(set), day };
}

void DashboardPane::rebuild()
{
    rebuildStock();
    rebuildExpiring();
    rebuildMovements();
    updateFigures();
    updateStatus();
}

void DashboardPane::rebuildStock()
{
    QChart *chart = m_stockChart->chart();
    clearChart(chart);
    const StockByCategory &stock = m_model->stock();
    m_stockCategories.clear();
    if (stock.categories.isEmpty()) {
        chart->setTitle(m_model->hasData() ? tr("Units in stock by category: nothing in stock")
                                           : tr("Units in stock by category"));
        m_stockChart->setSeries(nullptr);
        return;
    }
    chart->setTitle(tr("Units in stock by category"));
    qint64 largest = 0;
    for (const CategoryUnits &c : stock.categories)
        largest = qMax(largest, c.units);
    const Scale scale = scaleFor(largest);
    // Bottom to top: the largest category on top. The categories beyond the chart's are summed
    // on the value axis, not drawn as a bar: at 200 categories that bar would dwarf the rest.
    auto *set = new QBarSet(tr("Units in stock"));
    set->setColor(QColor(0x3b, 0x6e, 0xa8));
    QStringList labels;
    for (auto c = stock.categories.crbegin(); c != stock.categories.crend(); ++c) {
        set->append(double(c->units) / scale.divisor);
        labels << axisLabel(c->category.isEmpty() ? tr("(no category)") : c->category, labels);
        m_stockCategories << c->category;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    const QLocale locale;
    auto *values = roundAxis(double(largest) / scale.divisor * 1.1, // room for the labels
                             stock.otherCategories == 0
                                 ? scale.unit
                                 : tr("%1; %Ln more category(s): %2", nullptr, int(stock.otherCategories))
                                       .arg(scale.unit, locale.toString(double(stock.otherUnits) / scale.divisor,
                                                                        'f', 0)));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_stockChart->setSeries(series);
}

void DashboardPane::rebuildExpiring()
{
    QChart *chart = m_expiringChart->chart();
    clearChart(chart);
    const ExpiringReservations &expiring = m_model->expiring();
    if (expiring.hours.isEmpty()) {
        m_expiringChart->setSeries(nullptr);
        return;
    }
    const qint64 total = expiring.totalReservations();
    chart->setTitle(
        total == 0 ? tr("Reservations expiring in the next 24 hours: none")
                   : tr("Reservations expiring in the next 24 hours: %1").arg(QLocale().toString(total)));
    auto *series = new QLineSeries;
    series->setName(tr("Reservations expiring"));
    series->setPointsVisible(true);
    series->setMarkerSize(7);
    QPen pen(QColor(0x80, 0x50, 0x00));
    pen.setWidth(2);
    series->setPen(pen);
    qint64 most = 0;
    for (int i = 0; i < expiring.hours.size(); ++i) {
        series->append(i, double(expiring.hours.at(i).reservations));
        most = qMax(most, expiring.hours.at(i).reservations);
    }
    chart->addSeries(series);
    auto *hours = new QCategoryAxis;
    hours->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    hours->setMin(-0.5);
    hours->setMax(expiring.hours.size() - 0.5);
    hours->setStartValue(-0.5);
    hours->setGridLineVisible(false);
    chart->addAxis(hours, Qt::AlignBottom);
    series->attachAxis(hours);
    m_expiringStep = 0;
    labelExpiringHours();
    auto *counts = roundAxis(double(most), tr("reservations"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    m_expiringChart->setSeries(series);
}

int DashboardPane::expiringLabelStep() const
{
    const QChart *chart = m_expiringChart->chart();
    const auto axes = chart->axes(Qt::Horizontal);
    const int hours = std::max<int>(1, int(m_model->expiring().hours.size()));
    if (axes.isEmpty() || chart->plotArea().width() <= 0)
        return 3;
    const QFontMetrics metrics(axes.first()->labelsFont());
    const double needed = metrics.horizontalAdvance(QStringLiteral("00:00")) * 1.4; // and a gap
    const double perHour = chart->plotArea().width() / hours;
    for (int step : { 3, 4, 6 }) {
        if (step * perHour >= needed)
            return step;
    }
    return 12; // twice a day, whatever the room
}

void DashboardPane::labelExpiringHours()
{
    const auto axes = m_expiringChart->chart()->axes(Qt::Horizontal);
    auto *hours = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    const int step = expiringLabelStep();
    if (!hours || step == m_expiringStep)
        return;
    m_expiringStep = step;
    for (const QString &label : hours->categoriesLabels())
        hours->remove(label);
    // Every step-th hour named by its clock time; the last hour is the first one's again, so it
    // stays unnamed (an axis's labels are unique).
    const ExpiringReservations &expiring = m_model->expiring();
    for (int i = 0; i < expiring.hours.size() - 1; i += step)
        hours->append(
            QLocale().toString(expiring.hours.at(i).hour.toLocalTime().time(), QStringLiteral("HH:mm")), i);
}

void DashboardPane::rebuildMovements()
{
    QChart *chart = m_movementsChart->chart();
    clearChart(chart);
    const MovementsByDay &movements = m_model->movements();
    m_movementReasons.clear();
    if (!movements.first.isValid()) {
        m_movementsChart->setSeries(nullptr);
        return;
    }
    const int days = int(movements.first.daysTo(movements.last)) + 1;
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    qint64 most = 0;
    QList<qint64> perDay(days, 0);
    for (StockReason reason : chartReasons()) {
        const QString code = reasonCode(reason);
        QList<qreal> values(days, 0);
        bool any = false;
        for (const MovementDay &e : movements.entries) {
            const int index = int(movements.first.daysTo(e.day));
            if (e.reason == code && index >= 0 && index < days) {
                values[index] = double(e.movements);
                perDay[index] += e.movements;
                any = true;
            }
        }
        if (!any)
            continue; // the legend names only what happened
        auto *set = new QBarSet(reasonLabel(reason));
        set->setColor(reasonColor(reason));
        set->setBorderColor(reasonColor(reason).darker(130));
        set->append(values);
        series->append(set);
        m_movementReasons << code;
    }
    for (qint64 n : std::as_const(perDay))
        most = qMax(most, n);
    chart->setTitle(m_movementReasons.isEmpty() ? tr("Stock movements per day, last 30 days: none")
                                                : tr("Stock movements per day, last 30 days"));
    chart->addSeries(series);
    // Days at their positions, every fourteenth one named (room for "18 Nov." beside the
    // legend), today last.
    auto *dayAxis = new QCategoryAxis;
    dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    dayAxis->setMin(-0.5);
    dayAxis->setMax(days - 0.5);
    dayAxis->setStartValue(-0.5);
    for (int i = (days - 1) % 14; i < days; i += 14)
        dayAxis->append(QLocale().toString(movements.first.addDays(i), QStringLiteral("d MMM")), i);
    dayAxis->setGridLineVisible(false);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    series->attachAxis(dayAxis);
    auto *counts = roundAxis(double(most), tr("movements"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    m_movementsChart->setSeries(m_movementReasons.isEmpty() ? nullptr : series);
}

void DashboardPane::updateFigures()
{
    const DayCounts &today = m_model->today();
    const QLocale locale;
    const bool known = m_model->hasData();
    struct Figure
    {
        qint64 count;
        qint64 units;
        QString word;
        QString accessible;
    };
    const Figure figures[] = {
        { today.reserved, today.reservedUnits, tr("reserved"), tr("Reserved today") },
        { today.confirmed, today.confirmedUnits, tr("confirmed"), tr("Confirmed today") },
        { today.released, today.releasedUnits, tr("released"), tr("Released today") },
        { today.expired, today.expiredUnits, tr("expired"), tr("Expired today (cleaned up)") },
    };
    for (int i = 0; i < m_dayButtons.size(); ++i) {
        const Figure &f = figures[i];
        const QString value = known ? locale.toString(f.count) : QStringLiteral("–");
        const QString units = tr("%Ln unit(s)", "", int(f.units));
        setFigure(m_dayButtons.at(i), value, f.word, tr("%1: %2 (%3)").arg(f.accessible, value, units),
                  tr("%1: %2, %3; click to see them in the history").arg(f.accessible, value, units));
    }
    // Counted up to a thousand: "1,000+" beyond.
    const QString low = !known               ? QStringLiteral("–")
        : m_model->lowItemsMoreThanCounted() ? tr("%1+").arg(locale.toString(m_model->lowItemsTotal()))
                                             : locale.toString(m_model->lowItemsTotal());
    setFigure(m_lowButton, low, tr("below reorder point"),
              tr("Items below their reorder point: %1").arg(known ? low : tr("not known yet")),
              tr("Items at or below their reorder point; click for the Low Stock tab"));
}

} // namespace inventory
