#include "forms/FormRenderer.h"

#include "common/VietnameseDate.h"
#include "forms/QrCode.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QRawFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace {

// Document units are pixels at 96 per inch (one CSS pixel); pages are sized in them.
constexpr qreal kUnitsPerMm = 96.0 / 25.4;

// Added to the page's top margin on every page (about 1.6 mm: 20 mm becomes 21.6 mm, within the
// 20–25 mm of Nghị định 30/2020).
constexpr qreal kPageTopInset = 6;

// Between copies of the receipt: an empty, zero-height paragraph that starts a new page.
const QString kPageBreak =
    QStringLiteral("<p style=\"page-break-before: always; margin: 0; font-size: 1pt\"></p>");

// Tight paragraphs as on the official forms; a template's own <style> or style="" wins.
const QString kDefaultStyleSheet = QStringLiteral("p { margin-top: 0px; margin-bottom: 3px; }\n"
                                                  "th { font-weight: bold; }\n");

// Every table whose rows the page breaks must not split, in document order.
void collectTables(QTextFrame* frame, QList<QTextTable*>* tables)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            tables->append(table);
        collectTables(child, tables);
    }
}

// The top of a row's first lines and the foot of its last, in document units.
QPair<qreal, qreal> rowExtent(QTextTable* table, int row, QAbstractTextDocumentLayout* layout)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row || cell.column() != column)
            continue;
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom =
            std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return {top, bottom};
}

// Qt breaks a table row between pages line by line, so a ledger line or a hand-over of the
// control sheet could start on one page and end on the next. A row that would cross a page
// break is moved to the next page whole: the row before it is lengthened to the foot of the
// page by its cells' bottom padding (a block's margin would not count), and Qt repeats the
// header rows above it.
void keepRowsOnOnePage(QTextDocument* document)
{
    const qreal pageHeight = document->pageSize().height();
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    QList<QTextTable*> tables;
    collectTables(document->rootFrame(), &tables);
    for (QTextTable* table : std::as_const(tables)) {
        const int header = table->format().headerRowCount();
        for (int row = header + 1; row < table->rows(); ++row) {
            const auto [top, bottom] = rowExtent(table, row, layout);
            if (bottom <= top || bottom - top > pageHeight / 2)
                continue; // empty, or too tall to move
            const int firstPage = int(top / pageHeight);
            if (int((bottom - 1) / pageHeight) == firstPage)
                continue;
            const qreal push = (firstPage + 1) * pageHeight - top - 1;
            QTextCursor cursor(document);
            cursor.beginEditBlock();
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row - 1, column);
                if (!cell.isValid() || cell.row() != row - 1 || cell.column() != column)
                    continue;
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                format.setBottomPadding(format.bottomPadding() + push);
                cell.setFormat(format);
            }
            cursor.endEditBlock();
        }
    }
}

} // namespace

FormRenderer::FormRenderer(const OfficeSettings& settings)
    : m_settings(settings)
{}

