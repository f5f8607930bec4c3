#include "invoicesmodel.h"

#include "duesrepository.h"
#include "dunningrule.h"
#include "invoiceterms.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Sekretariat {

InvoicesModel::InvoicesModel(InvoiceRepository invoices, QObject *parent)
    : TranslatedTableModel(parent)
    , m_invoices(std::move(invoices))
{
}

QDate InvoicesModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InvoicesModel::setYear(int year)
{
    m_year = year;
    reload();
}

void InvoicesModel::setToday(const QDate &today)
{
    m_today = today;
    for (Row &row : m_rows) {
        row.status = InvoiceStatusRule::statusOf(row.invoice, this->today());
        buildSearchText(row);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool InvoicesModel::reload()
{
    const QList<Invoice> invoices = m_invoices.invoicesOfYear(m_year);
    m_lastError = m_invoices.lastError();
    const DuesRepository dues(m_invoices.database());
    m_settings = dues.loadSettings();
    if (m_lastError.isEmpty())
        m_lastError = dues.lastError();
    QList<Row> rows;
    rows.reserve(invoices.size());
    const QDate day = today();
    for (const Invoice &invoice : invoices) {
        Row row;
        row.invoice = invoice;
        row.status = InvoiceStatusRule::statusOf(invoice, day);
        buildSearchText(row);
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_lastError.isEmpty();
}

int InvoicesModel::rowOfInvoice(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).invoice.id == id)
            return int(i);
    }
    return -1;
}

QList<Invoice> InvoicesModel::invoices() const
{
    QList<Invoice> invoices;
    invoices.reserve(m_rows.size());
    for (const Row &row : m_rows)
        invoices.append(row.invoice);
    return invoices;
}

void InvoicesModel::retranslate()
{
    for (Row &row : m_rows)
        buildSearchText(row);
}

void InvoicesModel::buildSearchText(Row &row) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(cellText(row, column));
    row.searchText = parts.join(u'\n').toCaseFolded();
}

// Credit notes carry only their own (negative) amount; what was credited, paid
// and is outstanding belongs to the invoice they correct.
std::optional<Money> InvoicesModel::amountOf(const Row &row, int column) const
{
    const Invoice &invoice = row.invoice;
    const bool isInvoice = invoice.kind == InvoiceKind::Invoice;
    switch (column) {
    case AmountColumn: return invoice.amount;
    case CreditedColumn: return isInvoice ? std::optional<Money>(invoice.credited) : std::nullopt;
    case PaidColumn: return isInvoice ? std::optional<Money>(invoice.paid) : std::nullopt;
    case FeesColumn: return isInvoice ? std::optional<Money>(invoice.fees) : std::nullopt;
    case OutstandingColumn: return isInvoice ? std::optional<Money>(invoice.outstanding()) : std::nullopt;
    }
    return std::nullopt;
}

// After a reminder, the date it set: the one the member must keep now.
QDate InvoicesModel::currentDueDate(const Invoice &invoice)
{
    return invoice.reminderDueDate.isValid() ? invoice.reminderDueDate : invoice.dueDate;
}

// Shown once the invoice is overdue or in dunning; an invoice not yet due has no step to take.
std::optional<DunningRule::Proposal> InvoicesModel::nextStepOf(const Row &row) const
{
    if (row.status != InvoiceStatus::Overdue && DunningRule::stepOf(row.invoice) == 0)
        return std::nullopt;
    return DunningRule::next(row.invoice, m_settings);
}

QString InvoicesModel::cellText(const Row &row, int column) const
{
    const Invoice &invoice = row.invoice;
    const QLocale locale;
    switch (column) {
    case NumberColumn: return QString::number(invoice.number);
    case KindColumn:
        if (invoice.kind == InvoiceKind::CreditNote)
            return tr("Credit note to %1").arg(invoice.creditsInvoiceNumber);
        return InvoiceTerms::label(invoice.kind);
    case MemberNumberColumn: return invoice.buyerNumber;
    case MemberNameColumn: return invoice.buyerName;
    case YearColumn: return QString::number(invoice.year);
    case IssueDateColumn: return locale.toString(invoice.issueDate, QLocale::ShortFormat);
    case DueDateColumn:
        return invoice.kind == InvoiceKind::Invoice ? locale.toString(currentDueDate(invoice), QLocale::ShortFormat)
                                                    : QString();
    case AmountColumn:
    case CreditedColumn:
    case PaidColumn:
    case OutstandingColumn: {
        const std::optional<Money> amount = amountOf(row, column);
        return amount ? amount->toString(locale) : QString();
    }
    case FeesColumn: return invoice.fees.isZero() ? QString() : invoice.fees.toString(locale);
    case StatusColumn: return InvoiceTerms::label(row.status);
    case KidColumn: return invoice.kid;
    case RemindersColumn: return invoice.reminderCount > 0 ? locale.toString(invoice.reminderCount) : QString();
    case DunningColumn: return DunningRule::label(DunningRule::stepOf(invoice));
    case NextStepColumn: {
        const std::optional<DunningRule::Proposal> next = nextStepOf(row);
        if (!next)
            return {};
        if (next->from <= today())
            return tr("%1 now").arg(DunningRule::nextLabel(next->step));
        return tr("%1 from %2").arg(DunningRule::nextLabel(next->step), locale.toString(next->from, QLocale::ShortFormat));
    }
    }
    return {};
}

int InvoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Invoice &invoice = row.invoice;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::ToolTipRole:
        if (column == DueDateColumn && invoice.reminderDueDate.isValid())
            return tr("Reminded on %1; new due date %2 (the invoice's was %3).")
                .arg(QLocale().toString(invoice.lastReminderOn, QLocale::ShortFormat),
                     QLocale().toString(invoice.reminderDueDate, QLocale::ShortFormat),
                     QLocale().toString(invoice.dueDate, QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && row.status == InvoiceStatus::Overdue)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == OutstandingColumn && invoice.kind == InvoiceKind::Invoice && invoice.outstanding() < Money())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (invoice.kind == InvoiceKind::CreditNote || row.status == InvoiceStatus::Credited)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::TextAlignmentRole:
        if ((column >= AmountColumn && column <= OutstandingColumn) || column == NumberColumn
            || column == RemindersColumn || column == FeesColumn || column == YearColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return invoice.id;
    case SortRole:
        switch (column) {
        case NumberColumn: return invoice.number;
        case YearColumn: return invoice.year;
        case IssueDateColumn: return invoice.issueDate;
        case DueDateColumn: return currentDueDate(invoice);
        case StatusColumn: return int(row.status);
        case RemindersColumn: return invoice.reminderCount;
        case DunningColumn: return DunningRule::stepOf(invoice);
        case NextStepColumn: {
            const std::optional<DunningRule::Proposal> next = nextStepOf(row);
            return next ? QVariant(next->from) : QVariant(QDate(9999, 12, 31));
        }
        case AmountColumn:
        case CreditedColumn:
        case PaidColumn:
        case FeesColumn:
        case OutstandingColumn: {
            const std::optional<Money> amount = amountOf(row, column);
            return amount ? QVariant(amount->ore()) : QVariant(qint64(0));
        }
        default: return cellText(row, column);
        }
    case SpreadsheetValueRole:
        if (const std::optional<Money> amount = amountOf(row, column))
            return QVariant::fromValue(*amount);
        switch (column) {
        case NumberColumn: return invoice.number;
        case YearColumn: return invoice.year;
        case IssueDateColumn: return invoice.issueDate;
        case DueDateColumn: return currentDueDate(invoice);
        case RemindersColumn: return invoice.reminderCount;
        default: return {};
        }
    case ExportValueRole:
        switch (column) {
        case NumberColumn: return invoice.number;
        case KindColumn: return InvoiceTerms::key(invoice.kind);
        case YearColumn: return invoice.year;
        case IssueDateColumn: return invoice.issueDate;
        case DueDateColumn: return invoice.dueDate;
        case StatusColumn: return InvoiceTerms::key(row.status);
        case RemindersColumn: return invoice.reminderCount;
        case DunningColumn: return DunningRule::key(DunningRule::stepOf(invoice));
        case NextStepColumn: {
            const std::optional<DunningRule::Proposal> next = nextStepOf(row);
            return next ? DunningRule::key(next->step) + u' ' + next->from.toString(Qt::ISODate) : QString();
        }
        case AmountColumn:
        case CreditedColumn:
        case PaidColumn:
        case FeesColumn:
        case OutstandingColumn: {
            const std::optional<Money> amount = amountOf(row, column);
            return amount ? InvoiceTerms::exportAmount(*amount) : QString();
        }
        default: return cellText(row, column);
        }
    case SearchTextRole:
        return row.searchText;
    case StatusRole:
        return int(row.status);
    case KindRole:
        return int(invoice.kind);
    case MemberIdRole:
        return invoice.memberId;
    case DunningDueRole:
        return DunningRule::isDue(invoice, m_settings, today());
    case AmountOreRole: {
        const std::optional<Money> amount = amountOf(row, column);
        return amount ? QVariant(amount->ore()) : QVariant();
    }
    }
    return {};
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == ExportKeyRole) {
        static const char *const keys[] = {"number", "kind", "member_number", "member_name", "year",
                                           "issue_date", "due_date", "amount", "credited", "paid",
                                           "outstanding", "status", "kid", "reminders",
                                           "dunning_step", "next_step", "fees"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("Number");
    case KindColumn: return tr("Type");
    case MemberNumberColumn: return tr("Member no.");
    case MemberNameColumn: return tr("Member");
    case YearColumn: return tr("Year");
    case IssueDateColumn: return tr("Issued");
    case DueDateColumn: return tr("Due");
    case AmountColumn: return tr("Amount");
    case CreditedColumn: return tr("Credited");
    case PaidColumn: return tr("Paid");
    case OutstandingColumn: return tr("Outstanding");
    case StatusColumn: return tr("Status");
    case KidColumn: return tr("KID");
    case RemindersColumn: return tr("Reminders sent");
    case DunningColumn: return tr("Dunning step");
    case NextStepColumn: return tr("Next step");
    case FeesColumn: return tr("Fees");
    }
    return {};
}

} // namespace Sekretariat
