#include "Attachments.h"

#include "DossierAccess.h"
#include "DossierPaperRepository.h"
#include "DossierWriter.h"
#include "FileStore.h"
#include "accounts/User.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace {

bool fail(const QString& message, QString* error)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QStringList Attachments::csvHeader()
{
    return {QStringLiteral("sha256"),   QStringLiteral("name"),        QStringLiteral("size"),
            QStringLiteral("document"), QStringLiteral("attached_at"), QStringLiteral("officer")};
}

QStringList Attachments::csvRow(const Attachment& a)
{
    return {a.sha256, a.name, QString::number(a.size), a.document, SqlTime::toSql(a.attachedAt),
            a.officer};
}

int Attachments::pageCount(const QByteArray& bytes, const QString& mimeType)
{
    if (mimeType == QLatin1String("application/pdf")) {
        // Each page object says "/Type /Page" (the page tree says "/Pages"). A PDF whose
        // objects are compressed in streams hides them: then the count is unknown.
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
        const int pages = int(QString::fromLatin1(bytes).count(page));
        return pages > 0 ? pages : -1;
    }
    if (mimeType.startsWith(QLatin1String("image/")) && mimeType != QLatin1String("image/tiff"))
        return 1;
    return -1;
}

bool Attachments::attach(const QString& code, const QStringList& paths, const QString& document,
                         const User& actor, QList<Attachment>* attached, QString* error) const
{
    if (paths.isEmpty())
        return fail(tr("Attach: name at least one file."), error);
    TransactionGuard transaction(m_db);
    if (!transaction.isActive())
        return fail(transaction.error(), error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, status, officer FROM dossiers WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return fail(tr("Cannot read the dossier %1: %2").arg(code, q.lastError().text()), error);
    if (!q.next())
        return fail(tr("There is no dossier %1.").arg(code), error);
    const qint64 dossierId = q.value(0).toLongLong();
    DossierStatus status = DossierStatus::Accepted;
    DossierStatuses::fromCode(q.value(1).toInt(), &status);
    if (!DossierAccess::mayChange(actor, code, status, q.value(2).toString(), error))
        return false;
    QList<RequiredDocument> handedIn;
    if (!DossierPaperRepository(m_db).documents(code, &handedIn, error))
        return false;
    QStringList names;
    for (const RequiredDocument& d : std::as_const(handedIn))
        names << d.name;
    if (!document.isEmpty() && !names.contains(document))
        return fail(tr("Document: \"%1\" is not among the documents handed in for %2 (%3).")
                        .arg(document, code, names.join(QStringLiteral("; "))),
                    error);

    const QDateTime now = QDateTime::currentDateTime();
    DossierWriter writer(m_db);
    if (!writer.prepare(error))
        return false;
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO attachments (dossier_id, document, name, sha256, size, mime_type, pages, "
        "attached_at, officer, content, beside) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<Attachment> done;
    const QMimeDatabase mimes;
    for (const QString& path : paths) {
        QFile file(path);
        Attachment a;
        a.beside = QFileInfo(path).size() > m_limit;
        if (a.beside && m_db.isServer())
            return fail(tr("File %1: larger than %2 MB, and a server register keeps no files "
                           "beside it; keep it in the office's document system.")
                            .arg(path)
                            .arg(m_limit / 1024 / 1024),
                        error);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
        QByteArray bytes;
        if (a.beside) {
            // Copied beside the register block by block, hashed on the way; only its start
            // is read to tell its type.
            if (!FileStore::store(FileStore::folderFor(m_db.location()), path, &a.sha256, &a.size,
                                  error))
                return false;
            a.mimeType = mimes.mimeTypeForFileNameAndData(path, file.read(64 * 1024)).name();
        } else {
            bytes = file.readAll();
            a.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            a.size = bytes.size();
            a.mimeType = mimes.mimeTypeForFileNameAndData(path, bytes).name();
            a.pages = pageCount(bytes, a.mimeType);
        }
        a.dossierCode = code;
        a.document = document.isNull() ? QStringLiteral("") : document; // NOT NULL column
        a.name = QFileInfo(path).fileName();
        a.attachedAt = now;
        a.officer = actor.name();
        for (const QVariant& value :
             {QVariant(dossierId), QVariant(a.document), QVariant(a.name), QVariant(a.sha256),
              QVariant(a.size), QVariant(a.mimeType),
              a.pages < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(a.pages),
              QVariant(SqlTime::toSql(a.attachedAt)), QVariant(a.officer),
              a.beside ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes),
              QVariant(int(a.beside))})
            insert.addBindValue(value);
        if (!insert.exec())
            return fail(tr("Cannot store the file %1: %2").arg(path, insert.lastError().text()),
                        error);
        if (!writer.audit(
                now, actor.name(), QStringLiteral("attach"), code,
                QStringLiteral("%1 (%2 bytes, sha256 %3)%4%5")
                    .arg(a.name, QString::number(a.size), a.sha256,
                         a.document.isEmpty() ? QString() : QStringLiteral(" for ") + a.document,
                         a.beside ? QStringLiteral(", kept beside the register") : QString()),
                error))
            return false;
        done.append(a);
    }

    // Digitized when every handed-in document has at least one file.
    QSqlQuery covered(m_db.connection());
    covered.prepare(
        QStringLiteral("SELECT DISTINCT document FROM attachments WHERE dossier_id = ?"));
    covered.addBindValue(dossierId);
    if (!covered.exec())
        return fail(tr("Cannot read the files of %1: %2").arg(code, covered.lastError().text()),
                    error);
    QSet<QString> withFiles;
    while (covered.next())
        withFiles.insert(covered.value(0).toString());
    const bool digitized = !names.isEmpty() && std::all_of(names.cbegin(), names.cend(),
                                                           [&withFiles](const QString& n) {
                                                               return withFiles.contains(n);
                                                           });
    if (digitized) {
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE dossiers SET digitized = 1 WHERE id = ?"));
        update.addBindValue(dossierId);
        if (!update.exec())
            return fail(tr("Cannot mark %1 digitized: %2").arg(code, update.lastError().text()),
                        error);
    }
    if (!writer.refreshIndicators(dossierId, error) || !writer.flush(error) ||
        !transaction.commit(error))
        return false;
    if (attached)
        *attached = done;
    return true;
}

bool Attachments::list(const QString& code, QList<Attachment>* attachments, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.document, a.name, a.sha256, a.size, a.mime_type, a.pages, "
                             "a.attached_at, a.officer, a.beside FROM attachments a JOIN dossiers "
                             "d ON d.id = a.dossier_id WHERE d.code = ? ORDER BY a.id"));
    q.addBindValue(code);
    if (!q.exec())
        return fail(tr("Cannot read the files of %1: %2").arg(code, q.lastError().text()), error);
    attachments->clear();
    while (q.next()) {
        Attachment a;
        a.dossierCode = code;
        a.document = q.value(0).toString();
        a.name = q.value(1).toString();
        a.sha256 = q.value(2).toString();
        a.size = q.value(3).toLongLong();
        a.mimeType = q.value(4).toString();
        a.pages = q.value(5).isNull() ? -1 : q.value(5).toInt();
        a.attachedAt = SqlTime::fromSql(q.value(6).toString());
        a.officer = q.value(7).toString();
        a.beside = q.value(8).toInt() != 0;
        attachments->append(a);
    }
    return true;
}

