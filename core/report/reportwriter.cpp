// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportwriter.h"

#include "explain/explanation.h"
#include "policy/profileloader.h"
#include "present/timeline.h"
#include "report/accountpainter.h"
#include "report/reportcontent.h"
#include "report/timelinepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <vector>

namespace yibao {

namespace {

    // Families tried in order; the first is what the Debian package fonts-wqy-microhei
    // installs and what CI has. Each is a real outline font, so the PDF embeds a subset.
    const QStringList PreferredFamilies { QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("SimSun") };

    constexpr int Dpi = 300; // the layout's resolution; every device replays it scaled
    constexpr qreal BodyPointSize = 11; // the client may be elderly
    constexpr qreal MarginMm = 15.0;
    constexpr qreal BottomMarginMm = 10.0;
    constexpr qreal FooterMm = 12.0; // reserved at the bottom of every page
    constexpr qreal GapMm = 2.5; // between blocks
    constexpr int MaxMainPages = 2;

    qreal mm(qreal v)
    {
        return v / 25.4 * Dpi;
    }

} // namespace

// The pages, laid out once at 300 dpi: each block's text document and where each slice of
// it goes.
class ReportLayout
{
public:
    enum class Kind
    {
        Text,
        Timeline,
        Chart,
        Table,
    };
    struct Block
    {
        Kind kind = Kind::Text;
        std::unique_ptr<QTextDocument> doc; // the text, or the heading above a drawing
        qreal drawingHeight = 0;
        bool newPage = false; // starts a page (page 2, the appendix)
        bool appendix = false;
        const ReportTable *table = nullptr;
        qreal height() const { return (doc ? doc->size().height() : 0) + drawingHeight; }
    };
    struct Placement
    {
        int page = 0;
        qreal y = 0;
        qreal offset = 0; // a text taller than a page: where this slice starts
        qreal sliceHeight = 0;
        const Block *block = nullptr;
    };

    QImage device { 1, 1, QImage::Format_ARGB32 }; // the metrics every document is laid out with
    QRectF page; // the printable area, at 300 dpi, origin 0,0
    qreal contentHeight = 0;
    std::vector<Block> blocks;
    QList<Placement> placements;
    int pages = 0;
    int mainPages = 0;
    Timeline timeline;
    AccountResult account;
    ReportContent content;
    QFont font;

