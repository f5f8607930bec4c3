#include "xlsxsheetreader.h"

#include <unzip.h>

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace Sekretariat {

namespace {

// A workbook is a zip file; minizip (zlib's own) reads it from memory through these.
struct MemoryFile
{
    const QByteArray *bytes;
    qint64 position = 0;
};

voidpf openMemory(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong readMemory(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const qint64 available = std::max<qint64>(0, file->bytes->size() - file->position);
    const qint64 count = std::min<qint64>(qint64(size), available);
    memcpy(buffer, file->bytes->constData() + file->position, size_t(count));
    file->position += count;
    return uLong(count);
}

uLong writeMemory(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellMemory(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->position);
}

long seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->bytes->size();
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > file->bytes->size())
        return -1;
    file->position = target;
    return 0;
}

int closeMemory(voidpf, voidpf)
{
    return 0;
}

int errorOfMemory(voidpf, voidpf)
{
    return 0;
}

// An open workbook: its parts by name.
class Zip
{
public:
    explicit Zip(const QByteArray &bytes)
        : m_file{&bytes}
    {
        zlib_filefunc64_def functions{openMemory, readMemory, writeMemory, tellMemory,
                                      seekMemory, closeMemory, errorOfMemory, &m_file};
        m_zip = unzOpen2_64("workbook", &functions);
    }
    ~Zip()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Zip(const Zip &) = delete;
    Zip &operator=(const Zip &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    std::optional<QByteArray> entry(const QString &name) const
    {
        // A part larger than this is no spreadsheet of ours but a zip bomb.
        constexpr ZPOS64_T largest = 512 * 1024 * 1024;
        if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.uncompressed_size > largest || unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray data;
        data.reserve(qsizetype(info.uncompressed_size));
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            data.append(buffer, read);
            if (ZPOS64_T(data.size()) > largest)
                break;
        }
        const bool whole = unzCloseCurrentFile(m_zip) == UNZ_OK && read == 0;
        return whole ? std::optional<QByteArray>(data) : std::nullopt;
    }

private:
    MemoryFile m_file;
    unzFile m_zip = nullptr;
};

// "xl/worksheets/sheet1.xml" from a relationship target: relative to xl/, or absolute.
QString partPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

// The path of the first sheet in the workbook's order, through its relationship id.
QString firstSheetPath(const Zip &zip)
{
    const std::optional<QByteArray> workbook = zip.entry(QStringLiteral("xl/workbook.xml"));
    const std::optional<QByteArray> relations = zip.entry(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !relations)
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QString relationId;
    QXmlStreamReader sheets(*workbook);
    while (!sheets.atEnd() && relationId.isEmpty()) {
        if (sheets.readNext() != QXmlStreamReader::StartElement || sheets.name() != u"sheet")
            continue;
        for (const QXmlStreamAttribute &attribute : sheets.attributes()) {
            if (attribute.name() == u"id")  // r:id, in the relationships' namespace
                relationId = attribute.value().toString();
        }
    }
    QXmlStreamReader targets(*relations);
    while (!targets.atEnd()) {
        if (targets.readNext() == QXmlStreamReader::StartElement && targets.name() == u"Relationship"
            && targets.attributes().value(QStringLiteral("Id")) == relationId)
            return partPath(targets.attributes().value(QStringLiteral("Target")).toString());
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

QStringList sharedStrings(const Zip &zip)
{
    QStringList strings;
    const std::optional<QByteArray> part = zip.entry(QStringLiteral("xl/sharedStrings.xml"));
    if (!part)
        return strings;
    QXmlStreamReader xml(*part);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"si") {
            inItem = true;
            current.clear();
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"rPh") {
            xml.skipCurrentElement();  // phonetic guides are not the text
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"t" && inItem) {
            current += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"si") {
            strings.append(current);
            inItem = false;
        }
    }
    return strings;
}

bool isDateFormatCode(QString code)
{
    // Quoted text and [colour] or [$-414] sections are not part of the pattern.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(u'd', Qt::CaseInsensitive) || code.contains(u'y', Qt::CaseInsensitive);
}

// For each cell style (the "s" of a cell), whether it shows a number as a date.
QList<bool> dateStyles(const Zip &zip)
{
    QList<bool> styles;
    const std::optional<QByteArray> part = zip.entry(QStringLiteral("xl/styles.xml"));
    if (!part)
        return styles;
    static const QSet<int> builtInDates{14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57};
    QSet<int> customDates;
    QXmlStreamReader xml(*part);
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"numFmt") {
            if (isDateFormatCode(xml.attributes().value(QStringLiteral("formatCode")).toString()))
                customDates.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt());
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"cellXfs") {
            inCellFormats = true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellFormats = false;
        } else if (token == QXmlStreamReader::StartElement && inCellFormats && xml.name() == u"xf") {
            const int format = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
            styles.append(builtInDates.contains(format) || customDates.contains(format));
        }
    }
    return styles;
}

