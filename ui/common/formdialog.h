#pragma once

#include <QDialog>
#include <QStringList>

namespace Sekretariat {

// A dialog that edits something: Cancel, Escape or closing the window after a
// change asks first (save, discard, or go on editing), so typing is never lost
// by a slip of the hand. What the fields held when the dialog was first shown
// is the measure of "changed".
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    bool hasUnsavedChanges() const;
    // Takes what the fields hold now as saved (after a save that keeps the dialog open).
    void markSaved();
    void reject() override;
    // A table that the form edits (a person's roles) counts as a field; tables
    // that only show something do not.
    static void countAsField(QWidget *table);

protected:
    void showEvent(QShowEvent *event) override;
    // What the question calls the thing edited ("the member “Gol”"); a default
    // says "the changes".
    virtual QString editedThing() const { return {}; }

private:
    QStringList fieldValues() const;

    QStringList m_saved;
    bool m_snapshotTaken = false;
};

} // namespace Sekretariat
