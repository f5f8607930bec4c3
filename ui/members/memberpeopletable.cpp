#include "memberpeopletable.h"

#include "people/roleterms.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace Sekretariat {

MemberPeopleTable::MemberPeopleTable(qint64 memberId, const QList<Person> &people, QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
    , m_memberId(memberId)
    , m_people(people)
{
    setObjectName(QStringLiteral("people"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    // One line per role (rows grow to fit), so every role and period is readable.
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    retranslateUi();
}

void MemberPeopleTable::setPeople(const QList<Person> &people)
{
    m_people = people;
    fill();
}

qint64 MemberPeopleTable::currentPersonId() const
{
    const QTableWidgetItem *current = currentItem();
    return current ? current->data(Qt::UserRole).toLongLong() : 0;
}

QString MemberPeopleTable::roleText(const Role &role)
{
    const QLocale locale;
    const QString from = role.validFrom.isValid() ? locale.toString(role.validFrom, QLocale::ShortFormat) : QString();
    const QString to = role.validTo.isValid() ? locale.toString(role.validTo, QLocale::ShortFormat) : QString();
    if (from.isEmpty() && to.isEmpty())
        return RoleTerms::label(role.type);
    return tr("%1 (%2–%3)", "role (from–to)").arg(RoleTerms::label(role.type), from, to);
}

void MemberPeopleTable::fill()
{
    setRowCount(int(m_people.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Person &person = m_people.at(row);
        QStringList roles;
        for (const Role &role : person.roles) {
            if (role.memberId == m_memberId)
                roles.append(roleText(role));
        }
        const QStringList cells{person.fullName(), person.title, person.email, roles.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, person.id);
            setItem(row, column, item);
        }
    }
    // One line a row and widths measured on the first rows: a member with
    // hundreds of people still opens at once.
    horizontalHeader()->setResizeContentsPrecision(60);
    resizeColumnsToContents();
}

void MemberPeopleTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("E-mail"), tr("Roles here")});
    // Role names and date formats follow the language.
    fill();
}

void MemberPeopleTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

} // namespace Sekretariat
