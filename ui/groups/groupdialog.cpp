#include "groupdialog.h"

#include "common/clipboardnotice.h"

#include "common/datefield.h"
#include "common/doubtsquestion.h"
#include "common/optionaldateedit.h"
#include "common/personpicker.h"
#include "events/themegrouprepository.h"
#include "people/personrepository.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sekretariat {

GroupDialog::GroupDialog(Workspace *workspace, qint64 groupId, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_theme(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_startsOn(new OptionalDateEdit(this))
    , m_endsOn(new OptionalDateEdit(this))
    , m_leader(new QLabel(this))
    , m_chooseLeader(new QPushButton(this))
    , m_participantsTitle(new QLabel(this))
    , m_participants(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_copyEmails(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("groupDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_description->setMaximumHeight(80);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_participants->setSortingEnabled(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    m_save->setDefault(true);

    auto *leaderRow = new QHBoxLayout;
    leaderRow->addWidget(m_leader, 1);
    leaderRow->addWidget(m_chooseLeader);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_theme),
                           static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_startsOn),
                           static_cast<QWidget *>(m_endsOn)})
        m_form->addRow(new QLabel(this), field);
    m_form->addRow(new QLabel(this), leaderRow);
    auto *participantButtons = new QHBoxLayout;
    participantButtons->addWidget(m_add);
    participantButtons->addWidget(m_remove);
    participantButtons->addWidget(m_copyEmails);
    participantButtons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_save);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_participantsTitle);
    layout->addWidget(m_participants, 1);
    layout->addLayout(participantButtons);
    layout->addLayout(bottom);

    connect(m_chooseLeader, &QPushButton::clicked, this, [this] {
        if (const auto person = PersonPicker::pick(m_workspace, tr("Group Leader"), tr("&Choose"), this))
            setLeader(*person);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto person = PersonPicker::pick(m_workspace, tr("Add to the Group"), tr("&Add"), this))
            addParticipant(*person);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_participants->selectedItems()); });
    connect(m_copyEmails, &QPushButton::clicked, this, [this] { ClipboardNotice::copyAddresses(m_copyEmails, emailList()); });
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_save, &QPushButton::clicked, this, &GroupDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(640, 620);
    load();
    retranslateUi();
}

void GroupDialog::load()
{
    const std::optional<ThemeGroup> group = m_workspace->themeGroups().find(m_groupId);
    if (!group)
        return;
    m_name->setText(group->name);
    m_theme->setText(group->theme);
    m_description->setPlainText(group->description);
    m_startsOn->setDate(group->startsOn);
    m_endsOn->setDate(group->endsOn);
    setLeader(group->leaderId);
    for (qint64 id : group->participantIds)
        addParticipant(id);
}

void GroupDialog::setLeader(qint64 personId)
{
    m_leaderId = personId;
    const std::optional<Person> person = m_workspace->people().find(personId);
    m_leader->setText(person ? person->fullName() : tr("(none)"));
}

void GroupDialog::addParticipant(qint64 personId)
{
    for (int row = 0; row < m_participants->count(); ++row) {
        if (m_participants->item(row)->data(Qt::UserRole).toLongLong() == personId)
            return;
    }
    const std::optional<Person> person = m_workspace->people().find(personId);
    if (!person)
        return;
    QString text = person->fullName();
    if (!person->email.isEmpty())
        text += QStringLiteral(" <%1>").arg(person->email);
    auto *item = new QListWidgetItem(text, m_participants);
    item->setData(Qt::UserRole, personId);
    item->setData(Qt::UserRole + 1, person->email);
}

QString GroupDialog::emailList() const
{
    QStringList emails;
    for (int row = 0; row < m_participants->count(); ++row) {
        const QString email = m_participants->item(row)->data(Qt::UserRole + 1).toString();
        if (!email.isEmpty() && !emails.contains(email))
            emails.append(email);
    }
    return emails.join(QStringLiteral("; "));
}

void GroupDialog::accept()
{
    if (DateField *bad = DateField::firstUnacceptable(this)) {
        m_error->setText(bad->problem(DateField::labelOf(bad)));
        m_error->show();
        bad->setFocus();
        return;
    }
    if (!DoubtsQuestion::confirmDates(this))
        return;
    ThemeGroup group;
    group.id = m_groupId;
    group.name = m_name->text();
    group.theme = m_theme->text().trimmed();
    group.description = m_description->toPlainText().trimmed();
    group.startsOn = m_startsOn->date();
    group.endsOn = m_endsOn->date();
    group.leaderId = m_leaderId;
    for (int row = 0; row < m_participants->count(); ++row)
        group.participantIds.append(m_participants->item(row)->data(Qt::UserRole).toLongLong());
    ThemeGroupRepository groups = m_workspace->themeGroups();
    const Outcome saved = m_groupId > 0 ? groups.update(group) : groups.add(group);
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    m_groupId = saved.id();
    QDialog::accept();
}

void GroupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GroupDialog::retranslateUi()
{
    setWindowTitle(m_groupId > 0 ? tr("Theme Group: %1").arg(m_name->text()) : tr("New Theme Group"));
    const QList<QPair<QWidget *, QString>> labels{{m_name, tr("&Name:")},
                                                  {m_theme, tr("&Theme:")},
                                                  {m_description, tr("&Description:")},
                                                  {m_startsOn, tr("&Starts:")},
                                                  {m_endsOn, tr("&Ends:")}};
    for (const auto &[field, text] : labels) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    }
    if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        label->setText(tr("Leader:"));
    if (m_leaderId <= 0)
        m_leader->setText(tr("(none)"));
    m_chooseLeader->setText(tr("C&hoose…"));
    m_participantsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("People in the group").toHtmlEscaped()));
    m_add->setText(tr("&Add Person…"));
    m_remove->setText(tr("&Remove"));
    m_copyEmails->setText(tr("Copy E-&mails"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace Sekretariat
