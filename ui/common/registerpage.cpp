#include "registerpage.h"

#include "common/elidingdelegate.h"
#include "common/filedialogs.h"
#include "common/iconcache.h"
#include "common/modelroles.h"
#include "common/registerfiltermodel.h"
#include "common/shownlist.h"
#include "common/listexport.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QHash>
#include <QMenu>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Sekretariat {

namespace {

// Rows whose text a fit of the columns measures.
constexpr int contentRowsMeasured = 60;

} // namespace

RegisterPage::RegisterPage(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_toolBar(new QToolBar(this))
    , m_newAction(new QAction(IconCache::icon(QStringLiteral("action-new")), QString(), this))
    , m_openAction(new QAction(IconCache::icon(QStringLiteral("action-open")), QString(), this))
    , m_deleteAction(new QAction(IconCache::icon(QStringLiteral("action-delete")), QString(), this))
    , m_pageActionsEnd(nullptr)
    , m_menuSeparator(new QAction(this))
    , m_exportAction(new QAction(IconCache::icon(QStringLiteral("action-export")), QString(), this))
    , m_printAction(new QAction(IconCache::icon(QStringLiteral("action-print")), QString(), this))
    , m_model(model)
    , m_filter(new RegisterFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_filterBar(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_loadError(new QLabel(this))
    , m_view(new QTableView(this))
    , m_layout(new QVBoxLayout(this))
{
    m_filter->setSourceModel(model);

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->installEventFilter(this);
    m_search->setMinimumWidth(260);

    m_menuSeparator->setSeparator(true);
    m_toolBar->setObjectName(QStringLiteral("pageToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(IconCache::pageIconSize());
    m_newAction->setObjectName(QStringLiteral("pageNewAction"));
    m_openAction->setObjectName(QStringLiteral("pageOpenAction"));
    m_deleteAction->setObjectName(QStringLiteral("pageDeleteAction"));
    m_exportAction->setObjectName(QStringLiteral("exportListAction"));
    m_printAction->setObjectName(QStringLiteral("printListAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    for (QAction *action : {m_exportAction, m_printAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_exportAction, m_printAction});
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_deleteAction);
    m_pageActionsEnd = m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_printAction);
    connect(m_newAction, &QAction::triggered, this, [this] { addNew(); });
    connect(m_openAction, &QAction::triggered, this, [this] { openCurrent(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_exportAction, &QAction::triggered, this, &RegisterPage::exportListDialog);
    connect(m_printAction, &QAction::triggered, this, &RegisterPage::printListDialog);

    m_view->setObjectName(QStringLiteral("registerView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ElidingDelegate(m_view));
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    // Until the user sizes a column, the columns follow the window.
    m_view->horizontalHeader()->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_headerPressed)
            m_userSized = true;
    });
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RegisterPage::showContextMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &RegisterPage::showHeaderMenu);
    // Qt's default indicator is the first column descending: enabling sorting
    // would sort every row that way, only to sort them back just below.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(contentRowsMeasured);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_search);
    top->addLayout(m_filterBar);
    top->addStretch();
    top->addWidget(m_count);

    m_count->setObjectName(QStringLiteral("count"));
    m_loadError->setObjectName(QStringLiteral("loadError"));
    m_loadError->setWordWrap(true);
    m_loadError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A palette, not a style sheet: one style sheet anywhere makes Qt style every
    // widget through it, which costs the first paint.
    QPalette warning = m_loadError->palette();
    warning.setColor(QPalette::WindowText, QColor(0x8b, 0x00, 0x00));
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    m_loadError->setPalette(warning);
    m_loadError->setAutoFillBackground(true);
    m_loadError->setMargin(6);
    m_loadError->hide();

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_toolBar);
    m_layout->addLayout(top);
    m_layout->addWidget(m_loadError);
    m_layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RegisterPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RegisterPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegisterPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::updateRowActions);
    // Newly read rows may need other widths, until the user has chosen their own
    // (the search does not move them: that reads nothing new).
    connect(model, &QAbstractItemModel::modelReset, this, &RegisterPage::refitColumnsToNewRows);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegisterPage::updateRowActions);
    // Read again (another window wrote, an import, a reload): the rows the user
    // had chosen stay chosen, and the list stays where it was scrolled to.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptIds = selectedIds();
        m_keptCurrent = currentId();
        m_keptScroll = m_view->verticalScrollBar()->value();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegisterPage::restoreSelection);
    updateRowActions();

    // No retranslateUi() here: from this constructor it would reach the pure
    // countText(). Each page calls it at the end of its own constructor.
}

RegisterPage::~RegisterPage() = default;

bool RegisterPage::showLoadResult(bool loaded, const QString &error)
{
    if (loaded) {
        m_loadError->clear();
        m_loadError->hide();
        return true;
    }
    m_loadError->setText(tr("The list could not be read from the database, so it may be incomplete or empty: %1")
                             .arg(error.isEmpty() ? tr("unknown error") : error));
    m_loadError->show();
    return false;
}

QString RegisterPage::loadError() const
{
    return m_loadError->isVisible() || !m_loadError->text().isEmpty() ? m_loadError->text() : QString();
}

qint64 RegisterPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.siblingAtColumn(0).data(IdRole).toLongLong();
}

