#include "command.h"

#include "duration.h"
#include "money.h"
#include "output.h"

#include <QCoreApplication>

using namespace inventory;

namespace cmd {

QString tr(const char *text)
{
    return QCoreApplication::translate("inventoryctl", text);
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

} // namespace cmd
