#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "invoice.h"
#include "dunningrule.h"
#include "duessettings.h"
#include "invoicerepository.h"

#include <QDate>

namespace Sekretariat {

// The invoices and credit notes of one year (or all years), read in one query,
// with what was credited, paid and reminded and the status that follows.
class InvoicesModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KindColumn,
        MemberNumberColumn,
        MemberNameColumn,
        YearColumn,
        IssueDateColumn,
        DueDateColumn,
        AmountColumn,
        CreditedColumn,
        PaidColumn,
        OutstandingColumn,
        StatusColumn,
        KidColumn,
        RemindersColumn,
        DunningColumn,     // the step reached: 1st reminder, 2nd reminder, handed over
        NextStepColumn,    // the step proposed next, and from when
        FeesColumn,        // reminder fees
        ColumnCount
    };

    enum Role {
        StatusRole = FirstCustomRole,  // InvoiceStatus as int
        KindRole,                      // InvoiceKind as int
        MemberIdRole,                  // qint64
        AmountOreRole,                 // the column's amount in øre (qint64), for amount columns
        DunningDueRole,                // bool: overdue, and its next dunning step's day has come
    };

    explicit InvoicesModel(InvoiceRepository invoices, QObject *parent = nullptr);

    // 0 shows every year. Reloads.
    void setYear(int year);
    int year() const { return m_year; }
    // The day statuses are judged on (overdue or not); today unless a test says otherwise.
    void setToday(const QDate &today);

    bool reload();
    QString lastError() const { return m_lastError; }

    const Invoice &invoiceAt(int row) const { return m_rows.at(row).invoice; }
    int rowOfInvoice(qint64 id) const;
    InvoiceTotals totals() const { return InvoiceTotals::of(invoices()); }
    QList<Invoice> invoices() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void retranslate() override;

private:
    struct Row {
        Invoice invoice;
        InvoiceStatus status = InvoiceStatus::Open;
        QString searchText;
    };

    QDate today() const;
    void buildSearchText(Row &row) const;
    QString cellText(const Row &row, int column) const;
    std::optional<Money> amountOf(const Row &row, int column) const;
    std::optional<DunningRule::Proposal> nextStepOf(const Row &row) const;
    static QDate currentDueDate(const Invoice &invoice);

    InvoiceRepository m_invoices;
    DuesSettings m_settings;  // the dunning steps' days, read with the invoices
    QList<Row> m_rows;
    int m_year = 0;
    QDate m_today;
    QString m_lastError;
};

} // namespace Sekretariat
