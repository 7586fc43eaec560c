#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
class User;

// A scanned document of a dossier: the file itself is kept in the database (table attachments),
// so backups, restores and copies to a server carry it, with its SHA-256 to show it unchanged.
// A file over maximumSize() is kept beside a SQLite register instead (FileStore), named by its
// SHA-256, and checked against it whenever it is read, backed up or restored.
struct Attachment
{
    QString dossierCode;
    QString document; // the handed-in document it shows; empty when not tied to one
    QString name;     // the file's name, without its folder
    QString sha256;   // lower-case hex
    qint64 size = 0;
    QString mimeType;
    int pages = -1; // -1 when not readable
    QDateTime attachedAt;
    QString officer;
    bool beside = false; // kept in the folder beside the register, not in it
};

class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(Attachments)

public:
    // inRegisterLimit: files larger than this are kept beside the register (tests lower it).
    explicit Attachments(const Database& db, qint64 inRegisterLimit = maximumSize())
        : m_db(db)
        , m_limit(inRegisterLimit)
    {}

    // A file larger than this is kept beside a SQLite register (FileStore); a server has no
    // folder beside it, so there it goes to the office's document system.
    static qint64 maximumSize() { return qint64(64) * 1024 * 1024; }

    // Attaches every file of paths to the dossier (all or none, in one transaction), for the
    // handed-in document named document (empty: none in particular); audited. A dossier whose
    // handed-in documents all have a file becomes digitized (TT 01/2023): the flag then rests
    // on the files, not on a tick.
    bool attach(const QString& code, const QStringList& paths, const QString& document,
                const User& actor, QList<Attachment>* attached, QString* error) const;
    // Oldest first.
    bool list(const QString& code, QList<Attachment>* attachments, QString* error) const;
    // The stored bytes of one attachment, found by its hash; a file beside the register is
    // checked against its hash first.
    bool content(const QString& code, const QString& sha256, QByteArray* bytes,
                 QString* error) const;
    // A file to open the attachment with (a viewer): the file beside the register itself after
    // checking its hash, else a copy in this user's temporary folder (0600) written from the
    // register. path receives its location.
    bool openable(const QString& code, const QString& sha256, QString* path, QString* error) const;
    // The hashes of the files kept beside the register db (schema 20 on; none before).
    static bool besideFiles(const Database& db, QStringList* hashes, QString* error);

    // `motcua-cli attachments CODE`: sha256,name,size,document,attached_at,officer.
    static QStringList csvHeader();
    static QStringList csvRow(const Attachment& attachment);
    // Pages of a PDF (its page objects), 1 for a single image, -1 when not known.
    static int pageCount(const QByteArray& bytes, const QString& mimeType);

private:
    const Database& m_db;
    qint64 m_limit;
};
