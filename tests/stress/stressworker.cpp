// inventory_stress_worker: one client process of the stress test. For a fixed time, N threads
// (each with its own connection, as the library does it) run a random mix of reserve / confirm /
// release / extend / cleanup / create-item / reads as a manager on a few hot items and many
// items, and one more thread restocks as the owner. Every operation the server acknowledged is
// journaled (see journal.h) before the thread goes on, so tst_stress can check afterwards that
// nothing acknowledged was lost, even for a worker it killed.
//
// A connection error is never fatal: the thread counts it, waits a moment and carries on; the
// library reconnects on the next call. A reservation whose outcome was lost is retried with the
// same reference (the idempotency key) until the server gives a definite answer. Other writes
// whose outcome was lost are not retried (their result is unknown to us, and the test only
// checks what was acknowledged).
//
// At the end it prints one JSON line with its figures on stdout.

#include "connection.h"
#include "journal.h"
#include "operations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace inventory;
using namespace inventory::stress;
using namespace std::chrono_literals;

namespace {

// A receipt (inventory.receive, so the stock ledger books it) and the test's own record of it, as
// the owner, in one statement: they commit together, and the test's reference makes a retry
// after a lost answer harmless.
const QString restockSql = QStringLiteral(
    "WITH ins AS (INSERT INTO public.stress_restocks (ref, item_id, units) VALUES ($1, $2, $3) "
    "             ON CONFLICT (ref) DO NOTHING RETURNING item_id, units) "
    "SELECT count(*) FROM ins, LATERAL inventory.receive(ins.item_id, ins.units::integer, 'received', $1) r "
    "WHERE r.outcome = 'received'");

class Journal
{
public:
    Journal(const QString &path, bool sync) : m_sync(sync)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
    ~Journal()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }

    // One write(2) per line: O_APPEND makes concurrent lines land whole, and once write returns
    // the line survives a SIGKILL of this process; fdatasync makes it survive the machine too.
    void write(const QString &op, const QList<std::pair<QString, QString>> &fields)
    {
        const QByteArray line = formatJournalLine(op, fields);
        qsizetype done = 0;
        while (done < line.size()) {
            const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                std::fprintf(stderr, "journal write failed: %s\n", strerror(errno));
                std::_Exit(9);
            }
            done += n;
        }
        if (m_sync)
            ::fdatasync(m_fd);
    }

private:
    int m_fd = -1;
    bool m_sync = true;
};

struct Stats
{
    qint64 attempts = 0;
    QHash<QString, qint64> acknowledged; // by operation
    QHash<QString, qint64> refused; // by error kind
    qint64 connectionErrors = 0;
    QString firstConnectionError;
    qint64 unknownOutcomes = 0; // writes whose answer was lost to a connection error
    qint64 reserveRetried = 0; // reservations retried with their reference after that
    qint64 reserveReplayed = 0; // ... of which the server had committed the first attempt
    qint64 okAfterConnectionError = 0;
    int threadsWithConnectionErrors = 0;
    int threadsRecovered = 0;
    QStringList unexpected;
    qint64 unexpectedCount = 0;

    void merge(const Stats &other)
    {
        attempts += other.attempts;
        for (auto it = other.acknowledged.cbegin(); it != other.acknowledged.cend(); ++it)
            acknowledged[it.key()] += it.value();
        for (auto it = other.refused.cbegin(); it != other.refused.cend(); ++it)
            refused[it.key()] += it.value();
        connectionErrors += other.connectionErrors;
        if (firstConnectionError.isEmpty())
            firstConnectionError = other.firstConnectionError;
        unknownOutcomes += other.unknownOutcomes;
        reserveRetried += other.reserveRetried;
        reserveReplayed += other.reserveReplayed;
        okAfterConnectionError += other.okAfterConnectionError;
        threadsWithConnectionErrors += other.threadsWithConnectionErrors;
        threadsRecovered += other.threadsRecovered;
        unexpectedCount += other.unexpectedCount;
        for (const QString &message : other.unexpected) {
            if (unexpected.size() < 10)
                unexpected << message;
        }
    }
};

struct Config
{
    int worker = 0;
    int seconds = 20;
    int threads = 3;
    QList<qint64> hot;
    qint64 firstItem = 0;
    qint64 lastItem = 0;
    ConnectionSettings manager;
    ConnectionSettings owner;
};

