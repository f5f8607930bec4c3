#include "listexport.h"

#include "common/shownlist.h"
#include "common/spreadsheetworkbook.h"
#include "filedialogs.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

namespace Sekretariat {

bool ListExport::write(const ShownList &list, const QString &title, const QString &path, Format format,
                       QString *error)
{
    QString failure;
    if (format == Format::Workbook) {
        if (SpreadsheetWorkbook::write(list, title, path, &failure))
            return true;
    } else {
        const QByteArray csv = format == Format::ExcelCsv ? list.csv() : list.plainCsv();
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit())
            return true;
        failure = file.errorString();
    }
    if (error)
        *error = failure;
    return false;
}

ListExport::Format ListExport::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Workbook
                                                                                              : Format::ExcelCsv;
}

QString ListExport::exportWithDialog(QWidget *parent, const ShownList &list, const QString &title)
{
    const QStringList filters{tr("Excel workbook (*.xlsx)"), tr("CSV for Excel, semicolons (*.csv)"),
                              tr("CSV, plain: commas, UTF-8 (*.csv)")};
    const QStringList suffixes{QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("csv")};
    QSettings settings;
    const int remembered = std::clamp(settings.value(QStringLiteral("export/listFormat"), 0).toInt(), 0, 2);
    const QString base = FileDialogs::safeFileName(
        tr("%1-%2").arg(title.toLower(), QDate::currentDate().toString(Qt::ISODate)));
    QFileDialog dialog(parent, tr("Export List"));
    FileDialogs::prepare(dialog, QStringLiteral("csv"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.at(remembered));
    dialog.setDefaultSuffix(suffixes.at(remembered));
    dialog.selectFile(base + u'.' + suffixes.at(remembered));
    // Another format chosen: the name's suffix follows it.
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters, suffixes](const QString &filter) {
        const int chosen = int(filters.indexOf(filter));
        if (chosen < 0)
            return;
        dialog.setDefaultSuffix(suffixes.at(chosen));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (name && !name->text().isEmpty())
            name->setText(QFileInfo(name->text()).completeBaseName() + u'.' + suffixes.at(chosen));
    });
    const QString path = FileDialogs::exec(parent, dialog, QStringLiteral("csv"));
    if (path.isEmpty())
        return {};
    const int chosen = std::max(0, int(filters.indexOf(dialog.selectedNameFilter())));
    settings.setValue(QStringLiteral("export/listFormat"), chosen);
    // The name decides where it contradicts the filter: "list.xlsx" is a workbook.
    const QString suffix = QFileInfo(path).suffix().toLower();
    Format format = Format(chosen);
    if (suffix == u"xlsx")
        format = Format::Workbook;
    else if (suffix == u"csv" && format == Format::Workbook)
        format = Format::ExcelCsv;
    QString error;
    if (!write(list, title, path, format, &error)) {
        QMessageBox::critical(parent, tr("Export List"), tr("The list could not be written: %1").arg(error));
        return {};
    }
    return path;
}

QList<int> ListExport::shownColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int column = header.logicalIndex(visual);
        if (!header.isSectionHidden(column))
            columns.append(column);
    }
    return columns;
}

QString ListExport::exportViewWithDialog(QWidget *parent, const QTableView &view, const QString &title)
{
    return exportWithDialog(parent, ShownList::of(*view.model(), shownColumns(*view.horizontalHeader())), title);
}

} // namespace Sekretariat
