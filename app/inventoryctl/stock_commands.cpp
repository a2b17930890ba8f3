// Stock: goods in, corrections, stock counts, the history and the ledger's check.

#include "command.h"
#include "duration.h"
#include "operations.h"
#include "output.h"
#include "stock.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace inventory;
using namespace cmd;

namespace {

int receiveCommand(Cli &cli, const QStringList &arguments);
int adjustCommand(Cli &cli, const QStringList &arguments);
int historyCommand(Cli &cli, const QStringList &arguments);
int countOpenCommand(Cli &cli, const QStringList &arguments);
int countSetCommand(Cli &cli, const QStringList &arguments);
int countShowCommand(Cli &cli, const QStringList &arguments);
int countPostCommand(Cli &cli, const QStringList &arguments);
int checkCommand(Cli &cli, const QStringList &arguments);

const Command commandList[] = {
    { "receive", "ITEM QTY [--reason received|returned] [--ref TEXT]",
      QT_TRANSLATE_NOOP("inventoryctl", "Book QTY units of ITEM in: a delivery or a customer return."),
      receiveCommand },
    { "adjust", "ITEM (--by N | --to N) --reason R [--note TEXT]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Correct ITEM's quantity by N or to N; R is damaged, lost, found or correction "
                        "(managers)."),
      adjustCommand },
    { "history", "[--item ID] [--kind K] [--reason R] [--actor ROLE] [--since 1d] [--limit N]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Stock movements and reservation events, newest first; --since takes a duration "
                        "or a date."),
      historyCommand },
    { "count open", "(--category C | --items 1,2,3)",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Start a stock count of a category or of listed items; their expected "
                        "quantities are taken now (managers)."),
      countOpenCommand },
    { "count set", "COUNT ITEM QTY",
      QT_TRANSLATE_NOOP("inventoryctl", "Enter the quantity of ITEM counted in count COUNT."),
      countSetCommand },
    { "count show", "COUNT",
      QT_TRANSLATE_NOOP("inventoryctl", "A count's items: expected, counted, difference."),
      countShowCommand },
    { "count post", "COUNT [--yes]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Book each difference of count COUNT as one movement, all at once; asks first "
                        "(managers)."),
      countPostCommand },
    { "check", "[--repair] [--yes]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Prove every item's stock is explained by its ledger; --repair books a "
                        "correction for each that is not, after asking (managers)."),
      checkCommand },
};

const char *const historyKinds[] = { "opening",   "receipt",  "adjustment", "count",  "created",
                                     "confirmed", "released", "extended",   "expired" };

QString codes(const QList<StockReason> &reasons)
{
    QStringList names;
    for (StockReason r : reasons)
        names << reasonCode(r);
    return names.join(QStringLiteral(", "));
}

// A --reason value that must be one of `allowed`.
std::optional<StockReason> reasonOption(Cli &cli, const QString &value, const QList<StockReason> &allowed,
                                        const QString &what, int &exitCode)
{
    const auto reason = reasonFromCode(value);
    if (!reason || !allowed.contains(*reason)) {
        exitCode = cli.fail(Error::invalidInput(
            QStringLiteral("--reason"),
            tr("'%1' is not a reason for %2; use %3.").arg(value.left(40), what, codes(allowed))));
        return std::nullopt;
    }
    return *reason;
}

// "Only managers can …" before asking a question a staff member could not act on anyway; the
// server refuses on its own too.
bool requireManager(Cli &cli, const QString &action, int &exitCode)
{
    const auto session = sessionInfo();
    if (!session) {
        exitCode = cli.fail(session.error());
        return false;
    }
    if (!session->isManager && !session->isOwner) {
        exitCode = cli.fail(Error::permissionDenied(action, QStringLiteral("inventory_manager")));
        return false;
    }
    return true;
}

// What a person reads before a bulk booking: on stdout, or on stderr when stdout carries JSON.
QTextStream &plan(Cli &cli)
{
    return cli.json() ? cli.err() : cli.out();
}

