#include "forms/FormTemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

QString escapeValue(const QString& value)
{
    // Escaped, so a value never adds markup; braces too, so it is never read as a placeholder.
    QString html = value.toHtmlEscaped();
    html.replace(QLatin1Char('{'), QStringLiteral("&#123;"));
    html.replace(QLatin1Char('}'), QStringLiteral("&#125;"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

const QRegularExpression& includePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<!--\\s*include:\\s*([A-Za-z0-9_-]+)\\s*-->"));
    return pattern;
}

const QRegularExpression& rowsPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<!--\\s*rows:\\s*([A-Za-z0-9_-]+)\\s*-->(.*?)<!--\\s*/rows\\s*-->"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const QRegularExpression& ifPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("<!--\\s*if:\\s*([A-Za-z0-9_-]+)\\s*-->(.*?)<!--\\s*/if\\s*-->"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const QRegularExpression& fieldPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*(qr:)?([A-Za-z0-9_#-]+)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QString FormTemplate::overrideRelativePath(FormSet set, const QString& name)
{
    return QStringLiteral("forms/") + FormSets::key(set) + QLatin1Char('/') + name +
           QStringLiteral(".html");
}

bool FormTemplate::read(FormSet set, const QString& name, QString* text, QString* source,
                        QString* error) const
{
    QString path =
        QStandardPaths::locate(QStandardPaths::AppDataLocation, overrideRelativePath(set, name));
    if (path.isEmpty())
        path = builtInRoot() + QLatin1Char('/') + FormSets::key(set) + QLatin1Char('/') + name +
               QStringLiteral(".html");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Form template \"%1\" of %2: there is no such template (looked for %3).")
                         .arg(name, FormSets::circular(set), path);
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    *source = path;
    return true;
}

bool FormTemplate::load(FormSet set, const QString& name, QString* error)
{
    QString text;
    QString source;
    if (!read(set, name, &text, &source, error))
        return false;

    // Includes are one level deep: an included part may not include another.
    QString resolved;
    qsizetype last = 0;
    auto includes = includePattern().globalMatch(text);
    while (includes.hasNext()) {
        const auto match = includes.next();
        QString part;
        QString partSource;
        if (!read(set, match.captured(1), &part, &partSource, error))
            return false;
        if (includePattern().match(part).hasMatch()) {
            if (error)
                *error = tr("Form template %1: included templates may not include others.")
                             .arg(partSource);
            return false;
        }
        resolved += QStringView(text).mid(last, match.capturedStart() - last) + part;
        last = match.capturedEnd();
    }
    resolved += QStringView(text).mid(last);

    static const QRegularExpression pagePattern(
        QStringLiteral("<!--\\s*page:\\s*(portrait|landscape)\\s*-->"));
    static const QRegularExpression copiesPattern(QStringLiteral("<!--\\s*copies:(.*?)-->"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    const auto page = pagePattern.match(resolved);
    m_landscape = page.hasMatch() && page.captured(1) == QLatin1String("landscape");
    m_copies.clear();
    const auto copies = copiesPattern.match(resolved);
    if (copies.hasMatch()) {
        const QStringList labels = copies.captured(1).split(QLatin1Char('|'));
        for (const QString& label : labels) {
            if (!label.trimmed().isEmpty())
                m_copies.append(label.trimmed());
        }
    }

    // A rows block left open would silently print nothing: refuse it while the office edits.
    static const QRegularExpression openPattern(QStringLiteral("<!--\\s*rows:"));
    static const QRegularExpression closePattern(QStringLiteral("<!--\\s*/rows\\s*-->"));
    if (resolved.count(openPattern) != resolved.count(closePattern)) {
        if (error)
            *error = tr("Form template %1: every <!-- rows:name --> needs its own "
                        "<!-- /rows -->.")
                         .arg(source);
        return false;
    }

    static const QRegularExpression ifOpenPattern(QStringLiteral("<!--\\s*if:"));
    static const QRegularExpression ifClosePattern(QStringLiteral("<!--\\s*/if\\s*-->"));
    if (resolved.count(ifOpenPattern) != resolved.count(ifClosePattern)) {
        if (error)
            *error = tr("Form template %1: every <!-- if:name --> needs its own <!-- /if -->.")
                         .arg(source);
        return false;
    }
    m_name = name;
    m_source = source;
    m_text = resolved;
    return true;
}

bool FormTemplate::fill(const FormData& data, const QString& copyLabel, QString* html,
                        QString* error) const
{
    if (m_text.isEmpty()) {
        if (error)
            *error = tr("Form template: nothing was loaded.");
        return false;
    }

    // Conditional parts first: kept when their field has a value, left out otherwise.
    QString text;
    qsizetype last = 0;
    auto conditions = ifPattern().globalMatch(m_text);
    while (conditions.hasNext()) {
        const auto condition = conditions.next();
        text += QStringView(m_text).mid(last, condition.capturedStart() - last);
        // "<!-- else -->" inside: what stands after it is kept when the field has no value.
        static const QRegularExpression elsePattern(QStringLiteral("<!--\\s*else\\s*-->"));
        const QString body = condition.captured(2);
        const auto otherwise = elsePattern.match(body);
        const bool has = !data.fields.value(condition.captured(1)).trimmed().isEmpty();
        if (otherwise.hasMatch())
            text += has ? body.left(otherwise.capturedStart()) : body.mid(otherwise.capturedEnd());
        else if (has)
            text += body;
        last = condition.capturedEnd();
    }
    text += QStringView(m_text).mid(last);

    // Repeating rows next: {{#}} is the row number, {{1}}, {{2}}, … the row's columns.
    QString withRows;
    last = 0;
    auto blocks = rowsPattern().globalMatch(text);
    while (blocks.hasNext()) {
        const auto block = blocks.next();
        withRows += QStringView(text).mid(last, block.capturedStart() - last);
        const QList<QStringList> rows = data.tables.value(block.captured(1));
        const QString body = block.captured(2);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            QString line;
            qsizetype pos = 0;
            auto cells = fieldPattern().globalMatch(body);
            while (cells.hasNext()) {
                const auto cell = cells.next();
                line += QStringView(body).mid(pos, cell.capturedStart() - pos);
                const QString name = cell.captured(2);
                bool isNumber = false;
                const int column = name.toInt(&isNumber);
                if (cell.captured(1).isEmpty() && name == QLatin1String("#"))
                    line += QString::number(i + 1);
                else if (cell.captured(1).isEmpty() && isNumber)
                    line += column >= 1 && column <= row.size() ? escapeValue(row.at(column - 1))
                                                                : QString();
                else
                    line += cell.captured(0); // a field: filled below
                pos = cell.capturedEnd();
            }
            line += QStringView(body).mid(pos);
            withRows += line;
        }
        last = block.capturedEnd();
    }
    withRows += QStringView(text).mid(last);

    QString out;
    last = 0;
    auto fields = fieldPattern().globalMatch(withRows);
    while (fields.hasNext()) {
        const auto field = fields.next();
        out += QStringView(withRows).mid(last, field.capturedStart() - last);
        const QString name = field.captured(2);
        if (!field.captured(1).isEmpty()) {
            // 96 document pixels: one inch (25.4 mm) on paper. Without a value there is no code
            // (and no broken-image icon on a blank form).
            if (!data.fields.value(name).trimmed().isEmpty())
                out += QStringLiteral("<img src=\"qr:") + name +
                       QStringLiteral("\" width=\"96\" height=\"96\">");
        } else if (name == QLatin1String("copy")) {
            out += escapeValue(copyLabel);
        } else {
            const QString value = data.fields.value(name).trimmed();
            out += value.isEmpty() ? blank() : escapeValue(value);
        }
        last = field.capturedEnd();
    }
    out += QStringView(withRows).mid(last);
    *html = out;
    return true;
}

QStringList FormTemplate::qrFields() const
{
    QStringList names;
    auto fields = fieldPattern().globalMatch(m_text);
    while (fields.hasNext()) {
        const auto field = fields.next();
        if (!field.captured(1).isEmpty() && !names.contains(field.captured(2)))
            names.append(field.captured(2));
    }
    return names;
}
