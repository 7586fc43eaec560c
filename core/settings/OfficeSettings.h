#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

// The office's working windows (DOMAIN §5; default 07:30–11:30 and 13:30–17:00).
struct WorkingWindows
{
    QTime morningStart{7, 30};
    QTime morningEnd{11, 30};
    QTime afternoonStart{13, 30};
    QTime afternoonEnd{17, 0};

    bool isValid(QString* error) const;
    bool operator==(const WorkingWindows& other) const;
};

// DOMAIN §7: how a supplement pause moves the legal due date.
enum class SupplementPolicy {
    ExtendByPausedTime, // default: the due date moves by the paused working time
    RestartFullLimit    // the full time limit starts again when the supplement arrives
};

// The office's identity as printed on forms, and its working rules.
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSettings)

public:
    QString agencyName;   // e.g. "UBND XÃ TÂN BÌNH"
    QString parentAgency; // e.g. "UBND HUYỆN VĨNH CỬU"
    QString agencyCode;   // mã định danh (QĐ 20/2020/QĐ-TTg), e.g. 000.00.06.H56
    QString placeName;    // for the date line: "Tân Bình, ngày … tháng … năm …"
    // The one-stop unit printed on the forms ("Bộ phận tiếp nhận và trả kết quả"); the
    // office's identity history (OfficeIdentityStore) gives it per date.
    QString unitName;
    WorkingWindows windows;
    SupplementPolicy supplementPolicy = SupplementPolicy::ExtendByPausedTime;
    // DOMAIN §2: forms of TT 01/2018 before this date, TT 03/2025 from it.
    QDate formsSwitchDate{2025, 9, 15};

    // True once the first-run questions have been answered.
    bool isConfigured() const;

    // Checks every field; the message names the field and the problem.
    bool validate(QString* error) const;

    static bool isValidAgencyCode(const QString& code);
};
