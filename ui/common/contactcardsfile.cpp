#include "contactcardsfile.h"

#include "filedialogs.h"
#include "people/vcardwriter.h"

#include <QMessageBox>
#include <QSaveFile>

namespace Sekretariat {

QString ContactCardsFile::save(QWidget *parent, const Repositories &repositories, const QList<qint64> &personIds,
                               const QString &suggestedName, const QString &path)
{
    if (personIds.isEmpty())
        return {};
    const QString file = path.isEmpty()
        ? FileDialogs::saveFile(parent, tr("Save Contact Cards"), QStringLiteral("vcard"),
                                suggestedName.trimmed() + QStringLiteral(".vcf"),
                                tr("Contact cards, vCard (*.vcf);;All files (*)"))
        : path;
    if (file.isEmpty())
        return {};
    QString error;
    const std::optional<QByteArray> cards = VCardWriter::forPeople(repositories, personIds, &error);
    QSaveFile out(file);
    if (!cards || !out.open(QIODevice::WriteOnly) || out.write(*cards) != cards->size() || !out.commit()) {
        QMessageBox::critical(parent, tr("Save Contact Cards"),
                              tr("The contact cards could not be written: %1").arg(cards ? out.errorString() : error));
        return {};
    }
    return file;
}

} // namespace Sekretariat
