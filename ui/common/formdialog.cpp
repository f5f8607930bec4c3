#include "formdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTextEdit>

namespace Sekretariat {

namespace {

const char *const fieldProperty = "sekretariatFormField";

} // namespace

void FormDialog::countAsField(QWidget *table)
{
    table->setProperty(fieldProperty, true);
}

QStringList FormDialog::fieldValues() const
{
    QStringList values;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        // Fields of dialogs opened from this one are theirs to ask about.
        if (widget->window() != this)
            continue;
        const QString name = widget->objectName() + u'=';
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            values.append(name + line->text());
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            values.append(name + plain->toPlainText());
        else if (const auto *text = qobject_cast<const QTextEdit *>(widget))
            values.append(name + text->toPlainText());
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            values.append(name + QString::number(combo->currentIndex()) + u'/' + combo->currentText());
        else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
            values.append(name + spin->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && button->isCheckable())
            values.append(name + (button->isChecked() ? u'1' : u'0'));
        else if (const auto *table = qobject_cast<const QTableWidget *>(widget);
                 table && table->property(fieldProperty).toBool()) {
            // A list edited in the form (a person's roles): its rows' text.
            QString rows = QString::number(table->rowCount());
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (const QTableWidgetItem *item = table->item(row, column))
                        rows += u'|' + item->text();
                }
            }
            values.append(name + rows);
        }
    }
    return values;
}

void FormDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_snapshotTaken) {
        m_snapshotTaken = true;
        m_saved = fieldValues();
    }
}

bool FormDialog::hasUnsavedChanges() const
{
    return m_snapshotTaken && fieldValues() != m_saved;
}

void FormDialog::markSaved()
{
    m_saved = fieldValues();
    m_snapshotTaken = true;
}

void FormDialog::reject()
{
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    const QString thing = editedThing();
    QMessageBox question(QMessageBox::Question, windowTitle(),
                         thing.isEmpty() ? tr("Save the changes before closing?")
                                         : tr("Save the changes to %1 before closing?").arg(thing),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("unsavedChangesQuestion"));
    question.setInformativeText(tr("Discard throws away what was typed; Cancel goes back to the form."));
    question.setDefaultButton(QMessageBox::Save);
    question.setEscapeButton(QMessageBox::Cancel);
    switch (question.exec()) {
    case QMessageBox::Save:
        // The form's own save: a refusal keeps it open and says why.
        accept();
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break;
    }
}

} // namespace Sekretariat
