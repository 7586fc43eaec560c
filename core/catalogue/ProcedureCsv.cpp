#include "ProcedureCsv.h"

#include "common/TextFold.h"

#include <QHash>
#include <QRegularExpression>

namespace {

enum ProcedureColumn {
    Code,
    Name,
    Field,
    Duration,
    Unit,
    ResultDocument,
    Fee,
    OnlineLevel,
    OnlinePayment,
    SampleDossier,
    Active,
    Source,
    EffectiveFrom, // optional, with Verified: files written before them still import
    Verified,
    ProcedureColumnCount
};
constexpr int requiredProcedureColumns = EffectiveFrom;

enum DocumentColumn { DocCode, DocName, DocOriginals, DocCopies, DocumentColumnCount };

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

// Checks the field count of a data record; problems gets one entry when it is wrong.
bool hasAllFields(const CsvRecord& record, int expected, QList<CsvProblem>* problems)
{
    if (record.fields.size() == expected)
        return true;
    problems->append({record.line, QString(),
                      ProcedureCsv::tr("has %1 values, the header has %2")
                          .arg(record.fields.size())
                          .arg(expected)});
    return false;
}

bool parseCount(const QString& text, int max, int* value, QString* reason)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > max) {
        *reason =
            ProcedureCsv::tr("must be a whole number from 0 to %1, is \"%2\"").arg(max).arg(text);
        return false;
    }
    *value = n;
    return true;
}

} // namespace

QStringList ProcedureCsv::procedureColumns()
{
    return {QStringLiteral("code"),
            QStringLiteral("name"),
            QStringLiteral("field"),
            QStringLiteral("duration"),
            QStringLiteral("unit"),
            QStringLiteral("result_document"),
            QStringLiteral("fee"),
            QStringLiteral("online_level"),
            QStringLiteral("online_payment"),
            QStringLiteral("sample_dossier"),
            QStringLiteral("active"),
            QStringLiteral("source"),
            QStringLiteral("effective_from"),
            QStringLiteral("verified")};
}

QStringList ProcedureCsv::documentColumns()
{
    return {QStringLiteral("procedure_code"), QStringLiteral("name"), QStringLiteral("originals"),
            QStringLiteral("copies")};
}

bool ProcedureCsv::parseFlag(const QString& text, bool fallback, bool* value, QString* reason)
{
    const QString key = TextFold::searchKey(text);
    if (key.isEmpty()) {
        *value = fallback;
        return true;
    }
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"),
                                    QStringLiteral("yes"), QStringLiteral("x"),
                                    QStringLiteral("co")};
    static const QStringList no = {QStringLiteral("0"), QStringLiteral("false"),
                                   QStringLiteral("no"), QStringLiteral("khong")};
    if (yes.contains(key)) {
        *value = true;
        return true;
    }
    if (no.contains(key)) {
        *value = false;
        return true;
    }
    *reason = tr("must be 1 or 0 (yes or no), is \"%1\"").arg(text);
    return false;
}

