#include "ProcedureRepository.h"

#include "ProcedureCsv.h"
#include "audit/AuditLog.h"
#include "common/BoundStatement.h"
#include "common/SqlLike.h"
#include "common/TextFold.h"
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT code, name, field, duration, unit, result_document, fee, online_level, "
    "online_payment, sample_dossier, active, source, fee_online, fee_postal, effective_from, "
    "verified FROM procedures");

// The columns a later row of a code carries (procedure_versions): what the law changes.
// Documents, the field and the indicator facts belong to the code.
const QString versionColumns =
    QStringLiteral("code, effective_from, name, duration, unit, fee, fee_online, fee_postal, "
                   "source, verified");

Procedure fromRow(const QSqlQuery& query)
{
    Procedure p;
    p.code = query.value(0).toString();
    p.name = query.value(1).toString();
    p.field = query.value(2).toString();
    p.halves = query.value(3).toInt();
    p.unit = query.value(4).toString();
    p.resultDocument = query.value(5).toInt() != 0;
    p.fee = query.value(6).toLongLong();
    p.onlineLevel = query.value(7).toString();
    p.onlinePayment = query.value(8).toInt() != 0;
    p.sampleDossier = query.value(9).toInt() != 0;
    p.active = query.value(10).toInt() != 0;
    p.source = query.value(11).toString();
    p.feeOnline = query.value(12).toLongLong();
    p.feePostal = query.value(13).toLongLong();
    p.effectiveFrom = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    p.verified = query.value(15).toString();
    return p;
}

// A later row (versionColumns) laid over the code's first row.
void applyVersion(const QSqlQuery& query, Procedure* p)
{
    p->effectiveFrom = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    p->name = query.value(2).toString();
    p->halves = query.value(3).toInt();
    p->unit = query.value(4).toString();
    p->fee = query.value(5).toLongLong();
    p->feeOnline = query.value(6).toLongLong();
    p->feePostal = query.value(7).toLongLong();
    p->source = query.value(8).toString();
    p->verified = query.value(9).toString();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString(QLatin1String(""));
}

// The key search compares: code, name and field folded together.
QString searchKeyOf(const Procedure& p)
{
    return TextFold::searchKey(p.code + QLatin1Char(' ') + p.name + QLatin1Char(' ') + p.field);
}

// Text for a NOT NULL column: a null QString would bind as SQL NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

// A word anywhere in the text, its LIKE wildcards taken literally.
QString likePattern(const QString& word)
{
    return QLatin1Char('%') + SqlLike::escaped(word) + QLatin1Char('%');
}

} // namespace

bool ProcedureRepository::loadDocuments(QList<Procedure>* procedures, QString* error) const
{
    if (procedures->isEmpty())
        return true;
    // A search result names its few codes; a whole catalogue reads every document at once.
    constexpr int maxBoundCodes = 200;
    const bool byCodes = procedures->size() <= maxBoundCodes;
    QString sql = QStringLiteral("SELECT procedure_code, name, originals, copies FROM "
                                 "procedure_documents");
    if (byCodes) {
        sql += QStringLiteral(" WHERE procedure_code IN (") +
               BoundStatement::placeholders(procedures->size()) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY procedure_code, position");
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    if (byCodes) {
        for (const Procedure& p : qAsConst(*procedures))
            query.addBindValue(p.code);
    }
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the required documents: %1").arg(query.lastError().text());
        return false;
    }
    QHash<QString, QList<RequiredDocument>> byCode;
    while (query.next()) {
        byCode[query.value(0).toString()].append(
            {query.value(1).toString(), query.value(2).toInt(), query.value(3).toInt()});
    }
    for (Procedure& p : *procedures)
        p.documents = byCode.value(p.code);
    return true;
}

bool ProcedureRepository::applyVersions(QList<Procedure>* procedures, const QDate& day,
                                        QString* error) const
{
    if (procedures->isEmpty())
        return true;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + versionColumns +
                  QStringLiteral(" FROM procedure_versions WHERE effective_from <= ? ORDER BY "
                                 "code, effective_from"));
    query.addBindValue(dateText(day));
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read the later rows of the procedure catalogue: %1")
                         .arg(query.lastError().text());
        return false;
    }
    QHash<QString, int> index;
    for (int i = 0; i < procedures->size(); ++i)
        index.insert(procedures->at(i).code, i);
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it != index.constEnd())
            applyVersion(query, &(*procedures)[it.value()]); // the latest comes last
    }
    return true;
}

