#include "memberdialog.h"

#include "common/conflictquestion.h"
#include "members/memberchanges.h"

#include "people/persondialog.h"

#include "cataloguesearchfield.h"
#include "common/checkdigits.h"
#include "common/contactcardsfile.h"
#include "common/datefield.h"
#include "common/doubtsquestion.h"
#include "common/optionaldateedit.h"
#include "dues/invoicerepository.h"
#include "memberattendancetable.h"
#include "memberaccountpanel.h"
#include "memberinvoicestable.h"
#include "memberpeopletable.h"
#include "members/memberplausibility.h"
#include "members/memberrepository.h"
#include "members/membervalidator.h"
#include "members/memberterms.h"
#include "people/personrepository.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QScopedValueRollback>
#include <QMessageBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

// Numbers, dates and choices keep their natural width; text fields take the rest.
void keepNaturalWidth(QWidget *widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, widget->sizePolicy().verticalPolicy());
}

} // namespace

MemberDialog::MemberDialog(Workspace *workspace, qint64 memberId, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_memberId(memberId)
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_tabs->addTab(createMemberTab(), {});
    m_tabs->addTab(createMembershipTab(), {});
    m_tabs->addTab(createInvoicingTab(), {});
    m_tabs->addTab(createOtherTab(), {});

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    if (m_memberId > 0) {
        if (const std::optional<Member> member = m_workspace->members().find(m_memberId))
            load(*member);
        const QList<Person> people = m_workspace->people().peopleOfMember(m_memberId);
        m_people = new MemberPeopleTable(m_memberId, people, this);
        auto *peopleTab = new QWidget(this);
        auto *peopleLayout = new QVBoxLayout(peopleTab);
        peopleLayout->setContentsMargins(0, 0, 0, 0);
        peopleLayout->addWidget(m_people);
        auto *peopleButtons = new QHBoxLayout;
        m_addPerson = new QPushButton(peopleTab);
        m_addPerson->setObjectName(QStringLiteral("addPerson"));
        m_openPerson = new QPushButton(peopleTab);
        m_openPerson->setObjectName(QStringLiteral("openPerson"));
        m_saveContacts = new QPushButton(peopleTab);
        m_saveContacts->setObjectName(QStringLiteral("saveContacts"));
        m_saveContacts->setEnabled(!people.isEmpty());
        for (QPushButton *button : {m_addPerson, m_openPerson, m_saveContacts}) {
            button->setAutoDefault(false);
            peopleButtons->addWidget(button);
        }
        peopleButtons->addStretch();
        peopleLayout->addLayout(peopleButtons);
        m_tabs->addTab(peopleTab, {});
        m_addPerson->setEnabled(!m_workspace->isReadOnly());
        connect(m_addPerson, &QPushButton::clicked, this, [this] { openPerson(0); });
        auto openCurrent = [this] {
            if (const qint64 id = m_people->currentPersonId(); id > 0)
                openPerson(id);
        };
        connect(m_openPerson, &QPushButton::clicked, this, openCurrent);
        connect(m_saveContacts, &QPushButton::clicked, this, [this] { saveContactCards(); });
        connect(m_people, &QAbstractItemView::activated, this, openCurrent);
        m_invoices = new MemberAccountPanel(m_workspace, m_memberId, this);
        m_tabs->addTab(m_invoices, {});
        m_attendance = new MemberAttendanceTable(m_workspace->attendanceOfMember(m_memberId), this);
        m_tabs->addTab(m_attendance, {});
        // Written elsewhere (another window, a command): the card's lists follow;
        // its fields do not change under the user (a save meets the version check).
        connect(m_workspace, &Workspace::changedElsewhere, this, [this] {
            m_people->setPeople(m_workspace->people().peopleOfMember(m_memberId));
            m_saveContacts->setEnabled(m_people->rowCount() > 0);
            m_invoices->reload();
            retranslateUi();
        });
    } else {
        m_catalogueSearch->setFocus();
    }
    setMinimumSize(760, 480);
    retranslateUi();
}

