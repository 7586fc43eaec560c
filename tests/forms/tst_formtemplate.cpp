#include "SampleForms.h"
#include "forms/FormRenderer.h"
#include "forms/FormTemplate.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

class TestFormTemplate : public QObject
{
    Q_OBJECT

private:
    QString overrideFolder() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/forms");
    }

    void writeOverride(FormSet set, const QString& name, const QString& text)
    {
        const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QLatin1Char('/') + FormTemplate::overrideRelativePath(set, name);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write(text.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("motcua-tst-formtemplate"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(overrideFolder()).removeRecursively();
    }

    void cleanup() { QDir(overrideFolder()).removeRecursively(); }

    void kindKeysAreTheCliWords()
    {
        const QStringList keys{QStringLiteral("receipt"), QStringLiteral("supplement"),
                               QStringLiteral("refusal"), QStringLiteral("apology"),
                               QStringLiteral("stop"),    QStringLiteral("control-sheet"),
                               QStringLiteral("ledger")};
        QStringList actual;
        for (FormKind kind : FormKinds::all()) {
            actual << FormKinds::key(kind);
            QCOMPARE(FormKinds::fromKey(FormKinds::key(kind)), std::optional<FormKind>(kind));
        }
        QCOMPARE(actual, keys);
        QVERIFY(!FormKinds::fromKey(QStringLiteral("Receipt")).has_value());
    }

    void setIsChosenByReceiptDate()
    {
        OfficeSettings settings = SampleForms::office();
        QCOMPARE(FormSets::forReceiptDate(QDate(2025, 9, 14), settings), FormSet::Tt01_2018);
        QCOMPARE(FormSets::forReceiptDate(QDate(2025, 9, 15), settings), FormSet::Tt03_2025);
        QCOMPARE(FormSets::forReceiptDate(QDate(2024, 3, 5), settings), FormSet::Tt01_2018);
        settings.formsSwitchDate = QDate(2025, 10, 1);
        QCOMPARE(FormSets::forReceiptDate(QDate(2025, 9, 30), settings), FormSet::Tt01_2018);
        QCOMPARE(FormSets::forReceiptDate(QDate(2025, 10, 1), settings), FormSet::Tt03_2025);
    }

    void rendererUsesTheSetOfTheReceiptDate()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument before;
        FormDocument from;
        QString error;
        const FormData data = SampleForms::data(FormKind::Apology);
        QVERIFY2(renderer.render(FormKind::Apology, data, QDate(2025, 9, 14), &before, &error),
                 qPrintable(error));
        QVERIFY2(renderer.render(FormKind::Apology, data, QDate(2025, 9, 15), &from, &error),
                 qPrintable(error));
        QCOMPARE(before.set, FormSet::Tt01_2018);
        QCOMPARE(from.set, FormSet::Tt03_2025);
        QVERIFY(before.toPlainText().contains(
            QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")));
        QVERIFY(from.toPlainText().contains(QStringLiteral("VĂN BẢN XIN LỖI")));
        QVERIFY(
            from.toPlainText().contains(QStringLiteral("VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")));
        QVERIFY(!renderer.render(FormKind::Apology, data, QDate(), &from, &error));
        QVERIFY2(error.contains(QStringLiteral("receipt date")), qPrintable(error));
    }

    void stopNoticeExistsOnlyUnderCircular03()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        QVERIFY(!renderer.render(FormKind::Stop, SampleForms::data(FormKind::Stop),
                                 QDate(2025, 9, 14), &form, &error));
        QVERIFY2(error.contains(QStringLiteral("03/2025/TT-VPCP")), qPrintable(error));
        QVERIFY2(renderer.render(FormKind::Stop, SampleForms::data(FormKind::Stop),
                                 QDate(2025, 9, 15), &form, &error),
                 qPrintable(error));
        QVERIFY(form.toPlainText().contains(QStringLiteral("Về việc dừng giải quyết hồ sơ")));
    }

    void fillsFieldsRowsAndBlanks()
    {
        writeOverride(FormSet::Tt03_2025, QStringLiteral("refusal"),
                      QStringLiteral("<p>[{{applicant_name}}] [{{missing}}] [{{ copy }}]</p>\n"
                                     "<table><!-- rows:items --><tr><td>{{#}}={{2}}/{{1}}/{{9}}"
                                     "/{{applicant_name}}</td></tr><!-- /rows --></table>"));
        FormTemplate form;
        QString error;
        QVERIFY2(form.load(FormSet::Tt03_2025, QStringLiteral("refusal"), &error),
                 qPrintable(error));
        FormData data;
        data.set(QStringLiteral("applicant_name"), QStringLiteral("Lê <b>&amp; {{x}}"));
        data.addRow(QStringLiteral("items"), {QStringLiteral("a"), QStringLiteral("b")});
        data.addRow(QStringLiteral("items"), {QStringLiteral("c")});
        QString html;
        QVERIFY2(form.fill(data, QStringLiteral("Liên 2"), &html, &error), qPrintable(error));
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        // Values are escaped: markup and placeholders inside a value print as typed.
        QVERIFY2(text.contains(QStringLiteral("[Lê <b>&amp; {{x}}] [") + FormTemplate::blank() +
                               QStringLiteral("] [Liên 2]")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1=b/a//Lê <b>&amp; {{x}}")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2=/c//Lê")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("3=")));
    }

    void officeOverrideWinsOverTheShippedTemplate()
    {
        FormRenderer renderer(SampleForms::office());
        const FormData data = SampleForms::data(FormKind::Refusal);
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Refusal, FormSet::Tt01_2018, data, &form, &error),
                 qPrintable(error));
        QVERIFY(form.templateSource.startsWith(QStringLiteral(":/forms/tt01-2018/")));
        QVERIFY(!form.toPlainText().contains(QStringLiteral("MẪU RIÊNG CỦA XÃ")));

        // The office's own refusal form, reusing the shipped header by include.
        writeOverride(FormSet::Tt01_2018, QStringLiteral("refusal"),
                      QStringLiteral("<!-- include:header -->\n<p><b>MẪU RIÊNG CỦA XÃ</b> "
                                     "{{dossier_code}}</p>"));
        QVERIFY2(renderer.render(FormKind::Refusal, FormSet::Tt01_2018, data, &form, &error),
                 qPrintable(error));
        QVERIFY2(form.templateSource.startsWith(overrideFolder()), qPrintable(form.templateSource));
        QVERIFY(form.toPlainText().contains(
            QStringLiteral("MẪU RIÊNG CỦA XÃ 000.00.06.H56-240305-0361")));
        QVERIFY(form.toPlainText().contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));

        // The other set still uses its shipped template.
        QVERIFY2(renderer.render(FormKind::Refusal, FormSet::Tt03_2025, data, &form, &error),
                 qPrintable(error));
        QVERIFY(!form.toPlainText().contains(QStringLiteral("MẪU RIÊNG CỦA XÃ")));
    }

    void malformedTemplatesAreRefusedWithTheirPath()
    {
        writeOverride(FormSet::Tt03_2025, QStringLiteral("ledger"),
                      QStringLiteral("<table><!-- rows:lines --><tr><td>{{1}}</td></tr></table>"));
        FormTemplate form;
        QString error;
        QVERIFY(!form.load(FormSet::Tt03_2025, QStringLiteral("ledger"), &error));
        QVERIFY2(error.contains(QStringLiteral("/forms/tt03-2025/ledger.html")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("/rows")), qPrintable(error));

        writeOverride(FormSet::Tt03_2025, QStringLiteral("ledger"),
                      QStringLiteral("<!-- include:nothing-here -->"));
        QVERIFY(!form.load(FormSet::Tt03_2025, QStringLiteral("ledger"), &error));
        QVERIFY2(error.contains(QStringLiteral("nothing-here")), qPrintable(error));
    }

    void directivesAreRead()
    {
        FormTemplate form;
        QString error;
        QVERIFY2(form.load(FormSet::Tt03_2025, QStringLiteral("ledger"), &error),
                 qPrintable(error));
        QVERIFY(form.isLandscape());
        QVERIFY(form.copies().isEmpty());
        QVERIFY2(form.load(FormSet::Tt01_2018, QStringLiteral("receipt"), &error),
                 qPrintable(error));
        QVERIFY(!form.isLandscape());
        QCOMPARE(form.copies().size(), 2);
        QCOMPARE(form.qrFields(), QStringList{QStringLiteral("dossier_code")});
    }
};

QTEST_MAIN(TestFormTemplate)
#include "tst_formtemplate.moc"