// Items this worker created, shared by its threads.
struct CreatedItems
{
    QMutex mutex;
    QList<qint64> ids;

    void add(qint64 id)
    {
        const QMutexLocker lock(&mutex);
        ids << id;
    }
    std::optional<qint64> pick(QRandomGenerator &random)
    {
        const QMutexLocker lock(&mutex);
        if (ids.isEmpty())
            return std::nullopt;
        return ids.at(random.bounded(ids.size()));
    }
};

class Runner
{
public:
    Runner(const Config &config, int thread, Journal &journal, CreatedItems &created, quint32 seed)
        : m_config(config), m_thread(thread), m_journal(journal), m_created(created), m_random(seed)
    {
    }

    Stats runManager();
    Stats runOwner();

private:
    QString nextReference(const QChar kind)
    {
        return QStringLiteral("w%1-%2%3-%4").arg(m_config.worker).arg(kind).arg(m_thread).arg(++m_sequence);
    }
    qint64 pickItem();
    std::optional<qint64> pickBlock(bool takeOwn);
    void succeeded(const QString &op)
    {
        ++m_stats.acknowledged[op];
        if (m_sawConnectionError)
            ++m_stats.okAfterConnectionError;
    }
    // Returns true when the error was a lost connection (the outcome of a write is then unknown).
    bool failed(const Error &error, std::initializer_list<Error::Kind> expected)
    {
        if (error.kind == Error::Kind::Connection) {
            ++m_stats.connectionErrors;
            if (m_stats.firstConnectionError.isEmpty())
                m_stats.firstConnectionError = error.message;
            m_sawConnectionError = true;
            // The server is away: do not spin. The next call reconnects by itself.
            QThread::msleep(50 + m_random.bounded(150));
            return true;
        }
        if (std::find(expected.begin(), expected.end(), error.kind) != expected.end()) {
            ++m_stats.refused[kindName(error.kind)];
        } else {
            ++m_stats.unexpectedCount;
            if (m_stats.unexpected.size() < 10)
                m_stats.unexpected << kindName(error.kind) + QStringLiteral(": ") + error.message;
        }
        return false;
    }
    void forget(qint64 block) { std::erase(m_ownBlocks, block); }

    void reserveOnce();
    void confirmOnce();
    void releaseOnce();
    void extendOnce();
    void cleanupOnce();
    void createOnce();
    void readOnce();
    void restockOnce();
    Stats finish()
    {
        m_stats.threadsWithConnectionErrors = m_sawConnectionError ? 1 : 0;
        m_stats.threadsRecovered = m_sawConnectionError && m_stats.okAfterConnectionError > 0 ? 1 : 0;
        Connection::closeCurrent();
        return m_stats;
    }

    const Config &m_config;
    int m_thread;
    Journal &m_journal;
    CreatedItems &m_created;
    QRandomGenerator m_random;
    Stats m_stats;
    bool m_sawConnectionError = false;
    qint64 m_sequence = 0;
    std::deque<qint64> m_ownBlocks;
    QDeadlineTimer m_deadline;
};

qint64 Runner::pickItem()
{
    const int dice = m_random.bounded(100);
    if (dice < 15) {
        if (auto mine = m_created.pick(m_random))
            return *mine;
    }
    if (dice < 60 && !m_config.hot.isEmpty())
        return m_config.hot.at(m_random.bounded(m_config.hot.size()));
    return m_config.firstItem + m_random.bounded(m_config.lastItem - m_config.firstItem + 1);
}

std::optional<qint64> Runner::pickBlock(bool takeOwn)
{
    if (takeOwn && !m_ownBlocks.empty())
        return m_ownBlocks.at(m_random.bounded(int(m_ownBlocks.size())));
    // Somebody's block on a hot item: here the processes race each other for the same blocks.
    BlockFilter filter;
    filter.itemId = m_config.hot.at(m_random.bounded(m_config.hot.size()));
    filter.limit = 20;
    ++m_stats.attempts;
    auto found = blocks(filter);
    if (!found) {
        failed(found.error(), {});
        return std::nullopt;
    }
    succeeded(QStringLiteral("read"));
    if (found->isEmpty())
        return std::nullopt;
    return found->at(m_random.bounded(found->size())).id;
}

