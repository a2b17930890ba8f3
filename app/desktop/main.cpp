// inventory-desk: the desktop front of Inventory Desk. Wires the session, the window and the
// command line; everything else lives in the models and ui libraries.

#include "asyncrunner.h"
#include "browserunner.h"
#include "connectionsettings.h"
#include "desksettings.h"
#include "mainwindow.h"
#include "readrouting.h"
#include "screenshots.h"
#include "session.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <cstdio>
#include <memory>

using namespace inventory;

namespace {

// --version and --help must work without a display (scripts, packaging checks, ssh sessions).
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h"
            || argument == "--help-all")
            return true;
    }
    return false;
}

// --language CODE: read before the options are parsed, so that --help is in that language too.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--language="))
            return QString::fromLocal8Bit(argument.sliced(11));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (wantsTextOnly(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("inventory-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVENTORY_VERSION));
    QApplication::setOrganizationName(QStringLiteral("inventory-desk"));
    const QString language = languageArgument(argc, argv);
    installTranslations(language.isEmpty() ? DeskSettings().language() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Browse stock, reserve items and manage reservations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QObject::tr("Server to use, as a postgresql:// URI or a libpq connection string (default: the "
                    "server chosen in the app, else the PG* environment, else the local database)."),
        QStringLiteral("uri"));
    const QCommandLineOption readDbOption(
        QStringLiteral("read-db"),
        QObject::tr("Hot standbys to browse from, as a URI or connection string (\"host=s1,s2\"); what it "
                    "leaves out is taken from --db (default: $INVENTORY_READ_DB, else the connection "
                    "dialog's standbys, else everything from --db)."),
        QStringLiteral("uri"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot-dir"),
        QObject::tr("Render the main views into PNG files in <dir> and quit (for the documentation)."),
        QStringLiteral("dir"));
    const QCommandLineOption browseOption(
        QStringLiteral("browse-all"),
        QObject::tr("Show every category's top items and the reservations, print the peak memory and quit "
                    "(for the benchmark)."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QObject::tr("Show the app in <code>: en, de or fr (default: as chosen in View → Language, else "
                    "the system's language)."),
        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(readDbOption);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);
    parser.addOption(browseOption);
    parser.process(app); // exits for --help and --version

    QApplication::setApplicationDisplayName(QObject::tr("Inventory Desk"));
    QApplication::setDesktopFileName(QStringLiteral("inventory-desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/inventory-desk.svg")));

    const auto read = readSettingsFrom(parser.value(readDbOption));
    if (!read) {
        std::fprintf(stderr, "inventory-desk: %s\n", qPrintable(read.error().message));
        return 2;
    }
    Session session;
    session.setReadSettings(*read);
    MainWindow window(&session);
    // The window first: connecting (possibly creating the local database) happens behind it.
    window.show();

    if (parser.isSet(dbOption)) {
        auto settings = ConnectionSettings::parse(parser.value(dbOption));
        if (!settings) {
            std::fprintf(stderr, "inventory-desk: %s\n", qPrintable(settings.error().message));
            return 2;
        }
        session.start(*settings);
    } else {
        window.connectAsConfigured();
    }

    if (parser.isSet(screenshotOption)) {
        auto *shooter = new ScreenshotRunner(&window, parser.value(screenshotOption), &app);
        shooter->start();
    }
    if (parser.isSet(browseOption)) {
        auto *browser = new BrowseRunner(&window, &app);
        browser->start();
    }
    const int status = app.exec();
    shutdownDatabasePool();
    return status;
}