QString itemLabel(qint64 id, const QString &name)
{
    return name.isEmpty() ? tr("item #%1").arg(id) : tr("item #%1 '%2'").arg(QString::number(id), name);
}

int receiveCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("reason"),
                       tr("received (default: a delivery) or returned (by a customer)."),
                       QStringLiteral("reason") });
    parser.addOption({ QStringLiteral("ref"), tr("A reference: delivery note, order or return number."),
                       QStringLiteral("text") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("receive"), arguments, 2, exitCode))
        return exitCode;
    const auto ref = parseItemRef(cli, parser.positionalArguments().at(0), exitCode);
    if (!ref)
        return exitCode;
    const auto quantity = number(cli, tr("quantity"), parser.positionalArguments().at(1), exitCode);
    if (!quantity)
        return exitCode;
    StockReason reason = StockReason::Received;
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto parsed = reasonOption(cli, parser.value(QStringLiteral("reason")), receiptReasons(),
                                         tr("a receipt"), exitCode);
        if (!parsed)
            return exitCode;
        reason = *parsed;
    }
    if (!cli.connect(exitCode))
        return exitCode;
    const auto itemId = resolveItem(cli, *ref, exitCode);
    if (!itemId)
        return exitCode;
    const auto received = receive(*itemId, *quantity, reason, parser.value(QStringLiteral("ref")));
    if (!received)
        return cli.fail(received.error());
    if (cli.json()) {
        cli.printJson(json::movement(*received));
        return ExitOk;
    }
    cli.out() << tr("Received %1 of %2 (%3): quantity %4 → %5; movement #%6.")
                     .arg(QString::number(received->change), itemLabel(received->itemId, received->itemName),
                          reasonLabel(received->reason),
                          QString::number(received->resultingQuantity - received->change),
                          QString::number(received->resultingQuantity), QString::number(received->id))
              << Qt::endl;
    return ExitOk;
}

int adjustCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("by"), tr("Change the quantity by N (+ or -)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("to"), tr("Set the quantity to N."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("reason"), tr("damaged, lost, found or correction (required)."),
                       QStringLiteral("reason") });
    parser.addOption({ QStringLiteral("note"), tr("Why, in words."), QStringLiteral("text") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("adjust"), arguments, 1, exitCode))
        return exitCode;
    const bool by = parser.isSet(QStringLiteral("by"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (by == to)
        return cli.usageError(tr("'adjust' needs exactly one of --by N and --to N."),
                              QStringLiteral("adjust"));
    if (!parser.isSet(QStringLiteral("reason")))
        return cli.usageError(tr("'adjust' needs --reason: %1.").arg(codes(adjustmentReasons())),
                              QStringLiteral("adjust"));
    const auto ref = parseItemRef(cli, parser.positionalArguments().at(0), exitCode);
    if (!ref)
        return exitCode;
    Adjustment adjustment;
    const QString option = by ? QStringLiteral("by") : QStringLiteral("to");
    const auto amount = number(cli, QStringLiteral("--") + option, parser.value(option), exitCode);
    if (!amount)
        return exitCode;
    (by ? adjustment.by : adjustment.to) = *amount;
    const auto reason = reasonOption(cli, parser.value(QStringLiteral("reason")), adjustmentReasons(),
                                     tr("an adjustment"), exitCode);
    if (!reason)
        return exitCode;
    adjustment.reason = *reason;
    adjustment.note = parser.value(QStringLiteral("note"));
    if (!cli.connect(exitCode))
        return exitCode;
    const auto itemId = resolveItem(cli, *ref, exitCode);
    if (!itemId)
        return exitCode;
    const auto adjusted = adjust(*itemId, adjustment);
    if (!adjusted)
        return cli.fail(adjusted.error());
    if (cli.json()) {
        cli.printJson(json::movement(*adjusted));
        return ExitOk;
    }
    cli.out() << tr("Adjusted %1 by %2 (%3): quantity %4 → %5; movement #%6.")
                     .arg(itemLabel(adjusted->itemId, adjusted->itemName),
                          text::signedNumber(adjusted->change), reasonLabel(adjusted->reason),
                          QString::number(adjusted->resultingQuantity - adjusted->change),
                          QString::number(adjusted->resultingQuantity), QString::number(adjusted->id))
              << Qt::endl;
    return ExitOk;
}

// --since: a duration back from now ("1d") or a date or time in ISO 8601 ("2026-12-01",
// "2026-12-01T14:30"), local time unless it says otherwise.
std::optional<QDateTime> sinceOption(Cli &cli, const QString &value, int &exitCode)
{
    if (const auto back = parseDuration(value))
        return QDateTime::currentDateTimeUtc().addSecs(-back->count());
    QDateTime moment = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            moment = date.startOfDay();
    }
    if (!moment.isValid()) {
        exitCode = cli.fail(
            Error::invalidInput(QStringLiteral("--since"),
                                tr("'%1' is neither a duration (30m, 2h, 1d) nor a date (2026-12-01) or time "
                                   "(2026-12-01T14:30).")
                                    .arg(value.left(40))));
        return std::nullopt;
    }
    return moment;
}

int historyCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("item"), tr("Only this item's history."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("kind"),
                       tr("Only these kinds, comma-separated: opening, receipt, adjustment, count (stock "
                          "movements); created, confirmed, released, extended, expired (reservations)."),
                       QStringLiteral("kinds") });
    parser.addOption({ QStringLiteral("reason"),
                       tr("Only movements with this reason: %1.").arg(codes(allReasons())),
                       QStringLiteral("reason") });
    parser.addOption(
        { QStringLiteral("actor"), tr("Only what this database role did."), QStringLiteral("role") });
    parser.addOption({ QStringLiteral("since"),
                       tr("Only since then: a duration back (1d) or a date or time."),
                       QStringLiteral("when") });
    parser.addOption({ QStringLiteral("limit"), tr("At most this many (default 50)."), QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("history"), arguments, 0, exitCode))
        return exitCode;
    HistoryFilter filter;
    if (parser.isSet(QStringLiteral("item"))) {
        const auto itemId =
            parseId(cli, QStringLiteral("--item"), parser.value(QStringLiteral("item")), exitCode);
        if (!itemId)
            return exitCode;
        filter.itemId = *itemId;
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        for (const QString &kind :
             parser.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString trimmed = kind.trimmed();
            if (std::none_of(std::begin(historyKinds), std::end(historyKinds),
                             [&](const char *k) { return trimmed == QLatin1String(k); }))
                return cli.fail(Error::invalidInput(
                    QStringLiteral("--kind"),
                    tr("'%1' is not a kind; use opening, receipt, adjustment, count, created, confirmed, "
                       "released, extended or expired.")
                        .arg(trimmed.left(40))));
            filter.kinds << trimmed;
        }
    }
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto reason = reasonOption(cli, parser.value(QStringLiteral("reason")), allReasons(),
                                         tr("a movement"), exitCode);
        if (!reason)
            return exitCode;
        filter.reason = reasonCode(*reason);
    }
    filter.actor = parser.value(QStringLiteral("actor"));
    if (parser.isSet(QStringLiteral("since"))) {
        const auto since = sinceOption(cli, parser.value(QStringLiteral("since")), exitCode);
        if (!since)
            return exitCode;
        filter.since = *since;
    }
    const auto limit = numberOption(cli, parser, QStringLiteral("limit"), 50, exitCode);
    if (!limit)
        return exitCode;
    if (*limit < 1 || *limit > 10000)
        return cli.fail(
            Error::invalidInput(QStringLiteral("--limit"), tr("%1 is not between 1 and 10000.").arg(*limit)));
    filter.limit = int(*limit);
    if (!cli.connect(exitCode))
        return exitCode;
    const auto entries = history(filter);
    if (!entries)
        return cli.fail(entries.error());
    if (cli.json()) {
        QJsonArray array;
        for (const HistoryEntry &e : *entries)
            array.append(json::historyEntry(e));
        cli.printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const HistoryEntry &e : *entries) {
        QStringList what;
        if (!e.reference.isEmpty())
            what << e.reference;
        if (!e.note.isEmpty())
            what << e.note;
        if (e.blockId != 0)
            what << tr("reservation #%1").arg(e.blockId);
        rows << QStringList { text::moment(e.at),
                              QString::number(e.itemId),
                              e.kind,
                              e.reason.isEmpty() ? QStringLiteral("-") : text::reason(e.reason),
                              text::signedNumber(e.change),
                              e.resultingQuantity ? QString::number(*e.resultingQuantity)
                                                  : QStringLiteral("-"),
                              e.actor,
                              what.isEmpty() ? QStringLiteral("-") : what.join(QStringLiteral("; ")),
                              e.itemName };
    }
    cli.out() << text::table({ tr("WHEN"), tr("ITEM"), tr("KIND"), tr("REASON"), tr("CHANGE"), tr("QTY"),
                               tr("BY"), tr("REF / NOTE"), tr("ITEM NAME") },
                             rows, { 1, 4, 5 });
    return ExitOk;
}