void MemberDialog::openPerson(qint64 personId)
{
    PersonDialog dialog(m_workspace, personId, this);
    if (personId <= 0)
        dialog.setMember(m_memberId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace->personChanged(dialog.personId());
    m_people->setPeople(m_workspace->people().peopleOfMember(m_memberId));
    m_saveContacts->setEnabled(m_people->rowCount() > 0);
    retranslateUi();
}

void MemberDialog::saveContactCards(const QString &path)
{
    QList<qint64> ids;
    for (const Person &person : m_workspace->people().peopleOfMember(m_memberId))
        ids.append(person.id);
    ContactCardsFile::save(this, *m_workspace, ids, tr("%1 contacts").arg(m_savedName), path);
}

template<typename T>
T *MemberDialog::input(const QString &field, QWidget *parent)
{
    auto *widget = new T(parent);
    widget->setObjectName(field);
    return widget;
}

QFormLayout *MemberDialog::newForm(QWidget *page, bool fillHeight) const
{
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    // Fields grow with the dialog on every platform, and labels never wrap.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    pageLayout->addLayout(form, fillHeight ? 1 : 0);
    // Rows stay together at the top instead of spreading over a tall tab.
    if (!fillHeight)
        pageLayout->addStretch(1);
    return form;
}

void MemberDialog::addRow(QFormLayout *form, const QString &field, QWidget *widget)
{
    if (qobject_cast<QComboBox *>(widget) || qobject_cast<QSpinBox *>(widget)
        || qobject_cast<OptionalDateEdit *>(widget))
        keepNaturalWidth(widget);
    auto *label = new QLabel(widget->parentWidget());
    label->setBuddy(widget);
    m_labels.insert(field, label);
    form->addRow(label, widget);
}

QWidget *MemberDialog::createMemberTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = newForm(page);

    m_catalogueSearch = new CatalogueSearchField(m_workspace->catalogue(), page);
    m_catalogueSearch->setObjectName(QStringLiteral("catalogueSearch"));
    connect(m_catalogueSearch, &CatalogueSearchField::entryPicked, this, &MemberDialog::fillFromCatalogue);
    addRow(form, QStringLiteral("catalogueSearch"), m_catalogueSearch);

    m_kind = input<QComboBox>(QStringLiteral("kind"), page);
    for (MemberKind kind : MemberTerms::kinds())
        m_kind->addItem(QString(), int(kind));
    addRow(form, QStringLiteral("kind"), m_kind);

    m_number = input<QLineEdit>(QStringLiteral("number"), page);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_number));
    m_number->setMaximumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("00000000")) + 16);
    addRow(form, QStringLiteral("number"), m_number);

    m_name = input<QLineEdit>(QStringLiteral("name"), page);
    addRow(form, QStringLiteral("name"), m_name);

    auto *county = new QWidget(page);
    m_countyNumber = input<QLineEdit>(QStringLiteral("countyNumber"), county);
    m_countyNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,2}")),
                                                                 m_countyNumber));
    m_countyNumber->setMaximumWidth(m_countyNumber->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    m_countyName = input<QLineEdit>(QStringLiteral("countyName"), county);
    auto *countyLayout = new QHBoxLayout(county);
    countyLayout->setContentsMargins(0, 0, 0, 0);
    countyLayout->addWidget(m_countyNumber);
    countyLayout->addWidget(m_countyName, 1);
    addRow(form, QStringLiteral("county"), county);
    m_labels.value(QStringLiteral("county"))->setBuddy(m_countyNumber);

    m_population = input<QSpinBox>(QStringLiteral("population"), page);
    m_population->setRange(0, 99'999'999);
    m_population->setGroupSeparatorShown(true);
    m_population->setMinimumWidth(m_population->fontMetrics().horizontalAdvance(QStringLiteral("00 000 000")) + 40);
    m_populationDate = input<OptionalDateEdit>(QStringLiteral("populationDate"), page);
    addRow(form, QStringLiteral("population"), m_population);
    addRow(form, QStringLiteral("populationDate"), m_populationDate);
    // The figures the member had before, newest first (population_history).
    m_populationHistory = new QLabel(page);
    m_populationHistory->setObjectName(QStringLiteral("populationHistory"));
    m_populationHistory->setWordWrap(true);
    m_populationHistory->setForegroundRole(QPalette::PlaceholderText);
    m_populationHistory->hide();
    form->addRow(QString(), m_populationHistory);

    m_organisationNumber = input<QLineEdit>(QStringLiteral("organisationNumber"), page);
    m_organisationNumber->setMaxLength(16);
    addRow(form, QStringLiteral("organisationNumber"), m_organisationNumber);
    return page;
}

