#pragma once

#include <QMessageBox>

namespace inventory {

class Session;

/// Help → About: this program's version, the database server's, the schema version of the
/// connected database, Qt's, and who we are connected as, where. Everything comes from what
/// the session already knows; nothing is asked of the server.
class AboutBox : public QMessageBox
{
    Q_OBJECT
public:
    explicit AboutBox(const Session &session, QWidget *parent = nullptr);

    /// The box's text (rich text).
    static QString describe(const Session &session);
};

} // namespace inventory
