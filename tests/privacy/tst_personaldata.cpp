#include "../dossiers/SimpleDueDateRules.h"
#include "CliRun.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "dossiers/DossierPaperRepository.h"
#include "dossiers/DossierRepository.h"
#include "dossiers/DossierTransfer.h"
#include "dossiers/FeedbackRepository.h"
#include "privacy/PersonRecords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// DOMAIN §11: ID numbers masked in exports unless full data is asked for (and audited); every
// record of one ID number exported for an access or correction request.
namespace {
const QString fullId = QStringLiteral("087095000199");
const QString maskedId = QStringLiteral("0870******99");

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
}

int cli(const QStringList& arguments, QString* output = nullptr)
{
    // runCli: on a server the command line signs in as an account (a test administrator).
    const CliResult result = runCli(arguments);
    if (output)
        *output = result.out + result.err;
    return result.exit;
}

QList<AuditEntry> audit(const Database& db, const QString& action)
{
    AuditLog::Filter filter;
    filter.action = action;
    QList<AuditEntry> entries;
    QString error;
    if (!AuditLog::find(db, filter, &entries, &error))
        qWarning("%s", qPrintable(error));
    return entries;
}
} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private:
    SimpleDueDateRules rules;
    const User supervisor = User::acting(QStringLiteral("Lãnh đạo"), Role::Supervisor);

    // Two dossiers of fullId (one with a supplement, an apology, documents and feedback) and
    // one of somebody else.
    bool fill(const Database& db, QStringList* codes, QString* error)
    {
        if (!RegisterFixture::prepare(db, error))
            return false;
        DossierRepository repo(db, rules);
        const User officer = User::acting(QStringLiteral("Trần Thị Nhận"));
        const QList<QPair<QString, QString>> people{
            {QStringLiteral("Nguyễn Văn An"), fullId},
            {QStringLiteral("Nguyễn Văn An"), fullId},
            {QStringLiteral("Lê Thị Khác"), QStringLiteral("079199000321")}};
        int day = 4;
        for (const auto& [name, id] : people) {
            Dossier d;
            d.procedureCode = QStringLiteral("1.003583");
            d.applicantName = name;
            d.applicantId = id;
            d.applicantPhone = QStringLiteral("0912345678");
            if (day == 4) { // the first: as the card's QR gave them
                d.applicantBirthDate = QDate(1995, 7, 14);
                d.applicantSex = QStringLiteral("Nam");
            }
            d.receivedAt = QDateTime(QDate(2024, 3, day++), QTime(8, 15));
            if (!repo.create(&d, officer.name(), error))
                return false;
            codes->append(d.code);
        }
        const QString first = codes->first();
        if (!repo.changeStatus(first, DossierStatus::Processing, at("2024-03-04 09:00"), officer,
                               QString(), error) ||
            !repo.requestSupplement(first, at("2024-03-05 09:00"), officer, QString(), false,
                                    error) ||
            !repo.receiveSupplement(first, at("2024-03-06 09:00"), officer, error) ||
            !DossierPaperRepository(db).saveDocuments(
                first, {{QStringLiteral("Tờ khai đăng ký kết hôn"), 1, 0}}, officer, error))
            return false;
        ApologyLetter letter;
        letter.issuedAt = at("2024-03-15 09:00");
        letter.newDueAt = at("2024-03-22 09:00");
        letter.reason = QStringLiteral("Chờ xác minh");
        if (!repo.issueApology(first, &letter, supervisor, error))
            return false;
        Feedback feedback;
        feedback.receivedAt = at("2024-03-16 10:00");
        feedback.dossierCode = first;
        feedback.content = QStringLiteral("Hồ sơ trễ hẹn");
        return FeedbackRepository(db, rules).add(&feedback, QStringLiteral("Lãnh đạo"), error);
    }