QWidget *MemberDialog::createMembershipTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = newForm(page);

    m_status = input<QComboBox>(QStringLiteral("status"), page);
    for (MemberStatus status : MemberTerms::statuses())
        m_status->addItem(QString(), int(status));
    addRow(form, QStringLiteral("status"), m_status);
    // A new status fills its own date with today, when it has none yet.
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        OptionalDateEdit *dateOfStatus = nullptr;
        switch (MemberStatus(m_status->currentData().toInt())) {
        case MemberStatus::Prospect: dateOfStatus = m_firstContactOn; break;
        case MemberStatus::Applied: dateOfStatus = m_appliedOn; break;
        case MemberStatus::Decided: dateOfStatus = m_decisionOn; break;
        case MemberStatus::Active: dateOfStatus = m_activeFrom; break;
        case MemberStatus::Resigned: dateOfStatus = m_resignedOn; break;
        }
        if (dateOfStatus && !dateOfStatus->date().isValid())
            dateOfStatus->setDate(QDate::currentDate());
    });

    m_firstContactOn = input<OptionalDateEdit>(QStringLiteral("firstContactOn"), page);
    addRow(form, QStringLiteral("firstContactOn"), m_firstContactOn);
    m_appliedOn = input<OptionalDateEdit>(QStringLiteral("appliedOn"), page);
    addRow(form, QStringLiteral("appliedOn"), m_appliedOn);
    m_decisionOn = input<OptionalDateEdit>(QStringLiteral("decisionOn"), page);
    addRow(form, QStringLiteral("decisionOn"), m_decisionOn);
    m_decisionReference = input<QLineEdit>(QStringLiteral("decisionReference"), page);
    addRow(form, QStringLiteral("decisionReference"), m_decisionReference);
    m_activeFrom = input<OptionalDateEdit>(QStringLiteral("activeFrom"), page);
    addRow(form, QStringLiteral("activeFrom"), m_activeFrom);
    m_resignedOn = input<OptionalDateEdit>(QStringLiteral("resignedOn"), page);
    addRow(form, QStringLiteral("resignedOn"), m_resignedOn);
    return page;
}

QWidget *MemberDialog::createInvoicingTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = newForm(page);

    m_invoiceAddress = input<QPlainTextEdit>(QStringLiteral("invoiceAddress"), page);
    m_invoiceAddress->setTabChangesFocus(true);
    m_invoiceAddress->setMaximumHeight(m_invoiceAddress->fontMetrics().lineSpacing() * 5 + 12);
    addRow(form, QStringLiteral("invoiceAddress"), m_invoiceAddress);

    // Postcode, town and country apart, as an electronic invoice carries them.
    auto *place = new QWidget(page);
    m_invoicePostalCode = input<QLineEdit>(QStringLiteral("invoicePostalCode"), place);
    m_invoicePostalCode->setMaximumWidth(m_invoicePostalCode->fontMetrics().horizontalAdvance(QStringLiteral("0000000"))
                                         + 16);
    m_invoiceCity = input<QLineEdit>(QStringLiteral("invoiceCity"), place);
    m_invoiceCountry = input<QLineEdit>(QStringLiteral("invoiceCountry"), place);
    m_invoiceCountry->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_invoiceCountry));
    m_invoiceCountry->setMaximumWidth(m_invoiceCountry->fontMetrics().horizontalAdvance(QStringLiteral("NOOO")) + 16);
    auto *placeLayout = new QHBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_invoicePostalCode);
    placeLayout->addWidget(m_invoiceCity, 1);
    placeLayout->addWidget(m_invoiceCountry);
    addRow(form, QStringLiteral("invoicePlace"), place);
    m_labels.value(QStringLiteral("invoicePlace"))->setBuddy(m_invoicePostalCode);

    m_receivesEhf = input<QCheckBox>(QStringLiteral("receivesEhf"), page);
    form->addRow(new QLabel(page), m_receivesEhf);
    m_electronicAddress = input<QLineEdit>(QStringLiteral("electronicAddress"), page);
    addRow(form, QStringLiteral("electronicAddress"), m_electronicAddress);
    connect(m_receivesEhf, &QCheckBox::toggled, m_electronicAddress, &QWidget::setEnabled);
    // The default address follows the organisation number as it is typed.
    connect(m_organisationNumber, &QLineEdit::textChanged, this, &MemberDialog::showDefaultElectronicAddress);
    m_invoiceEmail = input<QLineEdit>(QStringLiteral("invoiceEmail"), page);
    addRow(form, QStringLiteral("invoiceEmail"), m_invoiceEmail);
    m_buyerReference = input<QLineEdit>(QStringLiteral("buyerReference"), page);
    addRow(form, QStringLiteral("buyerReference"), m_buyerReference);
    m_documentLanguage = input<QComboBox>(QStringLiteral("documentLanguage"), page);
    for (const QString &language : MemberTerms::documentLanguages())
        m_documentLanguage->addItem(QString(), language);
    addRow(form, QStringLiteral("documentLanguage"), m_documentLanguage);
    return page;
}

