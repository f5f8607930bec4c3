#pragma once

#include "reference/municipalitycatalogue.h"

#include <QLineEdit>

class QCompleter;

namespace Sekretariat {

// A line edit that finds a municipality or county municipality in the official
// list as you type any part of its name or number, and reports the one picked.
class CatalogueSearchField : public QLineEdit
{
    Q_OBJECT

public:
    CatalogueSearchField(const MunicipalityCatalogue &catalogue, QWidget *parent = nullptr);

    QCompleter *catalogueCompleter() const { return m_completer; }

signals:
    void entryPicked(const Sekretariat::ReferenceEntry &entry);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pick(const QString &text);
    void retranslateUi();

    const MunicipalityCatalogue &m_catalogue;
    QCompleter *m_completer;
};

} // namespace Sekretariat
