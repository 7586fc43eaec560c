#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// What the QR code on the back of a citizen identity card (CCCD) holds, seven fields separated
// by '|': số CCCD | số CMND cũ (may be empty) | họ và tên | ngày sinh ddMMyyyy | giới tính |
// nơi thường trú | ngày cấp ddMMyyyy. The code carries no signature: anybody can print one, so
// it saves typing and proves nothing about the person at the counter.
class CitizenIdQr
{
    Q_DECLARE_TR_FUNCTIONS(CitizenIdQr)

public:
    QString citizenId; // 12 digits
    QString oldId;     // the 9-digit CMND, or empty
    QString name;
    QDate birthDate;
    QString sex;
    QString address;
    QDate issuedOn;

    // False with a message naming the field when text is not such a line. Leading and trailing
    // white space (the scanner's Enter) is ignored; fields after the seventh too (later cards
    // add some).
    static bool parse(const QString& text, CitizenIdQr* card, QString* error);
    // The start a scanner types before anything else: the 12-digit (or old 9-digit) number and
    // the first '|'. Used to recognise a scan after its first field.
    static bool isScanStart(const QString& text);
    // The first QR-shaped line inside text (a pasted line), or an empty string.
    static QString findLine(const QString& text);
};