bool ProcedureCsv::parseMoney(const QString& text, qint64* value, QString* reason)
{
    QString t = text.trimmed();
    static const QRegularExpression currency(QStringLiteral("\\s*(đồng|đ|vnđ|vnd)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    t.remove(currency);
    if (t.isEmpty()) {
        *value = 0;
        return true;
    }
    // Đồng have no fractions, so '.', ',' and spaces between groups of three digits can
    // only be thousands separators (Vietnamese writes 15.000, English 15,000).
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([., ]\\d{3})+$"));
    static const QRegularExpression plain(QStringLiteral("^\\d{1,15}$"));
    if (grouped.match(t).hasMatch())
        t.remove(QRegularExpression(QStringLiteral("[., ]")));
    else if (!plain.match(t).hasMatch()) {
        *reason = tr("must be a whole number of đồng such as 15000 or 15.000, is \"%1\"").arg(text);
        return false;
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || t.size() > 15) {
        *reason = tr("is too large: \"%1\"").arg(text);
        return false;
    }
    *value = n;
    return true;
}

bool ProcedureCsv::parseFees(const QString& text, Procedure* procedure, QString* reason)
{
    // "15000" for every channel; "15000;online=0;postal=20000" where channels differ (the
    // first value is the direct fee and the default of the others).
    const QStringList parts = text.split(QLatin1Char(';'));
    qint64 direct = 0;
    if (!parseMoney(parts.first(), &direct, reason))
        return false;
    procedure->setFee(direct);
    for (int i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const int equals = int(part.indexOf(QLatin1Char('=')));
        const QString channel = part.left(equals).trimmed().toLower();
        qint64 amount = 0;
        if (equals < 0 ||
            (channel != QLatin1String("online") && channel != QLatin1String("postal") &&
             channel != QLatin1String("direct"))) {
            *reason =
                tr("\"%1\" must be channel=amount with channel direct, online or postal").arg(part);
            return false;
        }
        if (!parseMoney(part.mid(equals + 1), &amount, reason))
            return false;
        if (channel == QLatin1String("online"))
            procedure->feeOnline = amount;
        else if (channel == QLatin1String("postal"))
            procedure->feePostal = amount;
        else
            procedure->fee = amount;
    }
    return true;
}

QString ProcedureCsv::feesText(const Procedure& p)
{
    QString text = QString::number(p.fee);
    if (p.feeOnline != p.fee)
        text += QStringLiteral(";online=") + QString::number(p.feeOnline);
    if (p.feePostal != p.fee)
        text += QStringLiteral(";postal=") + QString::number(p.feePostal);
    return text;
}

bool ProcedureCsv::parseVerified(const QString& text, QString* verified, QString* reason)
{
    // "YYYY-MM-DD source": the day of the check and what was checked.
    const QString t = TextFold::normalized(text);
    if (t.isEmpty()) {
        verified->clear();
        return true;
    }
    const QDate day = QDate::fromString(t.left(10), Qt::ISODate);
    if (!day.isValid() || t.size() < 12 || t.at(10) != QLatin1Char(' ')) {
        *reason = tr("must be \"YYYY-MM-DD source\" (the day of the check and the source "
                     "checked), is \"%1\"")
                      .arg(text);
        return false;
    }
    *verified = t;
    return true;
}

bool ProcedureCsv::parseUnit(const QString& text, QString* unit, QString* reason)
{
    const QString key = TextFold::searchKey(text);
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("ngay lam viec"), Procedure::WorkingDays},
        {QStringLiteral("ngay"), Procedure::Days},
        {QStringLiteral("gio lam viec"), Procedure::WorkingHours},
        {QStringLiteral("gio"), Procedure::WorkingHours},
        {QStringLiteral("trong ngay"), Procedure::SameDay},
        {QStringLiteral("ngay trong ngay"), Procedure::SameDay},
    };
    if (Procedure::units().contains(key)) {
        *unit = key;
        return true;
    }
    if (aliases.contains(key)) {
        *unit = aliases.value(key);
        return true;
    }
    *reason =
        tr("must be one of %1, is \"%2\"").arg(Procedure::units().join(QStringLiteral(", ")), text);
    return false;
}

bool ProcedureCsv::parseOnlineLevel(const QString& text, QString* level, QString* reason)
{
    const QString key = TextFold::searchKey(text);
    if (key.isEmpty()) {
        *level = Procedure::OnlineNone;
        return true;
    }
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("khong"), Procedure::OnlineNone},
        {QStringLiteral("1"), Procedure::OnlineNone},
        {QStringLiteral("2"), Procedure::OnlineNone},
        {QStringLiteral("mot phan"), Procedure::OnlinePartial},
        {QStringLiteral("3"), Procedure::OnlinePartial},
        {QStringLiteral("toan trinh"), Procedure::OnlineFull},
        {QStringLiteral("4"), Procedure::OnlineFull},
    };
    if (Procedure::onlineLevels().contains(key)) {
        *level = key;
        return true;
    }
    if (aliases.contains(key)) {
        *level = aliases.value(key);
        return true;
    }
    *reason = tr("must be one of %1, is \"%2\"")
                  .arg(Procedure::onlineLevels().join(QStringLiteral(", ")), text);
    return false;
}

