#pragma once

#include "forms/FormData.h"
#include "forms/FormSet.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One form's HTML template: a data file an office may adjust without rebuilding. The syntax
// ({{field}}, {{qr:field}}, rows, include, page and copies directives) is described in
// resources/forms/README.md.
class FormTemplate
{
    Q_DECLARE_TR_FUNCTIONS(FormTemplate)

public:
    // The built-in templates live under this resource folder, one subfolder per set.
    static QString builtInRoot() { return QStringLiteral(":/forms"); }
    // An office's own templates: <AppDataLocation>/forms/<set>/<name>.html, which win over the
    // built-in ones. Any AppDataLocation folder is searched, the user's own first.
    static QString overrideRelativePath(FormSet set, const QString& name);

    // Finds and reads the template `name` of `set` (an override first, then the built-in one)
    // and resolves its includes. False with a message when there is none or it is malformed.
    bool load(FormSet set, const QString& name, QString* error);

    QString name() const { return m_name; }
    // Where the template was read from (a file path or a ":/forms/…" resource path).
    QString source() const { return m_source; }
    bool isLandscape() const { return m_landscape; }
    // Labels of the copies to print (one page each); empty for a single copy.
    QStringList copies() const { return m_copies; }

    // The HTML with fields and rows filled in; `copyLabel` fills {{copy}}.
    // {{qr:field}} becomes <img src="qr:field">: the renderer supplies that image.
    // False with a message naming the template when a rows block is not closed.
    bool fill(const FormData& data, const QString& copyLabel, QString* html, QString* error) const;

    // Every {{qr:field}} name used by the template.
    QStringList qrFields() const;

    // What an unknown or empty field prints: a dotted blank to fill in by hand.
    static QString blank() { return QStringLiteral("……………………"); }

private:
    bool read(FormSet set, const QString& name, QString* text, QString* source,
              QString* error) const;

    QString m_name;
    QString m_source;
    QString m_text;
    bool m_landscape = false;
    QStringList m_copies;
};