bool ProcedureRepository::loadAll(QList<Procedure>* procedures, QString* error, Filter filter) const
{
    return loadAllOn(QDate::currentDate(), procedures, error, filter);
}

bool ProcedureRepository::loadAllOn(const QDate& day, QList<Procedure>* procedures, QString* error,
                                    Filter filter) const
{
    QSqlQuery query(m_db.connection());
    const QString where =
        filter == Filter::ActiveOnly ? QStringLiteral(" WHERE active = 1") : QString();
    if (!query.exec(selectColumns + where + QStringLiteral(" ORDER BY field, name, code"))) {
        if (error)
            *error = tr("Cannot read the procedure catalogue: %1").arg(query.lastError().text());
        return false;
    }
    QList<Procedure> result;
    while (query.next())
        result.append(fromRow(query));
    if (!loadDocuments(&result, error) || !applyVersions(&result, day, error))
        return false;
    *procedures = result;
    return true;
}

bool ProcedureRepository::load(const QString& code, Procedure* procedure, bool* found,
                               QString* error) const
{
    return loadOn(code, QDate::currentDate(), procedure, found, error);
}

bool ProcedureRepository::loadOn(const QString& code, const QDate& day, Procedure* procedure,
                                 bool* found, QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectColumns + QStringLiteral(" WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot read procedure %1: %2").arg(code, query.lastError().text());
        return false;
    }
    *found = query.next();
    if (!*found)
        return true;
    QList<Procedure> one{fromRow(query)};
    if (!loadDocuments(&one, error) || !applyVersions(&one, day, error))
        return false;
    *procedure = one.first();
    return true;
}

namespace {

// 0: the words, in order, are a phrase of the name; 1: every word is a whole word of the name;
// 2: of the code, name or field; 3: the words only start or sit inside longer words.
int matchTier(const Procedure& p, const QStringList& words)
{
    const QString name = QLatin1Char(' ') + TextFold::searchKey(p.name) + QLatin1Char(' ');
    if (name.contains(QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ')))
        return 0;
    const auto wholeWords = [&words](const QString& text) {
        const QStringList own = TextFold::searchKey(text).split(QLatin1Char(' '));
        return std::all_of(words.cbegin(), words.cend(),
                           [&own](const QString& word) { return own.contains(word); });
    };
    if (wholeWords(p.name))
        return 1;
    return wholeWords(p.code + QLatin1Char(' ') + p.name + QLatin1Char(' ') + p.field) ? 2 : 3;
}

} // namespace

bool ProcedureRepository::usageCounts(const QString& officer, QHash<QString, int>* usage,
                                      QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(officer.isEmpty() ? QStringLiteral("SELECT procedure_code, COUNT(*) FROM dossiers"
                                                     " GROUP BY procedure_code")
                                    : QStringLiteral("SELECT procedure_code, COUNT(*) FROM dossiers"
                                                     " WHERE officer = ? GROUP BY procedure_code"));
    if (!officer.isEmpty())
        query.addBindValue(officer);
    if (!query.exec()) {
        if (error)
            *error =
                tr("Cannot count the dossiers of each procedure: %1").arg(query.lastError().text());
        return false;
    }
    usage->clear();
    while (query.next())
        usage->insert(query.value(0).toString(), query.value(1).toInt());
    return true;
}

bool ProcedureRepository::search(const QString& text, QList<Procedure>* procedures, QString* error,
                                 Filter filter, const QHash<QString, int>& usage) const
{
    const QStringList words = TextFold::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        // Nothing typed yet: the counter's usual procedures on top.
        if (!loadAll(procedures, error, filter))
            return false;
        std::stable_sort(procedures->begin(), procedures->end(),
                         [&usage](const Procedure& a, const Procedure& b) {
                             return usage.value(a.code) > usage.value(b.code);
                         });
        return true;
    }
    QStringList conditions;
    if (filter == Filter::ActiveOnly)
        conditions << QStringLiteral("active = 1");
    for (int i = 0; i < words.size(); ++i)
        conditions << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
    QSqlQuery query(m_db.connection());
    query.prepare(selectColumns + QStringLiteral(" WHERE ") +
                  conditions.join(QStringLiteral(" AND ")) +
                  QStringLiteral(" ORDER BY length(name), name, code"));
    for (const QString& word : words)
        query.addBindValue(likePattern(word));
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot search the procedure catalogue: %1").arg(query.lastError().text());
        return false;
    }
    QList<Procedure> result;
    while (query.next())
        result.append(fromRow(query));
    // The rows in force today (names and limits of later catalogue rows) before ranking.
    if (!applyVersions(&result, QDate::currentDate(), error))
        return false;
    // The query orders by name length; a stable sort keeps that order within a rank.
    QHash<QString, int> tiers;
    for (const Procedure& p : result)
        tiers.insert(p.code, matchTier(p, words));
    std::stable_sort(result.begin(), result.end(),
                     [&tiers, &usage](const Procedure& a, const Procedure& b) {
                         const int ta = tiers.value(a.code);
                         const int tb = tiers.value(b.code);
                         if (ta != tb)
                             return ta < tb;
                         return usage.value(a.code) > usage.value(b.code);
                     });
    if (!loadDocuments(&result, error))
        return false;
    *procedures = result;
    return true;
}

