#include "DocumentChecklist.h"

#include <QHeaderView>

DocumentChecklist::DocumentChecklist(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("documentChecklist"));
    setHorizontalHeaderLabels({tr("Document handed in"), tr("Originals"), tr("Copies")});
    horizontalHeader()->setSectionResizeMode(Document, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Originals, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Copies, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setTabKeyNavigation(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setWordWrap(true);
}

void DocumentChecklist::setDocuments(const QList<RequiredDocument>& documents)
{
    setRowCount(0);
    setRowCount(int(documents.size()));
    for (int row = 0; row < documents.size(); ++row) {
        const RequiredDocument& document = documents.at(row);
        auto* name = new QTableWidgetItem(document.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
        name->setToolTip(document.name);
        setItem(row, Document, name);
        auto* originals = new QTableWidgetItem;
        originals->setData(Qt::EditRole, document.originals);
        originals->setTextAlignment(Qt::AlignCenter);
        setItem(row, Originals, originals);
        auto* copies = new QTableWidgetItem;
        copies->setData(Qt::EditRole, document.copies);
        copies->setTextAlignment(Qt::AlignCenter);
        setItem(row, Copies, copies);
    }
    resizeRowsToContents();
    if (rowCount() > 0)
        setCurrentCell(0, Document);
}

QList<RequiredDocument> DocumentChecklist::handedIn() const
{
    QList<RequiredDocument> documents;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Document)->checkState() != Qt::Checked)
            continue;
        RequiredDocument document;
        document.name = item(row, Document)->text();
        document.originals = qMax(0, item(row, Originals)->data(Qt::EditRole).toInt());
        document.copies = qMax(0, item(row, Copies)->data(Qt::EditRole).toInt());
        documents.append(document);
    }
    return documents;
}