QWidget *MemberDialog::createOtherTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = newForm(page, true);

    m_website = input<QLineEdit>(QStringLiteral("website"), page);
    addRow(form, QStringLiteral("website"), m_website);
    m_notes = input<QPlainTextEdit>(QStringLiteral("notes"), page);
    m_notes->setTabChangesFocus(true);
    addRow(form, QStringLiteral("notes"), m_notes);
    return page;
}

void MemberDialog::load(const Member &member)
{
    const QScopedValueRollback loading(m_loading, true);
    m_loaded = member;
    m_savedName = member.name;
    m_kind->setCurrentIndex(m_kind->findData(int(member.kind)));
    m_number->setText(member.number);
    m_name->setText(member.name);
    m_countyNumber->setText(member.countyNumber);
    m_countyName->setText(member.countyName);
    m_population->setValue(int(std::min<qint64>(member.population, m_population->maximum())));
    m_populationDate->setDate(member.populationDate);
    m_earlierPopulations = m_workspace->populations().history(member.id);
    // The newest entry is the figure shown above.
    if (!m_earlierPopulations.isEmpty())
        m_earlierPopulations.removeFirst();
    m_organisationNumber->setText(member.organisationNumber);

    m_status->setCurrentIndex(m_status->findData(int(member.status)));
    m_firstContactOn->setDate(member.firstContactOn);
    m_appliedOn->setDate(member.appliedOn);
    m_decisionOn->setDate(member.decisionOn);
    m_decisionReference->setText(member.decisionReference);
    m_activeFrom->setDate(member.activeFrom);
    m_resignedOn->setDate(member.resignedOn);

    m_invoiceAddress->setPlainText(member.invoiceAddress);
    m_invoicePostalCode->setText(member.invoicePostalCode);
    m_invoiceCity->setText(member.invoiceCity);
    m_invoiceCountry->setText(member.invoiceCountry);
    m_receivesEhf->setChecked(member.receivesEhf);
    m_electronicAddress->setEnabled(member.receivesEhf);
    m_electronicAddress->setText(member.electronicAddress);
    m_invoiceEmail->setText(member.invoiceEmail);
    m_buyerReference->setText(member.buyerReference);
    m_documentLanguage->setCurrentIndex(std::max(0, m_documentLanguage->findData(member.documentLanguage)));
    m_website->setText(member.website);
    m_notes->setPlainText(member.notes);
}

Member MemberDialog::member() const
{
    Member member;
    member.id = m_memberId;
    member.version = m_loaded.version;
    member.kind = MemberKind(m_kind->currentData().toInt());
    member.number = m_number->text().trimmed();
    member.name = m_name->text().trimmed();
    member.countyNumber = m_countyNumber->text().trimmed();
    member.countyName = m_countyName->text().trimmed();
    member.population = m_population->value();
    member.populationDate = m_populationDate->date();
    // People write "964 965 226"; the register keeps the digits.
    const QString organisationNumber = m_organisationNumber->text().trimmed();
    const QString digits = CheckDigits::normalized(organisationNumber);
    member.organisationNumber = digits.size() == 9 ? digits : organisationNumber;

    member.status = MemberStatus(m_status->currentData().toInt());
    member.firstContactOn = m_firstContactOn->date();
    member.appliedOn = m_appliedOn->date();
    member.decisionOn = m_decisionOn->date();
    member.decisionReference = m_decisionReference->text().trimmed();
    member.activeFrom = m_activeFrom->date();
    member.resignedOn = m_resignedOn->date();

    member.invoiceAddress = m_invoiceAddress->toPlainText().trimmed();
    member.invoicePostalCode = m_invoicePostalCode->text().trimmed();
    member.invoiceCity = m_invoiceCity->text().trimmed();
    member.invoiceCountry = m_invoiceCountry->text().trimmed().toUpper();
    member.receivesEhf = m_receivesEhf->isChecked();
    member.electronicAddress = m_electronicAddress->text().trimmed();
    member.invoiceEmail = m_invoiceEmail->text().trimmed();
    member.buyerReference = m_buyerReference->text().trimmed();
    member.documentLanguage = m_documentLanguage->currentData().toString();
    member.website = m_website->text().trimmed();
    member.notes = m_notes->toPlainText().trimmed();
    return member;
}

