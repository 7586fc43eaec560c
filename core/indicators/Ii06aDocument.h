#pragma once

#include "Ii06aReport.h"

#include <QCoreApplication>
#include <QString>

class FormDocument;
class QTextDocument;

// Biểu II.06a for print preview and PDF: HTML with the national header, rendered by the print
// service through a QTextDocument.
class Ii06aDocument
{
    Q_DECLARE_TR_FUNCTIONS(Ii06aDocument)

public:
    // parentAgency is the unit that receives the report; placeName is for the date line.
    static QString html(const Ii06aReport& report, const QString& parentAgency,
                        const QString& agencyName, const QString& placeName = QString());
    // A document holding html(), in the forms' typeface (FormRenderer::bodyFont).
    static void render(const Ii06aReport& report, const QString& parentAgency,
                       const QString& agencyName, QTextDocument* document,
                       const QString& placeName = QString());
    // The report on landscape A4 as a form of the print service (preview, print, PdfExporter);
    // the table's header rows repeat on every page.
    static void formDocument(const Ii06aReport& report, const QString& parentAgency,
                             const QString& agencyName, FormDocument* form,
                             const QString& placeName = QString());
};
