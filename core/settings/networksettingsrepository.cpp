#include "networksettingsrepository.h"

#include "common/checkdigits.h"
#include "common/emailaddress.h"
#include "common/sqlvalues.h"
#include "database/write.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Sekretariat {

NetworkSettingsRepository::NetworkSettingsRepository(const QSqlDatabase &database)
    : m_database(database)
{
}

NetworkSettings NetworkSettingsRepository::load() const
{
    NetworkSettings settings;
    m_lastError.clear();
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT name, organisation_number, address, postal_code, city, email, phone,"
                                   " website, bank_account, iban, bic, our_reference, in_business_register, logo"
                                   " FROM network_settings WHERE id = 1"))) {
        m_lastError = query.lastError().text();
        return settings;
    }
    if (!query.next())
        return settings;
    settings.name = query.value(QStringLiteral("name")).toString();
    settings.organisationNumber = query.value(QStringLiteral("organisation_number")).toString();
    settings.address = query.value(QStringLiteral("address")).toString();
    settings.postalCode = query.value(QStringLiteral("postal_code")).toString();
    settings.city = query.value(QStringLiteral("city")).toString();
    settings.email = query.value(QStringLiteral("email")).toString();
    settings.phone = query.value(QStringLiteral("phone")).toString();
    settings.website = query.value(QStringLiteral("website")).toString();
    settings.bankAccount = query.value(QStringLiteral("bank_account")).toString();
    settings.iban = query.value(QStringLiteral("iban")).toString();
    settings.bic = query.value(QStringLiteral("bic")).toString();
    settings.ourReference = query.value(QStringLiteral("our_reference")).toString();
    settings.inBusinessRegister = query.value(QStringLiteral("in_business_register")).toBool();
    settings.logo = query.value(QStringLiteral("logo")).toByteArray();
    return settings;
}

Outcome NetworkSettingsRepository::validate(const NetworkSettings &settings)
{
    if (settings.name.trimmed().isEmpty())
        return Outcome::failure(tr("Name: the network needs a name."), QStringLiteral("name"));
    if (!settings.organisationNumber.isEmpty()
        && !CheckDigits::isValidOrganisationNumber(settings.organisationNumber))
        return Outcome::failure(tr("Organisation number: “%1” is not a valid organisation number "
                                   "(nine digits with a correct check digit).")
                                    .arg(settings.organisationNumber),
                                QStringLiteral("organisationNumber"));
    if (!settings.bankAccount.isEmpty() && !CheckDigits::isValidAccountNumber(settings.bankAccount))
        return Outcome::failure(tr("Bank account: “%1” is not a valid account number "
                                   "(eleven digits with a correct check digit).")
                                    .arg(settings.bankAccount),
                                QStringLiteral("bankAccount"));
    if (!settings.iban.trimmed().isEmpty() && !CheckDigits::isValidIban(settings.iban))
        return Outcome::failure(tr("IBAN: “%1” is not a valid IBAN (a Norwegian one is NO and 13 digits, "
                                   "e.g. NO93 8601 1117 947).")
                                    .arg(settings.iban),
                                QStringLiteral("iban"));
    if (!settings.bic.trimmed().isEmpty() && !CheckDigits::isValidBic(settings.bic))
        return Outcome::failure(tr("BIC: “%1” is not a valid BIC (8 or 11 letters and digits, e.g. DNBANOKK).")
                                    .arg(settings.bic),
                                QStringLiteral("bic"));
    if (!settings.iban.trimmed().isEmpty() && !settings.bankAccount.isEmpty()
        && settings.iban.trimmed().toUpper().startsWith(u"NO")
        && !CheckDigits::compact(settings.iban).endsWith(CheckDigits::normalized(settings.bankAccount)))
        return Outcome::failure(tr("IBAN: “%1” is not the IBAN of the bank account %2.")
                                    .arg(settings.iban, settings.bankAccount),
                                QStringLiteral("iban"));
    if (!settings.email.isEmpty() && !EmailAddress::isValid(settings.email))
        return Outcome::failure(tr("E-mail: “%1” is not a valid e-mail address.").arg(settings.email),
                                QStringLiteral("email"));
    return Outcome::success();
}

Outcome NetworkSettingsRepository::save(const NetworkSettings &settings)
{
    if (Outcome valid = validate(settings); !valid)
        return valid;
    Write write(m_database);
    const QVariantList values{
        SqlValues::text(settings.name.trimmed()), SqlValues::text(settings.organisationNumber),
        SqlValues::text(settings.address),        SqlValues::text(settings.postalCode),
        SqlValues::text(settings.city),           SqlValues::text(settings.email),
        SqlValues::text(settings.phone),          SqlValues::text(settings.website),
        SqlValues::text(settings.bankAccount),    SqlValues::text(CheckDigits::compact(settings.iban)),
        SqlValues::text(CheckDigits::compact(settings.bic)), SqlValues::text(settings.ourReference.trimmed()),
        settings.inBusinessRegister ? 1 : 0,
        settings.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(settings.logo)};
    if (!write.run(QStringLiteral("UPDATE network_settings SET name = ?, organisation_number = ?, address = ?,"
                                  " postal_code = ?, city = ?, email = ?, phone = ?, website = ?,"
                                  " bank_account = ?, iban = ?, bic = ?, our_reference = ?,"
                                  " in_business_register = ?, logo = ? WHERE id = 1"),
                   values, tr("The settings could not be saved: %1")))
        return write.outcome();
    return write.commit();
}

} // namespace Sekretariat
