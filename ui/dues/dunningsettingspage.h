#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Sekretariat {

struct DuesSettings;

// The Dunning tab of the dues settings: each step's days and text, and the
// reminder fee with what the law allows.
class DunningSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DunningSettingsPage(QWidget *parent = nullptr);

    void load(const DuesSettings &settings);
    // Writes the fields into `settings`; false, with the reason and the field
    // focused, when the fee is not an amount.
    bool read(DuesSettings *settings, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_help;
    QFormLayout *m_form;
    QSpinBox *m_firstDays;
    QSpinBox *m_secondDays;
    QSpinBox *m_handOverDays;
    QPlainTextEdit *m_firstText;
    QPlainTextEdit *m_secondText;
    QPlainTextEdit *m_handOverText;
    QLineEdit *m_fee;
    QLabel *m_feeHelp;
};

} // namespace Sekretariat