QString countTitle(const StockCount &count)
{
    return count.category.isEmpty()
        ? tr("Count #%1 of %2")
              .arg(QString::number(count.id), plural(count.lines, "1 listed item", "%1 listed items"))
        : tr("Count #%1 of category '%2'").arg(QString::number(count.id), count.category);
}

int countOpenCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("category"), tr("Count every item of this category."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("items"), tr("Count these items: ids, comma-separated."), QStringLiteral("ids") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("count open"), arguments, 0, exitCode))
        return exitCode;
    const bool byCategory = parser.isSet(QStringLiteral("category"));
    if (byCategory == parser.isSet(QStringLiteral("items")))
        return cli.usageError(tr("'count open' needs exactly one of --category C and --items 1,2,3."),
                              QStringLiteral("count open"));
    QList<qint64> ids;
    if (!byCategory) {
        const QStringList parts = parser.value(QStringLiteral("items")).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const auto id = parseId(cli, QStringLiteral("--items"), part.trimmed(), exitCode);
            if (!id)
                return exitCode;
            if (!ids.contains(*id))
                ids << *id;
        }
    }
    if (!cli.connect(exitCode))
        return exitCode;
    const auto opened = byCategory ? openCount(parser.value(QStringLiteral("category"))) : openCount(ids);
    if (!opened)
        return cli.fail(opened.error());
    if (cli.json()) {
        cli.printJson(json::stockCount(*opened));
        return ExitOk;
    }
    cli.out() << tr("Opened %1: %2, expected quantities as of %3. Enter what is counted with "
                    "'inventoryctl count set %4 ITEM QTY'.")
                     .arg(countTitle(*opened), plural(opened->lines, "1 item", "%1 items"),
                          text::moment(opened->openedAt), QString::number(opened->id))
              << Qt::endl;
    return ExitOk;
}

int countSetCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("count set"), arguments, 3, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const auto countId = parseId(cli, tr("count id"), positional.at(0), exitCode);
    if (!countId)
        return exitCode;
    const auto ref = parseItemRef(cli, positional.at(1), exitCode);
    if (!ref)
        return exitCode;
    const auto counted = number(cli, tr("counted quantity"), positional.at(2), exitCode);
    if (!counted || !cli.connect(exitCode))
        return exitCode;
    const auto itemId = resolveItem(cli, *ref, exitCode);
    if (!itemId)
        return exitCode;
    const auto line = setCounted(*countId, *itemId, *counted);
    if (!line)
        return cli.fail(line.error());
    if (cli.json()) {
        cli.printJson(json::countLine(*line));
        return ExitOk;
    }
    cli.out() << tr("Count #%1: %2 counted %3 (expected %4, difference %5).")
                     .arg(QString::number(line->countId), itemLabel(line->itemId, line->itemName),
                          QString::number(line->counted.value_or(0)), QString::number(line->expected),
                          text::signedNumber(line->difference()))
              << Qt::endl;
    return ExitOk;
}