void Runner::reserveOnce()
{
    const qint64 itemId = pickItem();
    const bool hot = m_config.hot.contains(itemId);
    const int quantity = 1 + m_random.bounded(hot ? 4 : 3);
    const int ttlDice = m_random.bounded(100);
    const Ttl ttl = ttlDice < 50 ? Ttl(1 + m_random.bounded(3))
        : ttlDice < 80           ? Ttl(10 + m_random.bounded(20))
                                 : Ttl(3600);
    const QString reference = nextReference(QLatin1Char('t'));

    // Until the server gives a definite answer: the same reference each time, so a first
    // attempt that did commit is returned (replayed) instead of reserving twice.
    QDeadlineTimer giveUp(m_deadline.remainingTimeAsDuration() + 120s);
    bool outcomeLost = false;
    for (;;) {
        ++m_stats.attempts;
        auto r = reserve(itemId, quantity, ttl, reference);
        if (r) {
            if (outcomeLost) {
                ++m_stats.reserveRetried;
                if (r->replayed)
                    ++m_stats.reserveReplayed;
            }
            m_journal.write(
                QStringLiteral("reserve"),
                { { QStringLiteral("item"), QString::number(itemId) },
                  { QStringLiteral("block"), QString::number(r->blockId) },
                  { QStringLiteral("qty"), QString::number(r->quantityBlocked) },
                  { QStringLiteral("ref"), reference },
                  { QStringLiteral("replayed"), r->replayed ? QStringLiteral("1") : QStringLiteral("0") } });
            succeeded(QStringLiteral("reserve"));
            m_ownBlocks.push_back(r->blockId);
            if (m_ownBlocks.size() > 64)
                m_ownBlocks.pop_front();
            return;
        }
        if (!failed(r.error(), { Error::Kind::InsufficientStock }))
            return;
        if (!outcomeLost) {
            outcomeLost = true;
            ++m_stats.unknownOutcomes;
        }
        if (giveUp.hasExpired())
            return;
    }
}

void Runner::confirmOnce()
{
    const auto block = pickBlock(m_random.bounded(100) < 70);
    if (!block)
        return;
    ++m_stats.attempts;
    auto r = confirm(*block);
    if (r) {
        m_journal.write(QStringLiteral("confirm"),
                        { { QStringLiteral("block"), QString::number(*block) },
                          { QStringLiteral("item"), QString::number(r->itemId) },
                          { QStringLiteral("qty"), QString::number(r->quantity) } });
        succeeded(QStringLiteral("confirm"));
        forget(*block);
        return;
    }
    if (failed(r.error(), { Error::Kind::NotFound, Error::Kind::Expired, Error::Kind::AlreadyPermanent }))
        ++m_stats.unknownOutcomes;
    else if (r.error().kind != Error::Kind::Expired)
        forget(*block);
}

void Runner::releaseOnce()
{
    const auto block = pickBlock(m_random.bounded(100) < 70);
    if (!block)
        return;
    ++m_stats.attempts;
    auto r = release(*block);
    if (r) {
        m_journal.write(QStringLiteral("release"),
                        { { QStringLiteral("block"), QString::number(*block) },
                          { QStringLiteral("item"), QString::number(r->itemId) },
                          { QStringLiteral("qty"), QString::number(r->quantityReturned) } });
        succeeded(QStringLiteral("release"));
        forget(*block);
        return;
    }
    if (failed(r.error(), { Error::Kind::NotFound, Error::Kind::AlreadyPermanent }))
        ++m_stats.unknownOutcomes;
    else
        forget(*block);
}

void Runner::extendOnce()
{
    const auto block = pickBlock(m_random.bounded(100) < 70);
    if (!block)
        return;
    ++m_stats.attempts;
    auto r = extend(*block, Ttl(1 + m_random.bounded(5)));
    if (r) {
        m_journal.write(
            QStringLiteral("extend"),
            { { QStringLiteral("block"), QString::number(*block) },
              { QStringLiteral("expires_ms"), QString::number(r->expiresAt.toMSecsSinceEpoch()) } });
        succeeded(QStringLiteral("extend"));
        return;
    }
    if (failed(r.error(), { Error::Kind::NotFound, Error::Kind::Expired, Error::Kind::AlreadyPermanent }))
        ++m_stats.unknownOutcomes;
}

