#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace Sekretariat {

class RegisterFilterModel;

// A page of the register: a search field that filters as you type, a bar for the
// page's own filters, and a sortable table over a core model. Pages derive from it
// and say what New, Open and Delete mean for them.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~RegisterPage() override;

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    RegisterFilterModel *filterModel() const { return m_filter; }

    // The database id of the current row, or 0.
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    // Makes the row of this id current and visible, if the filters show it.
    bool selectId(qint64 id);

    virtual void addNew() = 0;
    virtual void openCurrent() = 0;
    virtual void deleteSelected() = 0;

    void saveLayout() const;
    void restoreLayout();

    // After a load: an error is shown above the table until a load succeeds, so
    // an empty table never stands for rows that could not be read.
    bool showLoadResult(bool loaded, const QString &error);
    QString loadError() const;

signals:
    void countChanged();

protected:
    QHBoxLayout *filterBar() const { return m_filterBar; }
    // The page from top to bottom: search row, table; pages may add around them.
    QVBoxLayout *pageLayout() const { return m_layout; }
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    virtual void retranslateUi();
    // "3 of 40 members", in the page's own words.
    virtual QString countText(int shown, int total) const = 0;
    void updateCount();

private:
    QString m_settingsKey;
    QAbstractItemModel *m_model;
    RegisterFilterModel *m_filter;
    QLineEdit *m_search;
    QHBoxLayout *m_filterBar;
    QLabel *m_count;
    QLabel *m_loadError;
    QTableView *m_view;
    QVBoxLayout *m_layout;
};

} // namespace Sekretariat
