#include "TestDatabase.h"
#include "accounts/User.h"
#include "common/DeskSession.h"
#include "settings/OfficeHistoryPanel.h"
#include "settings/OfficeIdentityStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// Settings → Forms: the office's identity version by version, and each form's signer.
// Set MOTCUA_SCREENSHOT_OUT to keep a picture of the panel.
class TestOfficeHistoryPanel : public QObject
{
    Q_OBJECT

private:
    static QPushButton* button(QWidget& panel, const QString& text)
    {
        for (QPushButton* b : panel.findChildren<QPushButton*>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private slots:
    void savesAVersionWithItsSigners()
    {
        TestDatabase t;
        MOTCUA_VERIFY_DB(t);
        DeskSession session(t.db());
        // The office's identity is the administrator's to change (checked in core).
        session.setUser(User::acting(QStringLiteral("Quản trị"), Role::Administrator));
        OfficeHistoryPanel panel(session);
        panel.resize(1000, 560);
        panel.show();

        auto* from = panel.findChild<QDateEdit*>();
        QVERIFY(from);
        from->setDate(QDate(2025, 7, 1));
        // Agency, parent, unit, place, code in the order of the form (the date edit's own line
        // edit is not a direct child).
        const QList<QLineEdit*> fields =
            panel.findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(fields.size(), 5);
        fields.at(0)->setText(QStringLiteral("UBND xã Tân Bình"));
        fields.at(1)->clear();
        fields.at(2)->setText(QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình"));
        fields.at(3)->setText(QStringLiteral("Tân Bình"));
        fields.at(4)->setText(QStringLiteral("000.00.06.H56"));
        auto* table = panel.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 5);
        // Row 3: the apology (Mẫu 04).
        table->item(3, 1)->setText(QStringLiteral("XL-UBND"));
        table->item(3, 2)->setText(QStringLiteral("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"));
        table->item(3, 3)->setText(QStringLiteral("Lê Văn Tâm"));
        table->item(3, 4)->setText(QStringLiteral("Chủ tịch UBND xã; Công chức Tư pháp - Hộ tịch"));
        QPushButton* save = button(panel, OfficeHistoryPanel::tr("&Save version"));
        QVERIFY(save);
        save->click();

        QList<OfficeIdentity> versions;
        QString error;
        QVERIFY2(OfficeIdentityStore(t.db()).versions(&versions, &error), qPrintable(error));
        QCOMPARE(versions.size(), 1);
        const OfficeIdentity& v = versions.constFirst();
        QCOMPARE(v.validFrom, QDate(2025, 7, 1));
        QVERIFY(v.parentAgency.isEmpty());
        QCOMPARE(v.unitName, QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình"));
        const FormSignature apology = v.form(QStringLiteral("apology"));
        QCOMPARE(apology.symbol, QStringLiteral("XL-UBND"));
        QCOMPARE(apology.signerTitle, QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
        QCOMPARE(apology.recipients,
                 QStringLiteral("Chủ tịch UBND xã\nCông chức Tư pháp - Hộ tịch"));

        // Shown again as typed after a reload.
        panel.reload();
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"));
        const QString out = qEnvironmentVariable("MOTCUA_SCREENSHOT_OUT");
        if (!out.isEmpty())
            QVERIFY(panel.grab().save(out));
    }
};

QTEST_MAIN(TestOfficeHistoryPanel)
#include "tst_officehistorypanel.moc"
