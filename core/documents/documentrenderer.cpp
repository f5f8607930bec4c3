#include "documentrenderer.h"

#include "invoicedocument.h"

namespace Sekretariat {

bool PdfDocumentRenderer::write(const InvoiceContent &content, const QString &path, QString *error) const
{
    return InvoiceDocument(content).writePdf(path, error);
}

} // namespace Sekretariat
