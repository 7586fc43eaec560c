#pragma once

#include <QDialog>

class QLineEdit;

// Asks for the password of a PostgreSQL server that wants one (neither PGPASSWORD nor
// ~/.pgpass gave it). The password stays in memory: it is never saved or logged.
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // location is shown without any password; refused says the last password was wrong.
    ServerPasswordDialog(const QString& location, bool refused, QWidget* parent = nullptr);

    QString password() const;

    // Shows the dialog; false when the user cancels.
    static bool ask(QWidget* parent, const QString& location, bool refused, QString* password);

private:
    QLineEdit* m_password;
};
