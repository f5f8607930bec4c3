#include "persondialog.h"

#include "common/conflictquestion.h"
#include "people/personchanges.h"

#include "events/themegrouprepository.h"
#include "members/memberrepository.h"
#include "people/personrepository.h"
#include "people/roleterms.h"
#include "roledialog.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sekretariat {

PersonDialog::PersonDialog(Workspace *workspace, qint64 personId, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_personId(personId)
    , m_form(new QFormLayout)
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_member(new QComboBox(this))
    , m_organisation(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_rolesLabel(new QLabel(this))
    , m_rolesTable(new QTableWidget(0, 5, this))
    , m_addRole(new QPushButton(this))
    , m_editRole(new QPushButton(this))
    , m_removeRole(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const QList<std::pair<QWidget *, const char *>> names{
        {m_firstName, "firstName"}, {m_lastName, "lastName"}, {m_title, "title"},
        {m_email, "email"},         {m_phone, "phone"},       {m_member, "member"},
        {m_organisation, "organisation"}, {m_address, "address"}, {m_postalCode, "postalCode"},
        {m_city, "city"}, {m_notes, "notes"}, {m_rolesTable, "rolesTable"},
        {m_addRole, "addRole"},     {m_editRole, "editRole"}, {m_removeRole, "removeRole"},
        {m_error, "errorLabel"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    countAsField(m_rolesTable);

    QList<Member> members = workspace->members().all();
    m_member->addItem(QString(), qint64(0));
    for (const Member &member : std::as_const(members)) {
        const QString label = QStringLiteral("%1 (%2)").arg(member.name, member.number);
        m_members.append({member.id, label});
        m_member->addItem(label, member.id);
    }
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_rolesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rolesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rolesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rolesTable->verticalHeader()->hide();
    m_rolesTable->horizontalHeader()->setStretchLastSection(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    if (personId > 0) {
        if (const std::optional<Person> person = workspace->people().find(personId))
            load(*person);
    }

    // The postcode and the town on one line, as an address is written.
    auto *postalLine = new QHBoxLayout;
    postalLine->setContentsMargins(0, 0, 0, 0);
    m_postalCode->setMaxLength(10);
    m_postalCode->setMaximumWidth(m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + 16);
    postalLine->addWidget(m_postalCode);
    postalLine->addWidget(m_city, 1);
    for (QWidget *field : {static_cast<QWidget *>(m_firstName), static_cast<QWidget *>(m_lastName),
                           static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_member),
                           static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_address)})
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(new QLabel(this), postalLine);
    m_form->addRow(new QLabel(this), m_notes);

    auto *roleButtons = new QHBoxLayout;
    roleButtons->addWidget(m_addRole);
    roleButtons->addWidget(m_editRole);
    roleButtons->addWidget(m_removeRole);
    roleButtons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_rolesLabel);
    layout->addWidget(m_rolesTable, 1);
    layout->addLayout(roleButtons);
    m_groups = new QLabel(this);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_groups->setWordWrap(true);
    layout->addWidget(m_groups);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    connect(m_addRole, &QPushButton::clicked, this, [this] {
        Role role;
        role.type = RoleType::AdministrativeContact;
        role.memberId = m_member->currentData().toLongLong();
        RoleDialog dialog(m_members, role, this);
        if (dialog.exec() == QDialog::Accepted)
            addRole(dialog.role());
    });
    connect(m_editRole, &QPushButton::clicked, this, [this] { editRole(m_rolesTable->currentRow()); });
    connect(m_rolesTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { editRole(row); });
    connect(m_removeRole, &QPushButton::clicked, this, [this] {
        const int row = m_rolesTable->currentRow();
        if (row >= 0 && row < m_roles.size()) {
            m_roles.removeAt(row);
            showRoles();
        }
    });
    connect(m_rolesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = m_rolesTable->currentRow() >= 0 && !m_rolesTable->selectedItems().isEmpty();
        m_editRole->setEnabled(selected);
        m_removeRole->setEnabled(selected);
    });

    setMinimumSize(720, 620);
    retranslateUi();
    showRoles();
}

QString PersonDialog::memberName(qint64 memberId) const
{
    for (const auto &[id, name] : m_members) {
        if (id == memberId)
            return name;
    }
    return {};
}

void PersonDialog::setMember(qint64 memberId)
{
    m_member->setCurrentIndex(std::max(0, m_member->findData(memberId)));
}

void PersonDialog::addRole(const Role &role)
{
    m_roles.append(role);
    showRoles();
}

void PersonDialog::editRole(int row)
{
    if (row < 0 || row >= m_roles.size())
        return;
    RoleDialog dialog(m_members, m_roles.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_roles[row] = dialog.role();
    showRoles();
}

void PersonDialog::showRoles()
{
    const QLocale locale;
    m_rolesTable->setRowCount(int(m_roles.size()));
    for (int row = 0; row < m_roles.size(); ++row) {
        const Role &role = m_roles.at(row);
        const QStringList cells{RoleTerms::label(role.type), memberName(role.memberId),
                                role.validFrom.isValid() ? locale.toString(role.validFrom, QLocale::ShortFormat) : QString(),
                                role.validTo.isValid() ? locale.toString(role.validTo, QLocale::ShortFormat) : QString(),
                                role.note};
        for (int column = 0; column < cells.size(); ++column)
            m_rolesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_rolesTable->resizeColumnsToContents();
    m_editRole->setEnabled(false);
    m_removeRole->setEnabled(false);
}

void PersonDialog::load(const Person &person)
{
    m_loaded = person;
    m_personId = person.id;
    m_firstName->setText(person.firstName);
    m_lastName->setText(person.lastName);
    m_title->setText(person.title);
    m_email->setText(person.email);
    m_phone->setText(person.phone);
    m_member->setCurrentIndex(std::max(0, m_member->findData(person.memberId)));
    m_organisation->setText(person.organisation);
    m_address->setText(person.address);
    m_postalCode->setText(person.postalCode);
    m_city->setText(person.city);
    m_notes->setPlainText(person.notes);
    m_roles = person.roles;
}

QString PersonDialog::describe(const Person &person) const
{
    QStringList details;
    if (person.memberId > 0)
        details.append(memberName(person.memberId));
    else if (!person.organisation.isEmpty())
        details.append(person.organisation);
    if (!person.email.isEmpty())
        details.append(person.email);
    return details.isEmpty() ? person.fullName()
                             : tr("%1 (%2)", "person (member, e-mail)").arg(person.fullName(), details.join(QStringLiteral(", ")));
}

bool PersonDialog::confirmNoDuplicate(const Person &person)
{
    const QList<Person> others = m_workspace->people().possibleDuplicates(person);
    if (others.isEmpty())
        return true;
    QStringList listed;
    for (const Person &other : others)
        listed.append(describe(other));
    const bool sameEmail = !person.email.isEmpty()
        && std::any_of(others.cbegin(), others.cend(),
                       [&person](const Person &other) { return other.email.compare(person.email, Qt::CaseInsensitive) == 0; });
    QMessageBox question(QMessageBox::Question, tr("Already in the register?"),
                         (sameEmail ? tr("Someone in the register has the e-mail address %1:").arg(person.email)
                                    : tr("Someone with this name is registered at %1 already:").arg(memberName(person.memberId)))
                             + QStringLiteral("\n\n") + listed.join(u'\n'),
                         QMessageBox::Cancel, this);
    question.setObjectName(QStringLiteral("duplicateQuestion"));
    question.setInformativeText(tr("Open the person registered, or save this one as another person?"));
    QPushButton *open = question.addButton(tr("Open Registered Person"), QMessageBox::AcceptRole);
    QPushButton *save = question.addButton(tr("Save as Another Person"), QMessageBox::DestructiveRole);
    question.setDefaultButton(open);
    question.exec();
    if (question.clickedButton() == save)
        return true;
    if (question.clickedButton() == open) {
        // What was typed gives way to the person registered, unchanged.
        if (const std::optional<Person> registered = m_workspace->people().find(others.first().id)) {
            load(*registered);
            showRoles();
            markSaved();
            m_error->hide();
            retranslateUi();
        }
    }
    return false;
}

Person PersonDialog::personFromFields() const
{
    Person person;
    person.id = m_personId;
    person.version = m_loaded.version;
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.title = m_title->text().trimmed();
    person.email = m_email->text().trimmed();
    person.phone = m_phone->text().trimmed();
    person.memberId = m_member->currentData().toLongLong();
    person.organisation = m_organisation->text().trimmed();
    person.address = m_address->text().trimmed();
    person.postalCode = m_postalCode->text().trimmed();
    person.city = m_city->text().trimmed();
    person.notes = m_notes->toPlainText().trimmed();
    person.roles = m_roles;
    return person;
}

void PersonDialog::accept()
{
    PersonRepository repository = m_workspace->people();
    const Person person = personFromFields();
    // Asked when a person is added, or one's name, e-mail or member changes.
    const bool sameIdentity = m_personId > 0 && person.email.compare(m_loaded.email, Qt::CaseInsensitive) == 0
        && person.firstName == m_loaded.firstName && person.lastName == m_loaded.lastName
        && person.memberId == m_loaded.memberId;
    if (!sameIdentity && !confirmNoDuplicate(person))
        return;
    Outcome saved = m_personId > 0 ? repository.update(person) : repository.add(person);
    if (saved.isConflict()) {
        const std::optional<Person> theirs = repository.find(m_personId);
        if (!theirs)
            return;
        switch (ConflictQuestion::ask(this, saved.message(), PersonChanges::between(m_loaded, *theirs))) {
        case ConflictQuestion::Answer::Reload:
            load(*theirs);
            showRoles();
            retranslateUi();
            markSaved();  // what the form shows now is what the register has
            return;
        case ConflictQuestion::Answer::Overwrite: {
            Person mine = person;
            mine.version = theirs->version;
            saved = repository.update(mine);
            break;
        }
        case ConflictQuestion::Answer::Back:
            return;
        }
    }
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        if (QWidget *field = findChild<QWidget *>(saved.field() == u"roles" ? QStringLiteral("rolesTable") : saved.field()))
            field->setFocus();
        return;
    }
    m_personId = saved.id();
    QDialog::accept();
}

void PersonDialog::retranslateUi()
{
    setWindowTitle(m_personId > 0 ? tr("Person – %1").arg(personFromFields().fullName()) : tr("New person"));
    const QStringList labels{tr("&First name:"), tr("&Last name:"),     tr("&Title:"),
                             tr("&E-mail:"),     tr("&Phone:"),         tr("&Member:"),
                             tr("&Organisation:"), tr("Addre&ss:"),     tr("Post&code and town:"),
                             tr("N&otes:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(labels.at(row));
            QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
            label->setBuddy(field ? field : m_postalCode);
        }
    }
    m_address->setPlaceholderText(tr("Their own, if not their member's"));
    m_postalCode->setPlaceholderText(tr("0150"));
    m_city->setPlaceholderText(tr("Town"));
    m_member->setItemText(0, tr("None – partner outside the membership"));
    m_organisation->setPlaceholderText(tr("For partners: where they work"));
    m_rolesLabel->setText(tr("Roles:"));
    m_rolesTable->setHorizontalHeaderLabels({tr("Role"), tr("Member"), tr("From"), tr("Until"), tr("Note")});
    m_addRole->setText(tr("&Add role…"));
    m_editRole->setText(tr("E&dit role…"));
    m_removeRole->setText(tr("&Remove role"));
    QStringList groups;
    if (m_personId > 0) {
        for (const ThemeGroup &group : m_workspace->themeGroups().groupsOfPerson(m_personId))
            groups.append(group.name);
    }
    m_groups->setText(tr("Theme groups: %1").arg(groups.isEmpty() ? tr("none") : groups.join(QStringLiteral(", "))));
    showRoles();
}

void PersonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Sekretariat