void MemberDialog::showDefaultElectronicAddress()
{
    const QString digits = CheckDigits::normalized(m_organisationNumber->text());
    m_electronicAddress->setPlaceholderText(digits.isEmpty() ? tr("0192: and the organisation number")
                                                             : QStringLiteral("0192:") + digits);
}

void MemberDialog::fillFromCatalogue(const ReferenceEntry &entry)
{
    m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
    m_number->setText(entry.number);
    m_name->setText(entry.name);
    m_countyNumber->setText(entry.countyNumber);
    m_countyName->setText(entry.countyName);
    m_population->setValue(int(std::min<qint64>(entry.population, m_population->maximum())));
    m_populationDate->setDate(entry.populationDate);
    // Where the official list has no organisation number, the user types it.
    m_organisationNumber->setText(entry.organisationNumber);
    if (entry.organisationNumber.isEmpty())
        m_organisationNumber->setFocus();
}

void MemberDialog::accept()
{
    if (const DateField *bad = DateField::firstUnacceptable(this)) {
        showError(Outcome::failure(bad->problem(DateField::labelOf(bad)), bad->parentWidget()->objectName()));
        return;
    }
    const Member edited = member();
    // Refusals first; what is only unlikely is asked about once the rest is right.
    if (const Outcome valid = MemberValidator::validate(edited); !valid) {
        showError(valid);
        return;
    }
    if (!DoubtsQuestion::confirm(this, tr("Save the member as it is?"),
                                 MemberPlausibility::warnings(edited, m_workspace->catalogue(), QDate::currentDate())))
        return;
    MemberRepository repository = m_workspace->members();
    Outcome outcome = m_memberId > 0 ? repository.update(edited) : repository.add(edited);
    if (outcome.isConflict()) {
        const std::optional<Member> theirs = repository.find(m_memberId);
        if (!theirs)
            return;
        switch (ConflictQuestion::ask(this, outcome.message(), MemberChanges::between(m_loaded, *theirs))) {
        case ConflictQuestion::Answer::Reload:
            load(*theirs);
            markSaved();  // what the form shows now is what the register has
            return;
        case ConflictQuestion::Answer::Overwrite: {
            Member mine = edited;
            mine.version = theirs->version;
            outcome = repository.update(mine);
            break;
        }
        case ConflictQuestion::Answer::Back:
            return;
        }
    }
    if (!outcome) {
        showError(outcome);
        return;
    }
    m_error->hide();
    if (m_memberId <= 0)
        m_memberId = outcome.id();
    QDialog::accept();
}

void MemberDialog::showError(const Outcome &outcome)
{
    m_error->setText(outcome.message());
    m_error->show();
    QWidget *field = outcome.field().isEmpty() ? nullptr : findChild<QWidget *>(outcome.field());
    if (!field)
        return;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(field))
            m_tabs->setCurrentIndex(tab);
    }
    // An unset date is reached through its check box.
    if (auto *date = qobject_cast<OptionalDateEdit *>(field); date && !date->checkBox()->isChecked())
        field = date->checkBox();
    field->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
}

