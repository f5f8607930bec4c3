#pragma once

#include "documentlanguage.h"
#include "events/event.h"
#include "events/registration.h"

#include <QCoreApplication>
#include <QList>

class QPainter;

namespace Sekretariat {

// The printable list of an event's participants, with a column to sign: those
// registered or attended, by name (guests among them, as they are looked up at
// the door), over as many A4 pages as needed, in the language asked for (nb, nn
// or en). A long name, member or note wraps in its column, never cut.
class ParticipantListDocument
{
    // The strings are looked up in the document's language; this gives lupdate their context.
    Q_DECLARE_TR_FUNCTIONS(ParticipantListDocument)

public:
    ParticipantListDocument(const Event &event, const QList<Registration> &registrations, const QString &networkName,
                            const QString &language);

    const QList<Registration> &participants() const { return m_participants; }
    int pageCount() const;
    void paintPage(QPainter &painter, const QRectF &page, int pageIndex) const;
    bool writePdf(const QString &path, QString *error) const;
    // The participants as CSV: name, email, member, participant_role, status, note.
    static QByteArray csv(const QList<Registration> &registrations);

private:
    QString text(const char *source, int n = -1) const;
    QStringList cellsOf(int index) const;
    // Each row's height in mm, the text wrapped in its column.
    double rowHeight(QPainter &painter, double unit, int index) const;

    QList<int> m_pageStarts;  // the first row of each page

    Event m_event;
    QList<Registration> m_participants;
    QString m_networkName;
    DocumentLanguage m_language;
};

} // namespace Sekretariat