void Runner::cleanupOnce()
{
    ++m_stats.attempts;
    auto r = cleanupExpired({}, 200);
    if (r) {
        m_journal.write(QStringLiteral("cleanup"),
                        { { QStringLiteral("removed"), QString::number(r->blocksRemoved) },
                          { QStringLiteral("units"), QString::number(r->unitsRestored) } });
        succeeded(QStringLiteral("cleanup"));
        return;
    }
    if (failed(r.error(), {}))
        ++m_stats.unknownOutcomes;
}

void Runner::createOnce()
{
    const int quantity = 10 + m_random.bounded(91);
    NewItem item;
    item.name = QStringLiteral("Stress %1").arg(nextReference(QLatin1Char('c')));
    // The starting stock, written once and never changed: the invariant's left-hand side.
    item.description = QStringLiteral("stress initial=%1").arg(quantity);
    item.quantity = quantity;
    item.price = 100 + m_random.bounded(10000);
    item.category = QStringLiteral("Stress");
    ++m_stats.attempts;
    auto r = createItem(item);
    if (r) {
        m_journal.write(QStringLiteral("create"),
                        { { QStringLiteral("item"), QString::number(r->id) },
                          { QStringLiteral("qty"), QString::number(quantity) } });
        succeeded(QStringLiteral("create"));
        m_created.add(r->id);
        return;
    }
    if (failed(r.error(), {}))
        ++m_stats.unknownOutcomes;
}

void Runner::readOnce()
{
    ++m_stats.attempts;
    const int dice = m_random.bounded(3);
    std::optional<Error> error;
    if (dice == 0) {
        if (auto r = item(pickItem()); !r)
            error = r.error();
    } else if (dice == 1) {
        if (auto r = topItems(QStringLiteral("Stress")); !r)
            error = r.error();
    } else {
        if (auto r = searchItems(QStringLiteral("Stress w%1").arg(m_config.worker), 20); !r)
            error = r.error();
    }
    if (error)
        failed(*error, {});
    else
        succeeded(QStringLiteral("read"));
}

void Runner::restockOnce()
{
    const qint64 itemId = pickItem();
    const int units = 1 + m_random.bounded(20);
    const QString reference = nextReference(QLatin1Char('o'));
    QDeadlineTimer giveUp(m_deadline.remainingTimeAsDuration() + 120s);
    bool outcomeLost = false;
    for (;;) {
        ++m_stats.attempts;
        auto q = Connection::current().execute(restockSql, { reference, itemId, units }, Retry::Never);
        if (q) {
            const bool applied = (*q)->next() && (*q)->value(0).toInt() == 1;
            (*q)->finish();
            m_journal.write(
                QStringLiteral("restock"),
                { { QStringLiteral("ref"), reference },
                  { QStringLiteral("item"), QString::number(itemId) },
                  { QStringLiteral("units"), QString::number(units) },
                  { QStringLiteral("replayed"), applied ? QStringLiteral("0") : QStringLiteral("1") } });
            succeeded(QStringLiteral("restock"));
            return;
        }
        if (!failed(q.error(), {}))
            return;
        if (!outcomeLost) {
            outcomeLost = true;
            ++m_stats.unknownOutcomes;
        }
        if (giveUp.hasExpired())
            return;
    }
}

Stats Runner::runManager()
{
    m_deadline = QDeadlineTimer(std::chrono::seconds(m_config.seconds));
    while (!m_deadline.hasExpired()) {
        const int dice = m_random.bounded(100);
        if (dice < 40)
            reserveOnce();
        else if (dice < 54)
            confirmOnce();
        else if (dice < 66)
            releaseOnce();
        else if (dice < 78)
            extendOnce();
        else if (dice < 81)
            cleanupOnce();
        else if (dice < 85)
            createOnce();
        else
            readOnce();
    }
    return finish();
}

