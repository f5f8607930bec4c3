#pragma once

#include "documentlanguage.h"
#include "dues/accountstatement.h"
#include "members/member.h"
#include "settings/networksettings.h"

#include <QCoreApplication>

class QPainter;

namespace Sekretariat {

// A member's statement of account on A4, in the member's language: every
// invoice, credit note, reminder and payment with the running balance, over as
// many pages as needed, and what the balance means for the member.
class StatementDocument
{
    // The strings are looked up in the document's language; this gives lupdate their context.
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    StatementDocument(const AccountStatement &statement, const Member &member, const NetworkSettings &seller,
                      const QDate &date);

    int pageCount() const;
    void paintPage(QPainter &painter, const QRectF &page, int pageIndex) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writePdf(QIODevice *device, QString *error) const;
    // "statement-0301-oslo-2026-12-01.pdf" in the document's language.
    QString fileName() const;
    QString title() const;
    // The line's description, as printed.
    QString describe(const StatementEntry &entry) const;

private:
    QString text(const char *source, int n = -1) const;

    AccountStatement m_statement;
    Member m_member;
    NetworkSettings m_seller;
    QDate m_date;
    DocumentLanguage m_language;
};

} // namespace Sekretariat