bool ProcedureRepository::loadHistory(QList<Procedure>* rows, QString* error) const
{
    QList<Procedure> first;
    QSqlQuery query(m_db.connection());
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY field, name, code"))) {
        if (error)
            *error = tr("Cannot read the procedure catalogue: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next())
        first.append(fromRow(query));
    if (!loadDocuments(&first, error))
        return false;
    QSqlQuery later(m_db.connection());
    if (!later.exec(QStringLiteral("SELECT ") + versionColumns +
                    QStringLiteral(" FROM procedure_versions ORDER BY code, effective_from"))) {
        if (error)
            *error = tr("Cannot read the later rows of the procedure catalogue: %1")
                         .arg(later.lastError().text());
        return false;
    }
    QHash<QString, QList<Procedure>> byCode;
    QHash<QString, int> index;
    for (int i = 0; i < first.size(); ++i)
        index.insert(first.at(i).code, i);
    while (later.next()) {
        const auto it = index.constFind(later.value(0).toString());
        if (it == index.constEnd())
            continue;
        Procedure row = first.at(it.value());
        applyVersion(later, &row);
        byCode[row.code].append(row);
    }
    rows->clear();
    for (const Procedure& p : qAsConst(first)) {
        rows->append(p);
        rows->append(byCode.value(p.code));
    }
    return true;
}

bool ProcedureRepository::count(int* procedures, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM procedures")) || !query.next()) {
        if (error)
            *error = tr("Cannot count the procedures: %1").arg(query.lastError().text());
        return false;
    }
    *procedures = query.value(0).toInt();
    return true;
}

bool ProcedureRepository::existingCodes(QStringList* codes, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT code FROM procedures"))) {
        if (error)
            *error = tr("Cannot read the procedure codes: %1").arg(query.lastError().text());
        return false;
    }
    codes->clear();
    while (query.next())
        codes->append(query.value(0).toString());
    return true;
}

bool ProcedureRepository::writeProcedure(const Procedure& p, bool insert, QString* error) const
{
    QSqlQuery query(m_db.connection());
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO procedures (name, field, duration, unit, result_document, fee, "
            "online_level, online_payment, sample_dossier, active, source, search_key, "
            "fee_online, fee_postal, effective_from, verified, code) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE procedures SET name = ?, field = ?, duration = ?, unit = ?, "
            "result_document = ?, fee = ?, online_level = ?, online_payment = ?, "
            "sample_dossier = ?, active = ?, source = ?, search_key = ?, fee_online = ?, "
            "fee_postal = ?, effective_from = ?, verified = ? WHERE code = ?"));
    }
    query.addBindValue(notNull(p.name));
    query.addBindValue(notNull(p.field));
    query.addBindValue(p.halves);
    query.addBindValue(notNull(p.unit));
    query.addBindValue(p.resultDocument ? 1 : 0);
    query.addBindValue(p.fee);
    query.addBindValue(notNull(p.onlineLevel));
    query.addBindValue(p.onlinePayment ? 1 : 0);
    query.addBindValue(p.sampleDossier ? 1 : 0);
    query.addBindValue(p.active ? 1 : 0);
    query.addBindValue(notNull(p.source));
    query.addBindValue(searchKeyOf(p));
    query.addBindValue(p.feeOnline);
    query.addBindValue(p.feePostal);
    query.addBindValue(dateText(p.effectiveFrom));
    query.addBindValue(notNull(p.verified));
    query.addBindValue(p.code);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot save procedure %1: %2").arg(p.code, query.lastError().text());
        return false;
    }
    if (!insert && query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no procedure with code %1.").arg(p.code);
        return false;
    }
    return true;
}

