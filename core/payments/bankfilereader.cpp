#include "bankfilereader.h"

#include "camtreader.h"
#include "ocrgiroreader.h"

#include <QDir>
#include <QFile>

namespace Sekretariat {

std::optional<BankFile> BankFileReader::read(const QByteArray &contents, QString *error)
{
    if (OcrGiroReader::looksLikeNetsFile(contents))
        return OcrGiroReader::read(contents, error);
    if (CamtReader::looksLikeCamt(contents))
        return CamtReader::read(contents, error);
    if (contents.trimmed().startsWith("<"))
        *error = tr("This XML file is not an ISO 20022 camt.053 or camt.054 bank file.");
    else
        *error = tr("This is neither a Nets OCR giro file nor an ISO 20022 camt.053 or camt.054 file.");
    return std::nullopt;
}

std::optional<QByteArray> BankFileReader::contentsOf(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // Bank files are small; one far larger is not one.
    if (file.size() > 64 * 1024 * 1024) {
        *error = tr("“%1” is too large to be a bank file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Sekretariat
