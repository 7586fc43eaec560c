#include "SampleForms.h"
#include "forms/FormRenderer.h"
#include "printing/PrintService.h"

#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The print dialogs share the renderer's path: a QPrinter set up by PrintService and painted by
// FormDocument::print gives the same pages as the PDF export.
class TestPrintService : public QObject
{
    Q_OBJECT

private slots:
    void printerGetsTheFormsPaperAndPages()
    {
        FormRenderer renderer(SampleForms::office());
        FormDocument form;
        QString error;
        QVERIFY2(renderer.render(FormKind::Ledger, FormSet::Tt03_2025,
                                 SampleForms::data(FormKind::Ledger), &form, &error),
                 qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QPrinter printer(QPrinter::HighResolution);
        PrintService::preparePrinter(&printer, form);
        QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
        QCOMPARE(printer.pageLayout().margins(QPageLayout::Millimeter), QMarginsF(30, 20, 15, 20));
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
        printer.setOutputFileName(pdf);
        QVERIFY2(form.print(&printer, &error), qPrintable(error));

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext was not found on PATH: install poppler-utils");
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")), qPrintable(text));
        QCOMPARE(int(text.count(QLatin1Char('\f'))), form.pageCount());
    }
};

QTEST_MAIN(TestPrintService)
#include "tst_printservice.moc"
