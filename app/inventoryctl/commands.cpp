#include "commands.h"

#include "bench.h"
#include "cli.h"
#include "connection.h"
#include "demodata.h"
#include "duration.h"
#include "itemtransfer.h"
#include "localcluster.h"
#include "migrations.h"
#include "money.h"
#include "operations.h"
#include "output.h"
#include "validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>

using namespace inventory;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryctl", text);
}

// Each command: its parser (options and positional arguments), then the work.
struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int (*run)(Cli &cli, const QStringList &arguments);
};

// Builds the command's parser; checks the positional count. Returns false when the command
// should end with `exitCode` (usage error or --help).
bool prepare(Cli &cli, QCommandLineParser &parser, const Command &command, const QStringList &arguments,
             int positional, int &exitCode)
{
    parser.setApplicationDescription(tr(command.summary));
    cli.addGlobalOptions(parser);
    const QString synopsis = QString::fromLatin1(command.synopsis);
    // The synopsis names the positional arguments. Options and their values ("--items N") and
    // whatever is in brackets ("[--ttl 1h]") are not positional, so they are skipped.
    int bracketDepth = 0;
    bool optionValue = false;
    for (const QString &token : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool isOption = token.startsWith(QLatin1Char('-'));
        const bool isPositional =
            bracketDepth == 0 && !token.startsWith(QLatin1Char('[')) && !isOption && !optionValue;
        bracketDepth += int(token.count(QLatin1Char('['))) - int(token.count(QLatin1Char(']')));
        optionValue = isOption;
        if (isPositional)
            parser.addPositionalArgument(token.toLower(), token, token);
    }
    if (!cli.parse(parser, arguments, exitCode))
        return false;
    if (parser.positionalArguments().size() != positional) {
        exitCode = cli.usageError(tr("'%1' takes %2 argument(s): %3; %4 given.")
                                      .arg(QLatin1String(command.name))
                                      .arg(positional)
                                      .arg(synopsis.isEmpty() ? tr("none") : synopsis)
                                      .arg(parser.positionalArguments().size()),
                                  QLatin1String(command.name));
        return false;
    }
    return true;
}

std::optional<Ttl> durationOption(Cli &cli, const QCommandLineParser &parser, const QString &option,
                                  Ttl fallback, int &exitCode)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    const auto parsed = parseDuration(value);
    if (!parsed) {
        exitCode = cli.fail(Error::invalidInput(
            QStringLiteral("--") + option,
            tr("'%1' is not a duration; give a number and a unit, e.g. 30s, 90m, 2h or 1d.")
                .arg(value.left(40))));
        return std::nullopt;
    }
    return *parsed;
}

std::optional<qint64> numberOption(Cli &cli, const QCommandLineParser &parser, const QString &option,
                                   qint64 fallback, int &exitCode)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok) {
        exitCode = cli.fail(
            Error::invalidInput(QStringLiteral("--") + option,
                                tr("'%1' is not a whole number.").arg(parser.value(option).left(40))));
        return std::nullopt;
    }
    return value;
}

void printItem(Cli &cli, const Item &item)
{
    if (cli.json()) {
        cli.printJson(json::item(item));
        return;
    }
    QTextStream &out = cli.out();
    out << tr("Item #%1 %2").arg(item.id).arg(item.name) << '\n'
        << tr("  quantity:    %1 available, %2 in temporary reservations")
               .arg(item.quantity)
               .arg(item.reserved)
        << '\n'
        << tr("  price:       %1").arg(formatPrice(item.price)) << '\n'
        << tr("  category:    %1").arg(item.category.isEmpty() ? QStringLiteral("-") : item.category) << '\n';
    if (!item.description.isEmpty())
        out << tr("  description: %1").arg(item.description) << '\n';
    out << tr("  created:     %1").arg(text::moment(item.createdAt)) << '\n'
        << tr("  updated:     %1").arg(text::moment(item.updatedAt)) << '\n';
}

void printItems(Cli &cli, const QList<Item> &items)
{
    QList<QStringList> rows;
    for (const Item &i : items) {
        rows << QStringList { QString::number(i.id), QString::number(i.quantity), QString::number(i.reserved),
                              formatPrice(i.price), i.name };
    }
    cli.out() << text::table({ tr("ID"), tr("QTY"), tr("RESERVED"), tr("PRICE"), tr("NAME") }, rows,
                             { 0, 1, 2, 3 });
}

