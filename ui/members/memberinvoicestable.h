#pragma once

#include "dues/invoice.h"

#include <QTableWidget>

namespace Sekretariat {

// A member's invoices and credit notes, newest first, with what is outstanding.
// Read-only, and short: one invoice a year.
class MemberInvoicesTable : public QTableWidget
{
    Q_OBJECT

public:
    MemberInvoicesTable(const QList<Invoice> &invoices, QWidget *parent = nullptr);

    void setInvoices(const QList<Invoice> &invoices);
    const QList<Invoice> &invoices() const { return m_invoices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<Invoice> m_invoices;
};

} // namespace Sekretariat
