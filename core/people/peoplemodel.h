#pragma once

#include "common/modelroles.h"
#include "common/translatedtablemodel.h"
#include "person.h"
#include "personrepository.h"

#include <QDate>
#include <QFuture>
#include <array>
#include <functional>

namespace Sekretariat {

// The people register, read in one query. Built for 100,000 rows: plain structs,
// search text made only when a search asks, and name order ranked once with the locale's
// collation so sorting by name compares integers.
class PeopleModel : public TranslatedTableModel
{
    Q_OBJECT

public:
    enum Column {
        LastNameColumn,
        FirstNameColumn,
        TitleColumn,
        MemberColumn,
        RolesColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount
    };

    enum Role {
        MemberIdRole = FirstCustomRole,  // qint64; 0 for partners outside the membership
        EmailRole,
    };

    explicit PeopleModel(PersonRepository people, QObject *parent = nullptr);
    // Waits for a loader still reading: a worker thread reading while the program ends crashes it.
    ~PeopleModel() override;

    void setReferenceDate(const QDate &date) { m_referenceDate = date; }
    // As MembersModel::setRepository: the model may stand before its database is open.
    void setRepository(PersonRepository people) { m_people = std::move(people); }

    bool reload();
    // Reads on a worker thread and fills the model when done (loaded()); the
    // window shows at once on a large register.
    void reloadInBackground();
    bool isLoading() const { return m_loading; }
    // Not read yet, but about to be: isLoading() until reloadInBackground() has finished.
    void setPending() { m_loading = true; }
    void refreshPerson(qint64 id);
    int rowOfPerson(qint64 id) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

protected:
    void retranslate() override;

private:
    // One allocation for a person's own text instead of four: on 100,000
    // people that is tens of megabytes.
    struct Row {
        enum Part { LastName, FirstName, Email, Phone, PartCount };
        qint64 id = 0;
        qint64 memberId = 0;
        QString text;                     // last name, first name, e-mail and phone, one after another
        std::array<quint16, PartCount> ends{};
        QString title;                    // shared between rows with the same title
        QString memberOrOrganisation;     // shared between the people of a member
        int lastNameRank = 0;
        quint8 currentRoles = 0;          // a bit per RoleType: 100,000 lists would cost megabytes

        QString part(Part which) const
        {
            const quint16 start = which == LastName ? 0 : ends[which - 1];
            return text.mid(start, ends[which] - start);
        }
        void setParts(const QStringList &parts)
        {
            text.clear();
            for (int i = 0; i < PartCount; ++i) {
                text += parts.value(i).left(4000);
                ends[i] = quint16(text.size());
            }
            text.squeeze();
        }
    };

    struct LoadResult {
        QList<Row> rows;
        QString error;
    };
    QList<Row> query(qint64 onlyId) const;
    // A listing of people handed over one at a time (PersonRepository::scanListing).
    using Scan = std::function<bool(const std::function<void(const PersonListing &)> &row, qint64 *expected)>;
    static QList<Row> packRows(const Scan &scan);
    static void rankRows(QList<Row> &rows);
    QString searchText(const Row &row) const;
    void rankNames();
    void restoreNaturalOrder();
    QString cellText(const Row &row, int column) const;

    PersonRepository m_people;
    QList<Row> m_rows;
    QDate m_referenceDate;
    int m_generation = 0;
    QFuture<LoadResult> m_loader;
    bool m_loading = false;
    mutable QString m_lastError;
};

} // namespace Sekretariat