bool ProcedureRepository::firstRowDate(const QString& code, QDate* effective, QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT effective_from FROM procedures WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("Cannot read procedure %1: %2").arg(code, query.lastError().text());
        return false;
    }
    *effective = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return true;
}

bool ProcedureRepository::writeRow(const Procedure& p, bool isNew, bool replaceDocuments,
                                   QString* error) const
{
    if (isNew)
        return writeProcedure(p, true, error) && writeDocuments(p.code, p.documents, error);
    QDate first;
    if (!firstRowDate(p.code, &first, error))
        return false;
    QSqlQuery query(m_db.connection());
    if (p.effectiveFrom.isValid() && (!first.isValid() || p.effectiveFrom > first)) {
        // A later row: it supersedes the earlier ones from its day; dossiers received before
        // keep the limit they were given (DOMAIN §5).
        query.prepare(QStringLiteral("INSERT INTO procedure_versions (") + versionColumns +
                      QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code, "
                                     "effective_from) DO UPDATE SET name = excluded.name, "
                                     "duration = excluded.duration, unit = excluded.unit, "
                                     "fee = excluded.fee, fee_online = excluded.fee_online, "
                                     "fee_postal = excluded.fee_postal, source = "
                                     "excluded.source, verified = excluded.verified"));
        query.addBindValue(p.code);
        query.addBindValue(dateText(p.effectiveFrom));
        query.addBindValue(notNull(p.name));
        query.addBindValue(p.halves);
        query.addBindValue(notNull(p.unit));
        query.addBindValue(p.fee);
        query.addBindValue(p.feeOnline);
        query.addBindValue(p.feePostal);
        query.addBindValue(notNull(p.source));
        query.addBindValue(notNull(p.verified));
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot save procedure %1 from %2: %3")
                             .arg(p.code, dateText(p.effectiveFrom), query.lastError().text());
            return false;
        }
        return !replaceDocuments || writeDocuments(p.code, p.documents, error);
    }
    if (first.isValid() && (!p.effectiveFrom.isValid() || p.effectiveFrom < first)) {
        // An earlier row than the first one stored: the stored one becomes a later row.
        query.prepare(QStringLiteral("INSERT INTO procedure_versions (") + versionColumns +
                      QStringLiteral(") SELECT ") + versionColumns +
                      QStringLiteral(" FROM procedures WHERE code = ? ON CONFLICT (code, "
                                     "effective_from) DO NOTHING"));
        query.addBindValue(p.code);
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot save procedure %1: %2").arg(p.code, query.lastError().text());
            return false;
        }
    }
    return writeProcedure(p, false, error) &&
           (!replaceDocuments || writeDocuments(p.code, p.documents, error));
}

bool ProcedureRepository::writeDocuments(const QString& code,
                                         const QList<RequiredDocument>& documents,
                                         QString* error) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM procedure_documents WHERE procedure_code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot replace the documents of procedure %1: %2")
                         .arg(code, query.lastError().text());
        return false;
    }
    query.prepare(QStringLiteral("INSERT INTO procedure_documents (procedure_code, position, "
                                 "name, originals, copies) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < documents.size(); ++i) {
        query.addBindValue(code);
        query.addBindValue(i + 1);
        query.addBindValue(notNull(documents.at(i).name));
        query.addBindValue(documents.at(i).originals);
        query.addBindValue(documents.at(i).copies);
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot save the documents of procedure %1: %2")
                             .arg(code, query.lastError().text());
            return false;
        }
    }
    return true;
}

