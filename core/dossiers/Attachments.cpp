#include "Attachments.h"

#include "DossierAccess.h"
#include "DossierPaperRepository.h"
#include "DossierWriter.h"
#include "accounts/User.h"
#include "common/SqlTime.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

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
        "attached_at, officer, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<Attachment> done;
    const QMimeDatabase mimes;
    for (const QString& path : paths) {
        QFile file(path);
        if (QFileInfo(path).size() > maximumSize())
            return fail(tr("File %1: larger than %2 MB; keep it in the office's document system.")
                            .arg(path)
                            .arg(maximumSize() / 1024 / 1024),
                        error);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the file %1: %2").arg(path, file.errorString()), error);
        const QByteArray bytes = file.readAll();
        Attachment a;
        a.dossierCode = code;
        a.document = document.isNull() ? QStringLiteral("") : document; // NOT NULL column
        a.name = QFileInfo(path).fileName();
        a.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        a.size = bytes.size();
        a.mimeType = mimes.mimeTypeForFileNameAndData(path, bytes).name();
        a.pages = pageCount(bytes, a.mimeType);
        a.attachedAt = now;
        a.officer = actor.name();
        for (const QVariant& value :
             {QVariant(dossierId), QVariant(a.document), QVariant(a.name), QVariant(a.sha256),
              QVariant(a.size), QVariant(a.mimeType),
              a.pages < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(a.pages),
              QVariant(SqlTime::toSql(a.attachedAt)), QVariant(a.officer), QVariant(bytes)})
            insert.addBindValue(value);
        if (!insert.exec())
            return fail(tr("Cannot store the file %1: %2").arg(path, insert.lastError().text()),
                        error);
        if (!writer.audit(
                now, actor.name(), QStringLiteral("attach"), code,
                QStringLiteral("%1 (%2 bytes, sha256 %3)%4")
                    .arg(a.name, QString::number(a.size), a.sha256,
                         a.document.isEmpty() ? QString() : QStringLiteral(" for ") + a.document),
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
                             "a.attached_at, a.officer FROM attachments a JOIN dossiers d ON "
                             "d.id = a.dossier_id WHERE d.code = ? ORDER BY a.id"));
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
        attachments->append(a);
    }
    return true;
}

bool Attachments::content(const QString& code, const QString& sha256, QByteArray* bytes,
                          QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.content FROM attachments a JOIN dossiers d ON "
                             "d.id = a.dossier_id WHERE d.code = ? AND a.sha256 = ?"));
    q.addBindValue(code);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(tr("Cannot read the files of %1: %2").arg(code, q.lastError().text()), error);
    if (!q.next())
        return fail(tr("Dossier %1 has no file with SHA-256 %2.").arg(code, sha256), error);
    *bytes = q.value(0).toByteArray();
    return true;
}
