#include "countpane.h"

#include "asyncrunner.h"
#include "confirmation.h"
#include "countmodel.h"
#include "localeformat.h"
#include "receivedialog.h"
#include "session.h"
#include "tableview.h"
#include "statuscolor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace inventory {

CountPane::CountPane(Session *session, DeskSettings *settings, QWidget *parent)
    : Pane(session, settings, parent)
    , m_model(new CountModel(this))
    , m_counts(new QComboBox(this))
    , m_newCount(new QToolButton(this))
    , m_scan(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new TableView(m_model, CountModel::SortRole, this))
    , m_post(new QPushButton(tr("&Post Count…"), this))
{
    setObjectName(QStringLiteral("countPane"));
    m_counts->setObjectName(QStringLiteral("countChooser"));
    m_counts->setMinimumContentsLength(30);
    m_newCount->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newCount->hide();
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("Scan or type a barcode or SKU, then Enter: one unit counted"));
    m_scan->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("scanMessage"));
    m_message->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("countSummary"));
    m_view->setObjectName(QStringLiteral("countView"));
    m_view->setAccessibleName(tr("Count sheet"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(CountModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setColumnWidth(CountModel::SkuColumn, 110);
    m_view->setColumnWidth(CountModel::BarcodeColumn, 120);
    for (int column : { CountModel::ExpectedColumn, CountModel::CountedColumn, CountModel::DifferenceColumn })
        m_view->setColumnWidth(column, 90);
    m_post->setObjectName(QStringLiteral("postButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Count:"), this));
    top->addWidget(m_counts, 1);
    top->addWidget(m_newCount);
    auto *scanRow = new QHBoxLayout;
    auto *scanLabel = new QLabel(tr("Sc&an:"), this);
    scanLabel->setBuddy(m_scan);
    scanRow->addWidget(scanLabel);
    scanRow->addWidget(m_scan, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(scanRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    layout->addLayout(bottom);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] { scan(m_scan->text()); });
    connect(m_counts, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_message->clear();
        showCount(index);
    });
    connect(m_post, &QPushButton::clicked, this, &CountPane::post);
    connect(m_model, &CountModel::loaded, this, &CountPane::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CountPane::updateState);
    connect(m_model, &CountModel::lineUpdated, this, [this](const CountLine &line) {
        say(tr("%1: %2 counted (expected %3).")
                .arg(itemTitle(line.itemId, line.itemName), QLocale().toString(line.counted.value_or(0)),
                     QLocale().toString(line.expected)),
            false);
    });
    connect(m_model, &CountModel::failed, this, [this](const Error &error) {
        say(error.message, true);
        emit failed(error);
    });
    connect(session, &Session::stateChanged, this, &CountPane::updateState);
    updateState();
}

void CountPane::setNewCountAction(QAction *action)
{
    m_newCount->setDefaultAction(action);
    m_newCount->show();
}

qint64 CountPane::currentCount() const
{
    return m_model->countId();
}

QString CountPane::messageText() const
{
    return m_message->text();
}

QString CountPane::summaryText() const
{
    return m_summary->text();
}

void CountPane::activate()
{
    if (!m_active)
        reloadCounts();
}

QString CountPane::title() const
{
    return tr("C&ount");
}

QIcon CountPane::icon() const
{
    return namedIcon("count");
}

void CountPane::refresh()
{
    if (m_active)
        reloadCounts();
}

void CountPane::liveRefresh(int tick)
{
    if (isCurrent() && m_active && tick % 2 == 0)
        m_model->refresh(true);
}

void CountPane::clear()
{
    ++m_generation;
    m_active = false;
    m_open.clear();
    const QSignalBlocker blocker(m_counts);
    m_counts->clear();
    m_model->setCount(0);
    updateState();
}

void CountPane::updateActions()
{
    updateState();
}

void CountPane::currentChanged()
{
    if (isCurrent()) {
        activate();
        m_scan->setFocus();
    }
}

void CountPane::reloadCounts(qint64 countId)
{
    m_active = true;
    const quint64 generation = ++m_generation;
    const qint64 wanted = countId ? countId : m_model->countId();
    runAsync(
        this, [] { return stockCounts(true); },
        [this, generation, wanted](const Result<QList<StockCount>> &result) {
            if (generation != m_generation)
                return;
            if (!result) {
                say(result.error().message, true);
                emit failed(result.error());
                return;
            }
            m_open = *result;
            const QSignalBlocker blocker(m_counts);
            m_counts->clear();
            int chosen = m_open.isEmpty() ? -1 : 0;
            for (int i = 0; i < m_open.size(); ++i) {
                const StockCount &c = m_open.at(i);
                m_counts->addItem(tr("#%1 %2 — opened %3 by %4")
                                      .arg(c.id)
                                      .arg(c.category.isEmpty() ? tr("(listed items)") : c.category,
                                           shortMoment(c.openedAt), c.openedBy),
                                  c.id);
                if (c.id == wanted)
                    chosen = i;
            }
            if (m_open.isEmpty())
                m_counts->addItem(tr("No count is open"));
            m_counts->setCurrentIndex(qMax(chosen, 0));
            showCount(chosen);
            if (isCurrent() && m_scan->isEnabled())
                m_scan->setFocus(); // ready for the scanner as soon as there is a count
        });
}

