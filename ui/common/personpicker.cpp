#include "personpicker.h"

#include "common/modelroles.h"
#include "people/peoplemodel.h"
#include "workspace/workspace.h"

#include <QCompleter>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace Sekretariat {

std::optional<qint64> PersonPicker::pick(Workspace *workspace, const QString &title, const QString &okText, QWidget *parent)
{
    PeopleModel *people = workspace->peopleModel();
    QStringList names;
    QList<qint64> ids;
    names.reserve(people->rowCount());
    ids.reserve(people->rowCount());
    for (int row = 0; row < people->rowCount(); ++row) {
        const QString first = people->index(row, PeopleModel::FirstNameColumn).data().toString();
        const QString last = people->index(row, PeopleModel::LastNameColumn).data().toString();
        const QString member = people->index(row, PeopleModel::MemberColumn).data().toString();
        names.append(QStringLiteral("%1 %2 – %3").arg(first, last, member));
        ids.append(people->index(row, 0).data(IdRole).toLongLong());
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("Type a few letters of the name or the member:"));
    dialog.setOkButtonText(okText);
    dialog.setCancelButtonText(tr("Cancel"));
    auto *completer = new QCompleter(names, &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    if (auto *field = dialog.findChild<QLineEdit *>())
        field->setCompleter(completer);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const qsizetype index = names.indexOf(dialog.textValue());
    if (index < 0) {
        QMessageBox::information(parent, title,
                                 tr("“%1” is not in the register; pick a name from the list.").arg(dialog.textValue()));
        return std::nullopt;
    }
    return ids.at(index);
}

} // namespace Sekretariat
