#pragma once

#include "forms/FormData.h"
#include "forms/FormTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>

#include <memory>

class QImage;
class QPagedPaintDevice;
class QTextDocument;

// One rendered form: a paginated QTextDocument and the paper it is laid out for. Preview, print
// and PDF all paint it through print(), so they show the same pages.
class FormDocument
{
    Q_DECLARE_TR_FUNCTIONS(FormDocument)

public:
    FormKind kind = FormKind::Receipt;
    FormSet set = FormSet::Tt03_2025;
    QString title;          // the form's name, for the PDF title and the print job
    QString templateSource; // where the template was read from
    QString dossierCode;    // the dossier printed (empty for the ledger or a blank form)
    QPageLayout pageLayout; // A4 with the margins of Nghị định 30/2020/NĐ-CP
    // The layout's paint device: a fixed 96 dpi, so pages break the same on every screen.
    // Declared before the document, which refers to it, so that it outlives it.
    std::shared_ptr<QImage> layoutDevice;
    std::shared_ptr<QTextDocument> document;

    bool isValid() const { return document != nullptr; }
    // The name a saved copy is offered under: "receipt-000.00.06.H56-250102-0001.pdf"; the form
    // key alone without a dossier.
    QString suggestedFileName() const;
    int pageCount() const;
    QString toPlainText() const;

    // Paints every page on `device` (a QPdfWriter or a QPrinter), one page per sheet, scaled
    // uniformly to the device's printable area. Sets the device's page layout first.
    bool print(QPagedPaintDevice* device, QString* error) const;
    // Paints several forms one after the other on `device` as one job (a batch of letters).
    static bool printAll(const QList<FormDocument>& forms, QPagedPaintDevice* device,
                         QString* error);
};
