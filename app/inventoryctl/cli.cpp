#include "cli.h"

#include "connection.h"
#include "localcluster.h"
#include "migrations.h"
#include "readrouting.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>

using namespace inventory;

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidInput:
        return ExitUsage;
    case Error::Kind::NotFound:
    case Error::Kind::InsufficientStock:
    case Error::Kind::Expired:
    case Error::Kind::AlreadyPermanent:
    case Error::Kind::Conflict:
        return ExitRefused;
    case Error::Kind::PermissionDenied:
        return ExitPermission;
    case Error::Kind::Connection:
    case Error::Kind::Server:
        return ExitServer;
    }
    return ExitServer;
}

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
    , m_dbOption(
          QStringLiteral("db"),
          QCoreApplication::translate("inventoryctl",
                                      "Server to use, as a postgresql:// URI or a libpq connection string "
                                      "(default: the PG* environment, else the local database)."),
          QStringLiteral("uri"))
    , m_readDbOption(
          QStringLiteral("read-db"),
          QCoreApplication::translate("inventoryctl",
                                      "Hot standbys to read from, as a URI or connection string (\"host=s1,s2\"); "
                                      "what it leaves out is taken from --db (default: $INVENTORY_READ_DB, else "
                                      "reads go to --db)."),
          QStringLiteral("uri"))
    , m_jsonOption(QStringLiteral("json"),
                   QCoreApplication::translate("inventoryctl",
                                               "Print the result as JSON (the original API's fields)."))
{
}

void Cli::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_dbOption);
    parser.addOption(m_readDbOption);
    parser.addOption(m_jsonOption);
    parser.addHelpOption();
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    if (!parser.parse(arguments)) {
        // A negative number where a value belongs ("item -1") reads to the parser as short
        // options; say what is really wrong with it.
        static const QRegularExpression negative(QStringLiteral("^-\\d+$"));
        const auto isDigit = [](const QString &name) {
            return name.size() == 1 && name.front().isDigit();
        };
        const QStringList unknown = parser.unknownOptionNames();
        const auto number = std::find_if(arguments.cbegin() + 1, arguments.cend(),
                                         [](const QString &a) { return negative.match(a).hasMatch(); });
        if (!unknown.isEmpty() && std::all_of(unknown.cbegin(), unknown.cend(), isDigit)
            && number != arguments.cend()) {
            exitCode = fail(Error::invalidInput(
                QCoreApplication::translate("inventoryctl", "argument"),
                QCoreApplication::translate(
                    "inventoryctl", "'%1' is negative; ids and quantities are whole numbers from 1 up.")
                    .arg(number->left(40))));
            return false;
        }
        exitCode = usageError(parser.errorText(), arguments.value(0));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt starts the usage line with the program's path as started; name the tool and the
        // command instead ("Usage: inventoryctl reserve [options] ITEM QTY").
        QString help = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1").arg(started);
        if (!started.isEmpty() && help.startsWith(usage)) {
            help.replace(0, usage.size(),
                         QCoreApplication::translate("QCommandLineParser", "Usage: %1")
                             .arg(QStringLiteral("inventoryctl ") + arguments.value(0)));
        }
        m_out << help;
        m_out.flush();
        exitCode = ExitOk;
        return false;
    }
    m_json = m_json || parser.isSet(m_jsonOption);
    if (parser.isSet(m_dbOption))
        m_db = parser.value(m_dbOption);
    if (parser.isSet(m_readDbOption))
        m_readDb = parser.value(m_readDbOption);
    return true;
}

bool Cli::connect(int &exitCode, bool asOwner, bool requireSchema)
{
    ConnectionSettings settings;
    if (!m_db.isEmpty()) {
        auto parsed = ConnectionSettings::parse(m_db);
        if (!parsed) {
            exitCode = fail(parsed.error());
            return false;
        }
        settings = *parsed;
    } else if (!ConnectionSettings::environmentNamesAServer()) {
        LocalCluster cluster(LocalCluster::defaultRootDirectory());
        auto prepared = prepareLocalDefault(cluster);
        if (!prepared) {
            exitCode = fail(prepared.error());
            return false;
        }
        settings = asOwner ? cluster.settings(prepared->database) : *prepared;
    }
    // Administration (asOwner: migrations, roles, tokens) stays on the primary.
    auto read = asOwner ? Result<std::optional<ConnectionSettings>>() : readSettingsFrom(m_readDb);
    if (!read) {
        exitCode = fail(read.error());
        return false;
    }
    configureRouting(settings, *read);
    if (requireSchema) {
        if (auto ready = requireCurrentSchema(); !ready) {
            exitCode = fail(ready.error());
            return false;
        }
    }
    return true;
}

int Cli::fail(const Error &error)
{
    m_err << QCoreApplication::applicationName() << ": " << error.message << Qt::endl;
    if (m_json) {
        QJsonObject object { { QStringLiteral("error"), error.message },
                             { QStringLiteral("kind"), kindName(error.kind) } };
        if (!error.field.isEmpty())
            object.insert(QStringLiteral("field"), error.field);
        if (error.kind == Error::Kind::InsufficientStock) {
            object.insert(QStringLiteral("requested"), error.requested);
            object.insert(QStringLiteral("available"), error.available);
        }
        if (error.when.isValid())
            object.insert(QStringLiteral("expiresAt"), error.when.toUTC().toString(Qt::ISODateWithMs));
        printJson(object);
    }
    return exitCodeFor(error);
}

int Cli::usageError(const QString &message, const QString &commandName)
{
    m_err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    m_err << QCoreApplication::translate("inventoryctl", "Try '%1 %2 --help'.")
                 .arg(QCoreApplication::applicationName(), commandName)
          << Qt::endl;
    return ExitUsage;
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << document.toJson(QJsonDocument::Indented);
    m_out.flush();
}

std::optional<qint64> parseId(Cli &cli, const QString &field, const QString &text, int &exitCode)
{
    // "#2522" as the app shows ids (and accepts them in its find box).
    const QStringView digits =
        text.startsWith(QLatin1Char('#')) ? QStringView(text).mid(1) : QStringView(text);
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0) {
        exitCode = cli.fail(Error::invalidInput(
            field,
            QCoreApplication::translate("inventoryctl", "'%1' is not an id (a whole number from 1 to %2).")
                .arg(text.left(40))
                .arg(std::numeric_limits<qint64>::max())));
        return std::nullopt;
    }
    return value;
}
