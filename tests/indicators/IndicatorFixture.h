#pragma once

#include "../dossiers/SimpleDueDateRules.h"
#include "dossiers/DossierRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

// Builds dossiers with an exact history for the indicator tests.
namespace IndicatorFixture {

inline QDateTime at(const QString& text)
{
    return QDateTime::fromString(text, text.size() > 16 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                        : QStringLiteral("yyyy-MM-dd HH:mm"));
}

inline QDateTime at(const char* text)
{
    return at(QString::fromLatin1(text));
}

// One dossier: receipt, appointment and the status events after the receipt.
class Spec
{
public:
    Spec(const QString& procedure, const char* received, const char* due)
    {
        Dossier& d = m_record.dossier;
        d.procedureCode = procedure;
        d.applicantName = QStringLiteral("Nguyễn Văn An");
        d.receivedAt = at(received);
        d.dueAt = *due ? at(due) : QDateTime();
        d.legalDueAt = d.dueAt;
        d.halves = 2;
        d.durationUnit = QStringLiteral("working-days");
        d.officer = QStringLiteral("Cán bộ A");
        d.status = DossierStatus::Accepted;
        event(DossierStatus::Accepted, received);
    }
    // A dossier submitted online and not (yet) accepted, or refused at the counter.
    static Spec notAccepted(const QString& procedure, const char* received, DossierStatus s)
    {
        Spec spec(procedure, received, "");
        spec.m_record.events.clear();
        spec.m_record.dossier.status = s;
        StatusEvent e;
        e.to = s;
        e.at = at(received);
        spec.m_record.events << e;
        return spec;
    }
    Spec& event(DossierStatus to, const char* time)
    {
        StatusEvent e;
        e.hasFrom = !m_record.events.isEmpty();
        e.from = m_record.dossier.status;
        e.to = to;
        e.at = at(time);
        m_record.events << e;
        Dossier& d = m_record.dossier;
        d.status = to;
        if (to == DossierStatus::Finished || to == DossierStatus::Withdrawn ||
            to == DossierStatus::Stopped)
            d.finishedAt = e.at;
        if (to == DossierStatus::Returned)
            d.returnedAt = e.at;
        return *this;
    }
    Spec& processing(const char* time) { return event(DossierStatus::Processing, time); }
    Spec& finished(const char* time) { return event(DossierStatus::Finished, time); }
    Spec& returned(const char* time, Rating rating = Rating::Satisfied)
    {
        m_record.dossier.rating = rating;
        return event(DossierStatus::Returned, time);
    }
    Spec& supplement(const char* requested, const char* received = "")
    {
        SupplementRequest r;
        r.requestedAt = at(requested);
        r.receivedAt = *received ? at(received) : QDateTime();
        r.confirmedSecond = !m_record.supplements.isEmpty();
        m_record.supplements << r;
        event(DossierStatus::SupplementRequested, requested);
        if (*received)
            event(DossierStatus::Processing, received);
        return *this;
    }
    Spec& apology(const char* issued)
    {
        ApologyLetter a;
        a.issuedAt = at(issued);
        a.newDueAt = at(issued).addDays(3);
        a.reason = QStringLiteral("Chờ xác minh");
        m_record.apologies << a;
        m_record.dossier.apologyNewDueAt = a.newDueAt;
        return *this;
    }
    Spec& channel(Channel c)
    {
        m_record.dossier.channel = c;
        return *this;
    }
    Spec& officer(const QString& name)
    {
        m_record.dossier.officer = name;
        return *this;
    }
    Spec& digitized()
    {
        m_record.dossier.digitized = true;
        return *this;
    }
    Spec& eResult()
    {
        m_record.dossier.eResult = true;
        return *this;
    }
    Spec& resultFile(const char* reference)
    {
        m_record.dossier.resultFile = QString::fromUtf8(reference);
        return *this;
    }
    Spec& fee(qint64 dong, bool online)
    {
        m_record.dossier.fee = dong;
        m_record.dossier.paidOnline = online;
        return *this;
    }
    Spec& copies(int n)
    {
        m_record.dossier.eCertifiedCopies = n;
        return *this;
    }
    Spec& identityChecked()
    {
        m_record.dossier.identityChecked = true;
        return *this;
    }
    Spec& reusedData()
    {
        m_record.dossier.reusedData = true;
        return *this;
    }
    Spec& complaint()
    {
        m_record.dossier.complaint = true;
        return *this;
    }
    Spec& code(const QString& text)
    {
        m_record.dossier.code = text;
        return *this;
    }
    DossierRecord record() const { return m_record; }

private:
    DossierRecord m_record;
};

inline bool insert(const Database& db, const QList<Spec>& specs, QString* error)
{
    QList<DossierRecord> records;
    for (const Spec& spec : specs)
        records << spec.record();
    SimpleDueDateRules rules;
    return DossierRepository(db, rules).insertAll(&records, QStringLiteral("test"),
                                                  QStringLiteral("import"), error);
}

inline bool exec(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

// The register fixture's catalogue, with the catalogue indicators' flags set:
// 1.001193 Hộ tịch, free, sample dossier, fully online; 2.000908 Chứng thực, 2,000 đồng paid
// online, sample dossier, partly online, no result document; 1.003583 Hộ tịch, 50,000 đồng,
// not online; 9.999999 inactive (ignored).
inline bool prepare(const Database& db, QString* error)
{
    return RegisterFixture::prepare(db, error) &&
           exec(db,
                QStringLiteral("UPDATE procedures SET sample_dossier = 1, online_level = 'full' "
                               "WHERE code = '1.001193'"),
                error) &&
           exec(db,
                QStringLiteral("UPDATE procedures SET fee = 2000, online_payment = 1, "
                               "sample_dossier = 1, online_level = 'partial', result_document = 0 "
                               "WHERE code = '2.000908'"),
                error) &&
           exec(db, QStringLiteral("UPDATE procedures SET fee = 50000 WHERE code = '1.003583'"),
                error) &&
           exec(db,
                QStringLiteral("UPDATE procedures SET fee = 1000, online_payment = 1, "
                               "sample_dossier = 1 WHERE code = '9.999999'"),
                error);
}

} // namespace IndicatorFixture