bool Attachments::content(const QString& code, const QString& sha256, QByteArray* bytes,
                          QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.content, a.beside FROM attachments a JOIN dossiers d ON "
                             "d.id = a.dossier_id WHERE d.code = ? AND a.sha256 = ?"));
    q.addBindValue(code);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(tr("Cannot read the files of %1: %2").arg(code, q.lastError().text()), error);
    if (!q.next())
        return fail(tr("Dossier %1 has no file with SHA-256 %2.").arg(code, sha256), error);
    if (q.value(1).toInt() == 0) {
        *bytes = q.value(0).toByteArray();
        return true;
    }
    return FileStore::read(FileStore::folderFor(m_db.location()), sha256, bytes, error);
}

bool Attachments::openable(const QString& code, const QString& sha256, QString* path,
                           QString* error) const
{
    QList<Attachment> all;
    if (!list(code, &all, error))
        return false;
    const auto found = std::find_if(all.cbegin(), all.cend(),
                                    [&sha256](const Attachment& a) { return a.sha256 == sha256; });
    if (found == all.cend())
        return fail(tr("Dossier %1 has no file with SHA-256 %2.").arg(code, sha256), error);
    if (found->beside) {
        const QString folder = FileStore::folderFor(m_db.location());
        if (!FileStore::verify(folder, sha256, error))
            return false;
        *path = FileStore::pathOf(folder, sha256);
        return true;
    }
    QByteArray bytes;
    if (!content(code, sha256, &bytes, error))
        return false;
    // Under its own name, so that the viewer knows its type; a folder per hash keeps names
    // of different dossiers apart.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           QStringLiteral("/motcua-files/") + sha256;
    if (!PrivateFiles::makeFolder(folder, error))
        return false;
    *path = folder + QLatin1Char('/') + found->name;
    QFile::remove(*path);
    if (!PrivateFiles::createFile(*path, error))
        return false;
    QFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(tr("Cannot write %1: %2").arg(*path, file.errorString()), error);
    return true;
}

bool Attachments::besideFiles(const Database& db, QStringList* hashes, QString* error)
{
    hashes->clear();
    if (!db.connection().record(QStringLiteral("attachments")).contains(QStringLiteral("beside")))
        return true;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM attachments WHERE beside = 1 "
                               "ORDER BY sha256")))
        return fail(
            tr("Cannot read the files kept beside the register: %1").arg(q.lastError().text()),
            error);
    while (q.next())
        *hashes << q.value(0).toString();
    return true;
}
