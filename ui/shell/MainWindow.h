#pragma once

#include "settings/OfficeSettings.h"

#include <QMainWindow>

class Database;
class DeskSession;
class DossierListPage;
class QAction;
class ReceptionPage;
class QLabel;
class QListWidget;
class QStackedWidget;

// Wires the work areas and the application actions together; the areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area { Reception, Dossiers, Overdue, Dashboard, Reports, Settings, AuditLog };

    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    void showArea(Area area);
    // Opens the dossier detail (from the list, or from anywhere else).
    void openDossier(const QString& code);
    // The detail dialog of openDossier opens modal unless this is off (screenshots, tests).
    void setModalDetails(bool modal) { m_modalDetails = modal; }
    DeskSession& session() const { return *m_session; }

protected:
    // Closing the main window ends the desk, even from inside a print preview or another
    // dialog's own event loop: they are closed and every event loop is left.
    void closeEvent(QCloseEvent* event) override;
signals:
    // The officer asked to lock the desk, or to sign out (GuiMain does both).
    void lockRequested();
    void signOutRequested();

private:
    void addArea(Area area, const QString& title, QWidget* page);
    void createActions();
    void updateTitle(const OfficeSettings& settings);
    void showAbout();
    // Shows the areas the signed-in role may use (the audit log: Permission::ViewAuditLog).
    void updateAreas();
    // The toolbar's "Officer: name" follows who is signed in.
    void updateSignedIn();

    Database& m_db;
    DeskSession* m_session;
    bool m_modalDetails = true;
    ReceptionPage* m_reception = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QList<QAction*> m_goActions;
    QLabel* m_signedIn = nullptr;
};
