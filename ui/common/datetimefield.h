#pragma once

#include <QDateTime>
#include <QWidget>

class QLineEdit;

namespace Sekretariat {

class DateField;

// A day typed as in every date field of the program, and a time of day beside
// it ("9", "930", "09:30"): an event's start and end. Plain text fields, as the
// section editing of Qt's date and time edits stores another value than the
// one typed.
class DateTimeField : public QWidget
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    // Invalid while the day or the time is not readable.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime &dateTime);
    QDate date() const;
    DateField *dateField() const { return m_date; }
    QLineEdit *timeEdit() const { return m_time; }
    // "Starts: “25:00” is not a time; type it as 09:30."; empty when readable.
    QString timeProblem(const QString &label) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markTime();

    DateField *m_date;
    QLineEdit *m_time;
};

} // namespace Sekretariat
