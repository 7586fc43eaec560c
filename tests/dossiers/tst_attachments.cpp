#include "CliRun.h"
#include "SampleOffice.h"
#include "TestDatabase.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "backup/BackupService.h"
#include "dossiers/Attachments.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/FileStore.h"
#include "dossiers/OfficeDueDateRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Scanned documents kept with a dossier: hashed, listed for scripts, audited, carried by a
// backup and a restore unchanged; a dossier whose documents all have files is digitized.
class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        db = std::make_unique<TestDatabase>();
        MOTCUA_VERIFY_DB(*db);
        QString error;
        QVERIFY2(useSampleOffice(db->db(), &error), qPrintable(error));
        QVERIFY2(rules.load(db->db(), &error), qPrintable(error));
        Dossier d;
        d.procedureCode = QStringLiteral("1.001193");
        d.applicantName = QStringLiteral("Nguyễn Thị Hòa");
        d.receivedAt = QDateTime::currentDateTime();
        QVERIFY2(DossierRepository(db->db(), rules).create(&d, QStringLiteral("cb"), &error),
                 qPrintable(error));
        code = d.code;
        documents = {{QStringLiteral("Tờ khai đăng ký khai sinh"), 1, 0},
                     {QStringLiteral("Giấy chứng sinh"), 1, 0}};
        QVERIFY2(DossierPaperRepository(db->db()).saveDocuments(
                     code, documents, User::acting(QStringLiteral("cb")), &error),
                 qPrintable(error));
        pdf = files.filePath(QStringLiteral("to-khai.pdf"));
        writeFile(pdf, "%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >> endobj\n"
                       "2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n"
                       "%%EOF\n");
        png = files.filePath(QStringLiteral("giay-chung-sinh.png"));
        writeFile(png, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x'));
    }

    void cleanup() { db.reset(); }

    void attachThroughTheCommandLineAndList()
    {
        CliResult r = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("attach"), code,
                              pdf, QStringLiteral("--document"), documents.at(0).name});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        // A document that was not handed in is refused, and nothing is stored.
        r = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("attach"), code, png,
                    QStringLiteral("--document"), QStringLiteral("Sổ hộ khẩu")});
        QCOMPARE(r.exit, 1);
        QVERIFY(r.err.contains(QStringLiteral("Sổ hộ khẩu")));

        r = runCli({QStringLiteral("--db"), db->path(), QStringLiteral("attachments"), code});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("sha256,name,size,document,attached_at,officer"));
        QVERIFY2(lines.at(1).startsWith(sha256Of(pdf) + QStringLiteral(",to-khai.pdf,")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(documents.at(0).name));

        QList<Attachment> stored;
        QString error;
        QVERIFY2(Attachments(db->db()).list(code, &stored, &error), qPrintable(error));
        QCOMPARE(stored.first().pages, 2);
        QCOMPARE(stored.first().mimeType, QStringLiteral("application/pdf"));
        // Audited.
        AuditLog::Filter filter;
        filter.dossierCode = code;
        filter.action = QStringLiteral("attach");
        QList<AuditEntry> entries;
        QVERIFY2(AuditLog::find(db->db(), filter, &entries, &error), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().detail.contains(sha256Of(pdf)));
    }

    void dossierWithEveryDocumentScannedIsDigitized()
    {
        QString error;
        const User officer = User::acting(QStringLiteral("cb"));
        Attachments attachments(db->db());
        QVERIFY2(attachments.attach(code, {pdf}, documents.at(0).name, officer, nullptr, &error),
                 qPrintable(error));
        Dossier d;
        QVERIFY2(DossierRepository(db->db(), rules).load(code, &d, &error), qPrintable(error));
        QVERIFY(!d.digitized); // one document still on paper only
        QVERIFY2(attachments.attach(code, {png}, documents.at(1).name, officer, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(DossierRepository(db->db(), rules).load(code, &d, &error), qPrintable(error));
        QVERIFY(d.digitized);
    }

    void backupAndRestoreKeepTheFilesUnchanged()
    {
        if (db->isServer())
            QSKIP("the file backup is the SQLite desk's; a server is dumped with pg_dump");
        QString error;
        QVERIFY2(Attachments(db->db()).attach(code, {pdf, png}, QString(),
                                              User::acting(QStringLiteral("cb")), nullptr, &error),
                 qPrintable(error));
        const QString backup = files.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY2(BackupService::backupTo(db->db(), backup, &error), qPrintable(error));
        const QString restored = files.filePath(QStringLiteral("restored.sqlite"));
        QString kept;
        QVERIFY2(BackupService::restore(backup, restored, &kept, &error), qPrintable(error));
        Database copy;
        QVERIFY2(copy.open(restored, &error), qPrintable(error));
        QList<Attachment> stored;
        QVERIFY2(Attachments(copy).list(code, &stored, &error), qPrintable(error));
        QCOMPARE(stored.size(), 2);
        for (const auto& [path, attachment] :
             {std::pair{pdf, stored.at(0)}, std::pair{png, stored.at(1)}}) {
            QByteArray bytes;
            QVERIFY2(Attachments(copy).content(code, attachment.sha256, &bytes, &error),
                     qPrintable(error));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                     sha256Of(path));
        }
    }

    // A file over the register's limit is kept beside a SQLite register under its SHA-256,
    // goes with every backup, is checked when a backup is verified and restored, and a
    // changed copy is refused. (The limit is 64 MB; here 100 bytes, so the test stays small.)
    void largeFilesAreKeptBesideTheRegister()
    {
        QString error;
        const User officer = User::acting(QStringLiteral("cb"));
        const Attachments small(db->db(), 100);
        if (db->isServer()) {
            // A server register has no folder beside it: refused, nothing stored.
            QVERIFY(!small.attach(code, {png}, QString(), officer, nullptr, &error));
            QVERIFY2(error.contains(QStringLiteral("document system")), qPrintable(error));
            // Nor does a backup with such files restore onto it.
            const QString local = files.filePath(QStringLiteral("desk.sqlite"));
            {
                Database desk;
                QVERIFY2(desk.openAndMigrate(local, &error), qPrintable(error));
                QVERIFY2(useSampleOffice(desk, &error), qPrintable(error));
                Dossier d;
                d.procedureCode = QStringLiteral("1.001193");
                d.applicantName = QStringLiteral("Trần Văn Bình");
                d.receivedAt = QDateTime::currentDateTime();
                QVERIFY2(DossierRepository(desk, rules).create(&d, QStringLiteral("cb"), &error),
                         qPrintable(error));
                QVERIFY2(Attachments(desk, 100).attach(d.code, {png}, QString(), officer, nullptr,
                                                       &error),
                         qPrintable(error));
                QVERIFY2(BackupService::backupTo(
                             desk, files.filePath(QStringLiteral("desk-backup.sqlite")), &error),
                         qPrintable(error));
            }
            QString kept;
            QVERIFY(!BackupService::restore(files.filePath(QStringLiteral("desk-backup.sqlite")),
                                            db->path(), &kept, &error));
            QVERIFY2(error.contains(QStringLiteral("document system")), qPrintable(error));
            // The server's register is untouched.
            QList<Attachment> none;
            QVERIFY2(small.list(code, &none, &error), qPrintable(error));
            QVERIFY(none.isEmpty());
            return;
        }
        QVERIFY2(small.attach(code, {pdf, png}, QString(), officer, nullptr, &error),
                 qPrintable(error));
        QList<Attachment> stored;
        QVERIFY2(small.list(code, &stored, &error), qPrintable(error));
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(0).beside && stored.at(1).beside); // both over 100 bytes
        const QString folder = FileStore::folderFor(db->path());
        QCOMPARE(QFileInfo(folder).fileName(),
                 QFileInfo(db->path()).completeBaseName() + QStringLiteral("-files"));
        QCOMPARE(sha256Of(FileStore::pathOf(folder, sha256Of(png))), sha256Of(png));
        QCOMPARE(QFile::permissions(FileStore::pathOf(folder, sha256Of(png))) & 0x0077, 0);
        // Not in the register itself.
        QSqlQuery q(db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM attachments WHERE content IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        // Read back and opened as the file itself, checked against its hash.
        QByteArray bytes;
        QVERIFY2(small.content(code, sha256Of(png), &bytes, &error), qPrintable(error));
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 sha256Of(png));
        QString path;
        QVERIFY2(small.openable(code, sha256Of(png), &path, &error), qPrintable(error));
        QCOMPARE(path, FileStore::pathOf(folder, sha256Of(png)));

        // Backup and restore carry them, with equal SHA-256.
        const QString backup = files.filePath(QStringLiteral("large-backup.sqlite"));
        QVERIFY2(BackupService::backupTo(db->db(), backup, &error), qPrintable(error));
        QCOMPARE(sha256Of(FileStore::pathOf(FileStore::folderFor(backup), sha256Of(pdf))),
                 sha256Of(pdf));
        const QString restored = files.filePath(QStringLiteral("large-restored.sqlite"));
        QString kept;
        QVERIFY2(BackupService::restore(backup, restored, &kept, &error), qPrintable(error));
        {
            Database copy;
            QVERIFY2(copy.open(restored, &error), qPrintable(error));
            for (const QString& original : {pdf, png}) {
                QVERIFY2(Attachments(copy).content(code, sha256Of(original), &bytes, &error),
                         qPrintable(error));
                QCOMPARE(QString::fromLatin1(
                             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                         sha256Of(original));
            }
        }

        // A file changed beside the backup: the backup no longer verifies, nothing restores.
        writeFile(FileStore::pathOf(FileStore::folderFor(backup), sha256Of(png)), "changed");
        QVERIFY(!BackupService::verifyFile(backup, &error));
        QVERIFY2(error.contains(sha256Of(png)), qPrintable(error));
        QVERIFY(!BackupService::restore(backup, files.filePath(QStringLiteral("again.sqlite")),
                                        &kept, &error));
        // One changed beside the register: reading it is refused, naming the change.
        writeFile(FileStore::pathOf(folder, sha256Of(pdf)), "changed");
        QVERIFY(!small.content(code, sha256Of(pdf), &bytes, &error));
        QVERIFY2(error.contains(QStringLiteral("changed")), qPrintable(error));
        QVERIFY(!small.openable(code, sha256Of(pdf), &path, &error));
    }

    // A file kept in the register opens through a private copy in the temporary folder.
    void fileInTheRegisterOpensThroughAPrivateCopy()
    {
        QString error;
        QVERIFY2(Attachments(db->db()).attach(code, {pdf}, QString(),
                                              User::acting(QStringLiteral("cb")), nullptr, &error),
                 qPrintable(error));
        QString path;
        QVERIFY2(Attachments(db->db()).openable(code, sha256Of(pdf), &path, &error),
                 qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("to-khai.pdf"));
        QCOMPARE(sha256Of(path), sha256Of(pdf));
        QCOMPARE(QFile::permissions(path) & 0x0077, 0);
        QFile::remove(path);
    }

private:
    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QString sha256Of(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }

    std::unique_ptr<TestDatabase> db;
    OfficeDueDateRules rules;
    QTemporaryDir files;
    QString code;
    QList<RequiredDocument> documents;
    QString pdf;
    QString png;
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
