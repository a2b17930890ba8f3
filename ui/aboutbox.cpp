#include "aboutbox.h"

#include "migrations.h"
#include "session.h"

#include <QIcon>

namespace inventory {

AboutBox::AboutBox(const Session &session, QWidget *parent) : QMessageBox(parent)
{
    setObjectName(QStringLiteral("aboutBox"));
    setWindowTitle(tr("About Inventory Desk"));
    setIconPixmap(QIcon(QStringLiteral(":/icons/inventory-desk.svg")).pixmap(64, 64));
    setTextFormat(Qt::RichText);
    setText(describe(session));
    // Versions get pasted into support requests.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStandardButtons(QMessageBox::Close);
}

QString AboutBox::describe(const Session &session)
{
    auto row = [](const QString &label, const QString &value) {
        // Versions read badly broken over two lines.
        return QStringLiteral("<tr><td style=\"padding-right: 12px; white-space: nowrap\">%1</td>"
                              "<td style=\"white-space: nowrap\">%2</td></tr>")
            .arg(label, value);
    };
    QString rows;
    const SessionInfo &info = session.info();
    if (session.isConnected() || !info.user.isEmpty()) {
        rows += row(tr("Database server:"), tr("PostgreSQL %1").arg(info.serverVersion.toHtmlEscaped()));
        rows += row(tr("Server:"), session.serverShownAs().toHtmlEscaped());
        if (info.reads.routed) {
            rows += row(tr("Reads served from:"),
                        (info.reads.standby ? tr("standby %1") : tr("primary %1")).arg(info.reads.server.toHtmlEscaped()));
            rows += row(tr("Replay lag:"), info.reads.replayLagMs
                                               ? tr("%1 ms").arg(*info.reads.replayLagMs)
                                               : tr("none (not a standby)"));
            if (!info.reads.primaryProblem.isEmpty())
                rows += row(tr("Writes:"), info.reads.primaryProblem.toHtmlEscaped());
        }
        QString schema =
            tr("%1, schema version %2").arg(info.database.toHtmlEscaped()).arg(info.schemaVersion);
        if (info.schemaVersion != latestSchemaVersion())
            schema += tr(" (this program's is %1)").arg(latestSchemaVersion());
        rows += row(tr("Database:"), schema);
        const QString role = info.isManager || info.isOwner ? tr("manager")
            : info.isStaff                                  ? tr("staff")
                                                            : tr("no inventory role");
        rows += row(tr("Connected as:"), tr("%1 (%2)").arg(info.user.toHtmlEscaped(), role));
    } else {
        rows += row(tr("Database server:"), session.stateText().toHtmlEscaped());
    }
    rows += row(tr("Qt:"),
                tr("%1 (built with %2)").arg(QLatin1String(qVersion()), QStringLiteral(QT_VERSION_STR)));

    return tr("<h3>Inventory Desk %1</h3>"
              "<p>Stock and reservations over PostgreSQL.</p>")
               .arg(QStringLiteral(INVENTORY_VERSION))
        + QStringLiteral("<table>%1</table>").arg(rows);
}

} // namespace inventory