// "AB12" -> 27 (0-based column 27).
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return column - 1;
}

QString numberText(const QString &raw, bool isDate)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (isDate && value >= 1 && value < 2958466) {
        // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was.
        const QDate date = QDate(1899, 12, 30).addDays(qint64(value));
        return date.toString(Qt::ISODate);
    }
    return QString::number(value, 'g', 15);
}

} // namespace

bool XlsxSheetReader::looksLikeWorkbook(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

std::optional<QList<QStringList>> XlsxSheetReader::readFirstSheet(const QByteArray &bytes, QString *error)
{
    const Zip zip(bytes);
    if (!zip.isOpen()) {
        if (error)
            *error = tr("The file is not an Excel workbook (.xlsx), or it is damaged.");
        return std::nullopt;
    }
    const std::optional<QByteArray> sheet = zip.entry(firstSheetPath(zip));
    if (!sheet) {
        if (error)
            *error = tr("The workbook has no worksheet that can be read.");
        return std::nullopt;
    }
    const QStringList strings = sharedStrings(zip);
    const QList<bool> dates = dateStyles(zip);

    QList<QStringList> rows;
    QXmlStreamReader xml(*sheet);
    int rowIndex = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            const int number = xml.attributes().value(QStringLiteral("r")).toInt();
            rowIndex = number > 0 ? number - 1 : rowIndex + 1;
            while (rows.size() <= rowIndex)
                rows.append(QStringList());
        } else if (xml.name() == u"c" && rowIndex >= 0) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QStringLiteral("t")).toString();
            const int style = attributes.value(QStringLiteral("s")).toInt();
            QStringList &row = rows[rowIndex];
            const int column = attributes.hasAttribute(QStringLiteral("r"))
                ? columnOf(attributes.value(QStringLiteral("r")))
                : int(row.size());
            QString raw;
            QString inline_;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v")
                    raw = xml.readElementText();
                else if (xml.name() == u"is") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"t")
                            inline_ += xml.readElementText();
                        else if (xml.name() == u"r") {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == u"t")
                                    inline_ += xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else
                            xml.skipCurrentElement();
                    }
                } else
                    xml.skipCurrentElement();
            }
            QString text;
            if (type == u"s")
                text = strings.value(raw.toInt());
            else if (type == u"inlineStr")
                text = inline_;
            else if (type == u"str" || type == u"e")
                text = raw;
            else if (type == u"b")
                text = raw == u"1" ? QStringLiteral("1") : QStringLiteral("0");
            else
                text = numberText(raw, dates.value(style));
            if (column < 0 || column > 16383)
                continue;
            while (row.size() <= column)
                row.append(QString());
            row[column] = text;
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = tr("The workbook's sheet cannot be read: %1").arg(xml.errorString());
        return std::nullopt;
    }
    return rows;
}

} // namespace Sekretariat
