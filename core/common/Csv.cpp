#include "Csv.h"

#include <cerrno>

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace {

// The 1-based line holding the first byte that is not valid UTF-8, or 0 when all is valid.
// UTF-8 never uses the byte 0x0A inside a multi-byte sequence, so lines decode on their own.
int firstInvalidUtf8Line(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes.sliced(start, end - start));
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
    if (line <= 0)
        return reason;
    if (column.isEmpty())
        return Csv::tr("line %1: %2").arg(line).arg(reason);
    return Csv::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

struct CsvStream::Source
{
    QString path;
    QFile file;
    QBuffer buffer;
    std::unique_ptr<CsvReader> reader;
};

CsvStream::CsvStream()
    : d(std::make_unique<Source>())
{}

CsvStream::~CsvStream() = default;

bool CsvStream::openFile(const QString& path, QString* error)
{
    d->path = path;
    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Csv::tr("Cannot read %1: %2").arg(path, d->file.errorString());
        return false;
    }
    d->reader = std::make_unique<CsvReader>(&d->file);
    return true;
}

void CsvStream::openData(const QByteArray& utf8)
{
    d->buffer.setData(utf8);
    d->buffer.open(QIODevice::ReadOnly);
    d->reader = std::make_unique<CsvReader>(&d->buffer);
}

bool CsvStream::next(CsvRecord* record)
{
    return d->reader && d->reader->next(record);
}

QString CsvStream::error() const
{
    if (!d->reader || d->reader->error().isEmpty())
        return QString();
    return d->path.isEmpty() ? d->reader->error()
                             : d->path + QStringLiteral(": ") + d->reader->error();
}

qint64 CsvStream::expectedRows(int bytesPerRow) const
{
    const qint64 bytes = d->path.isEmpty() ? d->buffer.size() : d->file.size();
    return bytes / qMax(1, bytesPerRow);
}

void CsvProblemList::add(const CsvProblem& problem)
{
    if (m_problems->size() < maxListed)
        m_problems->append(problem);
    else
        ++m_unlisted;
}

void CsvProblemList::add(const QList<CsvProblem>& problems)
{
    for (const CsvProblem& problem : problems)
        add(problem);
}

void CsvProblemList::finish()
{
    if (m_unlisted > 0)
        m_problems->append(
            {0, QString(),
             Csv::tr("… and %n more problem(s) not listed", nullptr, int(m_unlisted))});
    m_unlisted = 0;
}

bool Csv::parse(const QByteArray& utf8, QList<CsvRecord>* records, QString* error)
{
    QByteArrayView bytes(utf8);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QList<CsvRecord> result;
    int nextLine = 1;
    if (!parse(bytes, 1, &result, &nextLine, error))
        return false;
    *records = std::move(result);
    return true;
}

