#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

// One record of a CSV file. line is the 1-based physical line where the record starts
// (the header is line 1), so error messages can point an officer at the right row even
// when earlier fields span several lines.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// One bad value found while importing a file, reported to the officer as
// "line 12, column fee: must be a whole number of đồng". column is empty for a problem
// with the whole record ("line 12: has 10 values, the header has 12").
struct CsvProblem
{
    int line = 0;
    QString column;
    QString reason;

    // line 0: a remark on the whole file ("… and 12 more problems").
    QString toString() const;
};

// Where a streamed import (dossiers, feedback) reads its records, one at a time: a file, bytes
// in memory, or records already parsed. Open it once, then call next() until it gives false.
class CsvStream
{
public:
    CsvStream();
    ~CsvStream();
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    // False with error (naming the file) when it cannot be opened.
    bool openFile(const QString& path, QString* error);
    void openData(const QByteArray& utf8);

    bool next(CsvRecord* record);
    // Why the file could not be read further (naming the file), empty at its end.
    QString error() const;
    // About how many rows: the size in bytes divided by bytesPerRow.
    qint64 expectedRows(int bytesPerRow) const;

private:
    struct Source;
    std::unique_ptr<Source> d;
};

// The problems of an import of any size: the first maxListed are kept, the others only
// counted and named in one last entry by finish() ("… and 12 more problems not listed").
class CsvProblemList
{
public:
    static constexpr qsizetype maxListed = 100;

    explicit CsvProblemList(QList<CsvProblem>* problems)
        : m_problems(problems)
    {}

    void add(const CsvProblem& problem);
    void add(const QList<CsvProblem>& problems);
    // Problems seen, listed or not.
    qsizetype count() const { return m_problems->size() + m_unlisted; }
    // Appends the entry counting the problems not listed, if there were any.
    void finish();

private:
    QList<CsvProblem>* m_problems;
    qsizetype m_unlisted = 0;
};

// RFC 4180 comma-separated values in UTF-8: the exchange format of imports and exports.
// Reading tolerates a byte-order mark (spreadsheets write one), LF or CRLF line ends and
// blank lines; quoted fields may hold commas, doubled quotes and line breaks.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Splits utf8 into records. False, with a message naming the line, for invalid UTF-8,
    // an unterminated quoted field or a stray quote; records is then left unchanged.
    static bool parse(const QByteArray& utf8, QList<CsvRecord>* records, QString* error);
    // The same for a piece of a file starting at firstLine (no byte-order mark is removed);
    // records are appended. nextLine: the line after the piece.
    static bool parse(QByteArrayView utf8, int firstLine, QList<CsvRecord>* records, int* nextLine,
                      QString* error);

    // Reads the file at path and parses it; error names the file or the line.
    static bool readFile(const QString& path, QList<CsvRecord>* records, QString* error);
    // Writes text as UTF-8 to path, atomically (the old file stays until the new one is
    // complete). byteOrderMark: start with a BOM so spreadsheet programs detect UTF-8.
    static bool writeFile(const QString& path, const QString& text, bool byteOrderMark,
                          QString* error);
    // Why a write failed, from errno: "the disk is full" rather than Qt's "Unknown error";
    // fallback for causes without a message of their own.
    static QString writeFailure(int cause, const QString& fallback);

    // Checks that header (the first record) names exactly the columns expected, in any
    // order, each once. columnIndex receives, for each expected column, its position in
    // the file. problems gets one entry per missing, unknown or repeated column.
    static bool mapHeader(const CsvRecord& header, const QStringList& expected,
                          QList<int>* columnIndex, QList<CsvProblem>* problems);
    // The same, but the columns from position `required` of expected on may be missing
    // (files written before they were added); their index is then -1.
    static bool mapHeader(const CsvRecord& header, const QStringList& expected, qsizetype required,
                          QList<int>* columnIndex, QList<CsvProblem>* problems);

    // OWASP "CSV injection": a cell that starts with =, +, -, @, a tab or a carriage return
    // (after any apostrophes) gets a leading apostrophe, so that a spreadsheet shows it as
    // text instead of running it as a formula. A plain number ("-5", "-0.25") is left as it
    // is: number columns keep their sign and nothing in them can run.
    static QString neutralized(const QString& field);
    // The inverse, applied by the parser to every field read: one leading apostrophe before
    // such a start is removed, so export then import gives back the same text.
    static QString unneutralized(const QString& field);

    // The field as written to a file: neutralized() against formulas, then quoted (quotes
    // doubled) when it holds a comma, a quote, a line break or leading/trailing spaces.
    static QString encodeField(const QString& field);
    // The fields joined by commas, ending with "\n".
    static QString encodeRecord(const QStringList& fields);
};

// Reads the records of a CSV file from a device a block at a time (about a megabyte, cut
// after a line break outside quotes), so that a file of any size needs little memory.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // The next record; false at the end of the file or on an error (error() is then set,
    // naming the line).
    bool next(CsvRecord* record);
    QString error() const { return m_error; }

private:
    bool fill();

    QIODevice* m_device;
    QByteArray m_pending; // read, not yet parsed: the start of an unfinished record
    QList<CsvRecord> m_records;
    qsizetype m_nextRecord = 0;
    int m_line = 1;
    bool m_start = true;
    bool m_end = false;
    QString m_error;
};
