#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;

namespace Sekretariat {

class DateField;

// A date that may be unset: a check box turns it on. Shown in the language's
// short date format (24.11.2026 in Norwegian).
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const;                // invalid when unset
    void setDate(const QDate &date);   // an invalid date unsets
    DateField *dateEdit() const { return m_edit; }
    QCheckBox *checkBox() const { return m_check; }

signals:
    void dateChanged(const QDate &date);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QCheckBox *m_check;
    DateField *m_edit;
};

} // namespace Sekretariat
