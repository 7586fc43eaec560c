#include "forms/PdfExporter.h"

#include "forms/FormDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

bool PdfExporter::exportPdf(const FormDocument& form, const QString& path, QString* error)
{
    return exportAll({form}, path, error);
}

bool PdfExporter::exportAll(const QList<FormDocument>& forms, const QString& path, QString* error)
{
    if (forms.isEmpty()) {
        if (error)
            *error = tr("PDF file %1: there is no form to write.").arg(path);
        return false;
    }
    const FormDocument& form = forms.first();
    if (path.trimmed().isEmpty()) {
        if (error)
            *error = tr("PDF file: no file name was given.");
        return false;
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("PDF file %1: the folder does not exist.").arg(path);
        return false;
    }
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setTitle(form.title);
    writer.setCreator(QStringLiteral("Một Cửa Desk"));
    QString printError;
    if (!FormDocument::printAll(forms, &writer, &printError)) {
        if (error)
            *error = tr("PDF file %1: %2").arg(path, printError);
        return false;
    }
    return true;
}
