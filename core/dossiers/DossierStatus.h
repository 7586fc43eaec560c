#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// DOMAIN §3: the ten national status codes used by the public-service portal and every
// provincial system. The numeric values are the codes and are stored as they are.
enum class DossierStatus {
    Registered = 1,          // Mới đăng ký: submitted online, not yet accepted (no clock)
    Accepted = 2,            // Được tiếp nhận: receipt issued
    Refused = 3,             // Không được tiếp nhận (Mẫu 03)
    Processing = 4,          // Đang xử lý
    SupplementRequested = 5, // Yêu cầu bổ sung giấy tờ (Mẫu 02): clock paused
    AwaitingPayment = 6,     // Yêu cầu thực hiện nghĩa vụ tài chính
    Withdrawn = 7,           // Công dân yêu cầu rút hồ sơ
    Stopped = 8,             // Dừng xử lý (Mẫu 05 under TT 03/2025)
    Finished = 9,            // Đã xử lý xong: the end for on-time measurement
    Returned = 10            // Đã trả kết quả
};

class DossierStatuses
{
    Q_DECLARE_TR_FUNCTIONS(DossierStatuses)

public:
    static QList<DossierStatus> all();
    static int code(DossierStatus status) { return int(status); }
    // False when code is not one of the ten national codes.
    static bool fromCode(int code, DossierStatus* status);
    static QString label(DossierStatus status);

    // Open: not refused and not ended (1, 2, 4, 5, 6); any open dossier may be withdrawn.
    static bool isOpen(DossierStatus status);
    // The clock runs (2, 4, 6): these can be overdue. In 1 it has not started, in 5 it is
    // paused (DOMAIN §7).
    static bool isClockRunning(DossierStatus status);
    // 7, 8 and 9 end processing: their time is the dossier's finished_at.
    static bool isEnding(DossierStatus status);

    // DOMAIN §3: 1→2|3; 2→4; 4→5|6|8|9; 5→4; 6→4; any open state→7; 9→10.
    static bool canTransition(DossierStatus from, DossierStatus to);
};
