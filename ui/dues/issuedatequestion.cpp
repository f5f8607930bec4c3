#include "issuedatequestion.h"

#include "workspace/workspace.h"
#include "dues/issuedaterule.h"

#include <QMessageBox>

namespace Sekretariat {

bool IssueDateQuestion::accepts(QWidget *parent, const QString &title, const QDate &date, const Workspace *workspace)
{
    const IssueDateRule::Check check =
        IssueDateRule::check(date, workspace->invoices().latestDocumentDate(), QDate::currentDate());
    switch (check.verdict) {
    case IssueDateRule::Verdict::Ok:
        return true;
    case IssueDateRule::Verdict::Refused:
        QMessageBox::warning(parent, title, tr("Date: %1").arg(check.reason));
        return false;
    case IssueDateRule::Verdict::NeedsConfirmation:
        break;
    }
    QMessageBox question(QMessageBox::Question, title, tr("Date the document %1?").arg(QLocale().toString(date, QLocale::ShortFormat)),
                         QMessageBox::Yes | QMessageBox::Cancel, parent);
    question.setObjectName(QStringLiteral("issueDateQuestion"));
    question.setInformativeText(check.reason);
    question.setDefaultButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Yes;
}

} // namespace Sekretariat