    QTextDocument *document(const QString &html)
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&device);
        doc->setDefaultFont(font);
        doc->setDocumentMargin(0);
        doc->setDefaultStyleSheet(styleSheet());
        doc->setHtml(html);
        doc->setTextWidth(page.width());
        Block b;
        b.doc = std::move(doc);
        blocks.push_back(std::move(b));
        return blocks.back().doc.get();
    }

    static QString styleSheet()
    {
        // rich text takes font sizes in points but margins in pixels of the device
        auto px = [](qreal v) -> QString {
            return QString::number(qRound(mm(v))) + QStringLiteral("px");
        };
        return QStringLiteral(
            "h1 { font-size: 17pt; margin-bottom: %1; }"
            "h2 { font-size: 13pt; margin-top: %2; margin-bottom: %3; }"
            "h3 { font-size: 12pt; margin-top: %3; margin-bottom: %3; }"
            "p { margin-top: 0; margin-bottom: %3; }"
            "ul { margin-top: 0; margin-bottom: %3; margin-left: %4; -qt-list-indent: 0; }"
            "li { margin-bottom: %5; }"
            "th { font-weight: bold; border-bottom: 1px solid #777777; }"
            "td, th { padding-right: %4; }")
            .arg(px(1.5), px(1.5), px(0.8), px(4.0), px(0.3));
    }

    void layOut()
    {
        placements.clear();
        const qreal gap = mm(GapMm);
        int pageNo = 0;
        qreal y = 0;
        mainPages = 0;
        for (const Block &b : blocks) {
            const qreal h = b.height();
            if (b.appendix && mainPages == 0)
                mainPages = pageNo + (y > 0 ? 1 : 0);
            if ((b.newPage && y > 0) || (y > 0 && y + h > contentHeight)) {
                ++pageNo;
                y = 0;
            }
            if (h <= contentHeight || b.kind != Kind::Text) {
                placements.append({ pageNo, y, 0, h, &b });
                y += h + gap;
                continue;
            }
            // one text block taller than a page: sliced
            for (qreal offset = 0; offset < h; offset += contentHeight) {
                if (offset > 0) {
                    ++pageNo;
                    y = 0;
                }
                const qreal slice = std::min(contentHeight, h - offset);
                placements.append({ pageNo, 0, offset, slice, &b });
                y = slice + gap;
            }
        }
        pages = pageNo + 1;
        if (mainPages == 0)
            mainPages = pages;
    }

    void build(const Case &c, const Result &r, const ReportOptions &o,
        const ExplanationModel &model, int compact)
    {
        blocks.clear();
        compactLevel = compact;
        content = buildReportContent(c, r, o, model, compact);
        for (const QString &html : std::as_const(content.page1))
            document(html);
        if (!content.detailsHeading.isEmpty()) {
            document(QStringLiteral("<h2>%1</h2>").arg(content.detailsHeading.toHtmlEscaped()));
            Block &b = blocks.back();
            b.newPage = true;
            b.kind = Kind::Timeline;
            TimelinePaintOptions to = timelineOptions();
            b.drawingHeight = TimelinePainter::heightForWidth(page.width(), timeline, to);
            for (const ReportTable &t : std::as_const(content.details)) {
                document(QStringLiteral("<h3>%1</h3>").arg(t.heading.toHtmlEscaped()));
                Block &tb = blocks.back();
                tb.kind = Kind::Table;
                tb.table = &t;
                const int lines
                    = int((t.rows.size() + t.sides - 1) / t.sides) + 1 + (t.note.isEmpty() ? 0 : 1);
                tb.drawingHeight = lines * tableLineHeight();
            }
            if (content.chart) {
                document(QStringLiteral("<h3>%1</h3>").arg(content.chartHeading.toHtmlEscaped()));
                blocks.back().kind = Kind::Chart;
                blocks.back().drawingHeight = mm(55);
            }
        }
        bool first = true;
        for (const QString &html : std::as_const(content.appendix)) {
            document(html);
            blocks.back().appendix = true;
            blocks.back().newPage = first;
            first = false;
        }
        layOut();
    }

    qreal tableLineHeight() const
    {
        return QFontMetricsF(font, &device).height() * (compactLevel >= 2 ? 1.12 : 1.3);
    }
    int compactLevel = 0;

    // The painted parts (footer, tables, chart) draw with pixel sizes of the 300-dpi layout:
    // a point size would be resolved again against each device (1200 dpi on a printer) and
    // then scaled, four times too large.
    QFont pixelFont(qreal points, bool bold = false) const
    {
        QFont f = font;
        f.setPixelSize(qRound(points / 72 * Dpi));
        f.setBold(bold);
        return f;
    }

    void paintTable(QPainter *painter, const QRectF &rect, const ReportTable &t) const
    {
        painter->save();
        const QFont body = pixelFont(BodyPointSize);
        painter->setFont(body);
        const QFontMetricsF fm(body, &device);
        const qreal line = tableLineHeight();
        const qreal gutter = mm(6);
        const qreal sideWidth = (rect.width() - gutter * (t.sides - 1)) / t.sides;
        const int perSide = int((t.rows.size() + t.sides - 1) / t.sides);
        auto drawRow = [&](const QStringList &cells, qreal x, qreal y, bool bold) {
            painter->setFont(pixelFont(BodyPointSize, bold));
            qreal cx = x;
            for (int k = 0; k < cells.size() && k < t.widths.size(); ++k) {
                const qreal cw = sideWidth * t.widths[k];
                const QString text = fm.elidedText(cells[k], Qt::ElideRight, cw - mm(1.5));
                painter->drawText(QRectF(cx, y, cw, line), Qt::AlignLeft | Qt::AlignVCenter, text);
                cx += cw;
            }
        };
        painter->setPen(Qt::black);
        for (int side = 0; side < t.sides; ++side) {
            const qreal x = rect.left() + side * (sideWidth + gutter);
            drawRow(t.header, x, rect.top(), true);
            painter->setPen(QPen(QColor(0x77, 0x77, 0x77), mm(0.2)));
            painter->drawLine(
                QPointF(x, rect.top() + line), QPointF(x + sideWidth, rect.top() + line));
            painter->setPen(Qt::black);
            for (int i = 0; i < perSide; ++i) {
                const int row = side * perSide + i;
                if (row >= t.rows.size())
                    break;
                drawRow(t.rows[row], x, rect.top() + line * (i + 1), false);
            }
        }
        if (!t.note.isEmpty()) {
            painter->setFont(body);
            painter->setPen(QColor(0x55, 0x55, 0x55));
            painter->drawText(
                QRectF(rect.left(), rect.top() + line * (perSide + 1), rect.width(), line),
                Qt::AlignLeft | Qt::AlignVCenter, t.note);
        }
        painter->restore();
    }

    TimelinePaintOptions timelineOptions() const
    {
        TimelinePaintOptions to;
        to.font = font;
        to.fontPixelSize = 10.0 / 72 * Dpi; // 10 pt: the legend and the year labels
        return to;
    }

    void paintPage(QPainter *painter, int index) const
    {
        const qreal width = page.width();
        // footer
        painter->save();
        const QFont footerFont = pixelFont(9);
        painter->setFont(footerFont);
        painter->setPen(QPen(QColor(0x75, 0x75, 0x75), mm(0.2)));
        const qreal top = contentHeight + mm(FooterMm) * 0.2;
        painter->drawLine(QPointF(0, top), QPointF(width, top));
        const QString pageText = content.pageText.arg(index + 1).arg(pages);
        const QRectF box(0, top + mm(1), width, mm(FooterMm) * 0.8);
        painter->setPen(QColor(0x42, 0x42, 0x42));
        painter->drawText(box, Qt::AlignRight | Qt::AlignTop, pageText);
        const qreal pageW = QFontMetricsF(footerFont, &device).horizontalAdvance(pageText) + mm(4);
        painter->drawText(QRectF(box.left(), box.top(), box.width() - pageW, box.height()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, content.footer);
        painter->restore();

        for (const Placement &pl : placements) {
            if (pl.page != index)
                continue;
            const Block &b = *pl.block;
            painter->save();
            painter->translate(0, pl.y);
            if (b.doc) {
                painter->save();
                painter->translate(0, -pl.offset);
                b.doc->drawContents(painter, QRectF(0, pl.offset, width, pl.sliceHeight));
                painter->restore();
            }
            const qreal headH = b.doc ? b.doc->size().height() : 0;
            if (b.kind == Kind::Timeline)
                TimelinePainter::paint(
                    painter, QRectF(0, headH, width, b.drawingHeight), timeline, timelineOptions());
            else if (b.kind == Kind::Table)
                paintTable(painter, QRectF(0, headH, width, b.drawingHeight), *b.table);
            else if (b.kind == Kind::Chart)
                AccountPainter::paint(painter, QRectF(0, headH, width, b.drawingHeight), account,
                    font, Explanations::normalizedLanguage(contentLanguage) == QLatin1String("en"));
            painter->restore();
        }
    }

    QString contentLanguage;
};