Stats Runner::runOwner()
{
    // Restocks as the owner role, which alone may write items.quantity directly.
    const ScopedConnectionSettings asOwner(m_config.owner);
    m_deadline = QDeadlineTimer(std::chrono::seconds(m_config.seconds));
    while (!m_deadline.hasExpired()) {
        const int dice = m_random.bounded(100);
        if (dice < 70)
            restockOnce();
        else if (dice < 85)
            cleanupOnce();
        else
            readOnce();
        QThread::msleep(5 + m_random.bounded(20));
    }
    return finish();
}

QList<qint64> parseIds(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

QJsonObject toJson(const QHash<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("One client process of tst_stress."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Manager URI."),
                                      QStringLiteral("uri"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), QStringLiteral("Owner URI (restocks)."),
                                         QStringLiteral("uri"));
    const QCommandLineOption journalOption(QStringLiteral("journal"), QStringLiteral("Journal file."),
                                           QStringLiteral("path"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Run time."),
                                           QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Manager threads."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption workerOption(QStringLiteral("worker"), QStringLiteral("This worker's number."),
                                          QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption hotOption(
        QStringLiteral("hot"), QStringLiteral("Hot item ids, comma-separated."), QStringLiteral("ids"));
    const QCommandLineOption itemsOption(
        QStringLiteral("items"), QStringLiteral("Other items: first,last id."), QStringLiteral("range"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption noSyncOption(QStringLiteral("no-fsync"),
                                          QStringLiteral("Do not fdatasync the journal."));
    parser.addOptions({ dbOption, ownerOption, journalOption, secondsOption, threadsOption, workerOption,
                        hotOption, itemsOption, seedOption, noSyncOption });
    parser.process(app);

    Config config;
    auto manager = ConnectionSettings::parse(parser.value(dbOption));
    auto owner = ConnectionSettings::parse(parser.value(ownerOption));
    const QList<qint64> range = parseIds(parser.value(itemsOption));
    config.hot = parseIds(parser.value(hotOption));
    if (!manager || !owner || range.size() != 2 || config.hot.isEmpty() || !parser.isSet(journalOption)) {
        std::fprintf(stderr, "usage: --db URI --owner URI --journal FILE --hot IDS --items FIRST,LAST\n");
        return 2;
    }
    config.manager = *manager;
    config.owner = *owner;
    config.firstItem = range.at(0);
    config.lastItem = range.at(1);
    config.worker = parser.value(workerOption).toInt();
    config.seconds = parser.value(secondsOption).toInt();
    config.threads = std::max(1, parser.value(threadsOption).toInt());
    const quint32 seed = parser.value(seedOption).toUInt();

    Journal journal(parser.value(journalOption), !parser.isSet(noSyncOption));
    if (!journal.isOpen()) {
        std::fprintf(stderr, "cannot open the journal: %s\n", strerror(errno));
        return 2;
    }
    setConnectionSettings(config.manager);

    CreatedItems created;
    QList<Stats> results(config.threads + 1);
    QList<QThread *> threads;
    for (int t = 0; t <= config.threads; ++t) {
        threads << QThread::create([&, t] {
            Runner runner(config, t, journal, created, seed * 1000 + quint32(t));
            results[t] = t == config.threads ? runner.runOwner() : runner.runManager();
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }

    Stats total;
    for (const Stats &s : results)
        total.merge(s);
    QJsonObject summary {
        { QStringLiteral("worker"), config.worker },
        { QStringLiteral("threads"), config.threads + 1 },
        { QStringLiteral("attempts"), total.attempts },
        { QStringLiteral("acknowledged"), toJson(total.acknowledged) },
        { QStringLiteral("refused"), toJson(total.refused) },
        { QStringLiteral("connectionErrors"), total.connectionErrors },
        { QStringLiteral("firstConnectionError"), total.firstConnectionError },
        { QStringLiteral("unknownOutcomes"), total.unknownOutcomes },
        { QStringLiteral("reserveRetried"), total.reserveRetried },
        { QStringLiteral("reserveReplayed"), total.reserveReplayed },
        { QStringLiteral("okAfterConnectionError"), total.okAfterConnectionError },
        { QStringLiteral("threadsWithConnectionErrors"), total.threadsWithConnectionErrors },
        { QStringLiteral("threadsRecovered"), total.threadsRecovered },
        { QStringLiteral("unexpectedCount"), total.unexpectedCount },
        { QStringLiteral("unexpected"), QJsonArray::fromStringList(total.unexpected) },
    };
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
