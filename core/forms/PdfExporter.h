#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class FormDocument;

// Writes a rendered form to a PDF file (A4, the form's own orientation and margins).
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    static bool exportPdf(const FormDocument& form, const QString& path, QString* error);
    // Several forms in one PDF file, one after the other (a batch of letters).
    static bool exportAll(const QList<FormDocument>& forms, const QString& path, QString* error);
};
