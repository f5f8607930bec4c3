#pragma once

#include "common/registerpage.h"

class QComboBox;

namespace Sekretariat {

class EventsModel;
class Workspace;

// The events: search, filters on type and upcoming or past, and the event card
// with its registrations through EventDialog.
class EventsPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit EventsPage(Workspace *workspace, QWidget *parent = nullptr);

    EventsModel *model() const { return m_model; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *whenFilter() const { return m_whenFilter; }
    void addNew() override;
    void openCurrent() override;
    void deleteSelected() override;
    void openEvent(qint64 id);

protected:
    void retranslateUi() override;
    QString countText(int shown, int total) const override;

public:
    QString listTitle() const override;
    QString menuTitle() const override;

protected:

private:
    void applyFilters();

    Workspace *m_workspace;
    EventsModel *m_model;
    QComboBox *m_typeFilter;
    QComboBox *m_whenFilter;
};

} // namespace Sekretariat
