#pragma once

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace Sekretariat {

class Workspace;

// Asks for a person from the register: a field where typing any part of
// "Kari Nordmann – Oslo" finds them. Returns the person's id, or nothing when
// cancelled or not found (and says so).
class PersonPicker
{
    Q_DECLARE_TR_FUNCTIONS(PersonPicker)

public:
    static std::optional<qint64> pick(Workspace *workspace, const QString &title, const QString &okText, QWidget *parent);
};

} // namespace Sekretariat