bool ProcedureCsv::readProcedures(const QList<CsvRecord>& records, QList<Procedure>* procedures,
                                  QList<CsvProblem>* problems)
{
    if (records.isEmpty()) {
        problems->append(
            {1, QString(), tr("the file is empty; the first line must be the header")});
        return false;
    }
    QStringList columns = procedureColumns();
    // Files written before effective_from and verified existed have neither.
    bool hasHistory = false;
    for (const QString& name : records.first().fields) {
        const QString column = name.trimmed();
        if (column == columns.at(EffectiveFrom) || column == columns.at(Verified))
            hasHistory = true;
    }
    if (!hasHistory)
        columns = columns.mid(0, requiredProcedureColumns);
    QList<int> at;
    if (!Csv::mapHeader(records.first(), columns, &at, problems))
        return false;

    const int before = int(problems->size());
    QList<Procedure> result;
    QHash<QString, int> seen; // code and effective_from -> line
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        if (!hasAllFields(record, int(columns.size()), problems))
            continue;
        auto value = [&](int column) {
            return column < at.size() ? record.fields.at(at.at(column)) : QString();
        };
        auto problem = [&](int column, const QString& reason) {
            problems->append({record.line, columns.at(column), reason});
        };
        Procedure p;
        QString reason;

        const QString effective = value(EffectiveFrom).trimmed();
        if (!effective.isEmpty()) {
            p.effectiveFrom = QDate::fromString(effective, Qt::ISODate);
            if (!p.effectiveFrom.isValid())
                problem(EffectiveFrom,
                        tr("must be a date YYYY-MM-DD or empty, is \"%1\"").arg(effective));
        }
        if (!parseVerified(value(Verified), &p.verified, &reason))
            problem(Verified, reason);

        p.code = value(Code).trimmed();
        // A code may appear once per effective date: a later row supersedes an earlier one.
        const QString key = p.code + QLatin1Char(' ') + effective;
        if (!Procedure::isValidCode(p.code))
            problem(Code, tr("\"%1\" is not a procedure code such as 1.001193").arg(p.code));
        else if (seen.contains(key))
            problem(Code, effective.isEmpty()
                              ? tr("%1 already appears on line %2").arg(p.code).arg(seen.value(key))
                              : tr("%1 from %2 already appears on line %3")
                                    .arg(p.code, effective)
                                    .arg(seen.value(key)));
        else
            seen.insert(key, record.line);

        p.name = TextFold::normalized(value(Name));
        if (p.name.isEmpty())
            problem(Name, tr("is empty"));
        p.field = TextFold::normalized(value(Field));
        if (p.field.isEmpty())
            problem(Field, tr("is empty"));

        const bool unitOk = parseUnit(value(Unit), &p.unit, &reason);
        if (!unitOk)
            problem(Unit, reason);
        // A same-day procedure may leave the duration empty: it means 0. Halves are allowed
        // (2.5 working days, as provinces publish).
        const QString durationText = value(Duration).trimmed();
        bool durationOk = true;
        if (!durationText.isEmpty() || p.unit != Procedure::SameDay)
            durationOk = DurationUnits::parseHalves(durationText, &p.halves);
        const QString shown = DurationUnits::halvesText(p.halves);
        if (!durationOk)
            problem(Duration,
                    tr("must be a number of days such as 3 or 2.5, is \"%1\"").arg(durationText));
        else if (unitOk && p.unit == Procedure::SameDay && p.halves != 0 && p.halves != 2)
            problem(Duration, tr("must be 0 (or 1) for a same-day procedure, is %1").arg(shown));
        else if (unitOk && p.unit != Procedure::SameDay && (p.halves < 1 || p.halves > 999 * 2))
            problem(Duration, tr("must be between 0.5 and 999, is %1").arg(shown));

        if (!parseFlag(value(ResultDocument), true, &p.resultDocument, &reason))
            problem(ResultDocument, reason);
        if (!parseFees(value(Fee), &p, &reason))
            problem(Fee, reason);
        if (!parseOnlineLevel(value(OnlineLevel), &p.onlineLevel, &reason))
            problem(OnlineLevel, reason);
        if (!parseFlag(value(OnlinePayment), false, &p.onlinePayment, &reason))
            problem(OnlinePayment, reason);
        if (!parseFlag(value(SampleDossier), false, &p.sampleDossier, &reason))
            problem(SampleDossier, reason);
        if (!parseFlag(value(Active), true, &p.active, &reason))
            problem(Active, reason);
        p.source = value(Source).trimmed();
        result.append(p);
    }
    if (problems->size() > before)
        return false;
    *procedures = result;
    return true;
}

