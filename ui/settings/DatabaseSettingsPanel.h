#pragma once

#include "settings/ConnectionSettings.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// The Database tab: which database this computer opens at start (a SQLite file for one desk,
// the office's PostgreSQL server for several), with a connection test. The choice is saved in
// this computer's settings (ConnectionSettings) and applies at the next start.
class DatabaseSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    // currentLocation: the database open now (empty before one could be opened).
    explicit DatabaseSettingsPanel(const QString& currentLocation, QWidget* parent = nullptr);

    // Asks for a server password; false when cancelled. By default ServerPasswordDialog.
    using PasswordPrompt =
        std::function<bool(const QString& location, bool refused, QString* password)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_askPassword = std::move(prompt); }

    // Fills the fields from a location (the saved one when the panel opens).
    void setLocation(const QString& location);
    // The address the fields make, or false with the problem.
    bool location(QString* location, QString* error) const;

    // Opens the chosen database for a moment (at most about 5 s for a server) and shows the
    // result; true when it could be opened.
    bool testConnection();
    // Saves the choice for the next start; true when saved.
    bool save();

    QString statusText() const;

signals:
    void saved(const QString& location);

private:
    void updateKind();
    void updatePreview();
    void browse();
    void showStatus(const QString& text, bool problem);

    QLabel* m_current;
    QRadioButton* m_file;
    QRadioButton* m_server;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_name;
    QLineEdit* m_user;
    QLabel* m_preview;
    QLabel* m_status;
    PasswordPrompt m_askPassword;
};
