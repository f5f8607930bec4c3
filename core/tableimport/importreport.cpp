#include "importreport.h"

#include "common/changedfields.h"
#include "common/csvwriter.h"
#include "importfield.h"

namespace Sekretariat {

QString ImportReport::result(const ImportRow &row)
{
    if (row.status == ImportRow::Status::Error)
        return tr("Error");
    switch (row.action) {
    case ImportRow::Action::Add:
        return row.status == ImportRow::Status::Duplicate ? tr("Added (duplicate)") : tr("Added");
    case ImportRow::Action::Merge: return tr("Merged");
    case ImportRow::Action::Skip: return tr("Skipped (duplicate)");
    }
    return {};
}

QString ImportReport::mergeLine(const FieldChange &change)
{
    const QString label = ImportFields::label(change.field);
    return change.take ? ChangedFields::line(label, change.before, change.after)
                       : tr("%1: %2 kept (the file has %3)").arg(label, ChangedFields::shown(change.before), change.after);
}

QStringList ImportReport::details(const ImportRow &row)
{
    QStringList lines = row.errors;
    lines.append(row.changes);
    lines.append(row.warnings);
    if (row.action == ImportRow::Action::Merge) {
        for (const FieldChange &change : row.merge)
            lines.append(mergeLine(change));
    }
    return lines;
}

QStringList ImportReport::headers()
{
    return {tr("Row"), tr("Result"), tr("Name"), tr("In the register"), tr("Reasons and changes")};
}

QStringList ImportReport::line(const ImportRow &row)
{
    return {QString::number(row.rowNumber), result(row), row.name, row.existing,
            details(row).join(QStringLiteral("\n"))};
}

QString ImportReport::summary(const ImportPlan &plan)
{
    const int added = plan.count(ImportRow::Action::Add);
    const int merged = plan.count(ImportRow::Action::Merge);
    const int skipped = int(std::count_if(plan.rows.cbegin(), plan.rows.cend(), [](const ImportRow &row) {
        return row.status != ImportRow::Status::Error && row.action == ImportRow::Action::Skip;
    }));
    const int errors = plan.count(ImportRow::Status::Error);
    return tr("%n row(s) read: ", nullptr, int(plan.rows.size())) + tr("%n to add, ", nullptr, added)
        + tr("%n to merge, ", nullptr, merged) + tr("%n duplicate(s) skipped, ", nullptr, skipped)
        + tr("%n with errors.", nullptr, errors);
}

QByteArray ImportReport::csv(const ImportPlan &plan)
{
    // The file's own cells are in the report: one that begins with = is not run.
    auto excelLine = [](const QStringList &fields) {
        QStringList cells;
        for (const QString &field : fields)
            cells.append(CsvWriter::quoted(CsvWriter::spreadsheetSafe(field), u';'));
        return cells.join(u';') + QStringLiteral("\r\n");
    };
    QString text = excelLine(headers());
    for (const ImportRow &row : plan.rows)
        text += excelLine(line(row));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Sekretariat