bool ProcedureRepository::audit(const QString& detail, QString* error) const
{
    if (m_auditOfficer.isNull())
        return true;
    return AuditLog::append(m_db,
                            {0, QDateTime::currentDateTime(), m_auditOfficer,
                             QStringLiteral("catalogue"), QString(), detail, QString()},
                            error);
}

bool ProcedureRepository::add(const Procedure& procedure, QString* error) const
{
    if (!procedure.validate(error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QStringList codes;
    if (!existingCodes(&codes, error))
        return false;
    if (codes.contains(procedure.code)) {
        if (error)
            *error = tr("A procedure with code %1 already exists.").arg(procedure.code);
        return false;
    }
    return writeProcedure(procedure, true, error) &&
           writeDocuments(procedure.code, procedure.documents, error) &&
           audit(QStringLiteral("add ") + procedure.code, error) && transaction.commit(error);
}

bool ProcedureRepository::modify(const Procedure& procedure, QString* error) const
{
    if (!procedure.validate(error))
        return false;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QStringList codes;
    if (!existingCodes(&codes, error))
        return false;
    if (!codes.contains(procedure.code)) {
        if (error)
            *error = tr("There is no procedure with code %1.").arg(procedure.code);
        return false;
    }
    // The code's own facts (field, indicators, documents) follow the edit whichever row it is.
    Procedure first;
    bool found = false;
    if (!loadOn(procedure.code, QDate(), &first, &found, error))
        return false;
    QDate firstDate;
    if (!firstRowDate(procedure.code, &firstDate, error))
        return false;
    first.effectiveFrom = firstDate;
    if (procedure.effectiveFrom.isValid() &&
        (!firstDate.isValid() || procedure.effectiveFrom > firstDate)) {
        Procedure facts = procedure;
        facts.name = first.name;
        facts.halves = first.halves;
        facts.unit = first.unit;
        facts.fee = first.fee;
        facts.feeOnline = first.feeOnline;
        facts.feePostal = first.feePostal;
        facts.source = first.source;
        facts.verified = first.verified;
        facts.effectiveFrom = firstDate;
        if (!writeProcedure(facts, false, error))
            return false;
    }
    return writeRow(procedure, false, true, error) &&
           audit(QStringLiteral("modify ") + procedure.code, error) && transaction.commit(error);
}

bool ProcedureRepository::deactivate(const QString& code, QString* error) const
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE procedures SET active = 0 WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot deactivate procedure %1: %2").arg(code, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no procedure with code %1.").arg(code);
        return false;
    }
    return audit(QStringLiteral("deactivate ") + code, error) && transaction.commit(error);
}

bool ProcedureRepository::upsert(const QList<Procedure>& procedures, bool replaceDocuments,
                                 ImportCounts* counts, QString* error) const
{
    for (const Procedure& p : procedures) {
        if (!p.validate(error))
            return false;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    QStringList codeList;
    if (!existingCodes(&codeList, error))
        return false;
    QSet<QString> existing(codeList.cbegin(), codeList.cend());
    // The rows of one code oldest first, so the first row is stored before its successors.
    QHash<QString, int> firstSeen;
    for (const Procedure& p : procedures)
        firstSeen.insert(p.code, firstSeen.value(p.code, int(firstSeen.size())));
    QList<Procedure> ordered = procedures;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&firstSeen](const Procedure& a, const Procedure& b) {
                         const int x = firstSeen.value(a.code);
                         const int y = firstSeen.value(b.code);
                         if (x != y)
                             return x < y;
                         // An invalid date (in force since always) sorts first.
                         return a.effectiveFrom.toJulianDay() < b.effectiveFrom.toJulianDay();
                     });
    ImportCounts result;
    QSet<QString> counted;
    for (const Procedure& p : qAsConst(ordered)) {
        const bool isNew = !existing.contains(p.code);
        if (!writeRow(p, isNew, replaceDocuments, error))
            return false;
        existing.insert(p.code);
        if (!counted.contains(p.code)) {
            counted.insert(p.code);
            ++(isNew ? result.added : result.updated);
        }
    }
    if (!audit(QStringLiteral("import %1 %2").arg(result.added).arg(result.updated), error) ||
        !transaction.commit(error))
        return false;
    if (counts)
        *counts = result;
    return true;
}

