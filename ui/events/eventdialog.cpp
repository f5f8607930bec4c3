#include "eventdialog.h"

#include "common/conflictquestion.h"
#include "common/listexport.h"
#include "events/eventchanges.h"
#include "events/registrationchanges.h"
#include "events/registrationrepository.h"

#include "common/clipboardnotice.h"
#include "common/doubtsquestion.h"

#include "common/filedialogs.h"
#include "common/modelroles.h"
#include "common/datefield.h"
#include "common/optionaldateedit.h"
#include "common/personpicker.h"
#include "common/registerfiltermodel.h"
#include "documents/participantlistdocument.h"
#include "events/eventrepository.h"
#include "events/eventterms.h"
#include "events/icalendarwriter.h"
#include "events/registrationrepository.h"
#include "events/registrationsmodel.h"
#include "gatheringreportdialog.h"
#include "registrationdialog.h"
#include "people/peoplemodel.h"
#include "people/personrepository.h"
#include "settings/networksettingsrepository.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include "members/memberterms.h"
#include <QComboBox>
#include <QCompleter>
#include "common/datetimefield.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sekretariat {

EventDialog::EventDialog(Workspace *workspace, qint64 eventId, QWidget *parent)
    : FormDialog(parent)
    , m_workspace(workspace)
    , m_eventId(eventId)
    , m_form(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_start(new DateTimeField(this))
    , m_end(new DateTimeField(this))
    , m_place(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_deadline(new OptionalDateEdit(this))
    , m_fee(new QLineEdit(this))
    , m_annual(new QCheckBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_registrationsTitle(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_checkIn(new QLineEdit(this))
    , m_registrations(workspace->newRegistrationsModel(eventId, this))
    , m_filter(new RegisterFilterModel(this))
    , m_view(new QTableView(this))
    , m_addPerson(new QPushButton(this))
    , m_addGuest(new QPushButton(this))
    , m_attended(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_told(new QPushButton(this))
    , m_copyEmails(new QPushButton(this))
    , m_calendar(new QPushButton(this))
    , m_participantPdf(new QPushButton(this))
    , m_exportList(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    for (EventType type : EventTerms::types())
        m_type->addItem(QString(), int(type));
    m_title->setObjectName(QStringLiteral("title"));
    m_start->setObjectName(QStringLiteral("startsAt"));
    m_end->setObjectName(QStringLiteral("endsAt"));
    const QDateTime nextMonth(QDate::currentDate().addMonths(1), QTime(10, 0));
    m_start->setDateTime(nextMonth);
    m_end->setDateTime(nextMonth.addSecs(6 * 3600));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setRange(0, 100000);
    m_annual->setObjectName(QStringLiteral("annualGathering"));
    m_deadline->setObjectName(QStringLiteral("registrationDeadline"));
    m_fee->setObjectName(QStringLiteral("fee"));
    m_description->setObjectName(QStringLiteral("description"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &language : MemberTerms::documentLanguages())
        m_language->addItem(QString(), language);
    m_description->setMaximumHeight(70);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_checkIn->setClearButtonEnabled(true);
    m_checkIn->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_attended->setObjectName(QStringLiteral("attended"));
    m_exportList->setObjectName(QStringLiteral("exportList"));

    for (QWidget *field : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_title),
                           static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_end),
                           static_cast<QWidget *>(m_place), static_cast<QWidget *>(m_link),
                           static_cast<QWidget *>(m_capacity), static_cast<QWidget *>(m_deadline),
                           static_cast<QWidget *>(m_fee), static_cast<QWidget *>(m_annual),
                           static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_description)})
        m_form->addRow(new QLabel(this), field);

    m_filter->setSourceModel(m_registrations);
    m_view->setObjectName(QStringLiteral("registrations"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int character = m_view->fontMetrics().averageCharWidth();
    for (const auto &[column, characters] : QList<QPair<int, int>>{{0, 22}, {1, 28}, {2, 15}, {3, 22}, {4, 34}})
        m_view->horizontalHeader()->resizeSection(column, characters * character + 12);
    m_view->installEventFilter(this);

    auto *checkInRow = new QHBoxLayout;
    checkInRow->addWidget(m_registrationsTitle);
    checkInRow->addStretch();
    checkInRow->addWidget(m_summary);
    auto *registrationButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addPerson, m_addGuest, m_edit, m_attended, m_cancel, m_told})
        registrationButtons->addWidget(button);
    registrationButtons->addStretch();
    auto *documentButtons = new QHBoxLayout;
    for (QPushButton *button : {m_copyEmails, m_participantPdf, m_exportList, m_calendar, m_report})
        documentButtons->addWidget(button);
    documentButtons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch();
    bottom->addWidget(m_save);
    bottom->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(checkInRow);
    layout->addWidget(m_checkIn);
    layout->addWidget(m_view, 1);
    layout->addLayout(registrationButtons);
    layout->addLayout(documentButtons);
    layout->addLayout(bottom);

    connect(m_checkIn, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_addPerson, &QPushButton::clicked, this, &EventDialog::addPersonFromRegister);
    connect(m_addGuest, &QPushButton::clicked, this, &EventDialog::addGuest);
    connect(m_attended, &QPushButton::clicked, this, &EventDialog::toggleAttended);
    connect(m_cancel, &QPushButton::clicked, this, &EventDialog::cancelCurrent);
    connect(m_edit, &QPushButton::clicked, this, &EventDialog::editCurrent);
    connect(m_told, &QPushButton::clicked, this, &EventDialog::markPromotionTold);
    connect(m_copyEmails, &QPushButton::clicked, this, &EventDialog::copyEmails);
    connect(m_calendar, &QPushButton::clicked, this, &EventDialog::saveCalendar);
    connect(m_participantPdf, &QPushButton::clicked, this, &EventDialog::saveParticipantList);
    // The registrations as the table shows them: a workbook, or CSV for Excel or plain.
    connect(m_exportList, &QPushButton::clicked, this,
            [this] { ListExport::exportViewWithDialog(this, *m_view, m_title->text()); });
    connect(m_report, &QPushButton::clicked, this, &EventDialog::showMemberReport);
    connect(m_save, &QPushButton::clicked, this, &EventDialog::accept);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const EventType type = EventType(m_type->currentData().toInt());
        m_report->setVisible(type == EventType::NetworkGathering || type == EventType::GeneralAssembly);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    resize(980, 760);
    load();
    retranslateUi();
}

void EventDialog::load()
{
    const std::optional<Event> event = m_workspace->events().find(m_eventId);
    if (!event)
        return;
    m_loaded = *event;
    m_type->setCurrentIndex(m_type->findData(int(event->type)));
    m_title->setText(event->title);
    m_start->setDateTime(event->startsAt);
    m_end->setDateTime(event->endsAt);
    m_place->setText(event->place);
    m_link->setText(event->onlineLink);
    m_capacity->setValue(event->capacity);
    m_deadline->setDate(event->registrationDeadline);
    m_fee->setText(event->fee.isZero() ? QString() : event->fee.toPlainString());
    m_annual->setChecked(event->annualGathering);
    m_language->setCurrentIndex(std::max(0, m_language->findData(event->language)));
    m_description->setPlainText(event->description);
}

bool EventDialog::saveEvent()
{
    if (DateField *bad = DateField::firstUnacceptable(this)) {
        showError(bad->problem(DateField::labelOf(bad)));
        bad->setFocus();
        return false;
    }
    if (!DoubtsQuestion::confirmDates(this))
        return false;
    for (DateTimeField *when : {m_start, m_end}) {
        QString problem = when->dateField()->problemIfRequired(DateField::labelOf(when));
        if (problem.isEmpty())
            problem = when->timeProblem(DateField::labelOf(when));
        if (!problem.isEmpty()) {
            showError(problem);
            when->setFocus();
            return false;
        }
    }
    EventRepository events = m_workspace->events();
    // What the form does not show (its UID) and its version, as the form read them.
    Event event = m_eventId > 0 ? m_loaded : Event();
    event.id = m_eventId;
    event.type = EventType(m_type->currentData().toInt());
    event.title = m_title->text().trimmed();
    event.startsAt = m_start->dateTime();
    event.endsAt = m_end->dateTime();
    event.place = m_place->text().trimmed();
    event.onlineLink = m_link->text().trimmed();
    event.capacity = m_capacity->value();
    event.registrationDeadline = m_deadline->date();
    event.fee = Money();
    if (!m_fee->text().trimmed().isEmpty()) {
        const std::optional<Money> fee = Money::parse(m_fee->text());
        if (!fee) {
            showError(tr("Fee: “%1” is not an amount.").arg(m_fee->text()));
            return false;
        }
        event.fee = *fee;
    }
    event.annualGathering = m_annual->isChecked();
    event.language = m_language->currentData().toString();
    event.description = m_description->toPlainText().trimmed();
    Outcome saved = m_eventId > 0 ? events.update(event) : events.add(event);
    if (saved.isConflict()) {
        const std::optional<Event> theirs = events.find(m_eventId);
        if (!theirs)
            return false;
        switch (ConflictQuestion::ask(this, saved.message(), EventChanges::between(m_loaded, *theirs))) {
        case ConflictQuestion::Answer::Reload:
            load();
            m_registrations->reload();
            markSaved();  // what the form shows now is what the register has
            retranslateUi();
            return false;
        case ConflictQuestion::Answer::Overwrite:
            event.version = theirs->version;
            saved = events.update(event);
            break;
        case ConflictQuestion::Answer::Back:
            return false;
        }
    }
    if (!saved) {
        showError(saved.message());
        return false;
    }
    if (m_eventId <= 0) {
        m_eventId = saved.id();
        delete m_registrations;
        m_registrations = m_workspace->newRegistrationsModel(m_eventId, this);
        m_filter->setSourceModel(m_registrations);
    } else {
        m_registrations->reload();  // a larger room may have taken people off the waiting list
    }
    m_loaded = events.find(m_eventId).value_or(event);  // the version it has now
    m_error->hide();
    retranslateUi();
    return true;
}

void EventDialog::accept()
{
    if (saveEvent())
        QDialog::accept();
}

bool EventDialog::registerPerson(qint64 personId)
{
    if (m_eventId <= 0 && !saveEvent())
        return false;
    const std::optional<Person> person = m_workspace->people().find(personId);
    if (!person)
        return false;
    return addRegistration(m_workspace->registrations().draftFor(m_eventId, *person, m_start->date()));
}

bool EventDialog::registerGuest(const QString &name, const QString &email)
{
    if (m_eventId <= 0 && !saveEvent())
        return false;
    Registration guest;
    guest.eventId = m_eventId;
    guest.guestName = name;
    guest.guestEmail = email;
    return addRegistration(guest);
}

bool EventDialog::addRegistration(const Registration &registration)
{
    const Outcome added = m_workspace->registrations().add(registration);
    if (!added) {
        showError(added.message());
        return false;
    }
    m_registrations->reload();
    updateSummary();
    if (const int position = m_workspace->registrations().waitingPosition(added.id()); position > 0) {
        const int row = m_registrations->rowOfRegistration(added.id());
        QMessageBox::information(this, tr("On the Waiting List"),
                                 tr("The event is full: %1 is number %2 on the waiting list, and moves up when a "
                                    "seat is freed.")
                                     .arg(row >= 0 ? m_registrations->registrationAt(row).name() : QString())
                                     .arg(position));
    }
    return true;
}

void EventDialog::addPersonFromRegister()
{
    if (const std::optional<qint64> person = PersonPicker::pick(m_workspace, tr("Register a Person"), tr("&Register"), this))
        registerPerson(*person);
}

void EventDialog::addGuest()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Register a Guest"), tr("Guest's name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString email = QInputDialog::getText(this, tr("Register a Guest"), tr("Guest's e-mail (may be empty):"),
                                                QLineEdit::Normal, {}, &ok);
    if (ok)
        registerGuest(name.trimmed(), email.trimmed());
}

