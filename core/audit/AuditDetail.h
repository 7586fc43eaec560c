#pragma once

#include <QCoreApplication>
#include <QString>

// The detail of an audit entry in the reader's language. Entries keep stable words in the
// chain ("receipt", "4 -> 6", "add 2026-09-02 holiday …"), which the hash covers and which
// never change; the audit log shows them translated: "biên nhận (Mẫu 01)", "Đang giải quyết →
// Đã có kết quả", "thêm ngày 02/09/2026 (ngày lễ) …". Details it does not know are shown as
// stored.
class AuditDetail
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetail)

public:
    static QString describe(const QString& action, const QString& detail);

    // The name of a form (FormKinds::key) as officers call it.
    static QString formName(const QString& key);
};