ReportWriter::ReportWriter(
    const Case &c, const Result &r, const Library &library, ReportOptions options)
    : m_case(c)
    , m_result(r)
    , m_library(library)
    , m_options(std::move(options))
{ }

ReportWriter::~ReportWriter() = default;
ReportWriter::ReportWriter(const ReportWriter &) = default;
ReportWriter &ReportWriter::operator=(const ReportWriter &) = default;

QString defaultReportFileName(const QDate &asOf, const QString &idNumber)
{
    QString last4 = idNumber.trimmed().right(4);
    QString name = QStringLiteral("明白纸-") + asOf.toString(Qt::ISODate);
    if (!last4.isEmpty())
        name += QLatin1Char('-') + last4;
    static const QString refused = QStringLiteral("<>:\"/\\|?*");
    for (QChar &ch : name)
        if (refused.contains(ch) || ch.unicode() < 0x20)
            ch = QLatin1Char('_');
    return name + QStringLiteral(".pdf");
}

QPageLayout ReportWriter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(MarginMm, MarginMm, MarginMm, BottomMarginMm), QPageLayout::Millimeter);
}

QString ReportWriter::reportFontFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &f : PreferredFamilies)
        if (families.contains(f))
            return f;
    return families.isEmpty() ? QFont().family() : families.first();
}

