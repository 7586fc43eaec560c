#include "PdfFonts.h"
#include "SampleForms.h"
#include "forms/FormRenderer.h"
#include "forms/PdfExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

Q_DECLARE_METATYPE(FormKind)
Q_DECLARE_METATYPE(FormSet)

// Every form of both sets rendered to PDF and read back with poppler's tools.
// Set MOTCUA_FORMS_OUT to a folder to keep the PDFs (docs/forms/ is made from them).
class TestFormRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs a poppler tool; fails the test clearly when poppler-utils is not installed.
    static bool runTool(const QString& tool, const QStringList& arguments, QString* output,
                        QString* error)
    {
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty()) {
            *error = QStringLiteral("%1 was not found on PATH: install poppler-utils").arg(tool);
            return false;
        }
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2")
                         .arg(tool, QString::fromUtf8(process.readAllStandardError()));
            return false;
        }
        *output = QString::fromUtf8(process.readAllStandardOutput());
        return true;
    }

    static QString collapsed(const QString& text)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        return QString(text).replace(spaces, QStringLiteral(" "));
    }

    static QString title(FormKind kind, FormSet set)
    {
        switch (kind) {
        case FormKind::Receipt:
            return QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        case FormKind::Supplement:
            return QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        case FormKind::Refusal:
            return QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        case FormKind::Apology:
            return set == FormSet::Tt01_2018
                       ? QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                       : QStringLiteral("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
        case FormKind::Stop:
            return QStringLiteral("THÔNG BÁO Về việc dừng giải quyết hồ sơ");
        case FormKind::ControlSheet:
            return QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        case FormKind::Ledger:
            return QStringLiteral("SỔ THEO DÕI HỒ SƠ");
        }
        return QString();
    }

private slots:
    // Issue 16: a legal reference ("NĐ-CP") is never broken across lines. Laid out at every
    // width from 160 to 480 px (a reference is some 110 px wide), Qt breaks some reference at
    // its hyphen or slash at some widths; after keepLegalReferencesWhole none is broken, and
    // only line breaks were added.
    void legalReferencesAreNeverBrokenAcrossLines()
    {
        const QString text =
            QStringLiteral("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, "
                           "Thông tư số 01/2018/TT-VPCP và Quyết định số 766/QĐ-TTg, Thông báo "
                           "9441/TB-BNV về lịch nghỉ.");
        const QRegularExpression reference(QStringLiteral("\\d+(?:/\\d{4})?/\\S+-\\S+?(?=[ ,.])"));
        auto whole = [&](QTextDocument& document) {
            document.documentLayout()->documentSize(); // lays it out
            const QTextBlock block = document.begin();
            const QTextLayout* layout = block.layout();
            auto matches = reference.globalMatch(block.text());
            int found = 0;
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                ++found;
                if (layout->lineForTextPosition(match.capturedStart()).lineNumber() !=
                    layout->lineForTextPosition(match.capturedEnd() - 1).lineNumber())
                    return false;
            }
            return found == 4;
        };
        int brokenBefore = 0;
        for (int width = 160; width <= 480; width += 2) {
            QTextDocument document;
            document.setDefaultFont(FormRenderer::bodyFont());
            document.setDocumentMargin(0);
            document.setTextWidth(width);
            document.setPlainText(text);
            if (!whole(document))
                ++brokenBefore;
            FormRenderer::keepLegalReferencesWhole(&document);
            QVERIFY2(whole(document), qPrintable(QString::number(width)));
            QCOMPARE(document.toPlainText().remove(QLatin1Char('\n')), text);
        }
        QVERIFY2(brokenBefore > 0, "the layout never broke a reference: the test proves nothing");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyFormPrintsItsRequiredText_data()
    {
        QTest::addColumn<FormSet>("set");
        QTest::addColumn<FormKind>("kind");
        for (FormSet set : {FormSet::Tt01_2018, FormSet::Tt03_2025}) {
            for (FormKind kind : FormKinds::all()) {
                if (kind == FormKind::Stop && set == FormSet::Tt01_2018)
                    continue; // no such form before TT 03/2025
                const QString name = FormSets::key(set) + QLatin1Char('-') + FormKinds::key(kind);
                QTest::newRow(qPrintable(name)) << set << kind;
            }
        }
    }

    void everyFormPrintsItsRequiredText()
    {
        QFETCH(FormSet, set);
        QFETCH(FormKind, kind);
        FormRenderer renderer(SampleForms::office());
        renderer.setIssueDate(QDate(2024, 3, 5));
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(kind, set, SampleForms::data(kind), &form, &error),
                 qPrintable(error));

        const QString name = FormSets::key(set) + QLatin1Char('-') + FormKinds::key(kind);
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        QVERIFY2(PdfExporter::exportPdf(form, pdf, &error), qPrintable(error));
        const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
            QFile::copy(pdf, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        }

        QString text;
        QVERIFY2(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text, &error),
                 qPrintable(error));
        const QString flat = collapsed(text);
        QStringList required{QStringLiteral("UBND HUYỆN VĨNH CỬU"),
                             QStringLiteral("UBND XÃ TÂN BÌNH"),
                             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                             QStringLiteral("Độc lập - Tự do - Hạnh phúc"), title(kind, set)};
        // The control sheet and the ledger are kept, not issued: no number, no date line.
        const bool kept = kind == FormKind::ControlSheet || kind == FormKind::Ledger;
        if (!kept)
            required << QStringLiteral("Số: 361/GTN-BPMC")
                     << QStringLiteral("Tân Bình, ngày 05 tháng 3 năm 2024");
        // "Mẫu số 0X" at the top corner, as in the Circular.
        const QString code = FormRenderer::officialName(kind, set).left(9);
        QVERIFY2(flat.startsWith(code) || flat.contains(QLatin1Char(' ') + code),
                 qPrintable(code + QLatin1Char('\n') + flat));
        if (kind != FormKind::Ledger)
            required << QStringLiteral("000.00.06.H56-240305-0361");
        if (kind == FormKind::Receipt)
            required << QStringLiteral("08 giờ 15 phút, ngày 05/3/2024")
                     << QStringLiteral("08 giờ 15 phút, ngày 07/3/2024")
                     << QStringLiteral("02 ngày làm việc")
                     << QStringLiteral("Dự thảo hợp đồng mua bán xe")
                     << QStringLiteral("Quyển số: 03") << QStringLiteral("Số thứ tự: 361")
                     << QStringLiteral("Liên 1") << QStringLiteral("Liên 2");
        if (kind == FormKind::Apology)
            required << QStringLiteral("16 giờ 00 phút, ngày 12/3/2024")
                     << QStringLiteral("Cần xác minh thêm thông tin");
        if (kind == FormKind::ControlSheet)
            required << QStringLiteral("14 giờ 00 phút, ngày 06/3/2024")
                     << QStringLiteral("Trước hạn");
        if (kind == FormKind::Ledger)
            required << QStringLiteral("000.00.06.H56-240305-0367") << QStringLiteral("(14)");
        if (kept) {
            QVERIFY2(!flat.contains(QStringLiteral("Số:")), qPrintable(flat));
            QVERIFY2(!flat.contains(QStringLiteral("ngày 05 tháng 3 năm 2024")), qPrintable(flat));
        }
        for (const QString& piece : required)
            QVERIFY2(
                flat.contains(piece),
                qPrintable(QStringLiteral("\"%1\" missing from %2:\n%3").arg(piece, name, flat)));
        QVERIFY2(!flat.contains(FormTemplate::blank()),
                 qPrintable(QStringLiteral("a field left blank in %1:\n%2").arg(name, flat)));

        // Each form fits its paper: the receipt is two pages (office and applicant copies),
        // every other form one page; pdftotext ends each page with a form feed.
        const int expectedPages = kind == FormKind::Receipt ? 2 : 1;
        QCOMPARE(form.pageCount(), expectedPages);
        QCOMPARE(int(text.count(QLatin1Char('\f'))), expectedPages);

        QString info;
        QVERIFY2(runTool(QStringLiteral("pdfinfo"), {pdf}, &info, &error), qPrintable(error));
        // "Page size: 842 x 595 pts (A4)": landscape for the ledger only.
        static const QRegularExpression pageSize(
            QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts \\(A4\\)"));
        const auto match = pageSize.match(info);
        QVERIFY2(match.hasMatch(), qPrintable(info));
        const bool landscape = match.captured(1).toDouble() > match.captured(2).toDouble();
        QCOMPARE(landscape, kind == FormKind::Ledger);

        // Times New Roman, or its metric twin Liberation Serif, is embedded, and nothing else:
        // a face without ơ, ư … would bring a second family in the middle of words.
        const QSet<QString> families = PdfFonts::families(pdf, &error);
        const QStringList names(families.cbegin(), families.cend());
        QVERIFY2(families.size() == 1, qPrintable(names.join(QStringLiteral(", ")) + error));
        QVERIFY2(names.constFirst() == QStringLiteral("TimesNewRoman") ||
                     names.constFirst() == QStringLiteral("LiberationSerif"),
                 qPrintable(names.constFirst()));
    }

    void receiptCarriesAQrCodeOnEachCopy()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        const FormData data = SampleForms::data(FormKind::Receipt);
        QVERIFY2(renderer.render(FormKind::Receipt, data, QDate(2025, 10, 1), &form, &error),
                 qPrintable(error));
        const QVariant image = form.document->resource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("qr:dossier_code")));
        QVERIFY(image.isValid());
        QVERIFY(!image.value<QImage>().isNull());

        const QString pdf = m_dir.filePath(QStringLiteral("qr.pdf"));
        QVERIFY2(PdfExporter::exportPdf(form, pdf, &error), qPrintable(error));
        QString list;
        QVERIFY2(
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &list, &error),
            qPrintable(error));
        // Two header lines, then one line per image: one QR code on each page.
        const QStringList lines = list.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size() - 2, 2);
        QVERIFY(lines.at(2).trimmed().startsWith(QLatin1Char('1')));
        QVERIFY(lines.at(3).trimmed().startsWith(QLatin1Char('2')));
        // Stored losslessly: a JPEG-blurred code scans badly.
        QVERIFY2(!list.contains(QStringLiteral("jpeg")), qPrintable(list));
    }

    void emptyDataPrintsABlankFormToFillByHand()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Receipt, FormSet::Tt03_2025, FormData(), &form, &error),
                 qPrintable(error));
        QCOMPARE(form.pageCount(), 2);
        const QString text = form.toPlainText();
        QVERIFY(text.contains(QStringLiteral("Mã hồ sơ: ") + FormTemplate::blank()));
        QVERIFY(text.contains(QStringLiteral("UBND XÃ TÂN BÌNH")));

        // No dossier code, no QR code: nothing is drawn in its place.
        const QString pdf = m_dir.filePath(QStringLiteral("blank.pdf"));
        QVERIFY2(PdfExporter::exportPdf(form, pdf, &error), qPrintable(error));
        QString list;
        QVERIFY2(
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &list, &error),
            qPrintable(error));
        QCOMPARE(list.trimmed().split(QLatin1Char('\n')).size(), 2);
    }

    void fullAgencyNamesAndSixDocumentsStillFit()
    {
        // Names written out in full wrap inside the header's left column; a receipt listing six
        // documents still gives each copy one page.
        OfficeSettings office = SampleForms::office();
        office.agencyName = QStringLiteral("Ủy ban nhân dân xã Tân Bình");
        office.parentAgency = QStringLiteral("Ủy ban nhân dân huyện Vĩnh Cửu");
        FormRenderer renderer(office);
        FormData data = SampleForms::data(FormKind::Receipt);
        data.addRow(QStringLiteral("documents"),
                    {QStringLiteral("Giấy ủy quyền (nếu người nộp không phải chủ tài sản)"),
                     QStringLiteral("1"), QString()});
        data.addRow(QStringLiteral("documents"),
                    {QStringLiteral("Giấy tờ chứng minh quan hệ hôn nhân"), QString(),
                     QStringLiteral("1")});
        for (FormSet set : {FormSet::Tt01_2018, FormSet::Tt03_2025}) {
            FormDocument form;
            QString error;
            QVERIFY2(renderer.render(FormKind::Receipt, set, data, &form, &error),
                     qPrintable(error));
            const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT");
            if (!keep.isEmpty())
                QVERIFY2(PdfExporter::exportPdf(form,
                                                keep + QStringLiteral("/long-") +
                                                    FormSets::key(set) + QStringLiteral(".pdf"),
                                                &error),
                         qPrintable(error));
            QCOMPARE(form.pageCount(), 2);
            QVERIFY(form.toPlainText().contains(QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN BÌNH")));
        }
    }

    void longLedgerContinuesOnMorePages()
    {
        FormRenderer renderer(SampleForms::office());
        FormData data = SampleForms::data(FormKind::Ledger);
        const QList<QStringList> rows = data.tables.value(QStringLiteral("lines"));
        for (int i = 0; i < 6; ++i)
            data.tables[QStringLiteral("lines")].append(rows);
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Ledger, FormSet::Tt03_2025, data, &form, &error),
                 qPrintable(error));
        QVERIFY(form.pageCount() > 1);
        QCOMPARE(form.pageLayout.orientation(), QPageLayout::Landscape);
        // No ledger line is split between two pages.
        const qreal pageHeight = form.document->pageSize().height();
        QTextTable* table = nullptr;
        for (QTextFrame* frame : form.document->rootFrame()->childFrames()) {
            if (auto* t = qobject_cast<QTextTable*>(frame); t && t->rows() > 20)
                table = t;
        }
        QVERIFY(table);
        QAbstractTextDocumentLayout* layout = form.document->documentLayout();
        QList<int> rowsOnPage(form.pageCount());
        for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
            qreal top = 1e9;
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                top =
                    qMin(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = qMax(
                    bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            QVERIFY2(int(top / pageHeight) == int((bottom - 1) / pageHeight),
                     qPrintable(QStringLiteral("row %1 runs from %2 to %3, pages of %4")
                                    .arg(row)
                                    .arg(top)
                                    .arg(bottom)
                                    .arg(pageHeight)));
            ++rowsOnPage[int(top / pageHeight)];
        }
        // The sign-off column (13, "Ký nhận") has room for a signature: 24 mm at least (it had 16)
        // (the document's units are 96 dpi device pixels).
        const QTextTableCell sign = table->cellAt(table->format().headerRowCount(), 12);
        const qreal signWidthMm =
            layout->blockBoundingRect(sign.firstCursorPosition().block()).width() * 25.4 / 96;
        QVERIFY2(signWidthMm >= 24, qPrintable(QStringLiteral("%1 mm").arg(signWidthMm)));
        // At least 12 dossiers on each landscape page (the last may hold fewer).
        for (int page = 0; page + 1 < rowsOnPage.size(); ++page)
            QVERIFY2(rowsOnPage.at(page) >= 12, qPrintable(QStringLiteral("page %1 holds %2 lines")
                                                               .arg(page + 1)
                                                               .arg(rowsOnPage.at(page))));
        const QString keep = qEnvironmentVariable("MOTCUA_FORMS_OUT");
        if (!keep.isEmpty())
            QVERIFY2(
                PdfExporter::exportPdf(form, keep + QStringLiteral("/long-ledger.pdf"), &error),
                qPrintable(error));
    }

    void exportRefusesAMissingFolder()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Refusal, FormSet::Tt03_2025,
                                 SampleForms::data(FormKind::Refusal), &form, &error),
                 qPrintable(error));
        QVERIFY(
            !PdfExporter::exportPdf(form, m_dir.filePath(QStringLiteral("no/such/x.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    }

    void fallsBackToAMetricCompatibleSerif()
    {
        const QString family = FormRenderer::fontFamily();
        QVERIFY2(family == QStringLiteral("Times New Roman") ||
                     family == QStringLiteral("Liberation Serif"),
                 qPrintable(family));
        QCOMPARE(FormRenderer::bodyFont().pointSizeF(), 13.0);
        const QPageLayout portrait = FormRenderer::pageLayout(false);
        QCOMPARE(portrait.margins(QPageLayout::Millimeter), QMarginsF(30, 20, 15, 20));
        QCOMPARE(portrait.pageSize().id(), QPageSize::A4);
    }

    void layoutDoesNotDependOnTheScreen()
    {
        // Laid out at a fixed 96 dpi: a 144 dpi desktop breaks pages where the PDF does.
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Receipt, FormSet::Tt03_2025,
                                 SampleForms::data(FormKind::Receipt), &form, &error),
                 qPrintable(error));
        QPaintDevice* device = form.document->documentLayout()->paintDevice();
        QVERIFY(device);
        QCOMPARE(device->logicalDpiY(), 96);
        QCOMPARE(form.document->pageSize().width(), (210.0 - 30 - 15) / 25.4 * 96);
    }
};

QTEST_MAIN(TestFormRenderer)
#include "tst_formrenderer.moc"
