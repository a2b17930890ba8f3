#include "command.h"

#include "duration.h"
#include "money.h"
#include "output.h"
#include "stock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <unistd.h>

using namespace inventory;

namespace cmd {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryctl", text);
}

QString plural(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

const Command &command(const char *name)
{
    const Command *found = findCommand(QLatin1String(name));
    Q_ASSERT(found);
    return *found;
}

bool prepare(Cli &cli, QCommandLineParser &parser, const Command &command, const QStringList &arguments,
             int positional, int &exitCode)
{
    parser.setApplicationDescription(tr(command.summary));
    cli.addGlobalOptions(parser);
    const QString synopsis = QString::fromLatin1(command.synopsis);
    // The synopsis names the positional arguments. Options and their values ("--items N") and
    // whatever is in brackets ("[--ttl 1h]", "(--by N | --to N)") are not positional, so they
    // are skipped.
    int bracketDepth = 0;
    bool optionValue = false;
    for (const QString &token : synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool isOption = token.startsWith(QLatin1Char('-'));
        const bool opens = token.startsWith(QLatin1Char('[')) || token.startsWith(QLatin1Char('('));
        const bool isPositional =
            bracketDepth == 0 && !opens && !isOption && !optionValue && token != QLatin1String("|");
        bracketDepth += int(token.count(QLatin1Char('['))) + int(token.count(QLatin1Char('(')))
            - int(token.count(QLatin1Char(']'))) - int(token.count(QLatin1Char(')')));
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

std::optional<qint64> number(Cli &cli, const QString &field, const QString &text, int &exitCode)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        exitCode = cli.fail(Error::invalidInput(field, tr("'%1' is not a whole number.").arg(text.left(40))));
        return std::nullopt;
    }
    return value;
}

std::optional<ItemRef> parseItemRef(Cli &cli, const QString &text, int &exitCode)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const bool isNumber = digits.match(text).hasMatch();
    // A UPC-A or EAN-13 barcode is a number too, but no shop has a trillion items: 12 and 13
    // digits are a barcode, "#…" is always an id.
    if (text.startsWith(QLatin1Char('#')) || text.isEmpty() || text.startsWith(QLatin1Char('-'))
        || (isNumber && text.size() != 12 && text.size() != 13)) {
        const auto id = parseId(cli, tr("item id"), text, exitCode);
        if (!id)
            return std::nullopt;
        return ItemRef { *id, {} };
    }
    return ItemRef { std::nullopt, text };
}

std::optional<qint64> resolveItem(Cli &cli, const ItemRef &ref, int &exitCode)
{
    if (ref.id)
        return *ref.id;
    const auto found = itemByCode(ref.code);
    if (!found) {
        exitCode = cli.fail(found.error());
        return std::nullopt;
    }
    return found->id;
}

QCommandLineOption yesOption()
{
    return { QStringLiteral("yes"), tr("Book without asking (for scripts).") };
}

bool confirmBooking(Cli &cli, const QCommandLineParser &parser, const QString &question, int &exitCode)
{
    if (parser.isSet(QStringLiteral("yes")))
        return true;
    cli.out().flush();
    // Not "Invalid --yes: …": nothing the person typed was wrong, a question went unasked.
    Error unconfirmed;
    unconfirmed.kind = Error::Kind::InvalidInput;
    unconfirmed.field = QStringLiteral("--yes");
    if (!isatty(STDIN_FILENO)) {
        unconfirmed.message =
            tr("Nothing was booked: there is no terminal to ask on; give --yes to book without asking.");
        exitCode = cli.fail(unconfirmed);
        return false;
    }
    cli.err() << question << ' ' << tr("[y/N]") << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed();
    if (answer.compare(tr("y"), Qt::CaseInsensitive) == 0
        || answer.compare(tr("yes"), Qt::CaseInsensitive) == 0)
        return true;
    unconfirmed.message = tr("Nothing was booked.");
    exitCode = cli.fail(unconfirmed);
    return false;
}

void printItem(Cli &cli, const Item &item)
{
    if (cli.json()) {
        cli.printJson(json::item(item));
        return;
    }
    QTextStream &out = cli.out();
    const auto orNone = [](const QString &value) {
        return value.isEmpty() ? QStringLiteral("-") : value;
    };
    out << tr("Item #%1 %2").arg(item.id).arg(item.name) << '\n'
        << tr("  quantity:    %1 available, %2 in temporary reservations")
               .arg(item.available())
               .arg(item.reserved - item.expiredHeld);
    // Units of expired, not yet cleaned-up reservations count as available: the next
    // reservation of this item takes them back first.
    if (item.expiredHeld > 0)
        out << tr(" (%1 of the available still in expired reservations)").arg(item.expiredHeld);
    out << '\n'
        << tr("  price:       %1").arg(formatPrice(item.price)) << '\n'
        << tr("  category:    %1").arg(orNone(item.category)) << '\n';
    if (!item.description.isEmpty())
        out << tr("  description: %1").arg(item.description) << '\n';
    if (!item.sku.isEmpty() || !item.barcode.isEmpty())
        out << tr("  sku:         %1").arg(orNone(item.sku)) << '\n'
            << tr("  barcode:     %1").arg(orNone(item.barcode)) << '\n';
    if (item.reorderPoint) {
        out << tr("  reorder:     at %1 units or fewer").arg(*item.reorderPoint);
        if (item.reorderQuantity)
            out << tr(", order %1").arg(*item.reorderQuantity);
        if (item.isLow())
            out << tr(" (low now)");
        out << '\n';
    }
    if (item.isArchived())
        out << tr("  archived:    %1 (hidden from browsing; cannot be reserved or received)")
                   .arg(text::moment(item.archivedAt))
            << '\n';
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

} // namespace cmd
