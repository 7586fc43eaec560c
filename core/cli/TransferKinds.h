#pragma once

#include "common/Csv.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <functional>

class Database;

// The kinds of data `motcua-cli import KIND FILE.csv` reads and `export KIND FILE.csv`
// writes. To add a kind (dossiers, feedback, …) append an entry to importKinds() or
// exportKinds() in TransferKinds.cpp; the verbs, their help and their error reporting
// stay as they are.
struct ImportKind
{
    QString name;                      // the word after "import": "procedures"
    QString description;               // translated, one line for --help
    QList<QCommandLineOption> options; // extra options of this kind, if any
    // Reads records (header first) and writes all or nothing. Bad input: false with every
    // bad value in problems (printed as "line N, column NAME: reason"). Other failures:
    // false with error. Success: summary is the line printed on stdout.
    std::function<bool(const Database& db, const QCommandLineParser& parser,
                       const QList<CsvRecord>& records, QString* summary,
                       QList<CsvProblem>* problems, QString* error)>
        run;
    // Instead of run, for kinds that read the file themselves a block at a time (any size):
    // notes are values rewritten on the way, printed after the summary.
    std::function<bool(const Database& db, const QCommandLineParser& parser, const QString& path,
                       QString* summary, QList<CsvProblem>* problems, QList<CsvProblem>* notes,
                       QString* error)>
        runFile;
};

struct ExportKind
{
    QString name;
    QString description;
    QList<QCommandLineOption> options;
    // csv: the whole file, header first, in the format the import of the same kind reads.
    std::function<bool(const Database& db, const QCommandLineParser& parser, QString* csv,
                       int* rows, QString* error)>
        run;
};

QList<ImportKind> importKinds();
QList<ExportKind> exportKinds();

// Removes and returns the kind word (the first argument that is not an option or the
// value of --db), or an empty string when there is none.
QString takeKindWord(QStringList* arguments);

// The entry of kinds named name, or nullptr.
template<typename Kind>
const Kind* findKind(const QList<Kind>& kinds, const QString& name)
{
    for (const Kind& kind : kinds) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

// The "Kinds:" section of the verb's --help.
QString describeKinds(const QList<QPair<QString, QString>>& namesAndDescriptions);

template<typename Kind>
QString describeKinds(const QList<Kind>& kinds)
{
    QList<QPair<QString, QString>> lines;
    for (const Kind& kind : kinds)
        lines.append({kind.name, kind.description});
    return describeKinds(lines);
}