void CountPane::showCount(int index)
{
    const qint64 id = index >= 0 && index < m_open.size() ? m_open.at(index).id : 0;
    if (id != m_model->countId()) {
        m_model->setCount(id);
    } else {
        m_model->refresh();
    }
    updateState();
}

void CountPane::say(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? statusStyle(Status::Problem, true)
                                     : statusStyle(Status::Good));
    m_message->setText(text);
    emit message(text, isError);
}

void CountPane::scan(const QString &code)
{
    const QString trimmed = code.trimmed();
    m_scan->clear();
    m_scan->setFocus(); // the next scan goes here too, whatever was clicked meanwhile
    if (trimmed.isEmpty())
        return;
    if (m_model->countId() == 0) {
        QApplication::beep();
        say(tr("No count is open: '%1' was not counted.").arg(trimmed), true);
        return;
    }
    if (!session()->canReserve()) {
        QApplication::beep();
        say(tr("Only staff and managers can enter counts; '%1' was not counted.").arg(trimmed), true);
        return;
    }
    const int row = m_model->rowOfCode(trimmed);
    if (row < 0) {
        QApplication::beep();
        say(tr("No item in this count has the barcode or SKU '%1'. Nothing was counted.").arg(trimmed), true);
        return;
    }
    m_view->selectSourceRow(row);
    m_view->scrollTo(m_view->proxy()->mapFromSource(m_model->index(row, 0)));
    m_model->addOne(row);
    m_scan->setFocus();
}

void CountPane::updateState()
{
    const bool connected = session()->isConnected();
    const bool canCount = session()->canReserve();
    const bool canPost = session()->canManage();
    const bool hasCount = m_model->countId() != 0;
    m_model->setEditable(canCount && hasCount);
    m_scan->setEnabled(hasCount && canCount);
    const QString who = whoSuffix();
    m_scan->setToolTip(!connected  ? tr("Not connected to the server.")
                           : !canCount ? tr("Only staff and managers can enter counts.") + who
                           : !hasCount ? tr("Open a count first.")
                                       : tr("A scanner types the code and Enter; each scan counts one unit."));
    const QList<CountLine> differences = m_model->differences();
    m_post->setEnabled(connected && canPost && hasCount && !m_posting && m_model->countedLines() > 0);
    m_post->setToolTip(!connected   ? tr("Not connected to the server.")
                           : !canPost ? tr("Only managers (inventory_manager) can post counts.") + who
                           : !hasCount ? tr("Open a count first.")
                           : m_model->countedLines() == 0
                           ? tr("Nothing has been counted yet.")
                           : tr("Book each difference as a count movement, all at once"));
    if (!hasCount) {
        m_summary->setText(tr("No count chosen."));
        return;
    }
    qint64 added = 0;
    qint64 removed = 0;
    for (const CountLine &line : differences)
        (line.difference() > 0 ? added : removed) += qAbs(line.difference());
    m_summary->setText(tr("%1 of %2 counted; %3 (%4 / %5 units)")
                           .arg(QLocale().toString(m_model->countedLines()),
                                QLocale().toString(m_model->rowCount()),
                                tr("%Ln differs/differ", "", int(differences.size())),
                                signedNumber(added), signedNumber(-removed)));
}

void CountPane::post()
{
    const qint64 countId = m_model->countId();
    if (countId == 0 || !session()->canManage() || m_posting)
        return;
    const QList<CountLine> differences = m_model->differences();
    const int uncounted = m_model->rowCount() - m_model->countedLines();
    QStringList lines;
    for (const CountLine &line : differences) {
        lines << tr("%1: expected %2, counted %3 → %4")
                     .arg(itemTitle(line.itemId, line.itemName), QLocale().toString(line.expected),
                          QLocale().toString(*line.counted), signedNumber(line.difference()));
    }
    QString question = differences.isEmpty()
        ? tr("Post count #%1? Every counted item matches what was expected: nothing will be booked.").arg(countId)
        : tr("Post count #%1? It books %Ln count movement(s):", "", int(differences.size())).arg(countId)
            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (uncounted > 0)
        question += QStringLiteral("\n\n")
            + tr("%Ln item(s) was/were not counted and books/book nothing.", "", uncounted);
    question += QStringLiteral("\n\n")
        + tr("Reservations taken or released since the count was opened are kept: each difference is "
             "applied to the quantity as it is now.");
    askToConfirm(this, tr("Post Count"), question, tr("&Post"), [this, countId] {
        m_posting = true;
        updateState();
        runAsync(
            this, [countId] { return postCount(countId); },
            [this](const Result<CountPosting> &result) {
                m_posting = false;
                if (!result) {
                    say(result.error().message, true);
                    updateState();
                    emit failed(result.error());
                    return;
                }
                say(tr("Count #%1 posted: %2 (%3 / %4 units).")
                        .arg(result->countId)
                        .arg(tr("%Ln movement(s)", "", int(result->movements)),
                             signedNumber(result->unitsAdded), signedNumber(-result->unitsRemoved)),
                    false);
                emit posted(*result);
                emit stockChanged();
                reloadCounts();
            });
    });
}

} // namespace inventory
