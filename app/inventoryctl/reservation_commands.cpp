// Reservations: take units for a while, confirm, release, extend, list, clean up the expired.

#include "command.h"
#include "duration.h"
#include "operations.h"
#include "output.h"

#include <QJsonArray>

using namespace inventory;
using namespace cmd;

namespace {

int reserveCommand(Cli &cli, const QStringList &arguments);
int confirmCommand(Cli &cli, const QStringList &arguments);
int releaseCommand(Cli &cli, const QStringList &arguments);
int extendCommand(Cli &cli, const QStringList &arguments);
int blocksCommand(Cli &cli, const QStringList &arguments);
int cleanupCommand(Cli &cli, const QStringList &arguments);

const Command commandList[] = {
    { "reserve", "ITEM QTY [--ttl 1h] [--ref TEXT]",
      QT_TRANSLATE_NOOP("inventoryctl", "Take QTY units of ITEM now, as a temporary reservation."),
      reserveCommand },
    { "confirm", "BLOCK",
      QT_TRANSLATE_NOOP("inventoryctl", "Make a temporary reservation permanent (managers)."),
      confirmCommand },
    { "release", "BLOCK",
      QT_TRANSLATE_NOOP("inventoryctl", "Cancel a temporary reservation; its units go back (managers)."),
      releaseCommand },
    { "extend", "BLOCK --ttl 30m",
      QT_TRANSLATE_NOOP("inventoryctl", "Move a reservation's expiry later (managers)."), extendCommand },
    { "blocks", "[--item ID] [--state temporary|permanent|expired] [--ref TEXT] [--mine]",
      QT_TRANSLATE_NOOP("inventoryctl", "List reservations, newest first."), blocksCommand },
    { "cleanup", "[--batch-size N] [--parallel P]",
      QT_TRANSLATE_NOOP("inventoryctl", "Give back the units of expired reservations (managers)."),
      cleanupCommand },
};

int reserveCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("ttl"), tr("Expires after this long (default 1h)."), QStringLiteral("duration") });
    parser.addOption(
        { QStringLiteral("ref"), tr("A reference: order number or note."), QStringLiteral("text") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("reserve"), arguments, 2, exitCode))
        return exitCode;
    const auto ref = parseItemRef(cli, parser.positionalArguments().at(0), exitCode);
    if (!ref)
        return exitCode;
    bool ok = false;
    const QString quantityText = parser.positionalArguments().at(1);
    const qint64 quantity = quantityText.toLongLong(&ok);
    if (!ok) {
        return cli.fail(Error::invalidInput(tr("quantity"),
                                            tr("'%1' is not a whole number.").arg(quantityText.left(40))));
    }
    const auto ttl = durationOption(cli, parser, QStringLiteral("ttl"), defaultReservationTtl, exitCode);
    if (!ttl || !cli.connect(exitCode))
        return exitCode;
    const auto itemId = resolveItem(cli, *ref, exitCode);
    if (!itemId)
        return exitCode;
    const auto reserved = reserve(*itemId, quantity, *ttl, parser.value(QStringLiteral("ref")));
    if (!reserved)
        return cli.fail(reserved.error());
    if (cli.json()) {
        cli.printJson(json::reservation(*reserved));
    } else {
        if (reserved->replayed)
            cli.out()
                << tr("Already reserved with reference '%1' (nothing new taken):").arg(reserved->reference)
                << ' ';
        cli.out() << tr("Reserved %1 of item #%2 '%3' as reservation #%4; %5 left; expires %6.")
                         .arg(reserved->quantityBlocked)
                         .arg(reserved->itemId)
                         .arg(reserved->itemName)
                         .arg(reserved->blockId)
                         .arg(reserved->remainingQuantity)
                         .arg(text::moment(reserved->expiresAt))
                  << Qt::endl;
    }
    return ExitOk;
}

int confirmCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("confirm"), arguments, 1, exitCode))
        return exitCode;
    const auto blockId = parseId(cli, tr("reservation id"), parser.positionalArguments().at(0), exitCode);
    if (!blockId || !cli.connect(exitCode))
        return exitCode;
    const auto confirmed = confirm(*blockId);
    if (!confirmed)
        return cli.fail(confirmed.error());
    if (cli.json())
        cli.printJson(json::block(*confirmed));
    else
        cli.out() << tr("Reservation #%1 (%2 of item #%3) is now permanent.")
                         .arg(confirmed->id)
                         .arg(confirmed->quantity)
                         .arg(confirmed->itemId)
                  << Qt::endl;
    return ExitOk;
}

int releaseCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("release"), arguments, 1, exitCode))
        return exitCode;
    const auto blockId = parseId(cli, tr("reservation id"), parser.positionalArguments().at(0), exitCode);
    if (!blockId || !cli.connect(exitCode))
        return exitCode;
    const auto released = release(*blockId);
    if (!released)
        return cli.fail(released.error());
    if (cli.json())
        cli.printJson(json::release(*released));
    else
        cli.out() << tr("Released reservation #%1: %2 units back to item #%3, which now has %4.")
                         .arg(released->blockId)
                         .arg(released->quantityReturned)
                         .arg(released->itemId)
                         .arg(released->itemQuantity)
                  << Qt::endl;
    return ExitOk;
}

int extendCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("ttl"), tr("How much later (required), e.g. 30m."), QStringLiteral("duration") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("extend"), arguments, 1, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("ttl")))
        return cli.usageError(tr("'extend' needs --ttl, e.g. --ttl 30m."), QStringLiteral("extend"));
    const auto blockId = parseId(cli, tr("reservation id"), parser.positionalArguments().at(0), exitCode);
    if (!blockId)
        return exitCode;
    const auto ttl = durationOption(cli, parser, QStringLiteral("ttl"), Ttl(0), exitCode);
    if (!ttl || !cli.connect(exitCode))
        return exitCode;
    const auto extended = extend(*blockId, *ttl);
    if (!extended)
        return cli.fail(extended.error());
    if (cli.json())
        cli.printJson(json::block(*extended));
    else
        cli.out()
            << tr("Reservation #%1 now expires %2.").arg(extended->id).arg(text::moment(extended->expiresAt))
            << Qt::endl;
    return ExitOk;
}

int blocksCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("item"), tr("Only this item's reservations."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("state"), tr("temporary, permanent or expired."), QStringLiteral("state") });
    parser.addOption({ QStringLiteral("ref"),
                       tr("Only reservations whose reference contains TEXT (any case)."),
                       QStringLiteral("text") });
    parser.addOption({ QStringLiteral("mine"), tr("Only reservations made by the connected role.") });
    parser.addOption(
        { QStringLiteral("limit"), tr("At most this many (default 1000)."), QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("blocks"), arguments, 0, exitCode))
        return exitCode;
    BlockFilter filter;
    if (parser.isSet(QStringLiteral("item"))) {
        const auto itemId =
            parseId(cli, QStringLiteral("--item"), parser.value(QStringLiteral("item")), exitCode);
        if (!itemId)
            return exitCode;
        filter.itemId = *itemId;
    }
    if (parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state"));
        if (state == QLatin1String("temporary"))
            filter.state = BlockState::Temporary;
        else if (state == QLatin1String("permanent"))
            filter.state = BlockState::Permanent;
        else if (state == QLatin1String("expired"))
            filter.state = BlockState::Expired;
        else
            return cli.fail(Error::invalidInput(
                QStringLiteral("--state"),
                tr("'%1' is not a state; use temporary, permanent or expired.").arg(state.left(40))));
    }
    filter.reference = parser.value(QStringLiteral("ref"));
    filter.mineOnly = parser.isSet(QStringLiteral("mine"));
    const auto limit = numberOption(cli, parser, QStringLiteral("limit"), 1000, exitCode);
    if (!limit)
        return exitCode;
    if (*limit < 1 || *limit > 100000)
        return cli.fail(Error::invalidInput(QStringLiteral("--limit"),
                                            tr("%1 is not between 1 and 100000.").arg(*limit)));
    filter.limit = int(*limit);
    if (!cli.connect(exitCode))
        return exitCode;
    const auto list = blocks(filter);
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Block &b : *list)
            array.append(json::block(b));
        cli.printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Block &b : *list) {
        rows << QStringList { QString::number(b.id),
                              QString::number(b.itemId),
                              QString::number(b.quantity),
                              text::blockState(b),
                              b.createdBy,
                              text::moment(b.createdAt),
                              b.reference,
                              b.itemName };
    }
    cli.out() << text::table({ tr("BLOCK"), tr("ITEM"), tr("QTY"), tr("STATE"), tr("BY"), tr("CREATED"),
                               tr("REF"), tr("ITEM NAME") },
                             rows, { 0, 1, 2 });
    return ExitOk;
}

int cleanupCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("batch-size"), tr("Blocks per transaction (default 5000)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("parallel"),
                       tr("Connections cleaning at once, for a large backlog (default 1, at most %1).")
                           .arg(maximumParallelCleaners),
                       QStringLiteral("p") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("cleanup"), arguments, 0, exitCode))
        return exitCode;
    const auto batchSize = numberOption(cli, parser, QStringLiteral("batch-size"), 5000, exitCode);
    if (!batchSize)
        return exitCode;
    const auto parallel = numberOption(cli, parser, QStringLiteral("parallel"), 1, exitCode);
    if (!parallel)
        return exitCode;
    if (*parallel < 1 || *parallel > maximumParallelCleaners)
        return cli.fail(Error::invalidInput(
            QStringLiteral("--parallel"),
            tr("%1 is not between 1 and %2.").arg(*parallel).arg(maximumParallelCleaners)));
    if (*batchSize < 1 || *batchSize > 100000)
        return cli.fail(Error::invalidInput(QStringLiteral("--batch-size"),
                                            tr("%1 is not between 1 and 100000.").arg(*batchSize)));
    if (!cli.connect(exitCode))
        return exitCode;
    // Progress goes to stderr, so stdout stays the result alone.
    const auto result = cleanupExpired(
        [&cli](const CleanupResult &soFar, const ExpiredSummary &atStart) {
            if (soFar.batches > 1 || soFar.blocksRemoved < atStart.blocks) {
                cli.err() << tr("cleanup: %1 of %2 expired reservations removed")
                                 .arg(soFar.blocksRemoved)
                                 .arg(atStart.blocks)
                          << Qt::endl;
            }
            return true;
        },
        int(*batchSize), int(*parallel));
    if (!result)
        return cli.fail(result.error());
    // Plural forms spelled out: the English text must read right without a translation loaded.
    const QString blocks = result->blocksRemoved == 1
        ? tr("1 expired reservation removed")
        : tr("%1 expired reservations removed").arg(result->blocksRemoved);
    const QString units = result->unitsRestored == 1
        ? tr("1 unit returned to stock")
        : tr("%1 units returned to stock").arg(result->unitsRestored);
    const QString message =
        tr("%1, %2 at %3")
            .arg(blocks, units, result->finishedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    if (cli.json())
        cli.printJson(json::cleanup(*result, message));
    else
        cli.out() << message << Qt::endl;
    return ExitOk;
}

} // namespace

std::span<const Command> reservationCommands()
{
    return commandList;
}