QList<qint64> RegisterPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(IdRole).toLongLong());
    return ids;
}

void RegisterPage::restoreSelection()
{
    if (m_keptIds.isEmpty() && m_keptScroll == 0)
        return;
    const QSet<qint64> kept(m_keptIds.cbegin(), m_keptIds.cend());
    QItemSelection selection;
    QModelIndex current;
    for (int row = 0; row < m_filter->rowCount() && !kept.isEmpty(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const qint64 id = index.data(IdRole).toLongLong();
        if (!kept.contains(id))
            continue;
        selection.select(index, index.siblingAtColumn(m_filter->columnCount() - 1));
        if (id == m_keptCurrent)
            current = index;
    }
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int scroll = m_keptScroll;
    const qint64 keptCurrent = m_keptCurrent;
    m_keptIds.clear();
    m_keptCurrent = 0;
    m_keptScroll = 0;
    // After the view has laid out the new rows; not when the code that read the
    // rows again went on to choose another (a new member, selected and shown).
    QTimer::singleShot(0, this, [this, scroll, keptCurrent] {
        if (currentId() == keptCurrent)
            m_view->verticalScrollBar()->setValue(scroll);
    });
}

bool RegisterPage::selectId(qint64 id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void RegisterPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("registers/%1/header").arg(m_settingsKey),
                      m_view->horizontalHeader()->saveState());
}

void RegisterPage::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("registers/%1/header").arg(m_settingsKey)).toByteArray();
    QHeaderView *header = m_view->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_layoutRestored = true;
    }
}

QList<int> RegisterPage::visibleColumnsInOrder() const
{
    return ListExport::shownColumns(*m_view->horizontalHeader());
}

void RegisterPage::refitColumnsToNewRows()
{
    if (!m_layoutRestored && !m_userSized && m_view->isVisible())
        QTimer::singleShot(0, this, [this] { fitColumns(m_view->viewport()->width()); });
}

int RegisterPage::contentWidth(int column) const
{
    // Measured once a fit, on the rows in view and a few more (the header's
    // precision): laying out the text of a thousand rows for each column took
    // half a second from the first paint of a large register.
    auto found = m_contentWidths.constFind(column);
    if (found == m_contentWidths.constEnd())
        found = m_contentWidths.insert(column, static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column));
    return *found;
}

int RegisterPage::headerMinimumWidth(int column) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QString text = m_filter->headerData(column, Qt::Horizontal).toString();
    // Room for the text, the sort arrow and the style's margins.
    const int forHeader = header->fontMetrics().horizontalAdvance(text) + 2 * header->fontMetrics().averageCharWidth() + 24;
    // Short values (numbers, dates, amounts) whole; long text may be elided.
    const int cap = 20 * m_view->fontMetrics().averageCharWidth() + 12;
    const int forContent = std::min(contentWidth(column), cap);
    return std::max(forHeader, forContent);
}