int fromResult(Cli &cli, const Error &error)
{
    return cli.fail(error);
}

// ----- commands -----------------------------------------------------------------------------

int migrateCommand(Cli &cli, const QStringList &arguments);
int seedCommand(Cli &cli, const QStringList &arguments);
int itemCommand(Cli &cli, const QStringList &arguments);
int createItemCommand(Cli &cli, const QStringList &arguments);
int searchCommand(Cli &cli, const QStringList &arguments);
int categoriesCommand(Cli &cli, const QStringList &arguments);
int topCommand(Cli &cli, const QStringList &arguments);
int reserveCommand(Cli &cli, const QStringList &arguments);
int confirmCommand(Cli &cli, const QStringList &arguments);
int releaseCommand(Cli &cli, const QStringList &arguments);
int extendCommand(Cli &cli, const QStringList &arguments);
int blocksCommand(Cli &cli, const QStringList &arguments);
int cleanupCommand(Cli &cli, const QStringList &arguments);
int localCommand(Cli &cli, const QStringList &arguments);
int importCommand(Cli &cli, const QStringList &arguments);
int exportCommand(Cli &cli, const QStringList &arguments);

const Command commands[] = {
    { "migrate", "", QT_TRANSLATE_NOOP("inventoryctl", "Create or upgrade the schema (as its owner)."),
      migrateCommand },
    { "seed", "--items N [--categories K]",
      QT_TRANSLATE_NOOP("inventoryctl", "Generate N items over K categories on the server (as the owner)."),
      seedCommand },
    { "item", "ID", QT_TRANSLATE_NOOP("inventoryctl", "Show one item."), itemCommand },
    { "create-item", "--name --price --quantity --category [--description]",
      QT_TRANSLATE_NOOP("inventoryctl", "Add an item."), createItemCommand },
    { "search", "PREFIX",
      QT_TRANSLATE_NOOP("inventoryctl", "Items whose name starts with PREFIX (any case)."), searchCommand },
    { "categories", "", QT_TRANSLATE_NOOP("inventoryctl", "Categories with their item counts."),
      categoriesCommand },
    { "top", "CATEGORY", QT_TRANSLATE_NOOP("inventoryctl", "The 100 items of CATEGORY with the most stock."),
      topCommand },
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
    { "blocks", "[--item ID] [--state temporary|permanent|expired] [--mine]",
      QT_TRANSLATE_NOOP("inventoryctl", "List reservations, newest first."), blocksCommand },
    { "cleanup", "[--batch-size N] [--parallel P]",
      QT_TRANSLATE_NOOP("inventoryctl", "Give back the units of expired reservations (managers)."),
      cleanupCommand },
    { "import", "FILE [--valid-rows] [--dry-run]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Add the items of a CSV file (columns name, description, quantity, price, "
                        "category); all or nothing unless --valid-rows."),
      importCommand },
    { "export", "FILE [--category C]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Write the items (or one category's) as CSV; FILE '-' is standard output."),
      exportCommand },
    { "bench",
      "[--items N] [--categories K] [--workers W] [--seconds S] [--warm-up S] [--rounds N] [--cleaners C]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Measure the operations against the original way and the machine's limit."),
      benchCommand },
    { "local", "ACTION", QT_TRANSLATE_NOOP("inventoryctl", "start, stop or status of the local database."),
      localCommand },
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

const Command &command(const char *name)
{
    return *findCommand(QLatin1String(name));
}

int migrateCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("migrate"), arguments, 0, exitCode))
        return exitCode;
    if (!cli.connect(exitCode, true, false))
        return exitCode;
    const auto before = schemaVersion();
    if (!before)
        return fromResult(cli, before.error());
    const auto after = migrate();
    if (!after)
        return fromResult(cli, after.error());
    if (cli.json()) {
        cli.printJson(QJsonObject { { QStringLiteral("previousVersion"), before->current },
                                    { QStringLiteral("version"), after->current } });
    } else if (before->current == after->current) {
        cli.out() << tr("The schema is up to date (version %1).").arg(after->current) << Qt::endl;
    } else {
        cli.out() << tr("Migrated the schema from version %1 to %2.").arg(before->current).arg(after->current)
                  << Qt::endl;
    }
    return ExitOk;
}

int seedCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("items"), tr("How many items to generate."), QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("categories"), tr("Over how many categories (default 20)."), QStringLiteral("K") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("seed"), arguments, 0, exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("items")))
        return cli.usageError(tr("'seed' needs --items N."), QStringLiteral("seed"));
    const auto items = numberOption(cli, parser, QStringLiteral("items"), 0, exitCode);
    if (!items)
        return exitCode;
    const auto categories = numberOption(cli, parser, QStringLiteral("categories"), 20, exitCode);
    if (!categories)
        return exitCode;
    if (!cli.connect(exitCode, true))
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    const auto created = seedItems(*items, *categories);
    if (!created)
        return fromResult(cli, created.error());
    if (cli.json()) {
        cli.printJson(QJsonObject { { QStringLiteral("itemsCreated"), *created },
                                    { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 } });
    } else {
        cli.out()
            << tr("Created %1 items in %2 s.").arg(*created).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    return ExitOk;
}

int itemCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("item"), arguments, 1, exitCode))
        return exitCode;
    const auto id = parseId(cli, tr("item id"), parser.positionalArguments().at(0), exitCode);
    if (!id || !cli.connect(exitCode))
        return exitCode;
    const auto found = inventory::item(*id);
    if (!found)
        return fromResult(cli, found.error());
    printItem(cli, *found);
    return ExitOk;
}

int createItemCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("name"), tr("Name (required)."), QStringLiteral("text") });
    parser.addOption(
        { QStringLiteral("price"), tr("Price, e.g. 12.50 (required)."), QStringLiteral("amount") });
    parser.addOption({ QStringLiteral("quantity"), tr("Units in stock (default 0)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("category"), tr("Category."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("description"), tr("Description."), QStringLiteral("text") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("create-item"), arguments, 0, exitCode))
        return exitCode;
    for (const char *required : { "name", "price" }) {
        if (!parser.isSet(QLatin1String(required)))
            return cli.usageError(tr("'create-item' needs --%1.").arg(QLatin1String(required)),
                                  QStringLiteral("create-item"));
    }
    NewItem item;
    item.name = parser.value(QStringLiteral("name"));
    item.category = parser.value(QStringLiteral("category"));
    item.description = parser.value(QStringLiteral("description"));
    const QString priceText = parser.value(QStringLiteral("price"));
    const auto price = parsePrice(priceText);
    if (!price) {
        return cli.fail(Error::invalidInput(
            tr("price"),
            tr("'%1' is not a price; give a number with at most two decimals, e.g. 12.50.")
                .arg(priceText.left(40))));
    }
    item.price = *price;
    const auto quantity = numberOption(cli, parser, QStringLiteral("quantity"), 0, exitCode);
    if (!quantity)
        return exitCode;
    item.quantity = *quantity;
    if (!cli.connect(exitCode))
        return exitCode;
    const auto created = createItem(item);
    if (!created)
        return fromResult(cli, created.error());
    if (cli.json())
        printItem(cli, *created);
    else
        cli.out() << tr("Created item #%1 '%2'.").arg(created->id).arg(created->name) << Qt::endl;
    return ExitOk;
}

int searchCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("limit"), tr("At most this many (default 50)."), QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("search"), arguments, 1, exitCode))
        return exitCode;
    const auto limit = numberOption(cli, parser, QStringLiteral("limit"), 50, exitCode);
    if (!limit)
        return exitCode;
    if (*limit < 1 || *limit > 1000)
        return cli.fail(
            Error::invalidInput(QStringLiteral("--limit"), tr("%1 is not between 1 and 1000.").arg(*limit)));
    if (!cli.connect(exitCode))
        return exitCode;
    const auto found = searchItems(parser.positionalArguments().at(0), int(*limit));
    if (!found)
        return fromResult(cli, found.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Item &i : *found)
            array.append(json::item(i));
        cli.printJson(array);
    } else {
        printItems(cli, *found);
    }
    return ExitOk;
}

int categoriesCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("categories"), arguments, 0, exitCode) || !cli.connect(exitCode))
        return exitCode;
    const auto list = categories();
    if (!list)
        return fromResult(cli, list.error());
    if (cli.json()) {
        cli.printJson(json::categories(*list));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Category &c : *list)
        rows << QStringList { QString::number(c.itemCount), c.name };
    cli.out() << text::table({ tr("ITEMS"), tr("CATEGORY") }, rows, { 0 });
    return ExitOk;
}

int topCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("top"), arguments, 1, exitCode) || !cli.connect(exitCode))
        return exitCode;
    const auto top = topItems(parser.positionalArguments().at(0));
    if (!top)
        return fromResult(cli, top.error());
    if (cli.json()) {
        cli.printJson(json::topItems(*top));
        return ExitOk;
    }
    cli.out() << tr("%1: the top %2 of %3 items")
                     .arg(top->category)
                     .arg(top->items.size())
                     .arg(top->totalItemsInCategory)
              << '\n';
    printItems(cli, top->items);
    return ExitOk;
}

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
    const auto itemId = parseId(cli, tr("item id"), parser.positionalArguments().at(0), exitCode);
    if (!itemId)
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
    const auto reserved = reserve(*itemId, quantity, *ttl, parser.value(QStringLiteral("ref")));
    if (!reserved)
        return fromResult(cli, reserved.error());
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
        return fromResult(cli, confirmed.error());
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
        return fromResult(cli, released.error());
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
        return fromResult(cli, extended.error());
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
        return fromResult(cli, list.error());
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
        return fromResult(cli, result.error());
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

int localCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("local"), arguments, 1, exitCode))
        return exitCode;
    const QString action = parser.positionalArguments().at(0);
    LocalCluster cluster(LocalCluster::defaultRootDirectory());
    if (action == QLatin1String("start")) {
        const auto prepared = prepareLocalDefault(cluster);
        if (!prepared)
            return fromResult(cli, prepared.error());
        cli.out() << tr("The local database runs in %1 (socket directory %2).")
                         .arg(cluster.dataDirectory(), cluster.socketDirectory())
                  << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("stop")) {
        if (auto stopped = cluster.stop(); !stopped)
            return fromResult(cli, stopped.error());
        cli.out() << tr("The local database is stopped.") << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("status")) {
        const auto state = cluster.state();
        if (!state)
            return fromResult(cli, state.error());
        static const char *const names[] = { "missing", "stopped", "running" };
        if (cli.json()) {
            cli.printJson(QJsonObject { { QStringLiteral("state"), QLatin1String(names[int(*state)]) },
                                        { QStringLiteral("dataDirectory"), cluster.dataDirectory() },
                                        { QStringLiteral("socketDirectory"), cluster.socketDirectory() } });
        } else {
            cli.out()
                << tr("The local database in %1 is %2.").arg(cluster.dataDirectory(), tr(names[int(*state)]))
                << Qt::endl;
        }
        // Like pg_ctl status: 0 when running, 3 when not.
        return *state == LocalCluster::State::Running ? ExitOk : ExitRefused;
    }
    return cli.usageError(tr("'local' takes start, stop or status, not '%1'.").arg(action.left(40)),
                          QStringLiteral("local"));
}

int importCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("valid-rows"), tr("Import the valid lines and report the others.") });
    parser.addOption({ QStringLiteral("dry-run"), tr("Only check the file; send nothing.") });
    parser.addOption({ QStringLiteral("batch-size"), tr("Items per call with --valid-rows (default 5000)."),
                       QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("import"), arguments, 1, exitCode))
        return exitCode;
    const auto batchSize = numberOption(cli, parser, QStringLiteral("batch-size"), 5000, exitCode);
    if (!batchSize)
        return exitCode;
    if (*batchSize < 1 || *batchSize > 100000)
        return cli.fail(Error::invalidInput(QStringLiteral("--batch-size"),
                                            tr("%1 is not between 1 and 100000.").arg(*batchSize)));
    const QString path = parser.positionalArguments().at(0);
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return cli.fail(
            Error::invalidInput(tr("file"), tr("cannot open '%1': %2").arg(path, file.errorString())));

    const auto plan = planImport(&file);
    if (!plan)
        return cli.fail(plan.error());
    QJsonArray invalid;
    for (const ImportLine &line : plan->lines) {
        if (!line.problem)
            continue;
        invalid.append(QJsonObject { { QStringLiteral("line"), line.line },
                                     { QStringLiteral("message"), line.problem->message } });
        if (!cli.json())
            cli.err() << "inventoryctl: " << line.problem->message << '\n';
    }
    const ImportMode mode =
        parser.isSet(QStringLiteral("valid-rows")) ? ImportMode::ValidRows : ImportMode::AllOrNothing;
    auto summary = [&](qint64 imported) {
        if (cli.json()) {
            cli.printJson(QJsonObject { { QStringLiteral("imported"), imported },
                                        { QStringLiteral("valid"), plan->valid },
                                        { QStringLiteral("invalid"), invalid } });
        }
    };
    if (parser.isSet(QStringLiteral("dry-run"))) {
        summary(0);
        if (!cli.json())
            cli.out()
                << tr("%1 lines are valid, %2 invalid; nothing was sent.").arg(plan->valid).arg(plan->invalid)
                << Qt::endl;
        return plan->invalid > 0 && mode == ImportMode::AllOrNothing ? ExitUsage : ExitOk;
    }
    if (mode == ImportMode::AllOrNothing && plan->invalid > 0) {
        summary(0);
        cli.err()
            << "inventoryctl: "
            << tr("%1 of %2 lines are invalid, so nothing was imported (--valid-rows imports the others).")
                   .arg(plan->invalid)
                   .arg(plan->lines.size())
            << Qt::endl;
        return ExitUsage;
    }
    if (!cli.connect(exitCode))
        return exitCode;
    const auto imported = importItems(
        *plan, mode,
        [&cli, &plan](qint64 done) {
            cli.err() << tr("import: %1 of %2 items sent").arg(done).arg(plan->valid) << Qt::endl;
        },
        int(*batchSize));
    if (!imported)
        return cli.fail(imported.error());
    summary(imported->imported);
    if (!cli.json()) {
        cli.out() << tr("Imported %1 items.").arg(imported->imported);
        if (imported->skipped > 0)
            cli.out() << ' ' << tr("%1 invalid lines were left out.").arg(imported->skipped);
        cli.out() << Qt::endl;
    }
    return ExitOk;
}

int exportCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("category"), tr("Only this category's items."), QStringLiteral("name") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("export"), arguments, 1, exitCode))
        return exitCode;
    const QString category = parser.value(QStringLiteral("category"));
    if (parser.isSet(QStringLiteral("category"))) {
        if (auto invalid = validate::text(tr("category"), category, validate::maxCategoryLength, true))
            return cli.fail(*invalid);
    }
    if (!cli.connect(exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(0);
    QFile file;
    // Written beside the target and renamed at the end, so a failed export leaves no half file.
    QSaveFile saveFile(path);
    QIODevice *device = nullptr;
    if (path == QLatin1String("-")) {
        if (!file.open(stdout, QIODevice::WriteOnly))
            return cli.fail(Error::server(tr("Cannot write to standard output.")));
        device = &file;
    } else {
        if (!saveFile.open(QIODevice::WriteOnly))
            return cli.fail(Error::invalidInput(
                tr("file"), tr("cannot write '%1': %2").arg(path, saveFile.errorString())));
        device = &saveFile;
    }
    const auto written = exportItems(device, category);
    if (!written)
        return cli.fail(written.error());
    if (device == &saveFile && !saveFile.commit())
        return cli.fail(Error::server(tr("Cannot write '%1': %2").arg(path, saveFile.errorString())));
    file.close();
    if (cli.json() && device == &saveFile)
        cli.printJson(
            QJsonObject { { QStringLiteral("exported"), *written }, { QStringLiteral("file"), path } });
    else
        cli.err() << tr("Exported %1 items.").arg(*written) << Qt::endl;
    return ExitOk;
}

} // namespace

QString commandsHelp()
{
    QString help = tr("Usage: inventoryctl [--db URI] [--json] COMMAND [ARGUMENTS]\n\n"
                      "Stock and reservations in the Inventory Desk database.\n\nCommands:\n");
    QList<QStringList> rows;
    for (const Command &command : commands)
        rows << QStringList { QStringLiteral("  ") + QLatin1String(command.name),
                              QLatin1String(command.synopsis), tr(command.summary) };
    help += text::table({ QString(), QString(), QString() }, rows).section(QLatin1Char('\n'), 1);
    help +=
        tr("\nGlobal options: --db URI (else PG* variables, else the local database), --json, --help, "
           "--version.\nDurations take a unit: 30s, 90m, 2h, 1d.\n"
           "Exit codes: 0 done, 2 bad input, 3 refused (not found, not enough stock, expired, permanent), "
           "4 permission denied, 5 connection or server error.\n"
           "'inventoryctl COMMAND --help' describes a command.\n");
    return help;
}

int runCommand(Cli &cli, const QString &name, const QStringList &arguments)
{
    const Command *found = findCommand(name);
    if (!found) {
        cli.err() << QCoreApplication::applicationName() << ": "
                  << tr("'%1' is not a command.").arg(name.left(40)) << Qt::endl
                  << tr("Try 'inventoryctl --help'.") << Qt::endl;
        return ExitUsage;
    }
    return found->run(cli, arguments);
}
