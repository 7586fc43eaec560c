#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

// QR codes for printed forms (the dossier code on the receipt), drawn with libqrencode.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // A black-on-white image with `moduleSize` pixels per module and the standard quiet zone of
    // four modules; error correction level M. A null image and a message when encoding fails.
    static QImage image(const QString& text, int moduleSize, QString* error);
};
