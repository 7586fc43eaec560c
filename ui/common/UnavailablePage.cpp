#include "UnavailablePage.h"

#include <QLabel>
#include <QVBoxLayout>

UnavailablePage::UnavailablePage(const QString& title, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* line = new QLabel(tr("This function is not available in this version."), this);
    line->setObjectName(QStringLiteral("unavailableNotice"));
    layout->addWidget(heading);
    layout->addWidget(line);
    layout->addStretch();
}
