#include "Csv.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace {

// The 1-based line holding the first byte that is not valid UTF-8, or 0 when all is valid.
// UTF-8 never uses the byte 0x0A inside a multi-byte sequence, so lines decode on their own.
int firstInvalidUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace

QString CsvProblem::toString() const
{
    if (column.isEmpty())
        return Csv::tr("line %1: %2").arg(line).arg(reason);
    return Csv::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

bool Csv::parse(const QByteArray& utf8, QList<CsvRecord>* records, QString* error)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Decoded once; the line of a bad byte is only looked for when there is one.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("line %1: the text is not valid UTF-8 (save the file as \"CSV UTF-8\")")
                         .arg(firstInvalidUtf8Line(bytes));
        return false;
    }

    QList<CsvRecord> result;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool afterQuotes = false; // the closing quote of a quoted field was read
    bool recordStarted = false;
    int quoteLine = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        afterQuotes = false;
    };
    auto endRecord = [&] {
        if (recordStarted) {
            endField();
            result.append(record);
        }
        record = CsvRecord();
        recordStarted = false;
        ++line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!recordStarted && !(c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            recordStarted = true;
            record.line = line;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuotes = true;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                field += QLatin1Char('\n'); // a CRLF inside a field is stored as one line break
                ++i;
                ++line;
            } else if (c == QLatin1Char('\n')) {
                ++line;
                field += c;
            } else {
                // A run of ordinary characters at once.
                qsizetype end = i + 1;
                while (end < n && text.at(end) != QLatin1Char('"') &&
                       text.at(end) != QLatin1Char('\r') && text.at(end) != QLatin1Char('\n'))
                    ++end;
                field += QStringView(text).sliced(i, end - i);
                i = end - 1;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || afterQuotes) {
                if (error)
                    *error = tr("line %1: a quote inside a field that does not start with a "
                                "quote (write \"\" for a quote and put the field in quotes)")
                                 .arg(line);
                return false;
            }
            inQuotes = true;
            quoteLine = line;
        } else {
            if (afterQuotes) {
                if (error)
                    *error = tr("line %1: text after the closing quote of a field").arg(line);
                return false;
            }
            // A run of ordinary characters at once.
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char(',') &&
                   text.at(end) != QLatin1Char('"') && text.at(end) != QLatin1Char('\r') &&
                   text.at(end) != QLatin1Char('\n'))
                ++end;
            field += QStringView(text).sliced(i, end - i);
            i = end - 1;
        }
    }
    if (inQuotes) {
        if (error)
            *error = tr("line %1: a quoted field is not closed before the end of the file")
                         .arg(quoteLine);
        return false;
    }
    if (recordStarted) {
        endField();
        result.append(record);
    }
    *records = result;
    return true;
}

QString Csv::encodeField(const QString& field)
{
    const bool needsQuotes =
        field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString Csv::encodeRecord(const QStringList& fields)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString& field : fields)
        encoded.append(encodeField(field));
    return encoded.join(QLatin1Char(',')) + QLatin1Char('\n');
}

bool Csv::readFile(const QString& path, QList<CsvRecord>* records, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString parseError;
    if (!parse(bytes, records, &parseError)) {
        if (error)
            *error = path + QStringLiteral(": ") + parseError;
        return false;
    }
    return true;
}

bool Csv::writeFile(const QString& path, const QString& text, bool byteOrderMark, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray bytes;
    if (byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Csv::mapHeader(const CsvRecord& header, const QStringList& expected, QList<int>* columnIndex,
                    QList<CsvProblem>* problems)
{
    QList<int> index(expected.size(), -1);
    bool ok = true;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        const int at = int(expected.indexOf(name));
        if (at < 0) {
            problems->append(
                {header.line, name,
                 tr("unknown column (expected: %1)").arg(expected.join(QStringLiteral(", ")))});
            ok = false;
        } else if (index.at(at) >= 0) {
            problems->append({header.line, name, tr("the column appears twice")});
            ok = false;
        } else {
            index[at] = i;
        }
    }
    for (int at = 0; at < expected.size(); ++at) {
        if (index.at(at) < 0) {
            problems->append({header.line, expected.at(at), tr("the column is missing")});
            ok = false;
        }
    }
    *columnIndex = index;
    return ok;
}