bool ProcedureCsv::readDocuments(const QList<CsvRecord>& records,
                                 QList<ProcedureDocumentRows>* documents,
                                 QList<CsvProblem>* problems)
{
    if (records.isEmpty()) {
        problems->append(
            {1, QString(), tr("the file is empty; the first line must be the header")});
        return false;
    }
    const QStringList columns = documentColumns();
    QList<int> at;
    if (!Csv::mapHeader(records.first(), columns, &at, problems))
        return false;

    const int before = int(problems->size());
    QList<ProcedureDocumentRows> result;
    QHash<QString, int> index; // code -> position in result
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        if (!hasAllFields(record, int(columns.size()), problems))
            continue;
        auto value = [&](int column) {
            return record.fields.at(at.at(column));
        };
        auto problem = [&](int column, const QString& reason) {
            problems->append({record.line, columns.at(column), reason});
        };
        QString reason;
        const QString code = value(DocCode).trimmed();
        if (!Procedure::isValidCode(code))
            problem(DocCode, tr("\"%1\" is not a procedure code such as 1.001193").arg(code));
        RequiredDocument d;
        d.name = TextFold::normalized(value(DocName));
        if (d.name.isEmpty())
            problem(DocName, tr("is empty"));
        if (!parseCount(value(DocOriginals), 99, &d.originals, &reason))
            problem(DocOriginals, reason);
        if (!parseCount(value(DocCopies), 99, &d.copies, &reason))
            problem(DocCopies, reason);
        if (!index.contains(code)) {
            index.insert(code, int(result.size()));
            result.append({code, record.line, {}});
        }
        result[index.value(code)].documents.append(d);
    }
    if (problems->size() > before)
        return false;
    *documents = result;
    return true;
}

QString ProcedureCsv::writeProcedures(const QList<Procedure>& procedures)
{
    QString text = Csv::encodeRecord(procedureColumns());
    for (const Procedure& p : procedures) {
        text += Csv::encodeRecord({p.code, p.name, p.field, DurationUnits::halvesText(p.halves),
                                   p.unit, flag(p.resultDocument), feesText(p), p.onlineLevel,
                                   flag(p.onlinePayment), flag(p.sampleDossier), flag(p.active),
                                   p.source, p.effectiveFrom.toString(Qt::ISODate), p.verified});
    }
    return text;
}

QString ProcedureCsv::writeDocuments(const QList<Procedure>& procedures)
{
    QString text = Csv::encodeRecord(documentColumns());
    for (const Procedure& p : procedures) {
        for (const RequiredDocument& d : p.documents)
            text += Csv::encodeRecord(
                {p.code, d.name, QString::number(d.originals), QString::number(d.copies)});
    }
    return text;
}