QList<QStringList> lineRows(const QList<CountLine> &lines)
{
    QList<QStringList> rows;
    for (const CountLine &l : lines) {
        rows << QStringList { QString::number(l.itemId), QString::number(l.expected),
                              l.counted ? QString::number(*l.counted) : QStringLiteral("-"),
                              l.counted ? text::signedNumber(l.difference()) : QStringLiteral("-"),
                              l.itemName };
    }
    return rows;
}

const QStringList lineHeader()
{
    return { tr("ITEM"), tr("EXPECTED"), tr("COUNTED"), tr("DIFF"), tr("NAME") };
}

int countShowCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("count show"), arguments, 1, exitCode))
        return exitCode;
    const auto countId = parseId(cli, tr("count id"), parser.positionalArguments().at(0), exitCode);
    if (!countId || !cli.connect(exitCode))
        return exitCode;
    const auto count = stockCount(*countId);
    if (!count)
        return cli.fail(count.error());
    const auto lines = countLines(*countId);
    if (!lines)
        return cli.fail(lines.error());
    if (cli.json()) {
        QJsonObject object = json::stockCount(*count);
        QJsonArray array;
        for (const CountLine &l : *lines)
            array.append(json::countLine(l));
        object.insert(QStringLiteral("items"), array);
        cli.printJson(object);
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << tr("%1, opened by %2 at %3; ")
               .arg(countTitle(*count), count->openedBy, text::moment(count->openedAt));
    if (count->postedAt.isValid())
        out << tr("posted by %1 at %2.").arg(count->postedBy, text::moment(count->postedAt));
    else
        out << tr("open, %1 of %2 counted.").arg(count->counted).arg(count->lines);
    out << '\n' << text::table(lineHeader(), lineRows(*lines), { 0, 1, 2, 3 });
    return ExitOk;
}

int countPostCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(yesOption());
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("count post"), arguments, 1, exitCode))
        return exitCode;
    const auto countId = parseId(cli, tr("count id"), parser.positionalArguments().at(0), exitCode);
    if (!countId || !cli.connect(exitCode))
        return exitCode;
    if (!requireManager(cli, tr("post counts"), exitCode))
        return exitCode;
    const auto count = stockCount(*countId);
    if (!count)
        return cli.fail(count.error());
    if (count->postedAt.isValid()) {
        // Said before asking: there is nothing left to book.
        return cli.fail(Error::conflict(
            count->id,
            tr("Count #%1 was posted by %2 at %3; it cannot be posted again.")
                .arg(QString::number(count->id), count->postedBy, formatMoment(count->postedAt))));
    }
    const auto lines = countLines(*countId);
    if (!lines)
        return cli.fail(lines.error());
    QList<CountLine> differing;
    int uncounted = 0;
    for (const CountLine &l : *lines) {
        if (!l.counted)
            ++uncounted;
        else if (l.difference() != 0)
            differing << l;
    }
    QTextStream &out = plan(cli);
    out << tr("Posting %1 books %2")
               .arg(countTitle(*count), plural(differing.size(), "1 count movement", "%1 count movements"));
    out << (differing.isEmpty() ? QStringLiteral(".\n") : QStringLiteral(":\n"));
    if (!differing.isEmpty())
        out << text::table(lineHeader(), lineRows(differing), { 0, 1, 2, 3 });
    out << tr("Each difference is applied to the quantity as it is when posting, so reservations "
              "made or ended since the count opened stay as they are.")
        << '\n';
    if (uncounted > 0)
        out << plural(uncounted, "1 item without a counted figure books nothing.",
                      "%1 items without a counted figure book nothing.")
            << '\n';
    if (!confirmBooking(cli, parser, tr("Post count #%1?").arg(count->id), exitCode))
        return exitCode;
    const auto posted = postCount(*countId);
    if (!posted)
        return cli.fail(posted.error());
    if (cli.json()) {
        cli.printJson(json::countPosting(*posted));
        return ExitOk;
    }
    cli.out() << tr("Posted count #%1: %2; %3 added, %4 removed.")
                     .arg(QString::number(posted->countId),
                          plural(posted->movements, "1 movement", "%1 movements"),
                          plural(posted->unitsAdded, "1 unit", "%1 units"),
                          QString::number(posted->unitsRemoved))
              << Qt::endl;
    return ExitOk;
}

