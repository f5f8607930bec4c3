#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Sekretariat {

class DateField;

class Workspace;

class DuesRunModel;
class RegisterFilterModel;

// A year's dues run: the preview of every member with its calculation, members
// can be left out, the totals; nothing is issued until the user confirms.
class DuesRunDialog : public QDialog
{
    Q_OBJECT

public:
    DuesRunDialog(const Workspace *workspace, int year, QWidget *parent = nullptr);

    int year() const;
    DuesRunModel *model() const { return m_model; }
    // The invoices the run issued, once accepted.
    QList<qint64> issuedIds() const { return m_issuedIds; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void plan();
    void describeRate();
    void setRate();
    // Last year's rate times the deflator the user types, saved as this year's.
    void carryForward();
    void updateTotals();
    void retranslateUi();

    const Workspace *m_workspace;
    DuesRunModel *m_model;
    RegisterFilterModel *m_filter;
    QSpinBox *m_year;
    DateField *m_issueDate;
    QLabel *m_yearLabel;
    QLabel *m_issueDateLabel;
    QLabel *m_rate;
    QPushButton *m_setRate;
    QPushButton *m_carryForward;
    QTableView *m_view;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QLabel *m_totals;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_issuedIds;
};

} // namespace Sekretariat