bool Csv::parse(QByteArrayView bytes, int firstLine, QList<CsvRecord>* records, int* nextLine,
                QString* error)
{
    // Decoded once; the line of a bad byte is only looked for when there is one.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = tr("line %1: the text is not valid UTF-8 (save the file as \"CSV UTF-8\")")
                         .arg(firstInvalidUtf8Line(bytes) + firstLine - 1);
        return false;
    }

    // Read by hand over the UTF-16 text, a field at a time: imports read files of 100,000
    // lines. An empty field is a null QString.
    const char16_t* const p = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QList<CsvRecord>& result = *records;
    qsizetype width = 0; // values in the previous record
    int line = firstLine;
    qsizetype i = 0;
    while (i < n) {
        if (p[i] == u'\n' || p[i] == u'\r') { // a blank line: counted, not a record
            i += p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n' ? 2 : 1;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        record.fields.reserve(width);
        for (;;) {
            QString field;
            if (i < n && p[i] == u'"') {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    const qsizetype run = i;
                    while (i < n && p[i] != u'"' && p[i] != u'\r' && p[i] != u'\n')
                        ++i;
                    field.append(QStringView(p + run, i - run));
                    if (i >= n)
                        return fail(tr("line %1: a quoted field is not closed before the end "
                                       "of the file")
                                        .arg(quoteLine));
                    if (p[i] == u'"') {
                        if (i + 1 < n && p[i + 1] == u'"') { // "" stands for one quote
                            field.append(QLatin1Char('"'));
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n') {
                        field.append(QLatin1Char('\n')); // a CRLF inside is one line break
                        i += 2;
                        ++line;
                    } else {
                        if (p[i] == u'\n')
                            ++line;
                        field.append(QChar(p[i]));
                        ++i;
                    }
                }
                if (i < n && p[i] != u',' && p[i] != u'\r' && p[i] != u'\n')
                    return fail(tr("line %1: text after the closing quote of a field").arg(line));
            } else {
                const qsizetype run = i;
                while (i < n && p[i] != u',' && p[i] != u'"' && p[i] != u'\r' && p[i] != u'\n')
                    ++i;
                if (i < n && p[i] == u'"')
                    return fail(tr("line %1: a quote inside a field that does not start with a "
                                   "quote (write \"\" for a quote and put the field in quotes)")
                                    .arg(line));
                if (i > run)
                    field = QStringView(p + run, i - run).toString();
            }
            // Exports neutralize formulas (encodeField): undone here.
            if (!field.isEmpty() && field.front() == QLatin1Char('\''))
                field = unneutralized(field);
            record.fields.append(std::move(field));
            if (i < n && p[i] == u',') {
                ++i;
                continue;
            }
            if (i < n) { // the line break that ends the record
                i += p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n' ? 2 : 1;
                ++line;
            }
            break;
        }
        width = record.fields.size();
        result.append(std::move(record));
    }
    *nextLine = line;
    return true;
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

bool CsvReader::next(CsvRecord* record)
{
    while (m_nextRecord >= m_records.size()) {
        m_records.clear();
        m_nextRecord = 0;
        if (m_end || !m_error.isEmpty() || !fill())
            return false;
    }
    *record = std::move(m_records[m_nextRecord++]);
    return true;
}

bool CsvReader::fill()
{
    constexpr qint64 blockSize = 1 << 20;
    for (;;) {
        const QByteArray more = m_device->read(blockSize);
        if (more.isEmpty() && m_device->bytesAvailable() <= 0 && !m_device->atEnd()) {
            m_error = Csv::tr("Cannot read the file: %1").arg(m_device->errorString());
            return false;
        }
        m_pending += more;
        const bool last = more.isEmpty() || m_device->atEnd();
        if (m_start && m_pending.size() < 3 && !last)
            continue;
        if (m_start) {
            if (m_pending.startsWith("\xEF\xBB\xBF"))
                m_pending.remove(0, 3);
            m_start = false;
        }
        // The last line break outside quotes: RFC 4180 doubles a quote inside a quoted
        // field, so the count of quotes before it is even.
        qsizetype cut = -1;
        if (last) {
            cut = m_pending.size();
        } else {
            bool quoted = false;
            const char* p = m_pending.constData();
            for (qsizetype i = 0; i < m_pending.size(); ++i) {
                if (p[i] == '"')
                    quoted = !quoted;
                else if (p[i] == '\n' && !quoted)
                    cut = i + 1;
            }
            if (cut < 0)
                continue; // a record longer than the block
        }
        int nextLine = m_line;
        if (!Csv::parse(QByteArrayView(m_pending).first(cut), m_line, &m_records, &nextLine,
                        &m_error))
            return false;
        m_line = nextLine;
        m_pending.remove(0, cut);
        m_end = last;
        if (!m_records.isEmpty() || m_end)
            return !m_records.isEmpty();
    }
}

namespace {

bool startsFormula(QStringView field)
{
    while (!field.isEmpty() && field.front() == QLatin1Char('\''))
        field = field.sliced(1);
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Optional sign, digits, an optional decimal part: what a number column holds.
bool plainNumber(QStringView field)
{
    qsizetype i = 0;
    if (i < field.size() && (field[i] == QLatin1Char('-') || field[i] == QLatin1Char('+')))
        ++i;
    qsizetype digits = 0;
    bool point = false;
    for (; i < field.size(); ++i) {
        const QChar c = field[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (c == QLatin1Char('.') && !point)
            point = true;
        else
            return false;
    }
    return digits > 0;
}

} // namespace

QString Csv::neutralized(const QString& field)
{
    if (!startsFormula(field) || plainNumber(field))
        return field;
    return QLatin1Char('\'') + field;
}

QString Csv::unneutralized(const QString& field)
{
    if (!field.startsWith(QLatin1Char('\'')) || !startsFormula(field))
        return field;
    const QString rest = field.sliced(1);
    // A plain number is never written with an apostrophe: such a cell came from elsewhere.
    return plainNumber(rest) ? field : rest;
}

QString Csv::encodeField(const QString& input)
{
    const QString field = neutralized(input);
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
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        const int cause = errno;
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, writeFailure(cause, file.errorString()));
        return false;
    }
    return true;
}

QString Csv::writeFailure(int cause, const QString& fallback)
{
    switch (cause) {
    case ENOSPC:
        return tr("the disk is full");
    case EDQUOT:
        return tr("the disk quota of this user is used up");
    case EROFS:
        return tr("the disk is read-only");
    case EACCES:
    case EPERM:
        return tr("no permission to write there");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        return fallback;
    }
}

bool Csv::mapHeader(const CsvRecord& header, const QStringList& expected, QList<int>* columnIndex,
                    QList<CsvProblem>* problems)
{
    return mapHeader(header, expected, expected.size(), columnIndex, problems);
}

bool Csv::mapHeader(const CsvRecord& header, const QStringList& expected, qsizetype required,
                    QList<int>* columnIndex, QList<CsvProblem>* problems)
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
    for (int at = 0; at < required; ++at) {
        if (index.at(at) < 0) {
            problems->append({header.line, expected.at(at), tr("the column is missing")});
            ok = false;
        }
    }
    *columnIndex = index;
    return ok;
}
