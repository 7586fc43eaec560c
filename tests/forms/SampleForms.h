#pragma once

#include "forms/FormData.h"
#include "settings/OfficeSettings.h"

// Sample office and form data shared by the form tests (the office of the 2024 plan).
namespace SampleForms {

inline OfficeSettings office()
{
    OfficeSettings settings;
    settings.agencyName = QStringLiteral("UBND xã Tân Bình");
    settings.parentAgency = QStringLiteral("UBND huyện Vĩnh Cửu");
    settings.agencyCode = QStringLiteral("000.00.06.H56");
    settings.placeName = QStringLiteral("Tân Bình");
    return settings;
}

inline FormData data(FormKind kind)
{
    FormData d;
    d.set(QStringLiteral("number"), QStringLiteral("361/GTN-BPMC"));
    d.set(QStringLiteral("dossier_code"), QStringLiteral("000.00.06.H56-240305-0361"));
    d.set(QStringLiteral("reception_unit"), QStringLiteral("Ủy ban nhân dân xã Tân Bình"));
    d.set(QStringLiteral("applicant_name"), QStringLiteral("Nguyễn Thị Hòa"));
    d.set(QStringLiteral("applicant_id"), QStringLiteral("075190001299"));
    d.set(QStringLiteral("applicant_address"),
          QStringLiteral("Ấp Bình Chánh, xã Tân Bình, huyện Vĩnh Cửu, tỉnh Đồng Nai"));
    d.set(QStringLiteral("applicant_phone"), QStringLiteral("0912345678"));
    d.set(QStringLiteral("applicant_email"), QStringLiteral("hoa.nguyen@example.vn"));
    d.set(QStringLiteral("procedure_name"),
          QStringLiteral("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản"));
    d.set(QStringLiteral("set_count"), QStringLiteral("01"));
    d.set(QStringLiteral("time_limit"), QStringLiteral("02 ngày làm việc"));
    d.set(QStringLiteral("received_at"), QStringLiteral("08 giờ 15 phút, ngày 05/3/2024"));
    d.set(QStringLiteral("received_on"), QStringLiteral("05/3/2024"));
    d.set(QStringLiteral("due_at"), QStringLiteral("08 giờ 15 phút, ngày 07/3/2024"));
    d.set(QStringLiteral("return_place"),
          QStringLiteral("Bộ phận tiếp nhận và trả kết quả, Ủy ban nhân dân xã Tân Bình"));
    d.set(QStringLiteral("fees"), QStringLiteral("50.000 đồng"));
    d.set(QStringLiteral("ledger_book"), QStringLiteral("03"));
    d.set(QStringLiteral("ledger_line"), QStringLiteral("361"));
    d.set(QStringLiteral("officer_name"), QStringLiteral("Trần Văn Bình"));
    d.set(QStringLiteral("signer_title"), QStringLiteral("CHỦ TỊCH"));
    d.set(QStringLiteral("signer_name"), QStringLiteral("Lê Văn Tâm"));
    switch (kind) {
    case FormKind::Receipt:
        d.addRow(QStringLiteral("documents"),
                 {QStringLiteral("Phiếu yêu cầu chứng thực"), QStringLiteral("1"), QString()});
        d.addRow(QStringLiteral("documents"),
                 {QStringLiteral("Dự thảo hợp đồng mua bán xe"), QStringLiteral("3"), QString()});
        d.addRow(QStringLiteral("documents"),
                 {QStringLiteral("Căn cước công dân của các bên"), QString(), QStringLiteral("2")});
        d.addRow(QStringLiteral("documents"),
                 {QStringLiteral("Giấy chứng nhận đăng ký xe"), QString(), QStringLiteral("1")});
        break;
    case FormKind::Supplement:
        d.addRow(
            QStringLiteral("requirements"),
            {QStringLiteral("Bản sao Giấy chứng nhận đăng ký xe"), QStringLiteral("Chưa nộp")});
        d.set(QStringLiteral("supplement_reason"),
              QStringLiteral("Hồ sơ thiếu giấy tờ chứng minh quyền sở hữu tài sản."));
        d.set(QStringLiteral("supplement_deadline"), QStringLiteral("trước 17 giờ 00 phút, ngày "
                                                                    "12/3/2024"));
        d.set(QStringLiteral("contact_name"), QStringLiteral("ông Trần Văn Bình"));
        d.set(QStringLiteral("contact_phone"), QStringLiteral("02513861234"));
        break;
    case FormKind::Refusal:
        d.set(QStringLiteral("refusal_reason"),
              QStringLiteral("Tài sản đang bị kê biên để bảo đảm thi hành án."));
        d.set(QStringLiteral("legal_basis"), QStringLiteral("Nghị định 23/2015/NĐ-CP, Điều 25"));
        break;
    case FormKind::Apology:
        d.set(QStringLiteral("delay_reason"),
              QStringLiteral("Cần xác minh thêm thông tin với cơ quan đăng ký xe."));
        d.set(QStringLiteral("new_due_at"), QStringLiteral("16 giờ 00 phút, ngày 12/3/2024"));
        d.addRow(QStringLiteral("recipients"), {QStringLiteral("Chủ tịch UBND xã (để báo cáo)")});
        break;
    case FormKind::Stop:
        d.set(QStringLiteral("stop_basis"),
              QStringLiteral("Đơn đề nghị dừng giải quyết hồ sơ của Ông/Bà ngày 06/10/2025."));
        d.set(QStringLiteral("stopped_at"), QStringLiteral("10 giờ 00 phút, ngày 07/10/2025"));
        d.set(QStringLiteral("stop_reason"),
              QStringLiteral("Người yêu cầu đề nghị dừng giải quyết hồ sơ."));
        d.set(QStringLiteral("contact_name"), QStringLiteral("ông Trần Văn Bình"));
        d.set(QStringLiteral("contact_phone"), QStringLiteral("02513861234"));
        d.set(QStringLiteral("stop_requester"), QStringLiteral("Bà Nguyễn Thị Hòa"));
        d.set(QStringLiteral("stop_stage"), QStringLiteral("Đang xử lý"));
        d.set(QStringLiteral("fee_refund"), QStringLiteral("Không"));
        d.addRow(QStringLiteral("recipients"), {QStringLiteral("Chủ tịch UBND xã (để báo cáo)")});
        break;
    case FormKind::ControlSheet:
        d.set(QStringLiteral("processing_agency"), QStringLiteral("Công chức Tư pháp - Hộ tịch"));
        d.set(QStringLiteral("cooperating_agency"), QStringLiteral("Không"));
        d.addRow(QStringLiteral("events"),
                 {QStringLiteral("Bộ phận tiếp nhận và trả kết quả"),
                  QStringLiteral("Công chức Tư pháp - Hộ tịch"),
                  QStringLiteral("08 giờ 30 phút, ngày 05/3/2024"), QStringLiteral("Trần Văn Bình"),
                  QStringLiteral("Phạm Thị Lan"), QStringLiteral("Đúng hạn"), QString(),
                  QStringLiteral("1"), QStringLiteral("2")});
        d.addRow(QStringLiteral("events"),
                 {QStringLiteral("Công chức Tư pháp - Hộ tịch"), QStringLiteral("Chủ tịch UBND xã"),
                  QStringLiteral("14 giờ 00 phút, ngày 06/3/2024"), QStringLiteral("Phạm Thị Lan"),
                  QStringLiteral("Lê Văn Tâm"), QStringLiteral("Trước hạn"),
                  QStringLiteral("Trình ký"), QStringLiteral("3"), QStringLiteral("4")});
        d.addRow(QStringLiteral("events"),
                 {QStringLiteral("Chủ tịch UBND xã"),
                  QStringLiteral("Bộ phận tiếp nhận và trả kết quả"),
                  QStringLiteral("16 giờ 10 phút, ngày 06/3/2024"), QStringLiteral("Lê Văn Tâm"),
                  QStringLiteral("Trần Văn Bình"), QStringLiteral("Trước hạn"), QString(),
                  QStringLiteral("5"), QStringLiteral("6")});
        break;
    case FormKind::Ledger:
        d.set(QStringLiteral("period_from"), QStringLiteral("01/3/2024"));
        d.set(QStringLiteral("period_to"), QStringLiteral("31/3/2024"));
        for (int i = 0; i < 7; ++i) {
            d.addRow(
                QStringLiteral("lines"),
                {QString::number(361 + i),
                 QStringLiteral("000.00.06.H56-240305-%1").arg(361 + i, 4, 10, QLatin1Char('0')),
                 i % 2 ? QStringLiteral("Đăng ký khai sinh")
                       : QStringLiteral("Chứng thực hợp đồng, giao dịch"),
                 QStringLiteral("01"), QStringLiteral("Nguyễn Thị Hòa"),
                 QStringLiteral("Ấp Bình Chánh, xã Tân Bình; 0912345678"),
                 QStringLiteral("UBND xã Tân Bình"), QStringLiteral("05/3/2024"),
                 QStringLiteral("07/3/2024"), QStringLiteral("05/3/2024"),
                 QStringLiteral("06/3/2024"), QStringLiteral("07/3/2024"), QString(), QString()});
        }
        break;
    }
    return d;
}

} // namespace SampleForms