void RegisterPage::fitColumns(int width)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (width <= 0)
        return;
    m_contentWidths.clear();
    if (m_preferredWidths.isEmpty()) {
        for (int column = 0; column < header->count(); ++column)
            m_preferredWidths.append(header->sectionSize(column));
    }
    // What a narrower window hid comes back when there is room again.
    for (int column : std::as_const(m_hiddenByFit))
        header->showSection(column);
    m_hiddenByFit.clear();
    QList<int> columns = visibleColumnsInOrder();
    QHash<int, int> least;
    for (int column : std::as_const(columns))
        least.insert(column, headerMinimumWidth(column));
    auto sumOf = [&least](const QList<int> &shown) {
        int sum = 0;
        for (int column : shown)
            sum += least.value(column);
        return sum;
    };
    // The least needed columns go until the rest fit, and the others are not
    // squeezed much below what their text needs.
    const bool haveRows = m_filter->rowCount() > 0;
    auto contentSum = [this, &least, haveRows](const QList<int> &shown) {
        int sum = 0;
        for (int column : shown)
            sum += std::max(least.value(column), haveRows ? contentWidth(column) : m_preferredWidths.value(column));
        return sum;
    };
    for (int column : std::as_const(m_optionalColumns)) {
        if (sumOf(columns) <= width && contentSum(columns) <= width * 11 / 10)
            break;
        if (columns.removeOne(column)) {
            header->hideSection(column);
            m_hiddenByFit.append(column);
        }
    }
    // A column wants what its text needs (its first width while there are no rows).
    QHash<int, int> wants;
    int wanted = 0;
    int minimum = 0;
    for (int column : std::as_const(columns)) {
        const int content = haveRows ? contentWidth(column) : m_preferredWidths.value(column);
        wants.insert(column, std::max(least.value(column), content));
        wanted += wants.value(column);
        minimum += least.value(column);
    }
    // Room to spare goes to the columns of text, not to numbers.
    if (wanted < width && haveRows) {
        QList<int> text;
        int textWidth = 0;
        for (int column : std::as_const(columns)) {
            if (!(m_filter->index(0, column).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight)) {
                text.append(column);
                textWidth += wants.value(column);
            }
        }
        const int spare = width - wanted - 2;
        for (int column : std::as_const(text))
            wants[column] += textWidth > 0 ? int(qint64(spare) * wants.value(column) / textWidth) : 0;
        wanted = width - 2;
    }
    // Each column gives up the same share of what it has above its least.
    const double share = wanted > width && wanted > minimum ? std::max(0.0, double(width - minimum) / double(wanted - minimum))
                                                            : 1.0;
    for (int column : std::as_const(columns)) {
        const int size = wants.value(column);
        header->resizeSection(column, least.value(column) + int((size - least.value(column)) * share));
    }
}

QList<QAction *> RegisterPage::pageActions() const
{
    QList<QAction *> actions = m_pageActions;
    if (!actions.isEmpty())
        actions.append(m_menuSeparator);
    actions.append({m_exportAction, m_printAction});
    return actions;
}

void RegisterPage::addPageAction(QAction *action, bool forRows)
{
    m_toolBar->insertAction(m_pageActionsEnd, action);
    m_pageActions.append(action);
    if (forRows)
        m_rowActions.append(action);
}

void RegisterPage::addPageSeparator()
{
    m_toolBar->insertSeparator(m_pageActionsEnd);
}

void RegisterPage::setDeletable(bool deletable)
{
    m_deleteAction->setVisible(deletable);
}

void RegisterPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newAction->setEnabled(!readOnly);
    updateRowActions();
}

void RegisterPage::updateRowActions()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_openAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected && !m_readOnly);
}

void RegisterPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {})) {
        m_view->setCurrentIndex(index);
        m_view->selectRow(index.row());
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowContextMenu"));
    menu.addAction(m_openAction);
    menu.addAction(m_newAction);
    if (m_deleteAction->isVisible())
        menu.addAction(m_deleteAction);
    if (!m_rowActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_rowActions);
    }
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addAction(m_printAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void RegisterPage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnsMenu"));
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(m_filter->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns shows nothing.
        action->setEnabled(header->isSectionHidden(column) || visibleColumnsInOrder().size() > 1);
        connect(action, &QAction::toggled, this, [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    QAction *fit = menu.addAction(tr("Fit Columns to Window"));
    connect(fit, &QAction::triggered, this, [this] {
        m_optionalColumns.clear();
        m_layoutRestored = false;
        m_userSized = false;
        fitColumns(m_view->viewport()->width());
    });
    menu.exec(header->mapToGlobal(position));
}

bool RegisterPage::exportList(const QString &path, ListFormat format, QString *error) const
{
    return ListExport::write(ShownList::of(*m_filter, visibleColumnsInOrder()), listTitle(), path, format, error);
}

bool RegisterPage::exportList(const QString &path, QString *error) const
{
    return exportList(path, ListExport::formatOf(path), error);
}

void RegisterPage::exportListDialog()
{
    emit statusMessage(QString());
    const QString path = ListExport::exportWithDialog(this, ShownList::of(*m_filter, visibleColumnsInOrder()), listTitle());
    if (path.isEmpty())
        return;
    emit statusMessage(tr("%n row(s) exported to %1.", "", m_filter->rowCount()).arg(QDir::toNativeSeparators(path)));
}

void RegisterPage::printList(QPrinter *printer) const
{
    const QList<int> columns = visibleColumnsInOrder();
    printer->setPageOrientation(columns.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QTextDocument document;
    document.setDefaultFont(font());
    const QString subtitle = tr("%1, printed %2").arg(countText(m_filter->rowCount(), m_model->rowCount()),
                                                      QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    document.setHtml(ShownList::of(*m_filter, columns).html(listTitle(), subtitle));
    document.print(printer);
}

void RegisterPage::printListDialog()
{
    emit statusMessage(QString());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printListPreview"));
    preview.setWindowTitle(tr("Print List: %1").arg(listTitle()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) { printList(target); });
    preview.exec();
}

void RegisterPage::clearCountUntilRead()
{
    // The model's next reset counts again (updateCount).
    m_count->clear();
    m_count->setMinimumWidth(0);
}

void RegisterPage::updateCount()
{
    m_count->setText(countText(m_filter->rowCount(), m_model->rowCount()));
    // The count is never cut: the search field gives way first.
    m_count->setMinimumWidth(m_count->sizeHint().width());
    emit countChanged();
}

void RegisterPage::retranslateUi()
{
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("Add a new one (Ctrl+N)"));
    m_openAction->setText(tr("Open"));
    m_openAction->setToolTip(tr("Open the selected row (Enter or double-click)"));
    m_deleteAction->setText(tr("Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected rows, after a question (Delete)"));
    m_exportAction->setText(tr("Export List…"));
    m_exportAction->setToolTip(tr("Save the list as shown (filter, sort, columns) as CSV for Excel (Ctrl+E)"));
    m_printAction->setText(tr("Print List…"));
    //: The toolbar's short form of "Export List…".
    m_exportAction->setIconText(tr("Export…"));
    m_printAction->setToolTip(tr("Print the list as shown, with a preview (Ctrl+Shift+P)"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)…"));
    m_search->setToolTip(tr("Type any part of a name, number, e-mail or other text shown in the table."));
    updateCount();
}

void RegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool RegisterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_layoutRestored && !m_userSized)
        fitColumns(m_view->viewport()->width());
    // A column the user drags to a width keeps it.
    if (watched == m_view->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    // From the search field, Down and Enter go to the results (Enter opens the only one), Escape clears.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_filter->rowCount() > 0) {
                m_view->setFocus();
                if (!m_view->currentIndex().isValid() || key->key() != Qt::Key_Down) {
                    m_view->setCurrentIndex(m_filter->index(0, 0));
                    m_view->selectRow(0);
                }
                // Enter on the only hit opens it: the search was for that one.
                if (key->key() != Qt::Key_Down && m_filter->rowCount() == 1)
                    openCurrent();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Sekretariat
