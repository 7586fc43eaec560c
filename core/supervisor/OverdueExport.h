#pragma once

#include "OverdueList.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A plain table written as CSV (UTF-8 with BOM, so Excel reads the diacritics) or as an Excel
// workbook (.xlsx, libxlsxwriter): the overdue list and the ledger.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static bool writeCsv(const QString& path, const QStringList& header,
                         const QList<QStringList>& rows, QString* error);
    // title: a bold line above the table; landscape: A4 landscape when printed from Excel.
    static bool writeXlsx(const QString& path, const QString& sheet, const QString& title,
                          const QStringList& header, const QList<QStringList>& rows, bool landscape,
                          QString* error);
    // Writes CSV or XLSX by the file's suffix.
    static bool write(const QString& path, const QString& sheet, const QString& title,
                      const QStringList& header, const QList<QStringList>& rows, bool landscape,
                      QString* error);
};

// The overdue list as a table: the same columns as on screen, ID numbers masked (DOMAIN §11).
class OverdueExport
{
    Q_DECLARE_TR_FUNCTIONS(OverdueExport)

public:
    static QStringList header();
    static QStringList row(const OverdueItem& item);
    static bool write(const QList<OverdueItem>& items, const QString& path, QString* error);
};

class Database;

// Mẫu 07 (TT 01/2018: 06), Sổ theo dõi hồ sơ, as a table: the ledger's columns and lines for
// a period, written as CSV or Excel.
class LedgerExport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)

public:
    static QStringList header();
    static bool write(const Database& db, const QDate& from, const QDate& to, const QString& path,
                      QString* error);
};
