#include "spreadsheetworkbook.h"

#include "money.h"
#include "shownlist.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace Sekretariat {

namespace {

// Excel refuses a sheet name over 31 characters or with any of []:*?/\ .
QByteArray sheetNameOf(const QString &name)
{
    QString safe = name;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        safe.replace(c, u' ');
    safe = safe.simplified().left(31);
    return (safe.isEmpty() ? QStringLiteral("Sheet1") : safe).toUtf8();
}

// A cell holds at most 32,767 characters.
QByteArray cellText(const QString &text)
{
    return text.left(32767).toUtf8();
}

lxw_datetime excelDateTime(const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    return lxw_datetime{local.date().year(), local.date().month(), local.date().day(), local.time().hour(),
                        local.time().minute(), double(local.time().second())};
}

} // namespace

bool SpreadsheetWorkbook::write(const ShownList &list, const QString &sheetName, const QString &path, QString *error)
{
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” could not be written: %2").arg(path, target.errorString());
        return false;
    }
    if (!write(list, sheetName, target, error))
        return false;
    if (!target.commit()) {
        *error = tr("“%1” could not be written: %2").arg(path, target.errorString());
        return false;
    }
    return true;
}

bool SpreadsheetWorkbook::write(const ShownList &list, const QString &sheetName, QIODevice &device, QString *error)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("No temporary folder for the workbook: %1").arg(folder.errorString());
        return false;
    }
    const QByteArray temporary = QFile::encodeName(folder.filePath(QStringLiteral("list.xlsx")));
    const QByteArray folderName = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(folderName.constData());
    lxw_workbook *workbook = workbook_new_opt(temporary.constData(), &options);
    if (!workbook) {
        *error = tr("The workbook could not be started.");
        return false;
    }
    const QByteArray sheet = sheetNameOf(sheetName);
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.constData());

    const bool norwegian = QLocale().language() == QLocale::NorwegianBokmal
        || QLocale().language() == QLocale::NorwegianNynorsk;
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, norwegian ? "dd.mm.yyyy" : "d mmm yyyy");
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, norwegian ? "dd.mm.yyyy hh:mm" : "d mmm yyyy hh:mm");
    format_set_align(dateTime, LXW_ALIGN_LEFT);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");

    const int columns = int(list.headers().size());
    QList<int> widths(columns, 6);
    auto widen = [&widths](int column, qsizetype characters) {
        widths[column] = std::clamp(int(characters) + 2, widths.at(column), 60);
    };
    for (int column = 0; column < columns; ++column) {
        worksheet_write_string(worksheet, 0, lxw_col_t(column), cellText(list.headers().at(column)).constData(), header);
        widen(column, std::min<qsizetype>(list.headers().at(column).size(), 24));
    }
    for (int row = 0; row < list.rowCount(); ++row) {
        const QStringList cells = list.row(row);
        const lxw_row_t sheetRow = lxw_row_t(row + 1);
        for (int column = 0; column < columns; ++column) {
            const QVariant value = list.value(row, column);
            const lxw_col_t sheetColumn = lxw_col_t(column);
            if (row < 500)
                widen(column, cells.at(column).size());
            if (value.metaType() == QMetaType::fromType<Money>()) {
                worksheet_write_number(worksheet, sheetRow, sheetColumn, double(value.value<Money>().ore()) / 100.0,
                                       money);
            } else if (value.metaType().id() == QMetaType::QDate && value.toDate().isValid()) {
                const QDate day = value.toDate();
                lxw_datetime cell{day.year(), day.month(), day.day(), 0, 0, 0.0};
                worksheet_write_datetime(worksheet, sheetRow, sheetColumn, &cell, date);
            } else if (value.metaType().id() == QMetaType::QDateTime && value.toDateTime().isValid()) {
                lxw_datetime moment = excelDateTime(value.toDateTime());
                worksheet_write_datetime(worksheet, sheetRow, sheetColumn, &moment, dateTime);
            } else if (value.isValid() && !value.isNull() && value.canConvert<double>()
                       && value.metaType().id() != QMetaType::QString) {
                worksheet_write_number(worksheet, sheetRow, sheetColumn, value.toDouble(), nullptr);
            } else if (!cells.at(column).isEmpty()) {
                worksheet_write_string(worksheet, sheetRow, sheetColumn, cellText(cells.at(column)).constData(), nullptr);
            }
        }
    }
    for (int column = 0; column < columns; ++column)
        worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), widths.at(column), nullptr);
    worksheet_freeze_panes(worksheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(worksheet, 0, 0, lxw_row_t(list.rowCount()), lxw_col_t(columns - 1));

    const QByteArray title = sheet;
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>("Sekretariat");
    workbook_set_properties(workbook, &properties);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        *error = tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile written(QFile::decodeName(temporary));
    if (!written.open(QIODevice::ReadOnly)) {
        *error = tr("The workbook could not be read back: %1").arg(written.errorString());
        return false;
    }
    const QByteArray bytes = written.readAll();
    if (device.write(bytes) != bytes.size()) {
        *error = tr("The workbook could not be written: %1").arg(device.errorString());
        return false;
    }
    return true;
}

} // namespace Sekretariat
