#pragma once

#include "people/person.h"

#include <QTableWidget>

namespace Sekretariat {

// The people of one member, read-only: name, title, e-mail, and the roles they
// hold or held there, each with its period.
class MemberPeopleTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, TitleColumn, EmailColumn, RolesColumn, ColumnCount };

    MemberPeopleTable(qint64 memberId, const QList<Person> &people, QWidget *parent = nullptr);

    // "Administrative contact (01.02.2020–)"; open ends stay open.
    static QString roleText(const Role &role);
    void setPeople(const QList<Person> &people);
    // The person of the current row, or 0.
    qint64 currentPersonId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();

    qint64 m_memberId;
    QList<Person> m_people;
};

} // namespace Sekretariat
