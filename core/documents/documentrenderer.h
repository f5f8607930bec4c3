#pragma once

#include "invoicecontent.h"

#include <QString>

namespace Sekretariat {

// Writes one document's content as a file of its kind. The batch writer takes
// one, so another form of the same documents (an e-invoice beside the PDF) is a
// renderer added here, with the rules of what a document says left untouched.
class DocumentRenderer
{
public:
    virtual ~DocumentRenderer() = default;
    virtual QString fileSuffix() const = 0;
    virtual bool write(const InvoiceContent &content, const QString &path, QString *error) const = 0;
};

// The A4 PDF that InvoiceDocument paints.
class PdfDocumentRenderer : public DocumentRenderer
{
public:
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    bool write(const InvoiceContent &content, const QString &path, QString *error) const override;
};

} // namespace Sekretariat
