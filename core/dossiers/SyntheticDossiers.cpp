#include "SyntheticDossiers.h"

#include "DossierHistory.h"
#include "DossierRepository.h"
#include "DueDateRules.h"
#include "FeedbackRepository.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace {

// Surnames with their approximate share in Vietnam.
const std::array<std::pair<const char*, int>, 16> surnames{{{"Nguyễn", 380},
                                                            {"Trần", 110},
                                                            {"Lê", 95},
                                                            {"Phạm", 70},
                                                            {"Hoàng", 35},
                                                            {"Huỳnh", 30},
                                                            {"Phan", 45},
                                                            {"Vũ", 30},
                                                            {"Võ", 30},
                                                            {"Đặng", 20},
                                                            {"Bùi", 20},
                                                            {"Đỗ", 14},
                                                            {"Hồ", 13},
                                                            {"Ngô", 13},
                                                            {"Dương", 10},
                                                            {"Lý", 5}}};
const std::array<const char*, 10> maleMiddle{
    {"Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Hoàng"}};
const std::array<const char*, 8> femaleMiddle{
    {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ"}};
const std::array<const char*, 28> maleGiven{
    {"An",   "Bình", "Cường", "Dũng",  "Đạt",  "Hải",   "Hiếu", "Hùng",  "Huy",  "Khang",
     "Khoa", "Long", "Lộc",   "Minh",  "Nam",  "Nghĩa", "Phát", "Phong", "Phúc", "Quân",
     "Sơn",  "Tài",  "Thắng", "Thịnh", "Tuấn", "Trung", "Việt", "Vinh"}};
const std::array<const char*, 28> femaleGiven{
    {"Anh",   "Chi",  "Diễm", "Dung", "Giang", "Hà",    "Hạnh", "Hằng",  "Hoa",  "Hương",
     "Lan",   "Linh", "Loan", "Mai",  "My",    "Ngân",  "Nga",  "Nhung", "Oanh", "Phương",
     "Quyên", "Tâm",  "Thảo", "Thủy", "Trang", "Tuyết", "Vân",  "Yến"}};
// Hamlets (ấp) of a Vĩnh Cửu commune.
const std::array<const char*, 8> hamlets{{"Ấp Bình Hòa", "Ấp Bình Lục", "Ấp Bình Phước",
                                          "Ấp Bình Thạch", "Ấp Bình Chánh", "Ấp Tân Triều",
                                          "Ấp Vĩnh Hiệp", "Ấp Bình Ý"}};
const std::array<const char*, 12> mobilePrefixes{
    {"090", "091", "093", "094", "096", "097", "098", "032", "035", "038", "077", "086"}};
const std::array<const char*, 6> officers{{"Nguyễn Thị Thu Hà", "Trần Văn Lợi", "Lê Thị Mỹ Duyên",
                                           "Phạm Quốc Toàn", "Võ Thị Ngọc Hân", "Đỗ Minh Khôi"}};
const std::array<const char*, 6> feedbackTopics{
    {"Đề nghị rút ngắn thời gian chứng thực bản sao.",
     "Phản ánh cán bộ hướng dẫn chưa rõ thành phần hồ sơ.",
     "Đề nghị bố trí thêm ghế chờ tại Bộ phận Một cửa.",
     "Phản ánh trễ hẹn trả kết quả hồ sơ đăng ký đất đai.",
     "Kiến nghị niêm yết công khai phí, lệ phí rõ hơn.",
     "Đề nghị hỗ trợ nộp hồ sơ trực tuyến cho người cao tuổi."}};

class Generator
{
public:
    Generator(quint64 seed, const DueDateRules& rules, const QList<CatalogueEntry>& catalogue,
              const QDateTime& asOf)
        : m_random(quint32(seed ^ (seed >> 32)))
        , m_rules(rules)
        , m_catalogue(catalogue)
        , m_asOf(asOf)
    {
        // Chứng thực and hộ tịch (same day, short limits) dominate a commune's counter.
        int total = 0;
        for (const CatalogueEntry& entry : catalogue) {
            int weight = 1;
            if (entry.unit == QLatin1String("same-day"))
                weight = 12;
            else if (entry.halves <= 3 * 2)
                weight = 4;
            else if (entry.halves <= 10 * 2)
                weight = 2;
            total += weight;
            m_cumulative << total;
        }
    }

    int uniform(int bound) { return int(m_random.bounded(quint32(bound))); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    template<size_t N>
    const char* pick(const std::array<const char*, N>& list)
    {
        return list[size_t(uniform(int(N)))];
    }

    QString name(bool female)
    {
        int total = 0;
        for (const auto& s : surnames)
            total += s.second;
        int r = uniform(total);
        const char* surname = surnames[0].first;
        for (const auto& s : surnames) {
            if (r < s.second) {
                surname = s.first;
                break;
            }
            r -= s.second;
        }
        QString name = QString::fromUtf8(surname) + QLatin1Char(' ') +
                       QString::fromUtf8(female ? pick(femaleMiddle) : pick(maleMiddle));
        if (chance(0.3)) // a second given name: "Nguyễn Thị Thu Hà"
            name +=
                QLatin1Char(' ') + QString::fromUtf8(female ? pick(femaleGiven) : pick(maleGiven));
        return name + QLatin1Char(' ') +
               QString::fromUtf8(female ? pick(femaleGiven) : pick(maleGiven));
    }

    // CCCD: 075 (Đồng Nai), century and sex, birth year, six random digits.
    QString citizenId(bool female, int year)
    {
        const int birthYear = year - 18 - uniform(62);
        const int centuryDigit = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return QStringLiteral("075%1%2%3")
            .arg(centuryDigit)
            .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
            .arg(uniform(1000000), 6, 10, QLatin1Char('0'));
    }

    QString phone()
    {
        return QString::fromLatin1(pick(mobilePrefixes)) +
               QStringLiteral("%1").arg(uniform(10000000), 7, 10, QLatin1Char('0'));
    }

    QString address()
    {
        return QStringLiteral("Tổ %1, %2, xã Tân Bình, huyện Vĩnh Cửu, tỉnh Đồng Nai")
            .arg(1 + uniform(12))
            .arg(QString::fromUtf8(pick(hamlets)));
    }

    const CatalogueEntry& procedure()
    {
        const int r = uniform(m_cumulative.last());
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r);
        return m_catalogue.at(int(it - m_cumulative.cbegin()));
    }

    // A moment inside the working windows of a working day on or after time's date.
    QDateTime duringHours(const QDateTime& time)
    {
        QDate day = time.date();
        const QTime t = time.time();
        const bool inside =
            (t >= QTime(7, 30) && t < QTime(11, 30)) || (t >= QTime(13, 30) && t < QTime(17, 0));
        if (inside && m_rules.isWorkingDay(day))
            return time;
        if (t >= QTime(17, 0) || !m_rules.isWorkingDay(day)) {
            day = day.addDays(1);
            for (int guard = 0; guard < 30 && !m_rules.isWorkingDay(day); ++guard)
                day = day.addDays(1);
        }
        const int minutes = uniform(450); // 7.5 working hours
        const QTime at = minutes < 240 ? QTime(7, 30).addSecs(minutes * 60)
                                       : QTime(13, 30).addSecs((minutes - 240) * 60);
        QDateTime result = time;
        result.setDate(day);
        result.setTime(at);
        return result < time ? time : result;
    }

    // The dossier received at received, carried forward to asOf.
    void fill(DossierRecord* record, const QDateTime& received, int year)
    {
        record->events.clear();
        record->supplements.clear();
        record->apologies.clear();
        Dossier& d = record->dossier;
        d = Dossier();
        const CatalogueEntry& p = procedure();
        d.procedureCode = p.code;
        d.halves = p.halves;
        d.durationUnit = p.unit;
        const bool female = chance(0.55);
        d.applicantName = name(female);
        d.applicantId = citizenId(female, year);
        d.applicantPhone = chance(0.9) ? phone() : QString();
        d.applicantAddress = address();
        d.officer = QString::fromUtf8(pick(officers));
        const int channel = uniform(100);
        d.channel =
            channel < 55 ? Channel::Direct : (channel < 93 ? Channel::Online : Channel::Postal);
        d.receivedAt = received;
        d.digitized = chance(d.channel == Channel::Online ? 0.9 : 0.3);
        d.fee = p.fee;
        d.paidOnline = d.fee > 0 && chance(d.channel == Channel::Online ? 0.45 : 0.04);

        // Refused at the counter, or an online submission the counter has not yet taken.
        if (d.channel != Channel::Online && chance(0.02)) {
            d.status = DossierStatus::Refused;
            d.paidOnline = false; // a refused dossier pays nothing (issue 18)
            return;
        }
        if (d.channel == Channel::Online && received.daysTo(m_asOf) < 2 && chance(0.5)) {
            d.status = DossierStatus::Registered;
            return;
        }
        d.dueAt = m_rules.dueAt(received, d.halves, d.durationUnit);
        d.legalDueAt = d.dueAt;
        if (!d.dueAt.isValid()) {
            d.status = DossierStatus::Refused;
            d.paidOnline = false;
            return;
        }
        const qint64 span = qMax<qint64>(1800, received.secsTo(d.dueAt));
        QDateTime cursor = received;

        // Supplement requests (Mẫu 02): a few dossiers, rarely twice.
        const int requests = chance(0.08) ? (chance(0.1) ? 2 : 1) : 0;
        for (int i = 0; i < requests; ++i) {
            SupplementRequest request;
            request.requestedAt = duringHours(cursor.addSecs(1800 + uniform(int(span / 2) + 1)));
            request.receivedAt =
                duringHours(request.requestedAt.addSecs(3600 * (4 + uniform(24 * 6))));
            request.confirmedSecond = i > 0;
            request.confirmationNote =
                i > 0 ? QStringLiteral("Bổ sung lần hai theo yêu cầu của cơ quan thẩm định")
                      : QString();
            request.officer = d.officer;
            if (request.requestedAt > m_asOf)
                break;
            if (request.receivedAt > m_asOf)
                request.receivedAt = QDateTime();
            record->supplements << request;
            if (!request.receivedAt.isValid())
                break;
            d.legalDueAt = m_rules.legalDueAfterSupplement(
                d.legalDueAt, request.requestedAt, request.receivedAt, d.halves, d.durationUnit);
            cursor = request.receivedAt;
        }
        const bool waiting =
            !record->supplements.isEmpty() && !record->supplements.last().receivedAt.isValid();

        // The end: mostly before the legal due date, some late, a few withdrawn or stopped.
        const int fate = uniform(1000);
        DossierStatus ending = DossierStatus::Finished;
        QDateTime end;
        if (fate < 10) {
            ending = DossierStatus::Withdrawn;
            end = duringHours(cursor.addSecs(3600 + uniform(int(span) + 1)));
        } else if (fate < 15 && !waiting) {
            ending = DossierStatus::Stopped;
            end = duringHours(cursor.addSecs(3600 + uniform(int(span) + 1)));
        } else if (fate < 75 || requests > 1) {
            // Late: one to six working days after the legal due date.
            end = duringHours(d.legalDueAt.addSecs(3600 * 24 * (1 + uniform(6))));
        } else {
            const qint64 left = qMax<qint64>(900, cursor.secsTo(d.legalDueAt));
            end = cursor.addSecs(qMax<qint64>(600, qint64(m_random.generateDouble() * left)));
            if (end > d.legalDueAt && d.legalDueAt > cursor)
                end = d.legalDueAt;
        }
        if (end < cursor) // never before the last supplement arrived
            end = duringHours(cursor.addSecs(3600));
        const bool late = end > d.legalDueAt && ending == DossierStatus::Finished;
        // DOMAIN §8: an apology no later than one working day before the due date.
        if (late && chance(0.85)) {
            ApologyLetter letter;
            letter.issuedAt = qMax(received, d.legalDueAt.addDays(-1));
            if (letter.issuedAt <= m_asOf) {
                letter.reason = QStringLiteral("Chờ kết quả xác minh của cơ quan liên quan");
                letter.originalDueAt = d.legalDueAt;
                letter.newDueAt = end.addDays(1);
                letter.signer = QStringLiteral("Nguyễn Văn Thành");
                record->apologies << letter;
                d.apologyNewDueAt = letter.newDueAt;
            }
        }

        if (waiting) {
            d.status = (ending == DossierStatus::Withdrawn && end <= m_asOf)
                           ? DossierStatus::Withdrawn
                           : DossierStatus::SupplementRequested;
            if (d.status == DossierStatus::Withdrawn)
                d.finishedAt = qMax(end, record->supplements.last().requestedAt);
        } else if (end > m_asOf) {
            d.status = DossierStatus::Processing;
            if (chance(0.03) && d.fee > 0)
                d.status = DossierStatus::AwaitingPayment;
        } else {
            d.status = ending;
            d.finishedAt = end;
            if (ending == DossierStatus::Finished) {
                d.eResult = p.resultDocument && chance(0.3);
                // QĐ 766 4.1: most electronic results have their file recorded; chosen from the
                // end time, so the random stream (and every seed's data) stays as it was.
                if (d.eResult && end.time().minute() % 5 != 0)
                    d.resultFile =
                        QStringLiteral("KQĐT-") + end.toString(QStringLiteral("yyMMddHHmm"));
                if (p.unit == QLatin1String("same-day") && chance(0.25))
                    d.eCertifiedCopies = 1 + uniform(3);
                const QDateTime returned = duringHours(end.addSecs(3600 * uniform(24 * 4)));
                if (returned <= m_asOf && chance(0.92)) {
                    d.status = DossierStatus::Returned;
                    d.returnedAt = returned;
                    if (chance(0.6))
                        d.rating =
                            chance(late ? 0.6 : 0.97) ? Rating::Satisfied : Rating::Unsatisfied;
                }
            }
        }
        if (d.status == DossierStatus::Withdrawn && !record->supplements.isEmpty() &&
            d.finishedAt < record->supplements.last().requestedAt)
            d.finishedAt = record->supplements.last().requestedAt;
    }

    QRandomGenerator& random() { return m_random; }

private:
    QRandomGenerator m_random;
    const DueDateRules& m_rules;
    const QList<CatalogueEntry>& m_catalogue;
    QList<int> m_cumulative;
    QDateTime m_asOf;
};

} // namespace

SyntheticDossiers::SyntheticDossiers(const Database& db, const DueDateRules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool SyntheticDossiers::generate(const Options& options, int* dossiers, int* feedbackItems,
                                 QString* error)
{
    if (options.count < 0 || options.year < 2000 || options.year > 2099) {
        if (error)
            *error = tr("Give a count of 0 or more and a year from 2000 to 2099.");
        return false;
    }
    DossierRepository repository(m_db, m_rules);
    QList<CatalogueEntry> catalogue;
    if (!repository.activeProcedures(&catalogue, error))
        return false;
    if (catalogue.isEmpty()) {
        if (error)
            *error = tr("The procedure catalogue has no active procedure: import the catalogue "
                        "first.");
        return false;
    }
    // A fixed offset (the office's, +07:00 in Vietnam) keeps time arithmetic cheap.
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    auto local = [offset](const QDate& date, const QTime& time) {
        return QDateTime(date, time, Qt::OffsetFromUTC, offset);
    };
    const QDateTime yearEnd = local(QDate(options.year, 12, 31), QTime(23, 59));
    QDateTime asOf = options.asOf.isValid() ? options.asOf : QDateTime::currentDateTime();
    if (!options.asOf.isValid() && asOf > yearEnd)
        asOf = yearEnd;
    asOf = asOf.toOffsetFromUtc(offset);

    // Receipt days: the year's working days up to asOf, busier on Mondays.
    QList<QDate> days;
    for (QDate day(options.year, 1, 1);
         day.year() == options.year && local(day, QTime(7, 30)) <= asOf; day = day.addDays(1)) {
        if (m_rules.isWorkingDay(day))
            days << day;
    }
    if (days.isEmpty()) {
        if (error)
            *error = tr("The year %1 has no working day before %2.")
                         .arg(options.year)
                         .arg(asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return false;
    }
    Generator generator(options.seed, m_rules, catalogue, asOf);
    QList<double> weights;
    double totalWeight = 0;
    for (const QDate& day : std::as_const(days)) {
        const double w = (day.dayOfWeek() == 1   ? 1.3
                          : day.dayOfWeek() == 5 ? 0.9
                                                 : 1.0) *
                         (0.8 + 0.4 * generator.random().generateDouble());
        weights << w;
        totalWeight += w;
    }
    QList<int> perDay;
    double cumulative = 0;
    int assigned = 0;
    for (const double w : std::as_const(weights)) {
        cumulative += w;
        const int upTo = int(double(options.count) * cumulative / totalWeight + 0.5);
        perDay << upTo - assigned;
        assigned = upTo;
    }

    qsizetype dayIndex = 0;
    QList<QDateTime> times; // of the current day, in order
    qsizetype timeIndex = 0;
    DossierRecord record;
    const QString note = tr("generated");
    auto next = [&]() -> DossierRecord* {
        while (timeIndex >= times.size()) {
            if (dayIndex >= days.size())
                return nullptr;
            const QDate day = days.at(dayIndex);
            const int n = perDay.at(dayIndex++);
            times.clear();
            timeIndex = 0;
            for (int i = 0; i < n; ++i) {
                // Most come during opening hours; online submissions at any hour.
                int minute = generator.uniform(450);
                QTime time = minute < 240 ? QTime(7, 30).addSecs(minute * 60)
                                          : QTime(13, 30).addSecs((minute - 240) * 60);
                if (generator.chance(0.1))
                    time = QTime(6, 0).addSecs(generator.uniform(16 * 60) * 60);
                times << local(day, time);
            }
            std::sort(times.begin(), times.end());
        }
        const QDateTime received = times.at(timeIndex++);
        if (received > asOf)
            return nullptr;
        generator.fill(&record, received, options.year);
        DossierHistory::rebuild(&record, note);
        return &record;
    };
    int written = 0;
    if (!repository.insertStream(next, QStringLiteral("generator"), QStringLiteral("generate"),
                                 false, options.count, &written, error))
        return false;
    if (dossiers)
        *dossiers = written;

    int feedbackCount = 0;
    if (options.feedback) {
        // Roughly one item of feedback per 150 dossiers, most resolved in time.
        QList<Feedback> items;
        const int n = written / 150;
        for (int i = 0; i < n; ++i) {
            Feedback f;
            const QDate day = days.at(generator.uniform(int(days.size())));
            f.receivedAt = generator.duringHours(local(day, QTime(8, 0)));
            if (f.receivedAt > asOf)
                continue;
            f.deadlineAt =
                m_rules.dueAt(f.receivedAt, 2 * FeedbackRepository::defaultDeadlineWorkingDays(),
                              QStringLiteral("working-days")); // in half days
            const QDateTime resolved = f.receivedAt.addSecs(
                3600 * 24 * (1 + generator.uniform(generator.chance(0.95) ? 18 : 40)));
            if (resolved <= asOf) {
                f.resolvedAt = resolved;
                if (generator.chance(0.7))
                    f.rating = generator.chance(0.93) ? Rating::Satisfied : Rating::Unsatisfied;
            }
            f.content = QString::fromUtf8(generator.pick(feedbackTopics));
            items << f;
        }
        FeedbackRepository feedback(m_db, m_rules);
        if (!items.isEmpty() && !feedback.insertAll(&items, QStringLiteral("generator"), error))
            return false;
        feedbackCount = int(items.size());
    }
    if (feedbackItems)
        *feedbackItems = feedbackCount;
    return true;
}
