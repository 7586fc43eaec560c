#include "printing/PrintService.h"

#include "forms/PdfExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>

PrintService::PrintService(QWidget* parentWidget)
    : QObject(parentWidget)
    , m_parentWidget(parentWidget)
{}

void PrintService::preparePrinter(QPrinter* printer, const FormDocument& form)
{
    // The print dialog offers "<doc name>.pdf" when printing to a file: the form and its dossier.
    printer->setDocName(form.suggestedFileName().chopped(4));
    printer->setPageLayout(form.pageLayout);
    printer->setFullPage(false);
}

void PrintService::preview(const FormDocument& form)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, form);
    QPrintPreviewDialog dialog(&printer, m_parentWidget);
    dialog.setWindowTitle(tr("Print preview: %1").arg(form.title));
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&form, &error](QPrinter* target) { form.print(target, &error); });
    dialog.exec();
    if (!error.isEmpty())
        showError(error);
}

bool PrintService::print(const FormDocument& form)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, form);
    QPrintDialog dialog(&printer, m_parentWidget);
    dialog.setWindowTitle(tr("Print %1").arg(form.title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!form.print(&printer, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool PrintService::saveAsPdf(const FormDocument& form, const QString& suggestedName,
                             QString* savedPath)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parentWidget, tr("Save %1 as PDF").arg(form.title), QDir(folder).filePath(suggestedName),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!PdfExporter::exportPdf(form, path, &error)) {
        showError(error);
        return false;
    }
    if (savedPath)
        *savedPath = path;
    showSaved(path);
    return true;
}

bool PrintService::printAll(const QList<FormDocument>& forms, const QString& title)
{
    if (forms.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, forms.first());
    printer.setDocName(title);
    QPrintDialog dialog(&printer, m_parentWidget);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!FormDocument::printAll(forms, &printer, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool PrintService::saveAllAsPdf(const QList<FormDocument>& forms, const QString& title,
                                const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_parentWidget, tr("Save %1 as PDF").arg(title), QDir(folder).filePath(suggestedName),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!PdfExporter::exportAll(forms, path, &error)) {
        showError(error);
        return false;
    }
    showSaved(path);
    return true;
}

void PrintService::showSaved(const QString& path)
{
    m_savedPath = path;
    // The officer sees where the file went, in the window's status bar.
    if (auto* window = qobject_cast<QMainWindow*>(m_parentWidget->window()))
        window->statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                                         15000);
}

void PrintService::showError(const QString& message)
{
    QMessageBox::warning(m_parentWidget, tr("Printing"), message);
}