qint64 EventDialog::currentRegistration() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

void EventDialog::toggleAttended()
{
    const qint64 id = currentRegistration();
    const int row = m_registrations->rowOfRegistration(id);
    if (row < 0)
        return;
    const Registration registration = m_registrations->registrationAt(row);
    const RegistrationStatus status = registration.status;
    const RegistrationStatus next = status == RegistrationStatus::Attended ? RegistrationStatus::Registered
                                                                            : RegistrationStatus::Attended;
    if (next == RegistrationStatus::Attended && !confirmCheckInNow())
        return;
    Outcome changed = Outcome::failure(QString());
    if (status == RegistrationStatus::Waitlisted) {
        const auto answer = QMessageBox::question(
            this, tr("Check In from the Waiting List"),
            tr("%1 is number %2 on the waiting list. Check them in on the seat of someone who did not come?")
                .arg(registration.name())
                .arg(m_workspace->registrations().waitingPosition(id)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        changed = m_workspace->registrations().checkInFromWaitingList(id);
    } else {
        changed = m_workspace->registrations().setStatus(id, next);
    }
    if (!changed) {
        showError(changed.message());
        return;
    }
    m_error->hide();
    const QString search = m_checkIn->text();
    m_registrations->reload();
    // Ready for the next name at the door.
    if (!search.isEmpty()) {
        m_checkIn->clear();
        m_checkIn->setFocus();
    }
    for (int proxyRow = 0; proxyRow < m_filter->rowCount(); ++proxyRow) {
        if (m_filter->index(proxyRow, 0).data(IdRole).toLongLong() == id)
            m_view->selectRow(proxyRow);
    }
    updateSummary();
}

bool EventDialog::confirmCheckInNow()
{
    const std::optional<Event> event = m_workspace->events().find(m_eventId);
    // Check-in starts on the event's day; earlier is asked once.
    if (!event || m_earlyCheckInConfirmed || QDate::currentDate() >= event->startsAt.date())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Check In"),
        tr("The event starts on %1. Mark people as attended already now?")
            .arg(QLocale().toString(event->startsAt.date(), QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    m_earlyCheckInConfirmed = answer == QMessageBox::Yes;
    return m_earlyCheckInConfirmed;
}

void EventDialog::cancelCurrent()
{
    const qint64 id = currentRegistration();
    const int row = m_registrations->rowOfRegistration(id);
    if (row < 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Cancel Registration"),
                                              tr("Cancel the registration of %1?").arg(m_registrations->registrationAt(row).name()),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QList<qint64> promoted;
    const Outcome cancelled = m_workspace->registrations().cancel(id, &promoted);
    if (!cancelled) {
        showError(cancelled.message());
        return;
    }
    m_registrations->reload();
    updateSummary();
    if (!promoted.isEmpty()) {
        QStringList names;
        for (qint64 promotedId : promoted)
            names.append(m_registrations->registrationAt(m_registrations->rowOfRegistration(promotedId)).name());
        QMessageBox::information(this, tr("From the Waiting List"),
                                 tr("%1 moved up from the waiting list. Tell them they have a seat.").arg(names.join(QStringLiteral(", "))));
    }
}

void EventDialog::editCurrent()
{
    const int row = m_registrations->rowOfRegistration(currentRegistration());
    if (row < 0)
        return;
    const Registration read = m_registrations->registrationAt(row);
    Registration edited = read;
    RegistrationRepository registrations = m_workspace->registrations();
    for (;;) {
        RegistrationDialog dialog(m_workspace, edited, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edited = dialog.registration();
        Outcome saved = registrations.update(edited);
        if (saved.isConflict()) {
            const std::optional<Registration> theirs = registrations.find(edited.id);
            if (!theirs)
                return;
            const ConflictQuestion::Answer answer =
                ConflictQuestion::ask(this, saved.message(), RegistrationChanges::between(read, *theirs));
            if (answer == ConflictQuestion::Answer::Back)
                continue;  // the form again, with what was typed in it
            if (answer == ConflictQuestion::Answer::Reload) {
                m_registrations->reload();
                updateSummary();
                return;
            }
            edited.version = theirs->version;
            saved = registrations.update(edited);
        }
        if (!saved) {
            showError(saved.message());
            return;
        }
        m_registrations->reload();
        return;
    }
}

void EventDialog::markPromotionTold()
{
    const qint64 id = currentRegistration();
    if (id <= 0)
        return;
    const Outcome told = m_workspace->registrations().markPromotionTold(id);
    if (!told) {
        showError(told.message());
        return;
    }
    m_registrations->reload();
}

QString EventDialog::emailList() const
{
    QStringList emails;
    for (const Registration &registration : m_registrations->registrations()) {
        const bool coming = registration.status == RegistrationStatus::Registered
            || registration.status == RegistrationStatus::Attended;
        if (coming && !registration.email().isEmpty() && !emails.contains(registration.email()))
            emails.append(registration.email());
    }
    return emails.join(QStringLiteral("; "));
}

void EventDialog::copyEmails()
{
    m_summary->setText(ClipboardNotice::copyAddresses(qobject_cast<QWidget *>(sender()), emailList()));
}

void EventDialog::saveCalendar()
{
    if (m_eventId <= 0 && !saveEvent())
        return;
    const std::optional<Event> event = m_workspace->events().find(m_eventId);
    if (!event)
        return;
    const QString path = FileDialogs::saveFile(this, tr("Save Calendar File"), QStringLiteral("calendar"),
                                               event->title + QStringLiteral(".ics"), tr("Calendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ICalendarWriter::write(*event)) < 0 || !file.commit())
        showError(tr("The calendar file could not be written: %1").arg(file.errorString()));
}

void EventDialog::saveParticipantList()
{
    if (m_eventId <= 0)
        return;
    const std::optional<Event> event = m_workspace->events().find(m_eventId);
    if (!event)
        return;
    const QString path = FileDialogs::saveFile(this, tr("Save Participant List"), QStringLiteral("pdf"),
                                               event->title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // In the event's language, as the member's documents are in theirs.
    const ParticipantListDocument document(*event, m_registrations->registrations(),
                                           m_workspace->networkSettings().load().name, event->language);
    QString error;
    if (!document.writePdf(path, &error))
        showError(tr("The participant list could not be written: %1").arg(error));
}

void EventDialog::showMemberReport()
{
    if (m_eventId <= 0)
        return;
    GatheringReportDialog report(m_workspace, m_eventId, this);
    report.exec();
}

void EventDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool EventDialog::eventFilter(QObject *watched, QEvent *event)
{
    // At the door: Space or Enter in the search field, or Space in the list, checks in.
    if ((watched == m_checkIn || watched == m_view) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool space = key->key() == Qt::Key_Space && (watched == m_view || !m_checkIn->text().endsWith(u' '));
        const bool enter = watched == m_checkIn && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
        if ((space && watched == m_view) || enter) {
            toggleAttended();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EventDialog::updateSummary()
{
    int registered = 0;
    int waiting = 0;
    int attended = 0;
    for (const Registration &registration : m_registrations->registrations()) {
        registered += registration.status == RegistrationStatus::Registered ? 1 : 0;
        waiting += registration.status == RegistrationStatus::Waitlisted ? 1 : 0;
        attended += registration.status == RegistrationStatus::Attended ? 1 : 0;
    }
    m_summary->setText(tr("%1 registered · %2 waiting · %3 attended").arg(registered).arg(waiting).arg(attended));
}

void EventDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EventDialog::retranslateUi()
{
    setWindowTitle(m_eventId > 0 ? tr("Event: %1").arg(m_title->text()) : tr("New Event"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, EventTerms::label(EventType(m_type->itemData(i).toInt())));
    const QList<QPair<QWidget *, QString>> labels{{m_type, tr("&Type:")},       {m_title, tr("T&itle:")},
                                                  {m_start, tr("&Starts:")},    {m_end, tr("&Ends:")},
                                                  {m_place, tr("&Place:")},     {m_link, tr("Online &link:")},
                                                  {m_capacity, tr("Se&ats:")},
                                                  {m_deadline, tr("Registration dead&line:")},
                                                  {m_fee, tr("&Fee (empty: free):")},         {m_annual, QString()},
                                                  {m_language, tr("Lang&uage of its documents:")},
                                                  {m_description, tr("&Description:")}};
    for (const auto &[field, text] : labels) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    }
    m_capacity->setSpecialValueText(tr("unlimited"));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, MemberTerms::languageLabel(m_language->itemData(i).toString()));
    m_annual->setText(tr("This year's annual &network gathering (members should send an administrator and a politician)"));
    m_registrationsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Registrations").toHtmlEscaped()));
    m_checkIn->setPlaceholderText(tr("Check in: type a name, then Enter marks attended…"));
    m_addPerson->setText(tr("Register &Person…"));
    m_addGuest->setText(tr("Register &Guest…"));
    m_attended->setText(tr("Atte&nded (Space)"));
    m_cancel->setText(tr("&Cancel Registration…"));
    m_copyEmails->setText(tr("Copy E-&mails"));
    m_calendar->setText(tr("Calendar File (.ics)…"));
    m_participantPdf->setText(tr("Participant &List (PDF)…"));
    m_edit->setText(tr("&Edit Registration…"));
    m_told->setText(tr("Mark as &Told"));
    m_told->setToolTip(tr("They moved up from the waiting list and have been told they have a seat"));
    m_exportList->setText(tr("E&xport List…"));
    m_exportList->setToolTip(tr("The registrations as shown, as an Excel workbook or CSV"));
    m_report->setText(tr("Members &Report…"));
    const EventType type = EventType(m_type->currentData().toInt());
    m_report->setVisible(type == EventType::NetworkGathering || type == EventType::GeneralAssembly);
    m_save->setText(tr("&Save"));
    m_close->setText(tr("Close"));
    const bool saved = m_eventId > 0;
    for (QPushButton *button : {m_attended, m_cancel, m_edit, m_told, m_copyEmails, m_participantPdf, m_exportList, m_report})
        button->setEnabled(saved);
    updateSummary();
}

} // namespace Sekretariat