const ReportLayout &ReportWriter::layout() const
{
    if (m_layout)
        return *m_layout;
    auto l = std::make_shared<ReportLayout>();
    l->device.setDotsPerMeterX(qRound(Dpi / 0.0254));
    l->device.setDotsPerMeterY(qRound(Dpi / 0.0254));
    l->page = QRectF(QPointF(0, 0), pageLayout().paintRectPixels(Dpi).size());
    l->contentHeight = l->page.height() - mm(FooterMm);
    l->font = QFont(reportFontFamily());
    l->font.setPointSizeF(BodyPointSize);
    l->timeline = buildTimeline(m_case, m_result);
    l->account = m_result.account;
    l->contentLanguage = m_options.language;
    const ExplanationModel model = ExplanationModel::build(m_case, m_result, m_library,
        Explanations::normalizedLanguage(m_options.language) == QLatin1String("en")
            ? TextLanguage::English
            : TextLanguage::Chinese,
        m_options.profile);
    // the main sheet is at most two pages: the long cases list their gaps and events one
    // line each, then without the chart
    for (int compact = 0; compact <= 2; ++compact) {
        l->build(m_case, m_result, m_options, model, compact);
        if (l->mainPages <= MaxMainPages)
            break;
    }
    m_layout = l;
    return *m_layout;
}

int ReportWriter::pageCount() const
{
    return layout().pages;
}

int ReportWriter::mainPageCount() const
{
    return layout().mainPages;
}

void ReportWriter::paintPage(QPainter *painter, int index, int dpi) const
{
    const ReportLayout &l = layout();
    painter->save();
    painter->scale(qreal(dpi) / Dpi, qreal(dpi) / Dpi);
    l.paintPage(painter, index);
    painter->restore();
}

int ReportWriter::paint(QPagedPaintDevice *device) const
{
    const ReportLayout &l = layout();
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int dpi = device->logicalDpiY();
    for (int i = 0; i < l.pages; ++i) {
        if (i > 0)
            device->newPage();
        paintPage(&painter, i, dpi);
    }
    painter.end();
    return l.pages;
}

bool ReportWriter::writePdf(QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setResolution(Dpi);
    writer.setPageLayout(pageLayout());
    writer.setTitle(layout().content.title);
    writer.setCreator(QStringLiteral("yibao"));
    return paint(&writer) > 0;
}

bool ReportWriter::writePdf(const QString &path, QString *error) const
{
    // QSaveFile: the PDF is complete or absent
    QSaveFile file(path);
    const auto fail = [&] {
        if (error)
            *error = tr("%1：无法写入 PDF 文件（%2）")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (!writePdf(&file) || file.error() != QFileDevice::NoError)
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

} // namespace yibao
