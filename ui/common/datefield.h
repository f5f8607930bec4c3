#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Sekretariat {

// A date typed as people type it (DateText: "15.11.2026", "15.11.26", "151126";
// "15 Nov 2026" in English), or picked from a calendar. The whole text is
// selected on entering the field, so typing replaces it; a date is shown back
// in full once typed; anything else is marked and said, never read as another day.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // Invalid while the field is empty or holds no date.
    QDate date() const;
    void setDate(const QDate &date);
    bool isEmpty() const;
    // Empty, or a real date.
    bool isAcceptable() const { return isEmpty() || date().isValid(); }
    // "Date: “31.02.2026” is not a date; type it as 15.11.2026." with the label given; empty when acceptable.
    QString problem(const QString &label) const;
    // The same for a date that must be given: also "Paid on: enter the date." when empty.
    QString problemIfRequired(const QString &label) const;

    // The first date field in `form` that is in use (enabled) and holds no date, or none;
    // and the text of the label that names it ("Applied on"), to say which it is.
    static DateField *firstUnacceptable(const QWidget *form);
    static QString labelOf(const QWidget *field);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }

signals:
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void finishEditing();
    void showCalendar();
    void updateMark();
    void retranslateUi();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QDate m_last;  // the date last announced
};

} // namespace Sekretariat
