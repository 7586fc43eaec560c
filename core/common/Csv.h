#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

    QString toString() const;
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

    // Reads the file at path and parses it; error names the file or the line.
    static bool readFile(const QString& path, QList<CsvRecord>* records, QString* error);
    // Writes text as UTF-8 to path, atomically (the old file stays until the new one is
    // complete). byteOrderMark: start with a BOM so spreadsheet programs detect UTF-8.
    static bool writeFile(const QString& path, const QString& text, bool byteOrderMark,
                          QString* error);

    // Checks that header (the first record) names exactly the columns expected, in any
    // order, each once. columnIndex receives, for each expected column, its position in
    // the file. problems gets one entry per missing, unknown or repeated column.
    static bool mapHeader(const CsvRecord& header, const QStringList& expected,
                          QList<int>* columnIndex, QList<CsvProblem>* problems);

    // The field as written to a file: quoted (quotes doubled) when it holds a comma, a
    // quote, a line break or leading/trailing spaces, otherwise unchanged.
    static QString encodeField(const QString& field);
    // The fields joined by commas, ending with "\n".
    static QString encodeRecord(const QStringList& fields);
};
