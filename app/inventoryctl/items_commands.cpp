// Items: show, find, add, list by category; CSV import and export.

#include "command.h"
#include "itemtransfer.h"
#include "money.h"
#include "operations.h"
#include "output.h"
#include "stock.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace inventory;
using namespace cmd;

namespace {

int itemCommand(Cli &cli, const QStringList &arguments);
int createItemCommand(Cli &cli, const QStringList &arguments);
int searchCommand(Cli &cli, const QStringList &arguments);
int categoriesCommand(Cli &cli, const QStringList &arguments);
int topCommand(Cli &cli, const QStringList &arguments);
int importCommand(Cli &cli, const QStringList &arguments);
int exportCommand(Cli &cli, const QStringList &arguments);
int editItemCommand(Cli &cli, const QStringList &arguments);
int archiveCommand(Cli &cli, const QStringList &arguments);
int unarchiveCommand(Cli &cli, const QStringList &arguments);
int lowStockCommand(Cli &cli, const QStringList &arguments);

const Command commandList[] = {
    { "item", "ITEM", QT_TRANSLATE_NOOP("inventoryctl", "Show one item, by id, SKU or barcode."),
      itemCommand },
    { "create-item", "--name --price --quantity --category [--description] [--sku] [--barcode]",
      QT_TRANSLATE_NOOP("inventoryctl", "Add an item."), createItemCommand },
    { "edit-item",
      "ID [--name] [--description] [--price] [--category] [--sku] [--barcode] [--reorder-point N] "
      "[--reorder-quantity N]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Change an item's details; an empty value clears an optional one, "
                        "'none' a reorder figure (managers)."),
      editItemCommand },
    { "archive", "ITEM",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Hide an item from browsing; it cannot be reserved or received, and keeps its "
                        "history (managers)."),
      archiveCommand },
    { "unarchive", "ITEM", QT_TRANSLATE_NOOP("inventoryctl", "Bring an archived item back (managers)."),
      unarchiveCommand },
    { "search", "TEXT",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Items whose name starts with TEXT (any case), and the item whose SKU or barcode "
                        "is TEXT."),
      searchCommand },
    { "low-stock", "[--category C] [--limit N]",
      QT_TRANSLATE_NOOP("inventoryctl", "Items at or below their reorder point, most urgent first."),
      lowStockCommand },
    { "categories", "",
      QT_TRANSLATE_NOOP("inventoryctl", "Categories with their item counts and units in stock."),
      categoriesCommand },
    { "top", "CATEGORY",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "The 100 items of CATEGORY with the most stock; CATEGORY as it is spelt."),
      topCommand },
    { "import", "FILE [--valid-rows] [--dry-run]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Add the items of a CSV file (columns name, description, quantity, price, "
                        "category); all or nothing unless --valid-rows."),
      importCommand },
    { "export", "FILE [--category C]",
      QT_TRANSLATE_NOOP("inventoryctl",
                        "Write the items (or one category's) as CSV; FILE '-' is standard output."),
      exportCommand },
};

int itemCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("item"), arguments, 1, exitCode))
        return exitCode;
    const auto ref = parseItemRef(cli, parser.positionalArguments().at(0), exitCode);
    if (!ref || !cli.connect(exitCode))
        return exitCode;
    const auto found = ref->id ? inventory::item(*ref->id) : itemByCode(ref->code);
    if (!found)
        return cli.fail(found.error());
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
    parser.addOption({ QStringLiteral("sku"), tr("Stock-keeping unit, unique."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("barcode"), tr("EAN-13 or UPC-A, unique."), QStringLiteral("digits") });
    parser.addOption(
        { QStringLiteral("reorder-point"), tr("Low stock at or below this many."), QStringLiteral("n") });
    parser.addOption(
        { QStringLiteral("reorder-quantity"), tr("What to order when low."), QStringLiteral("n") });
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
    item.sku = parser.value(QStringLiteral("sku"));
    item.barcode = parser.value(QStringLiteral("barcode"));
    for (const auto &[option, figure] : { std::pair { "reorder-point", &item.reorderPoint },
                                          std::pair { "reorder-quantity", &item.reorderQuantity } }) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        const auto value = numberOption(cli, parser, QLatin1String(option), 0, exitCode);
        if (!value)
            return exitCode;
        *figure = *value;
    }
    if (!cli.connect(exitCode))
        return exitCode;
    const auto created = createItem(item);
    if (!created)
        return cli.fail(created.error());
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
    const QString text = parser.positionalArguments().at(0);
    auto found = searchItems(text, int(*limit));
    if (!found)
        return cli.fail(found.error());
    // A scanned barcode or a typed SKU finds its item too, first.
    if (!text.trimmed().isEmpty()) {
        const auto byCode = itemByCode(text);
        if (byCode) {
            found->removeIf([&](const Item &i) { return i.id == byCode->id; });
            found->prepend(*byCode);
            if (found->size() > *limit)
                found->removeLast();
        } else if (byCode.error().kind != Error::Kind::NotFound
                   && byCode.error().kind != Error::Kind::InvalidInput) {
            return cli.fail(byCode.error());
        }
    }
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

// One line per changed field: "price: 12.50 → 13.00".
QStringList changes(const Item &before, const Item &after)
{
    QStringList lines;
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("-") : value;
    };
    const auto figure = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    const auto add = [&](const char *field, const QString &from, const QString &to) {
        if (from != to)
            lines << tr("  %1: %2 → %3").arg(tr(field), from, to);
    };
    add(QT_TRANSLATE_NOOP("inventoryctl", "name"), before.name, after.name);
    add(QT_TRANSLATE_NOOP("inventoryctl", "description"), text(before.description), text(after.description));
    add(QT_TRANSLATE_NOOP("inventoryctl", "price"), formatPrice(before.price), formatPrice(after.price));
    add(QT_TRANSLATE_NOOP("inventoryctl", "category"), text(before.category), text(after.category));
    add(QT_TRANSLATE_NOOP("inventoryctl", "sku"), text(before.sku), text(after.sku));
    add(QT_TRANSLATE_NOOP("inventoryctl", "barcode"), text(before.barcode), text(after.barcode));
    add(QT_TRANSLATE_NOOP("inventoryctl", "reorder point"), figure(before.reorderPoint),
        figure(after.reorderPoint));
    add(QT_TRANSLATE_NOOP("inventoryctl", "reorder quantity"), figure(before.reorderQuantity),
        figure(after.reorderQuantity));
    return lines;
}

int editItemCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("name"), tr("New name."), QStringLiteral("text") });
    parser.addOption(
        { QStringLiteral("description"), tr("New description; empty clears it."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("price"), tr("New price, e.g. 12.50."), QStringLiteral("amount") });
    parser.addOption(
        { QStringLiteral("category"), tr("New category; empty clears it."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("sku"), tr("New SKU; empty clears it."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("barcode"), tr("New barcode (EAN-13, UPC-A); empty clears it."),
                       QStringLiteral("digits") });
    parser.addOption({ QStringLiteral("reorder-point"), tr("Low stock at or below N; 'none' clears it."),
                       QStringLiteral("n") });
    parser.addOption({ QStringLiteral("reorder-quantity"), tr("What to order when low; 'none' clears it."),
                       QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("edit-item"), arguments, 1, exitCode))
        return exitCode;
    const auto id = parseId(cli, tr("item id"), parser.positionalArguments().at(0), exitCode);
    if (!id)
        return exitCode;
    ItemEdit edit;
    const auto textOption = [&](const char *name, std::optional<QString> &field) {
        if (parser.isSet(QLatin1String(name)))
            field = parser.value(QLatin1String(name));
    };
    textOption("name", edit.name);
    textOption("description", edit.description);
    textOption("category", edit.category);
    textOption("sku", edit.sku);
    textOption("barcode", edit.barcode);
    if (parser.isSet(QStringLiteral("price"))) {
        const QString priceText = parser.value(QStringLiteral("price"));
        const auto price = parsePrice(priceText);
        if (!price)
            return cli.fail(Error::invalidInput(
                tr("price"),
                tr("'%1' is not a price; give a number with at most two decimals, e.g. 12.50.")
                    .arg(priceText.left(40))));
        edit.price = *price;
    }
    for (const auto &[name, field] : { std::pair { "reorder-point", &edit.reorderPoint },
                                       std::pair { "reorder-quantity", &edit.reorderQuantity } }) {
        const QString option = QLatin1String(name);
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option).trimmed();
        if (value.isEmpty() || value == QLatin1String("none")) {
            *field = std::optional<qint64>();
            continue;
        }
        const auto figure = number(cli, QStringLiteral("--") + option, value, exitCode);
        if (!figure)
            return exitCode;
        *field = std::optional<qint64>(*figure);
    }
    if (!edit.name && !edit.description && !edit.price && !edit.category && !edit.sku && !edit.barcode
        && !edit.reorderPoint && !edit.reorderQuantity)
        return cli.usageError(tr("'edit-item' needs at least one change, e.g. --price 12.50."),
                              QStringLiteral("edit-item"));
    if (!cli.connect(exitCode))
        return exitCode;
    // Read first only to say what changed; the edit itself is one call.
    const auto before = inventory::item(*id);
    if (!before)
        return cli.fail(before.error());
    const auto edited = editItem(*id, edit);
    if (!edited)
        return cli.fail(edited.error());
    if (cli.json()) {
        cli.printJson(json::item(*edited));
        return ExitOk;
    }
    const QStringList lines = changes(*before, *edited);
    if (lines.isEmpty()) {
        cli.out() << tr("Item #%1 '%2' already had these details; nothing changed.")
                         .arg(QString::number(edited->id), edited->name)
                  << Qt::endl;
        return ExitOk;
    }
    cli.out() << tr("Changed item #%1 '%2':").arg(QString::number(edited->id), edited->name) << '\n'
              << lines.join(QLatin1Char('\n')) << Qt::endl;
    return ExitOk;
}

int archiveOrUnarchive(Cli &cli, const QStringList &arguments, bool archive)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command(archive ? "archive" : "unarchive"), arguments, 1, exitCode))
        return exitCode;
    const auto ref = parseItemRef(cli, parser.positionalArguments().at(0), exitCode);
    if (!ref || !cli.connect(exitCode))
        return exitCode;
    const auto itemId = resolveItem(cli, *ref, exitCode);
    if (!itemId)
        return exitCode;
    const auto changed = archive ? archiveItem(*itemId) : unarchiveItem(*itemId);
    if (!changed)
        return cli.fail(changed.error());
    if (cli.json()) {
        cli.printJson(json::item(*changed));
        return ExitOk;
    }
    if (archive)
        cli.out() << tr("Archived item #%1 '%2': hidden from browsing, cannot be reserved or received; its "
                        "history stays.")
                         .arg(QString::number(changed->id), changed->name)
                  << Qt::endl;
    else
        cli.out() << tr("Item #%1 '%2' is back: browsable, can be reserved and received.")
                         .arg(QString::number(changed->id), changed->name)
                  << Qt::endl;
    return ExitOk;
}

int archiveCommand(Cli &cli, const QStringList &arguments)
{
    return archiveOrUnarchive(cli, arguments, true);
}

int unarchiveCommand(Cli &cli, const QStringList &arguments)
{
    return archiveOrUnarchive(cli, arguments, false);
}

int lowStockCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("category"), tr("Only this category's items."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("limit"), tr("At most this many (default 500)."), QStringLiteral("n") });
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("low-stock"), arguments, 0, exitCode))
        return exitCode;
    const auto limit = numberOption(cli, parser, QStringLiteral("limit"), 500, exitCode);
    if (!limit)
        return exitCode;
    if (*limit < 1 || *limit > 10000)
        return cli.fail(
            Error::invalidInput(QStringLiteral("--limit"), tr("%1 is not between 1 and 10000.").arg(*limit)));
    if (!cli.connect(exitCode))
        return exitCode;
    const auto low = lowStock(parser.value(QStringLiteral("category")), int(*limit));
    if (!low)
        return cli.fail(low.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Item &i : *low)
            array.append(json::item(i));
        cli.printJson(array);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Item &i : *low) {
        rows << QStringList { QString::number(i.id),
                              QString::number(i.quantity),
                              QString::number(i.reorderPoint.value_or(0)),
                              i.reorderQuantity ? QString::number(*i.reorderQuantity) : QStringLiteral("-"),
                              i.category.isEmpty() ? QStringLiteral("-") : i.category,
                              i.name };
    }
    cli.out() << text::table(
        { tr("ID"), tr("QTY"), tr("REORDER AT"), tr("ORDER"), tr("CATEGORY"), tr("NAME") }, rows,
        { 0, 1, 2, 3 });
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
        return cli.fail(list.error());
    // The units in stock, summed now, as the app's Units column shows them; categoryUnits takes
    // at most 1,000 names per call.
    QHash<QString, qint64> units;
    constexpr qsizetype namesPerCall = 1000;
    for (qsizetype from = 0; from < list->size(); from += namesPerCall) {
        QStringList names;
        for (qsizetype i = from; i < std::min(list->size(), from + namesPerCall); ++i)
            names << list->at(i).name;
        const auto summed = categoryUnits(names);
        if (!summed)
            return cli.fail(summed.error());
        units.insert(*summed);
    }
    if (cli.json()) {
        cli.printJson(json::categories(*list, units));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Category &c : *list)
        rows << QStringList { QString::number(c.itemCount), QString::number(units.value(c.name)), c.name };
    cli.out() << text::table({ tr("ITEMS"), tr("UNITS"), tr("CATEGORY") }, rows, { 0, 1 });
    return ExitOk;
}

// Edits (insertions, deletions, substitutions) between two names, ignoring case.
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    QList<qsizetype> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[y.size()];
}

// The existing name a person most likely meant: the same name in another case first, else the
// one the fewest edits away, if that is at most a third of the name's length.
QString closestCategory(const QString &wanted, const QList<Category> &categories)
{
    for (const Category &c : categories) {
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return c.name;
    }
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(1, wanted.size() / 3) + 1;
    for (const Category &c : categories) {
        const qsizetype distance = editDistance(wanted, c.name);
        if (distance < bestDistance) {
            best = c.name;
            bestDistance = distance;
        }
    }
    return best;
}

int topCommand(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!prepare(cli, parser, command("top"), arguments, 1, exitCode) || !cli.connect(exitCode))
        return exitCode;
    const QString category = parser.positionalArguments().at(0);
    const auto top = topItems(category);
    if (!top)
        return cli.fail(top.error());
    if (top->items.isEmpty()) {
        // Nothing in it: a category that exists and is empty, or a name that is not one. Only then
        // are the names asked for, so the usual answer stays one round trip.
        const auto list = categories();
        if (!list)
            return cli.fail(list.error());
        const bool exists =
            std::any_of(list->cbegin(), list->cend(), [&](const Category &c) { return c.name == category; });
        if (!exists) {
            Error unknown;
            unknown.kind = Error::Kind::NotFound;
            unknown.field = tr("category");
            const QString closest = closestCategory(category, *list);
            unknown.message = closest.isEmpty()
                ? tr("No category '%1'; 'inventoryctl categories' lists them.").arg(category)
                : tr("No category '%1'; did you mean '%2'?").arg(category, closest);
            return cli.fail(unknown);
        }
    }
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

std::span<const Command> itemCommands()
{
    return commandList;
}
