#pragma once

#include "common/listexport.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QMenu;
class QPrinter;
class QToolBar;
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

    // The page's toolbar: New, Open, Delete, the page's own actions, Export List
    // and Print List. The same actions are on the rows' context menu and in the
    // window's menu named after the page.
    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> pageActions() const;
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *exportListAction() const { return m_exportAction; }
    QAction *printListAction() const { return m_printAction; }
    // The page's name, as a title for what it exports and prints ("Members").
    virtual QString listTitle() const = 0;
    // The title of the window's menu of the page's actions, with its accelerator.
    virtual QString menuTitle() const = 0;

    // The list as shown (columns in their order, rows filtered and sorted) as
    // CSV in the dialect of Norwegian Excel; false with a message when it cannot
    // be written.
    using ListFormat = ListExport::Format;
    bool exportList(const QString &path, ListFormat format, QString *error = nullptr) const;
    // The format by the file's suffix: .xlsx a workbook, anything else CSV for Excel.
    bool exportList(const QString &path, QString *error = nullptr) const;
    void exportListDialog();
    void printList(QPrinter *printer) const;
    void printListDialog();

    // Visible columns narrowed (never below their header) to fit the width; the
    // page's least needed columns are hidden when even that is too wide.
    void fitColumns(int width);
    QList<int> visibleColumnsInOrder() const;

    void saveLayout() const;
    void restoreLayout();

    // After a load: an error is shown above the table until a load succeeds, so
    // an empty table never stands for rows that could not be read.
    bool showLoadResult(bool loaded, const QString &error);
    QString loadError() const;

    // Read-only: nothing on the page starts a change.
    void setReadOnly(bool readOnly);
    // Shown before its rows are read (the register still being opened): no
    // count, rather than "0", until the model is filled.
    void clearCountUntilRead();

signals:
    void countChanged();
    // A short report for the window's status bar; an empty one clears the last.
    void statusMessage(const QString &message);

protected:
    QHBoxLayout *filterBar() const { return m_filterBar; }
    // Inserted before Export List; `forRows` also puts it on the rows' context menu.
    void addPageAction(QAction *action, bool forRows = true);
    void addPageSeparator();
    // On the rows' context menu only (its place on the toolbar is in a group).
    void addRowAction(QAction *action) { m_rowActions.append(action); }
    // In the window's menu of the page only (settings, seldom used).
    void addMenuAction(QAction *action) { m_pageActions.append(action); }
    // Columns a narrow window hides first, the first given first.
    void setOptionalColumns(const QList<int> &columns) { m_optionalColumns = columns; }
    // False hides Delete where nothing may be deleted (issued invoices).
    void setDeletable(bool deletable);
    // Newly read rows may need other widths, until the user has chosen their own.
    void refitColumnsToNewRows();
    // The page from top to bottom: search row, table; pages may add around them.
    QVBoxLayout *pageLayout() const { return m_layout; }
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    virtual void retranslateUi();
    // "3 of 40 members", in the page's own words.
    virtual QString countText(int shown, int total) const = 0;
    void updateCount();

private:
    void restoreSelection();
    void showContextMenu(const QPoint &position);
    void showHeaderMenu(const QPoint &position);
    void updateRowActions();
    int headerMinimumWidth(int column) const;
    int contentWidth(int column) const;

    QString m_settingsKey;
    QToolBar *m_toolBar;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_deleteAction;
    QAction *m_pageActionsEnd;
    QAction *m_menuSeparator;
    QAction *m_exportAction;
    QAction *m_printAction;
    QList<QAction *> m_pageActions;
    QList<QAction *> m_rowActions;
    QList<int> m_optionalColumns;
    bool m_layoutRestored = false;
    bool m_userSized = false;
    bool m_headerPressed = false;
    QList<int> m_preferredWidths;
    QList<int> m_hiddenByFit;
    mutable QHash<int, int> m_contentWidths;
    bool m_readOnly = false;
    QAbstractItemModel *m_model;
    RegisterFilterModel *m_filter;
    QLineEdit *m_search;
    QHBoxLayout *m_filterBar;
    QLabel *m_count;
    QLabel *m_loadError;
    QTableView *m_view;
    // What was chosen and where the list was when its model was about to be read again.
    QList<qint64> m_keptIds;
    qint64 m_keptCurrent = 0;
    int m_keptScroll = 0;
    QVBoxLayout *m_layout;
};

} // namespace Sekretariat