private slots:
    void exportMasksIdNumbersByDefault()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QString csv;
        int rows = 0;
        // A counter officer may export, masked.
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .exportText(QDateTime(), QDateTime(),
                                 User::acting(QStringLiteral("Trần Thị Nhận")), false,
                                 QStringLiteral("list.csv"), &csv, &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows, 3);
        QVERIFY(csv.contains(maskedId));
        QVERIFY(!csv.contains(fullId));
        QVERIFY(audit(t.db(), QStringLiteral("export"))
                    .first()
                    .detail.contains(QStringLiteral("masked")));

        // A supervisor's full export has the numbers, and the log says it was in full.
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .exportText(QDateTime(), QDateTime(), supervisor, true,
                                 QStringLiteral("full.csv"), &csv, &rows, &error),
                 qPrintable(error));
        QVERIFY(csv.contains(fullId));
        const AuditEntry logged = audit(t.db(), QStringLiteral("export")).first();
        QCOMPARE(logged.officer, supervisor.name());
        QVERIFY2(logged.detail.contains(QStringLiteral("full personal data")) &&
                     logged.detail.contains(QStringLiteral("full.csv")) &&
                     logged.detail.contains(QLatin1Char('3')),
                 qPrintable(logged.detail));
    }

    void maskedFileIsNotImported()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QString csv;
        QVERIFY2(DossierTransfer(t.db(), rules)
                     .exportText(QDateTime(), QDateTime(), supervisor, false,
                                 QStringLiteral("list.csv"), &csv, nullptr, &error),
                 qPrintable(error));

        TestDatabase other;
        MOTCUA_VERIFY_DB(other);
        QVERIFY2(RegisterFixture::prepare(other.db(), &error), qPrintable(error));
        int imported = 0;
        QList<CsvProblem> problems;
        QVERIFY(!DossierTransfer(other.db(), rules)
                     .importData(csv.toUtf8(), QStringLiteral("cb"), &imported, &problems, &error));
        QCOMPARE(imported, 0);
        // Three masked ID numbers, and the first applicant's birth date written as its year.
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(1).column, QStringLiteral("applicant_birth_date"));
        QVERIFY2(problems.at(1).reason.contains(QStringLiteral("--full")),
                 qPrintable(problems.at(1).reason));
        QCOMPARE(problems.first().line, 2);
        QCOMPARE(problems.first().column, QStringLiteral("applicant_id"));
        QVERIFY2(problems.first().reason.contains(QStringLiteral("--full")),
                 qPrintable(problems.first().reason));
    }

    void cliExportIsMaskedUnlessFull()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString masked = dir.filePath(QStringLiteral("masked.csv"));
        const QString full = dir.filePath(QStringLiteral("full.csv"));
        QString output;
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("export"),
                      QStringLiteral("dossiers"), masked},
                     &output),
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("export"),
                      QStringLiteral("dossiers"), QStringLiteral("--full"), full},
                     &output),
                 0);
        QFile a(masked);
        QFile b(full);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QString maskedText = QString::fromUtf8(a.readAll());
        const QString fullText = QString::fromUtf8(b.readAll());
        // The issue #4 header stays as it is.
        QVERIFY(maskedText.startsWith(QStringLiteral("code,procedure_code,channel,received_at,")));
        QVERIFY(maskedText.contains(maskedId) && !maskedText.contains(fullId));
        QVERIFY(fullText.contains(fullId));
        const AuditEntry logged = audit(t.db(), QStringLiteral("export")).first();
        QVERIFY2(logged.detail.contains(full) &&
                     logged.detail.contains(QStringLiteral("full personal data")),
                 qPrintable(logged.detail));

        // The full copy imports back into another register.
        TestDatabase other;
        MOTCUA_VERIFY_DB(other);
        QVERIFY2(RegisterFixture::prepare(other.db(), &error), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("--db"), other.path(), QStringLiteral("import"),
                      QStringLiteral("dossiers"), full},
                     &output),
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), other.path(), QStringLiteral("import"),
                      QStringLiteral("dossiers"), masked},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("line 2, column applicant_id")),
                 qPrintable(output));
    }

    void personExportHasEveryRecord()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("person.json"));
        int count = 0;
        // Spaces as typed at the counter are tolerated.
        QVERIFY2(
            PersonRecords(t.db(), rules)
                .exportJson(supervisor, QStringLiteral("0870 9500 0199"), path, &count, &error),
            qPrintable(error));
        QCOMPARE(count, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("motcua-person-records"));
        QCOMPARE(root.value(QStringLiteral("applicant_id")).toString(), fullId);
        QCOMPARE(root.value(QStringLiteral("generated_by")).toString(), supervisor.name());
        const QJsonArray dossiers = root.value(QStringLiteral("dossiers")).toArray();
        QCOMPARE(dossiers.size(), 2);
        const QJsonObject first = dossiers.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), codes.at(0));
        QCOMPARE(dossiers.at(1).toObject().value(QStringLiteral("code")).toString(), codes.at(1));
        QCOMPARE(first.value(QStringLiteral("procedure_name")).toString(),
                 QStringLiteral("Đăng ký kết hôn"));
        const QJsonObject applicant = first.value(QStringLiteral("applicant")).toObject();
        QCOMPARE(applicant.value(QStringLiteral("id_number")).toString(), fullId);
        QCOMPARE(applicant.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(applicant.value(QStringLiteral("birth_date")).toString(),
                 QStringLiteral("1995-07-14"));
        QCOMPARE(applicant.value(QStringLiteral("sex")).toString(), QStringLiteral("male"));
        const QJsonObject second =
            dossiers.at(1).toObject().value(QStringLiteral("applicant")).toObject();
        QVERIFY(second.contains(QStringLiteral("birth_date")) &&
                second.value(QStringLiteral("birth_date")).isNull());
        QVERIFY(second.value(QStringLiteral("sex")).isNull());
        // Received, processing, supplement requested, supplement received.
        const QJsonArray events = first.value(QStringLiteral("status_events")).toArray();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(2).toObject().value(QStringLiteral("to_status")).toInt(), 5);
        const QJsonArray supplements = first.value(QStringLiteral("supplement_requests")).toArray();
        QCOMPARE(supplements.size(), 1);
        QVERIFY(!supplements.at(0).toObject().value(QStringLiteral("received_at")).isNull());
        QCOMPARE(first.value(QStringLiteral("apology_letters")).toArray().size(), 1);
        QCOMPARE(first.value(QStringLiteral("documents")).toArray().size(), 1);
        const QJsonArray feedback = first.value(QStringLiteral("feedback")).toArray();
        QCOMPARE(feedback.size(), 1);
        QCOMPARE(feedback.at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Hồ sơ trễ hẹn"));
        // Nothing of the other applicant.
        QVERIFY(!QString::fromUtf8(QJsonDocument(root).toJson()).contains(codes.at(2)));

        const AuditEntry logged = audit(t.db(), QStringLiteral("export")).first();
        QCOMPARE(logged.officer, supervisor.name());
        QVERIFY2(logged.detail.contains(path) && logged.detail.contains(maskedId),
                 qPrintable(logged.detail));

        // A wrong ID number is bad input, named.
        QVERIFY(!PersonRecords(t.db(), rules)
                     .exportJson(supervisor, QStringLiteral("12345"), path, &count, &error));
        QVERIFY2(error.contains(QStringLiteral("ID number")), qPrintable(error));
    }

    void personLookupIsAudited()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QList<PersonDossier> found;
        QVERIFY2(PersonRecords(t.db(), rules).find(supervisor, fullId, &found, &error),
                 qPrintable(error));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().events.size(), 4);
        const AuditEntry logged = audit(t.db(), QStringLiteral("view")).first();
        QCOMPARE(logged.officer, supervisor.name());
        QVERIFY2(logged.detail.contains(maskedId), qPrintable(logged.detail));
    }

    void cliPersonCommand()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        QString error;
        QStringList codes;
        QVERIFY2(fill(t.db(), &codes, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QString output;
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("person"), fullId,
                      QStringLiteral("--out"), path},
                     &output),
                 0);
        QVERIFY2(output.contains(path), qPrintable(output));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("dossiers"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("person"), fullId}, &output),
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), t.path(), QStringLiteral("person"),
                      QStringLiteral("0870"), QStringLiteral("--out"), path},
                     &output),
                 1);
    }
};

QTEST_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
