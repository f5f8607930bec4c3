#include "registerpage.h"

#include "common/modelroles.h"
#include "common/registerfiltermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Sekretariat {

RegisterPage::RegisterPage(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
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

    m_view->setObjectName(QStringLiteral("registerView"));
    m_view->setModel(m_filter);
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
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 6, 0);
    top->addWidget(m_search);
    top->addLayout(m_filterBar);
    top->addStretch();
    top->addWidget(m_count);

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
    if (!state.isEmpty() && header->restoreState(state))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
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
