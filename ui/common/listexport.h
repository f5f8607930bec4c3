#pragma once

#include <QCoreApplication>
#include <QString>

class QHeaderView;
class QTableView;
class QWidget;

namespace Sekretariat {

class ShownList;

// A list as the user sees it, to a file: an Excel workbook, CSV as Norwegian
// Excel reads it (';', BOM) or plain CSV (','). Every page's Export List and
// the reports' Export button go through here.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    enum class Format { Workbook, ExcelCsv, PlainCsv };

    // Written whole or not at all.
    static bool write(const ShownList &list, const QString &title, const QString &path, Format format,
                      QString *error);
    // By the file's suffix: .xlsx a workbook, anything else CSV for Excel.
    static Format formatOf(const QString &path);
    // Asks for the file and the format (the last one chosen offered first) and
    // writes it; a failure is shown. The file written, or empty.
    static QString exportWithDialog(QWidget *parent, const ShownList &list, const QString &title);
    // A table view as its user sees it: its model (the filter and sort), the
    // columns shown in their order.
    static QString exportViewWithDialog(QWidget *parent, const QTableView &view, const QString &title);
    static QList<int> shownColumns(const QHeaderView &header);
};

} // namespace Sekretariat