namespace {

// Whether every face of `family` (regular, bold, italic, bold italic) has every Vietnamese
// letter in itself, not through the fallback chain a QFont would draw from.
bool coversVietnamese(const QString& family)
{
    static const QString letters = QStringLiteral("ơưạếộẤỗữỳđĐ");
    for (const bool bold : {false, true}) {
        for (const bool italic : {false, true}) {
            QFont font(family);
            font.setBold(bold);
            font.setItalic(italic);
            const QRawFont face = QRawFont::fromFont(font, QFontDatabase::Vietnamese);
            if (!face.isValid() || face.familyName() != family)
                return false;
            for (const QChar letter : letters) {
                if (!face.supportsCharacter(letter))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

QString FormRenderer::fontFamily()
{
    // DOMAIN §9: one typeface for every letter. fonts-liberation 1.x has no ơ, ư and most
    // stacked letters (ạ, ế, ộ …): its faces would make every form fall back to another face
    // in the middle of a word. Debian installs it beside fonts-liberation2 under the same
    // family name, and the font database may take a 1.x face for some styles: the 2.x files
    // are then registered again so that they win.
    static const QString chosen = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString& candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
              QStringLiteral("Tinos"), QStringLiteral("DejaVu Serif")}) {
            if (!families.contains(candidate))
                continue;
            if (coversVietnamese(candidate))
                return candidate;
            if (candidate == QLatin1String("Liberation Serif")) {
                const QDir liberation2(QStringLiteral("/usr/share/fonts/truetype/liberation2"));
                for (const QString& file :
                     liberation2.entryList({QStringLiteral("LiberationSerif-*.ttf")}, QDir::Files))
                    QFontDatabase::addApplicationFont(liberation2.filePath(file));
                if (coversVietnamese(candidate))
                    return candidate;
            }
        }
        return QStringLiteral("serif");
    }();
    return chosen;
}

QFont FormRenderer::bodyFont()
{
    QFont font(fontFamily());
    font.setPointSizeF(13);
    font.setStyleHint(QFont::Serif);
    return font;
}

QPageLayout FormRenderer::pageLayout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
}

QString FormRenderer::officialName(FormKind kind, FormSet set)
{
    const bool tt03 = set == FormSet::Tt03_2025;
    switch (kind) {
    case FormKind::Receipt:
        return QStringLiteral("Mẫu số 01 - Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    case FormKind::Supplement:
        return QStringLiteral("Mẫu số 02 - Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
    case FormKind::Refusal:
        return QStringLiteral("Mẫu số 03 - Phiếu từ chối tiếp nhận giải quyết hồ sơ");
    case FormKind::Apology:
        return tt03 ? QStringLiteral("Mẫu số 04 - Văn bản xin lỗi và đề nghị gia hạn thời gian "
                                     "giải quyết")
                    : QStringLiteral("Mẫu số 04 - Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    case FormKind::Stop:
        return QStringLiteral("Mẫu số 05 - Thông báo dừng giải quyết hồ sơ");
    case FormKind::ControlSheet:
        return tt03 ? QStringLiteral("Mẫu số 06 - Phiếu kiểm soát quá trình giải quyết hồ sơ")
                    : QStringLiteral("Mẫu số 05 - Phiếu kiểm soát quá trình giải quyết hồ sơ");
    case FormKind::Ledger:
        return tt03 ? QStringLiteral("Mẫu số 07 - Sổ theo dõi hồ sơ")
                    : QStringLiteral("Mẫu số 06 - Sổ theo dõi hồ sơ");
    }
    return QString();
}

FormData FormRenderer::withHeader(FormKind kind, const FormData& data) const
{
    FormData filled;
    // NĐ 30/2020: the issuing agency and its parent are printed in capitals.
    filled.set(QStringLiteral("parent_agency"), m_settings.parentAgency.trimmed().toUpper());
    filled.set(QStringLiteral("agency_name"), m_settings.agencyName.trimmed().toUpper());
    filled.set(QStringLiteral("agency_name_text"), m_settings.agencyName.trimmed());
    filled.set(QStringLiteral("place_name"), m_settings.placeName.trimmed());
    // The control sheet and the ledger are kept, not issued: no number, no date line.
    if (kind != FormKind::ControlSheet && kind != FormKind::Ledger) {
        const QDate issued = m_issueDate.isValid() ? m_issueDate : QDate::currentDate();
        filled.set(QStringLiteral("date_line"),
                   VietnameseDate::dateLine(m_settings.placeName, issued));
    }
    for (auto it = data.fields.cbegin(); it != data.fields.cend(); ++it)
        filled.set(it.key(), it.value());
    filled.tables = data.tables;
    return filled;
}

bool FormRenderer::html(FormKind kind, FormSet set, const FormData& data, QString* html,
                        FormTemplate* used, QString* error) const
{
    if (kind == FormKind::Stop && set == FormSet::Tt01_2018) {
        if (error)
            *error = tr("Form 05 (notice of stopping the processing) exists only in Circular "
                        "03/2025/TT-VPCP; this dossier falls under Circular 01/2018/TT-VPCP, "
                        "whose forms have no such notice.");
        return false;
    }
    FormTemplate form;
    if (!form.load(set, FormKinds::key(kind), error))
        return false;
    const FormData filled = withHeader(kind, data);
    const QStringList copies = form.copies().isEmpty() ? QStringList{QString()} : form.copies();
    QString out;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        QString page;
        if (!form.fill(filled, copies.at(i), &page, error))
            return false;
        if (i > 0)
            out += kPageBreak;
        out += page;
    }
    *html = out;
    if (used)
        *used = form;
    return true;
}

bool FormRenderer::render(FormKind kind, const FormData& data, const QDate& receivedOn,
                          FormDocument* out, QString* error) const
{
    if (!receivedOn.isValid()) {
        if (error)
            *error = tr("Printing: the receipt date is missing, so the set of forms (Circular "
                        "01/2018 or 03/2025) cannot be chosen.");
        return false;
    }
    return render(kind, FormSets::forReceiptDate(receivedOn, m_settings), data, out, error);
}

bool FormRenderer::render(FormKind kind, FormSet set, const FormData& data, FormDocument* out,
                          QString* error) const
{
    QString text;
    FormTemplate form;
    if (!html(kind, set, data, &text, &form, error))
        return false;

    // Fonts are sized for a fixed 96 dpi device, the unit of the page size below; with the
    // screen's resolution (120 or 144 dpi on many desktops) the text would outgrow the page.
    auto device = std::make_shared<QImage>(1, 1, QImage::Format_RGB32);
    device->setDotsPerMeterX(qRound(96 / 0.0254));
    device->setDotsPerMeterY(qRound(96 / 0.0254));
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(device.get());
    document->setUseDesignMetrics(true); // print metrics, not screen-hinted ones
    document->setDefaultFont(bodyFont());
    document->setDocumentMargin(0); // the page layout holds the margins
    document->setDefaultStyleSheet(kDefaultStyleSheet);

    for (const QString& field : form.qrFields()) {
        const QString value = data.field(field).trimmed();
        if (value.isEmpty())
            continue; // no code yet: the image is left out
        QString qrError;
        const QImage image = QrCode::image(value, 8, &qrError);
        if (image.isNull()) {
            if (error)
                *error = qrError;
            return false;
        }
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:") + field),
                              image);
    }

    const QPageLayout layout = pageLayout(form.isLandscape());
    const QSizeF paint = layout.paintRect(QPageLayout::Millimeter).size();
    document->setPageSize(paint * kUnitsPerMm);
    document->setHtml(text);
    // The root frame's top margin repeats on every page: it keeps the accents of a page's first
    // line (Ấ, Ỗ …) from reaching up into the page before.
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setTopMargin(kPageTopInset);
    document->rootFrame()->setFrameFormat(root);
    keepLegalReferencesWhole(document.get());
    keepRowsOnOnePage(document.get());

    out->kind = kind;
    out->set = set;
    out->title = officialName(kind, set);
    out->templateSource = form.source();
    out->pageLayout = layout;
    out->layoutDevice = device;
    out->document = document;
    return true;
}

void FormRenderer::keepLegalReferencesWhole(QTextDocument* document)
{
    // Number[/year]/symbol-symbol…: the form of a legal document's number (Nghị định
    // 30/2020/NĐ-CP, Phụ lục I: "Số, ký hiệu của văn bản").
    static const QRegularExpression reference(
        QStringLiteral("\\d+(?:/\\d{4})?/[\\p{Lu}\\p{Ll}]+(?:-[\\p{Lu}\\p{Ll}\\d]+)+"));
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // Only a block holding a reference is laid out here.
        if (!reference.match(block.text()).hasMatch())
            continue;
        // Each cut moves the rest of the block: look again until every reference is whole.
        for (int cuts = 0; cuts < 32; ++cuts) {
            document->documentLayout()->blockBoundingRect(block); // lays the block out
            const QTextLayout* layout = block.layout();
            const QString now = block.text();
            int cutAt = -1;
            auto matches = reference.globalMatch(now);
            while (cutAt < 0 && matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                const QTextLine first = layout->lineForTextPosition(match.capturedStart());
                const QTextLine last = layout->lineForTextPosition(match.capturedEnd() - 1);
                if (first.isValid() && last.isValid() && first.lineNumber() != last.lineNumber() &&
                    match.capturedStart() > first.textStart())
                    cutAt = int(match.capturedStart());
            }
            if (cutAt < 0)
                break;
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + cutAt);
            cursor.insertText(QString(QChar::LineSeparator));
        }
    }
}