QString driftLine(const Drift &d)
{
    const qint64 difference = d.difference();
    const QString what =
        difference > 0 ? tr("%1 unexplained").arg(difference) : tr("%1 missing").arg(-difference);
    return tr("Item #%1 '%2': stock %3 (quantity + blocks), ledger %4 (opening + movements); %5")
        .arg(QString::number(d.itemId), d.itemName, QString::number(d.stock), QString::number(d.booked),
             what);
}

int checkCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("repair"),
          tr("Book one correction per drifted item so the ledger explains its stock (managers).") });
    parser.addOption(yesOption());
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("check"), arguments, 0, exitCode) || !cli.connect(exitCode))
        return exitCode;
    const bool repair = parser.isSet(QStringLiteral("repair"));
    if (repair && !requireManager(cli, tr("repair the ledger"), exitCode))
        return exitCode;
    const auto check = checkLedger();
    if (!check)
        return cli.fail(check.error());
    if (check->isClean()) {
        if (cli.json())
            cli.printJson(json::ledgerCheck(*check));
        else
            cli.out() << plural(check->itemsChecked, "The 1 item is explained by the ledger.",
                                "All %1 items are explained by the ledger.")
                      << Qt::endl;
        return ExitOk;
    }
    if (!repair) {
        if (cli.json()) {
            cli.printJson(json::ledgerCheck(*check));
        } else {
            for (const Drift &d : check->drifted)
                cli.out() << driftLine(d) << '\n';
            cli.out() << tr("%1 of %2 drifted; 'inventoryctl check --repair' books a correction for each.")
                             .arg(QString::number(check->drifted.size()),
                                  plural(check->itemsChecked, "1 item", "%1 items"))
                      << Qt::endl;
        }
        return ExitRefused;
    }
    QTextStream &out = plan(cli);
    for (const Drift &d : check->drifted) {
        out << driftLine(d) << '\n'
            << tr("  will book a correction of %1: the ledger goes from %2 to %3; the quantity stays.")
                   .arg(text::signedNumber(d.difference()))
                   .arg(d.booked)
                   .arg(d.stock)
            << '\n';
    }
    if (!confirmBooking(cli, parser,
                        plural(check->drifted.size(), "Book 1 correction?", "Book %1 corrections?"),
                        exitCode))
        return exitCode;
    const auto booked = repairLedger(check->drifted);
    if (!booked)
        return cli.fail(booked.error());
    const qsizetype leftOut = check->drifted.size() - booked->size();
    if (cli.json()) {
        QJsonObject object = json::ledgerCheck(*check);
        QJsonArray movements;
        for (const StockMovement &m : *booked)
            movements.append(json::movement(m));
        object.insert(QStringLiteral("booked"), movements);
        object.insert(QStringLiteral("leftOut"), leftOut);
        cli.printJson(object);
    } else {
        for (const StockMovement &m : *booked)
            cli.out() << tr("Booked correction #%1 of %2 for %3.")
                             .arg(QString::number(m.id), text::signedNumber(m.change),
                                  itemLabel(m.itemId, m.itemName))
                      << '\n';
        if (leftOut > 0)
            cli.out() << plural(
                leftOut, "1 item changed since the check and was left out; run 'inventoryctl check' again.",
                "%1 items changed since the check and were left out; run 'inventoryctl check' "
                "again.")
                      << '\n';
        cli.out().flush();
    }
    return leftOut > 0 ? ExitRefused : ExitOk;
}

} // namespace

std::span<const Command> stockCommands()
{
    return commandList;
}