void MemberDialog::retranslateUi()
{
    QStringList earlier;
    for (const PopulationRecord &record : std::as_const(m_earlierPopulations).mid(0, 4))
        earlier.append(tr("%1 on %2").arg(QLocale().toString(record.population),
                                          QLocale().toString(record.populationDate, QLocale::ShortFormat)));
    m_populationHistory->setText(earlier.isEmpty() ? QString() : tr("Earlier: %1").arg(earlier.join(QStringLiteral("; "))));
    m_populationHistory->setVisible(!earlier.isEmpty());
    setWindowTitle(m_memberId > 0 ? tr("Member – %1").arg(m_savedName) : tr("New member"));
    m_tabs->setTabText(MemberTab, tr("Member"));
    m_tabs->setTabText(MembershipTab, tr("Membership"));
    m_tabs->setTabText(InvoicingTab, tr("Invoicing"));
    m_tabs->setTabText(OtherTab, tr("Other"));
    if (m_people) {
        m_tabs->setTabText(PeopleTab, tr("People (%1)").arg(m_people->rowCount()));
        m_addPerson->setText(tr("&Add Person…"));
        m_addPerson->setToolTip(tr("A new person at this member"));
        m_openPerson->setText(tr("Open Pe&rson"));
        m_openPerson->setToolTip(tr("Open the selected person (Enter or double-click)"));
        m_saveContacts->setText(tr("Save Contact &Cards…"));
        m_saveContacts->setToolTip(tr("The member's people as contact cards (vCard) for Outlook, Apple Contacts or Thunderbird"));
    }
    if (m_invoices)
        m_tabs->setTabText(InvoicesTab, tr("Invoices (%1)").arg(m_invoices->invoiceCount()));
    if (m_attendance)
        m_tabs->setTabText(EventsTab, tr("Events attended (%1)").arg(m_attendance->rowCount()));

    auto label = [this](const char *field, const QString &text) {
        m_labels.value(QString::fromLatin1(field))->setText(text);
    };
    label("catalogueSearch", tr("Find in the official list:"));
    label("kind", tr("Type:"));
    label("number", tr("Number:"));
    label("name", tr("Name:"));
    label("county", tr("County:"));
    label("population", tr("Population:"));
    label("populationDate", tr("Population on:"));
    label("organisationNumber", tr("Organisation number:"));
    label("status", tr("Status:"));
    label("firstContactOn", tr("First contact:"));
    label("appliedOn", tr("Applied on:"));
    label("decisionOn", tr("Decision date:"));
    label("decisionReference", tr("Case reference:"));
    label("activeFrom", tr("Active from:"));
    label("resignedOn", tr("Resigned on:"));
    label("invoiceAddress", tr("Invoice address:"));
    label("invoicePlace", tr("Postcode, town, country:"));
    label("electronicAddress", tr("Electronic address:"));
    label("invoiceEmail", tr("Invoice e-mail:"));
    label("buyerReference", tr("Buyer reference (Deres ref.):"));
    label("documentLanguage", tr("Document language:"));
    label("website", tr("Website:"));
    label("notes", tr("Notes:"));

    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, MemberTerms::label(MemberKind(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, MemberTerms::label(MemberStatus(m_status->itemData(i).toInt())));
    for (int i = 0; i < m_documentLanguage->count(); ++i)
        m_documentLanguage->setItemText(i, MemberTerms::languageLabel(m_documentLanguage->itemData(i).toString()));

    m_number->setPlaceholderText(tr("0301 or 46"));
    m_number->setToolTip(tr("Four digits for a municipality, two for a county municipality."));
    m_countyNumber->setToolTip(tr("County number"));
    m_countyName->setToolTip(tr("County name"));
    m_population->setToolTip(tr("Inhabitants, as published by Statistics Norway (SSB); the dues follow it."));
    m_organisationNumber->setPlaceholderText(tr("Nine digits"));
    m_decisionReference->setPlaceholderText(tr("The council's case number (saksnummer)"));
    m_firstContactOn->setToolTip(tr("The first talk with the secretariat, when the member was a prospect."));
    m_decisionOn->setToolTip(tr("The date of the council's political decision to join."));
    m_invoiceAddress->setPlaceholderText(tr("Department, street or post box, one per line"));
    m_invoicePostalCode->setPlaceholderText(tr("Postcode"));
    m_invoiceCity->setPlaceholderText(tr("Town"));
    m_invoiceCountry->setToolTip(tr("The country's two-letter code: NO for Norway"));
    showDefaultElectronicAddress();
    m_receivesEhf->setText(tr("Receives &electronic invoices (EHF)"));
    m_receivesEhf->setToolTip(tr("Public bodies must receive invoices as EHF through the Peppol network."));
    m_electronicAddress->setToolTip(tr("The member's Peppol address; leave it empty for 0192: and the "
                                       "organisation number, which nearly every municipality uses."));
    m_buyerReference->setToolTip(tr("Public bodies return invoices that lack the buyer's reference."));
    m_documentLanguage->setToolTip(tr("The language of invoices and letters sent to this member."));
    m_website->setPlaceholderText(tr("https://…"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the member and close"));
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Sekretariat
