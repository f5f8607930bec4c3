#pragma once

#include <QByteArray>
#include <QString>

namespace Sekretariat {

// The network's own data: nothing about one network is hard-coded, so a sister
// network can use the program too.
struct NetworkSettings
{
    QString name;
    QString organisationNumber;
    QString address;
    QString postalCode;
    QString city;
    QString email;
    QString phone;
    QString website;
    QString bankAccount;
    QString iban;                // for documents in English, paid from abroad
    QString bic;
    QString ourReference;        // "Vår ref.": whom the member's invoice reception asks
    bool inBusinessRegister = false;  // in Foretaksregisteret, which invoices must then say
    QByteArray logo;             // PNG or SVG bytes, empty for none
};

} // namespace Sekretariat
