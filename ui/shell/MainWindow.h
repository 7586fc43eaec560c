#pragma once

#include "settings/OfficeSettings.h"

#include <QMainWindow>

class Database;
class QListWidget;
class QStackedWidget;

// Wires the work areas and the application actions together; the areas do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area { Reception, Dossiers, Overdue, Dashboard, Reports, Settings };

    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    void showArea(Area area);

private:
    void addArea(Area area, const QString& title, QWidget* page);
    void createActions();
    void updateTitle(const OfficeSettings& settings);
    void showAbout();

    Database& m_db;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
};
