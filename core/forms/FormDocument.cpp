#include "forms/FormDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

QString FormDocument::suggestedFileName() const
{
    return FormKinds::key(kind) +
           (dossierCode.isEmpty() ? QString() : QLatin1Char('-') + dossierCode) +
           QStringLiteral(".pdf");
}

int FormDocument::pageCount() const
{
    return document ? document->pageCount() : 0;
}

QString FormDocument::toPlainText() const
{
    return document ? document->toPlainText() : QString();
}

bool FormDocument::print(QPagedPaintDevice* device, QString* error) const
{
    if (!document) {
        if (error)
            *error = tr("Printing: there is no form to print.");
        return false;
    }
    return printAll({*this}, device, error);
}

bool FormDocument::printAll(const QList<FormDocument>& forms, QPagedPaintDevice* device,
                            QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (forms.isEmpty())
        return fail(tr("Printing: there is no form to print."));
    for (const FormDocument& form : forms) {
        if (!form.document)
            return fail(tr("Printing: there is no form to print."));
    }
    if (!device)
        return fail(tr("Printing: there is no printer or file to print to."));

    device->setPageLayout(forms.first().pageLayout);
    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("Printing \"%1\": the printer or file could not be opened.")
                        .arg(forms.first().title));

    // Images (the QR code) go to PDF without JPEG artefacts.
    painter.setRenderHint(QPainter::LosslessImageRendering);

    bool firstPage = true;
    for (const FormDocument& form : forms) {
        const QTextDocument* document = form.document.get();
        // The document is laid out in its own units; one uniform scale maps a page onto the
        // device's printable area, whatever its resolution.
        const QSizeF page = document->pageSize();
        const int pages = document->pageCount();
        for (int i = 0; i < pages; ++i) {
            if (!firstPage) {
                device->setPageLayout(form.pageLayout);
                if (!device->newPage()) {
                    painter.end();
                    return fail(tr("Printing \"%1\": page %2 could not be started.")
                                    .arg(form.title)
                                    .arg(i + 1));
                }
            }
            firstPage = false;
            const qreal scale =
                std::min(device->width() / page.width(), device->height() / page.height());
            painter.save();
            painter.scale(scale, scale);
            const QRectF clip(0, i * page.height(), page.width(), page.height());
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    if (!painter.end())
        return fail(
            tr("Printing \"%1\": the output could not be finished.").arg(forms.first().title));
    return true;
}
