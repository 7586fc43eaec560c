#include "DatabaseSettingsPanel.h"

#include "ServerPasswordDialog.h"
#include "backup/BackupService.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// The wait cursor while a connection is tried, restored on every way out.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QLineEdit* lineEdit(const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

DatabaseSettingsPanel::DatabaseSettingsPanel(const QString& currentLocation, QWidget* parent)
    : QWidget(parent)
    , m_current(new QLabel(this))
    , m_file(new QRadioButton(tr("This co&mputer (SQLite file)"), this))
    , m_server(new QRadioButton(tr("Office se&rver (PostgreSQL)"), this))
    , m_path(lineEdit("filePath", this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_host(lineEdit("host", this))
    , m_port(new QSpinBox(this))
    , m_name(lineEdit("databaseName", this))
    , m_user(lineEdit("userName", this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_askPassword([this](const QString& location, bool refused, QString* password) {
        return ServerPasswordDialog::ask(this, location, refused, password);
    })
{
    setObjectName(QStringLiteral("databaseSettings"));
    m_file->setObjectName(QStringLiteral("kindFile"));
    m_server->setObjectName(QStringLiteral("kindServer"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_file);
    kinds->addButton(m_server);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ConnectionSettings::defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("655350")) + 48);
    m_host->setPlaceholderText(tr("e.g. server.local, 192.168.1.10 or /var/run/postgresql"));
    m_name->setPlaceholderText(QStringLiteral("motcua"));
    m_user->setPlaceholderText(tr("empty: this computer's user name"));
    m_current->setObjectName(QStringLiteral("currentDatabase"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("address"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* inUse = new QGroupBox(tr("Database in use"), this);
    auto* inUseLayout = new QFormLayout(inUse);
    inUseLayout->addRow(tr("Now open:"), m_current);
    m_current->setText(currentLocation.isEmpty() ? tr("none")
                                                 : ConnectionSettings::describe(currentLocation));

    auto* choice = new QGroupBox(tr("Database this computer opens at start"), this);
    auto* fileForm = new QFormLayout;
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    fileForm->addRow(pathLabel, pathRow);
    fileForm->setContentsMargins(24, 0, 0, 0);
    auto* serverForm = new QFormLayout;
    serverForm->addRow(tr("&Server:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Database &name:"), m_name);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->setContentsMargins(24, 0, 0, 0);
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_file);
    choiceLayout->addLayout(fileForm);
    choiceLayout->addWidget(m_server);
    choiceLayout->addLayout(serverForm);
    auto* addressForm = new QFormLayout;
    addressForm->addRow(tr("Address:"), m_preview);
    choiceLayout->addLayout(addressForm);

    // SQLite's own documentation (https://www.sqlite.org/useovernet.html) warns that a database
    // file shared over a network drive gets corrupted.
    auto* note = new QLabel(
        tr("A SQLite file serves one desk. Never put it on a shared network drive for several "
           "desks: that corrupts the database. An office with several desks uses one PostgreSQL "
           "server. The server's password is not saved: it comes from PGPASSWORD or ~/.pgpass, "
           "or is asked for at start."),
        this);
    note->setWordWrap(true);

    auto* test = new QPushButton(tr("T&est connection"), this);
    test->setObjectName(QStringLiteral("testConnection"));
    auto* saveButton = new QPushButton(tr("Sa&ve for the next start"), this);
    saveButton->setObjectName(QStringLiteral("saveConnection"));
    connect(test, &QPushButton::clicked, this, &DatabaseSettingsPanel::testConnection);
    connect(saveButton, &QPushButton::clicked, this, &DatabaseSettingsPanel::save);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseSettingsPanel::browse);
    auto* actions = new QHBoxLayout;
    actions->addWidget(test);
    actions->addWidget(saveButton);
    actions->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(inUse);
    layout->addWidget(choice);
    layout->addWidget(note);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_file, &QRadioButton::toggled, this, &DatabaseSettingsPanel::updateKind);
    for (QLineEdit* edit : {m_path, m_host, m_name, m_user})
        connect(edit, &QLineEdit::textChanged, this, &DatabaseSettingsPanel::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &DatabaseSettingsPanel::updatePreview);
    setLocation(ConnectionSettings::load());
}

void DatabaseSettingsPanel::setLocation(const QString& location)
{
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::fromLocation(location, &settings, &error)) {
        showStatus(error, true);
        settings = ConnectionSettings();
    }
    m_path->setText(settings.isServer() || settings.filePath.isEmpty() ? Database::defaultLocation()
                                                                       : settings.filePath);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_name->setText(settings.databaseName);
    m_user->setText(settings.userName);
    (settings.isServer() ? m_server : m_file)->setChecked(true);
    updateKind();
}

bool DatabaseSettingsPanel::location(QString* location, QString* error) const
{
    ConnectionSettings settings;
    settings.kind = m_server->isChecked() ? ConnectionSettings::Kind::PostgresqlServer
                                          : ConnectionSettings::Kind::SqliteFile;
    settings.filePath = m_path->text();
    settings.host = m_host->text();
    settings.port = m_port->value();
    settings.databaseName = m_name->text();
    settings.userName = m_user->text();
    return settings.toLocation(location, error);
}

void DatabaseSettingsPanel::updateKind()
{
    const bool server = m_server->isChecked();
    m_path->setEnabled(!server);
    m_browse->setEnabled(!server);
    for (QWidget* field : std::initializer_list<QWidget*>{m_host, m_port, m_name, m_user})
        field->setEnabled(server);
    updatePreview();
}

void DatabaseSettingsPanel::updatePreview()
{
    QString address;
    QString error;
    m_preview->setText(location(&address, &error) ? address : error);
}

void DatabaseSettingsPanel::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_path->text(),
                                                      tr("SQLite databases (*.sqlite *.db)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

bool DatabaseSettingsPanel::testConnection()
{
    QString address;
    QString error;
    if (!location(&address, &error)) {
        showStatus(error, true);
        return false;
    }
    if (!SqlDialect::isServerLocation(address)) {
        // A test must not create the file: that happens at the next start.
        if (!QFileInfo::exists(address)) {
            showStatus(tr("The file %1 does not exist yet; it will be created at the next start.")
                           .arg(address),
                       false);
            return true;
        }
        if (!BackupService::quickCheckFile(address, &error)) {
            showStatus(error, true);
            return false;
        }
    }
    showStatus(tr("Connecting to %1…").arg(address), false);
    m_status->repaint();

    Database probe;
    QString password; // only for this test, forgotten afterwards
    bool opened = false;
    QElapsedTimer clock;
    while (true) {
        {
            WaitCursor wait;
            clock.start();
            // Database::open gives up on a server that does not answer within 5 s.
            opened = probe.open(address, &error, password);
        }
        if (opened || !Database::needsPassword(error))
            break;
        if (!m_askPassword(address, !password.isEmpty(), &password)) {
            showStatus(tr("Connection test cancelled: %1").arg(error), true);
            return false;
        }
    }
    if (!opened) {
        showStatus(tr("Cannot connect (after %1 s). %2")
                       .arg(QLocale().toString(clock.elapsed() / 1000.0, 'f', 1),
                            QString(error).remove(u'\t')),
                   true);
        return false;
    }
    const int version = probe.schemaVersion();
    showStatus(version > 0 ? tr("Connected to %1 (schema version %2).")
                                 .arg(Database::displayLocation(address))
                                 .arg(version)
                           : tr("Connected to %1. The database is empty; its tables will be "
                                "created at the next start.")
                                 .arg(Database::displayLocation(address)),
               false);
    return true;
}

bool DatabaseSettingsPanel::save()
{
    QString address;
    QString error;
    if (!location(&address, &error) || !ConnectionSettings::save(address, &error)) {
        showStatus(error, true);
        return false;
    }
    showStatus(tr("Saved. This computer opens %1 from the next start.")
                   .arg(ConnectionSettings::describe(address)),
               false);
    emit saved(address);
    return true;
}

QString DatabaseSettingsPanel::statusText() const
{
    return m_status->text();
}

void DatabaseSettingsPanel::showStatus(const QString& text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}
