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
    static QString html(const Ii06aReport& report, const QString& parentAgency,
                        const QString& agencyName);
    // A document holding html(), in Times New Roman (Nghị định 30/2020/NĐ-CP).
    static void render(const Ii06aReport& report, const QString& parentAgency,
                       const QString& agencyName, QTextDocument* document);
    // The report on landscape A4 as a form of the print service (preview, print, PdfExporter).
    static void formDocument(const Ii06aReport& report, const QString& parentAgency,
                             const QString& agencyName, FormDocument* form);
};
