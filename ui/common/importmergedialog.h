#pragma once

#include "tableimport/importplan.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace Sekretariat {

// One row of the file that matches someone (or a member) in the register:
// merge it field by field (each field's value from the file or kept), skip it,
// or add it as a new person.
class ImportMergeDialog : public QDialog
{
    Q_OBJECT

public:
    ImportMergeDialog(const ImportRow &row, ImportKind kind, QWidget *parent = nullptr);

    // The row with the user's choices.
    ImportRow row() const;
    QComboBox *action() const { return m_action; }
    QTableWidget *fields() const { return m_fields; }

private:
    ImportRow m_row;
    QComboBox *m_action;
    QTableWidget *m_fields;
};

} // namespace Sekretariat