bool ProcedureRepository::importProcedures(const QList<CsvRecord>& records, ImportCounts* counts,
                                           QList<CsvProblem>* problems, QString* error) const
{
    QList<Procedure> procedures;
    if (!ProcedureCsv::readProcedures(records, &procedures, problems)) {
        if (error)
            *error = tr("%n problem(s) in the file; nothing was imported.", nullptr,
                        int(problems->size()));
        return false;
    }
    return upsert(procedures, false, counts, error);
}

bool ProcedureRepository::importDocuments(const QList<CsvRecord>& records, int* procedures,
                                          QList<CsvProblem>* problems, QString* error) const
{
    QList<ProcedureDocumentRows> rows;
    const bool read = ProcedureCsv::readDocuments(records, &rows, problems);
    QStringList codeList;
    if (!existingCodes(&codeList, error))
        return false;
    const QSet<QString> existing(codeList.cbegin(), codeList.cend());
    for (const ProcedureDocumentRows& row : qAsConst(rows)) {
        if (!existing.contains(row.code))
            problems->append({row.line, QStringLiteral("procedure_code"),
                              tr("there is no procedure %1 in the catalogue").arg(row.code)});
    }
    if (!read || !problems->isEmpty()) {
        if (error)
            *error = tr("%n problem(s) in the file; nothing was imported.", nullptr,
                        int(problems->size()));
        return false;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    for (const ProcedureDocumentRows& row : qAsConst(rows)) {
        if (!writeDocuments(row.code, row.documents, error))
            return false;
    }
    if (!audit(QStringLiteral("documents %1").arg(rows.size()), error) ||
        !transaction.commit(error))
        return false;
    if (procedures)
        *procedures = int(rows.size());
    return true;
}

bool ProcedureRepository::exportProcedures(QString* csv, int* rows, QString* error) const
{
    QList<Procedure> all;
    if (!loadHistory(&all, error))
        return false;
    *csv = ProcedureCsv::writeProcedures(all);
    if (rows)
        *rows = int(all.size());
    return true;
}

bool ProcedureRepository::exportDocuments(QString* csv, int* rows, QString* error) const
{
    QList<Procedure> all;
    if (!loadAll(&all, error))
        return false;
    *csv = ProcedureCsv::writeDocuments(all);
    if (rows) {
        *rows = 0;
        for (const Procedure& p : all)
            *rows += int(p.documents.size());
    }
    return true;
}

bool ProcedureRepository::readSeed(QList<Procedure>* procedures, QString* error)
{
    // The seed is part of the program: a problem in it is a build defect, reported with
    // the line so it can be fixed.
    QList<CsvRecord> records;
    QList<CsvProblem> problems;
    QList<Procedure> result;
    if (!Csv::readFile(QStringLiteral(":/seed/procedures.csv"), &records, error))
        return false;
    if (!ProcedureCsv::readProcedures(records, &result, &problems)) {
        if (error)
            *error = QStringLiteral("procedures.csv ") + problems.first().toString();
        return false;
    }
    QList<ProcedureDocumentRows> documents;
    if (!Csv::readFile(QStringLiteral(":/seed/procedure_documents.csv"), &records, error))
        return false;
    if (!ProcedureCsv::readDocuments(records, &documents, &problems)) {
        if (error)
            *error = QStringLiteral("procedure_documents.csv ") + problems.first().toString();
        return false;
    }
    QHash<QString, int> index;
    for (int i = 0; i < result.size(); ++i)
        index.insert(result.at(i).code, i);
    QHash<QString, QList<RequiredDocument>> documentsOf;
    for (const ProcedureDocumentRows& row : qAsConst(documents)) {
        documentsOf.insert(row.code, row.documents);
        if (!index.contains(row.code)) {
            if (error)
                *error = QStringLiteral("procedure_documents.csv ") +
                         CsvProblem{row.line, QStringLiteral("procedure_code"),
                                    tr("there is no procedure %1 in the catalogue").arg(row.code)}
                             .toString();
            return false;
        }
    }
    // Every row of a code (its later rows too) carries the code's documents.
    for (Procedure& p : result)
        p.documents = documentsOf.value(p.code);
    *procedures = result;
    return true;
}

bool ProcedureRepository::addShippedLaterRows(QString* error) const
{
    QStringList codeList;
    if (!existingCodes(&codeList, error))
        return false;
    if (codeList.isEmpty())
        return true; // a new catalogue gets the whole seed from seedIfEmpty()
    const QSet<QString> existing(codeList.cbegin(), codeList.cend());
    QList<Procedure> seed;
    if (!readSeed(&seed, error))
        return false;
    QSet<QString> firstRowSeen;
    for (const Procedure& p : qAsConst(seed)) {
        // The seed lists each code's rows oldest first; the first is what offices got then.
        const bool later = firstRowSeen.contains(p.code);
        firstRowSeen.insert(p.code);
        if (!later || !existing.contains(p.code) || !p.effectiveFrom.isValid())
            continue;
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM procedure_versions WHERE code = ? AND effective_from = ?"));
        query.addBindValue(p.code);
        query.addBindValue(dateText(p.effectiveFrom));
        if (!query.exec() || !query.next()) {
            if (error)
                *error = tr("Cannot read procedure %1: %2").arg(p.code, query.lastError().text());
            return false;
        }
        if (query.value(0).toInt() == 0 && !writeRow(p, false, false, error))
            return false;
    }
    return true;
}

bool ProcedureRepository::correctShippedRows(const QList<ShippedCorrection>& corrections,
                                             QString* error) const
{
    QList<Procedure> seed;
    if (!readSeed(&seed, error))
        return false;
    QHash<QString, Procedure> firstRows;
    for (const Procedure& p : qAsConst(seed)) {
        if (!firstRows.contains(p.code))
            firstRows.insert(p.code, p);
    }
    for (const ShippedCorrection& c : corrections) {
        const QString code = QString::fromLatin1(c.code);
        const Procedure shipped = firstRows.value(code);
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("SELECT name, field, duration, unit, source, verified FROM "
                                     "procedures WHERE code = ?"));
        query.addBindValue(code);
        if (!query.exec()) {
            if (error)
                *error = tr("Cannot read procedure %1: %2").arg(code, query.lastError().text());
            return false;
        }
        if (!query.next() || shipped.code.isEmpty())
            continue; // the office does not use the code, or the seed no longer has it
        Procedure row = shipped;
        const QString name = query.value(0).toString();
        row.field = query.value(1).toString();
        const int halves = query.value(2).toInt();
        const QString unit = query.value(3).toString();
        const QString source = query.value(4).toString();
        const QString verified = query.value(5).toString();
        if (!c.oldName || name != QString::fromUtf8(c.oldName))
            row.name = name;
        if (c.oldHalves < 0 || halves != c.oldHalves || unit != QString::fromLatin1(c.oldUnit)) {
            row.halves = halves;
            row.unit = unit;
        }
        if (!c.oldSource || source != QString::fromUtf8(c.oldSource))
            row.source = source;
        if (!c.oldVerified || verified != QString::fromUtf8(c.oldVerified))
            row.verified = verified;
        QSqlQuery update(m_db.connection());
        update.prepare(QStringLiteral("UPDATE procedures SET name = ?, duration = ?, unit = ?, "
                                      "source = ?, verified = ?, search_key = ? WHERE code = ?"));
        update.addBindValue(row.name);
        update.addBindValue(row.halves);
        update.addBindValue(row.unit);
        update.addBindValue(notNull(row.source));
        update.addBindValue(notNull(row.verified));
        update.addBindValue(searchKeyOf(row));
        update.addBindValue(code);
        if (!update.exec()) {
            if (error)
                *error = tr("Cannot save procedure %1: %2").arg(code, update.lastError().text());
            return false;
        }
    }
    return true;
}

bool ProcedureRepository::seedIfEmpty(QString* error, bool* seeded) const
{
    if (seeded)
        *seeded = false;
    int existing = 0;
    if (!count(&existing, error))
        return false;
    if (existing > 0)
        return true;
    QList<Procedure> procedures;
    if (!readSeed(&procedures, error))
        return false;
    // upsert re-checks inside its transaction, so two desks seeding at once cannot clash
    // on a code: the second one updates what the first inserted.
    if (!upsert(procedures, true, nullptr, error))
        return false;
    if (seeded)
        *seeded = true;
    return true;
}
