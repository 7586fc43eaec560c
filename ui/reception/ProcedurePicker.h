#pragma once

#include "catalogue/Procedure.h"

#include <QHash>
#include <QList>
#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QListWidget;

// Search-as-you-type over the active procedures: every word typed must occur in the code, name
// or field, without regard to diacritics or case ("khai sinh" finds "Đăng ký khai sinh");
// whole-word matches in the name first, then the procedures used most at this counter.
// Keyboard: type, Up/Down move in the matches, Enter or Tab takes the highlighted one.
class ProcedurePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProcedurePicker(const Database& db, QWidget* parent = nullptr);

    bool hasProcedure() const { return !m_chosen.code.isEmpty(); }
    const Procedure& procedure() const { return m_chosen; }
    QLineEdit* searchEdit() const { return m_search; }

    // Empties the search and the choice.
    void clear();
    // Takes procedure as the choice, as if picked from the matches.
    void setProcedure(const Procedure& procedure);
    // Re-reads the catalogue for the current text (after a catalogue change).
    void refresh();
    // Among equally good matches the procedures this counter used most come first.
    void setUsage(const QHash<QString, int>& usage) { m_usage = usage; }

signals:
    void procedureChosen(const Procedure& procedure);
    // The officer took a procedure with Enter: the form moves to the next field.
    void committed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void choose(int row);

    const Database& m_db;
    QLineEdit* m_search;
    QListWidget* m_matches;
    QLabel* m_summary;
    QList<Procedure> m_found;
    Procedure m_chosen;
    QHash<QString, int> m_usage;
};
