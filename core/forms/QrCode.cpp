#include "forms/QrCode.h"

#include <QPainter>

#include <memory>

#include <qrencode.h>

QImage QrCode::image(const QString& text, int moduleSize, QString* error)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || moduleSize < 1) {
        if (error)
            *error = tr("QR code: there is no text to encode.");
        return QImage();
    }
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        if (error)
            *error = tr("QR code: \"%1\" could not be encoded.").arg(text);
        return QImage();
    }
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte: the module is dark.
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize,
                                 moduleSize, Qt::black);
        }
    }
    painter.end();
    // One bit per pixel: the PDF writer then stores it losslessly (never as JPEG, whose
    // artefacts make a small printed code hard to scan).
    return image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
}
