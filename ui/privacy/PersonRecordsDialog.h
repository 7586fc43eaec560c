#pragma once

#include "privacy/PersonRecords.h"

#include <QDialog>
#include <QList>

class DeskSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Every record of one ID number, for a person's access or correction request (DOMAIN §11):
// type the ID, Enter finds the dossiers (shown in full here, the lookup is audited), "Save
// export" writes the JSON of PersonRecords::toJson (audited). Core refuses both to a role
// without Permission::ExportPersonalData.
class PersonRecordsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonRecordsDialog(DeskSession& session, QWidget* parent = nullptr);

    bool find();
    // Writes the export to path (the button asks for it with a file dialog).
    bool saveTo(const QString& path);
    const QList<PersonDossier>& dossiers() const { return m_dossiers; }

signals:
    void openDossier(const QString& code);

private:
    void save();

    DeskSession& m_session;
    QList<PersonDossier> m_dossiers;
    QString m_foundId;
    QLineEdit* m_id;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_save;
};
