#pragma once

#include "forms/FormDocument.h"

#include <QList>
#include <QObject>
#include <QString>

class QPrinter;
class QWidget;

// Preview, print and save-as-PDF for rendered forms. All three paint the same FormDocument
// through FormDocument::print(), so the preview shows exactly what the printer and the PDF get.
class PrintService : public QObject
{
    Q_OBJECT

public:
    explicit PrintService(QWidget* parentWidget);

    // Shows the pages in a print preview dialog (A4, the form's orientation) with a print button.
    void preview(const FormDocument& form);
    // Asks for a printer, then prints. False when cancelled or when printing failed (the error is
    // shown to the user).
    bool print(const FormDocument& form);
    // Asks for a file name (suggested: `suggestedName` in the documents folder), then writes the
    // PDF. False when cancelled or when writing failed (the error is shown to the user).
    // savedPath, when given, receives the file written (for the audit log).
    bool saveAsPdf(const FormDocument& form, const QString& suggestedName,
                   QString* savedPath = nullptr);
    // A batch (the due-soon apology letters): one print dialog, one job, every form in turn.
    bool printAll(const QList<FormDocument>& forms, const QString& title);
    bool saveAllAsPdf(const QList<FormDocument>& forms, const QString& title,
                      const QString& suggestedName);

    // Where the last saveAsPdf or saveAllAsPdf wrote (shown in the window's status bar too).
    QString savedPath() const { return m_savedPath; }

    // The printer set up for `form`: high resolution, A4, the form's orientation and margins.
    static void preparePrinter(QPrinter* printer, const FormDocument& form);

private:
    void showError(const QString& message);
    void showSaved(const QString& path);

    QWidget* m_parentWidget;
    QString m_savedPath;
};
