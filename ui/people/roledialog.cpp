#include "roledialog.h"

#include "common/datefield.h"
#include "common/doubtsquestion.h"
#include "common/optionaldateedit.h"
#include "people/roleterms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Sekretariat {

RoleDialog::RoleDialog(const QList<QPair<qint64, QString>> &members, const Role &role, QWidget *parent)
    : FormDialog(parent)
    , m_id(role.id)
    , m_form(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_member(new QComboBox(this))
    , m_validFrom(new OptionalDateEdit(this))
    , m_validTo(new OptionalDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_type->setObjectName(QStringLiteral("roleType"));
    m_member->setObjectName(QStringLiteral("roleMember"));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_validTo->setObjectName(QStringLiteral("validTo"));
    m_note->setObjectName(QStringLiteral("roleNote"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    for (RoleType type : RoleTerms::types())
        m_type->addItem(QString(), int(type));
    m_type->setCurrentIndex(m_type->findData(int(role.type)));
    for (const auto &[id, name] : members)
        m_member->addItem(name, id);
    m_member->setCurrentIndex(std::max(0, m_member->findData(role.memberId)));
    m_validFrom->setDate(role.validFrom);
    m_validTo->setDate(role.validTo);
    m_note->setText(role.note);

    m_form->addRow(new QLabel(this), m_type);
    m_form->addRow(new QLabel(this), m_member);
    m_form->addRow(new QLabel(this), m_validFrom);
    m_form->addRow(new QLabel(this), m_validTo);
    m_form->addRow(new QLabel(this), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
    setMinimumWidth(460);
    retranslateUi();
}

Role RoleDialog::role() const
{
    Role role;
    role.id = m_id;
    role.type = RoleType(m_type->currentData().toInt());
    role.memberId = m_member->currentData().toLongLong();
    role.validFrom = m_validFrom->date();
    role.validTo = m_validTo->date();
    role.note = m_note->text().trimmed();
    return role;
}

void RoleDialog::accept()
{
    if (DateField *bad = DateField::firstUnacceptable(this)) {
        m_error->setText(bad->problem(DateField::labelOf(bad)));
        m_error->show();
        bad->setFocus();
        return;
    }
    if (!DoubtsQuestion::confirmDates(this))
        return;
    const Role current = role();
    if (current.memberId <= 0) {
        m_error->setText(tr("Member: choose the member where the role is held."));
        m_error->show();
        m_member->setFocus();
        return;
    }
    if (current.validFrom.isValid() && current.validTo.isValid() && current.validTo < current.validFrom) {
        m_error->setText(tr("Until: the role cannot end before it starts."));
        m_error->show();
        m_validTo->setFocus();
        return;
    }
    QDialog::accept();
}

void RoleDialog::retranslateUi()
{
    setWindowTitle(tr("Role"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, RoleTerms::label(RoleType(m_type->itemData(i).toInt())));
    const QStringList labels{tr("&Role:"), tr("&Member:"), tr("&From:"), tr("&Until:"), tr("&Note:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels.at(row));
            label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
}

void RoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Sekretariat
