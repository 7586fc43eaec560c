#pragma once

#include "catalogue/Procedure.h"

#include <QList>
#include <QTableWidget>

// The documents a procedure requires (procedure_documents), each ticked when handed in, with
// the counts of originals and copies received. Keyboard: arrows move, Space ticks, typing a
// number in a count column changes it; Tab leaves the list.
class DocumentChecklist : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { Document, Originals, Copies, ColumnCount };

    explicit DocumentChecklist(QWidget* parent = nullptr);

    // Every document ticked, with the catalogue's counts.
    void setDocuments(const QList<RequiredDocument>& documents);
    // The ticked documents with their counts.
    QList<RequiredDocument> handedIn() const;
    // A count cell is open for typing.
    bool isEditingCount() const { return state() == EditingState; }
};
