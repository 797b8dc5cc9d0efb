// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include "chart/accountchart.h"
#include "domain/idnumber.h"
#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/passagelinker.h"
#include "present/cards.h"
#include "present/timeline.h"
#include "timeline/timelinepainter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace yibao {

namespace {

    // Families tried in order; the first is what the Debian package fonts-wqy-microhei
    // installs and what CI has. Each is a real outline font, so the PDF embeds a subset.
    const QStringList PreferredFamilies { QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("SimSun") };

    constexpr qreal BodyPointSize = 9.5;
    constexpr qreal MarginMm = 15.0;
    constexpr qreal FooterMm = 11.0; // reserved at the bottom of every page
    constexpr qreal GapMm = 3.5; // between blocks
    constexpr int MaxQuotesPerCard = 3;

    QString esc(const QString &s)
    {
        return s.toHtmlEscaped();
    }

    // Paragraphs of a plain text with its line breaks kept.
    QString escLines(const QString &s)
    {
        return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    }

    // What follows a parameter's value in a sentence; the trace gives the unit's id.
    QString unitSuffix(const QString &unit)
    {
        if (unit == QLatin1String("months"))
            return ReportWriter::tr(" 个月");
        if (unit == QLatin1String("years"))
            return ReportWriter::tr(" 年");
        if (unit == QLatin1String("yuan_per_month"))
            return ReportWriter::tr(" 元/月");
        return QString(); // percent, ratio, … carry their sign in the value
    }

    qreal mmToDevice(qreal mm, int dpi)
    {
        return mm / 25.4 * dpi;
    }

    struct Block
    {
        enum class Kind
        {
            Text,
            Timeline,
            Chart
        };
        Kind kind = Kind::Text;
        std::unique_ptr<QTextDocument> doc; // the text, or the heading above a drawing
        qreal drawingHeight = 0; // below the heading, for Timeline and Chart
        bool cardPart = false; // a part of a card too tall for one page (then split between parts)
        qreal height() const { return (doc ? doc->size().height() : 0) + drawingHeight; }
    };

    struct Placement
    {
        int page = 0;
        qreal y = 0;
        qreal offset = 0; // for a text block taller than a page: where this slice starts
        qreal sliceHeight = 0;
        const Block *block = nullptr;
    };

    class Builder
    {
    public:
        Builder(const Case &c, const Result &r, const ReportOptions &o, QPaintDevice *device,
            qreal width)
            : m_case(c)
            , m_result(r)
            , m_options(o)
            , m_device(device)
            , m_width(width)
            , m_english(Explanations::normalizedLanguage(o.language) == QLatin1String("en"))
        {
            m_trace = r.trace;
            // the CLI and the window attach passages already; a bare Result still gets them
            bool any = false;
            for (const TraceStep &s : m_trace)
                any = any || !s.passages.isEmpty();
            if (!any)
                attachPassages(m_trace);
        }

        std::vector<Block> build()
        {
            std::vector<Block> blocks;
            blocks.push_back(textBlock(headerHtml()));
            blocks.push_back(timelineBlock());
            const QList<Card> cards = buildCards(m_case, m_result);
            for (const Card &card : cards) {
                appendCard(blocks, card);
                if (card.id == QLatin1String("account") && !m_result.account.perYear.isEmpty())
                    blocks.push_back(chartBlock());
            }
            blocks.push_back(textBlock(closingHtml()));
            return blocks;
        }

        QFont font() const
        {
            QFont f(ReportWriter::reportFontFamily());
            f.setPointSizeF(BodyPointSize);
            return f;
        }

        qreal logicalScale() const { return m_device->logicalDpiX() / 96.0; }

    private:
        QString lang() const { return m_english ? QStringLiteral("en") : QStringLiteral("zh_CN"); }

        Block textBlock(const QString &html)
        {
            Block b;
            b.doc = std::make_unique<QTextDocument>();
            b.doc->documentLayout()->setPaintDevice(m_device);
            b.doc->setDefaultFont(font());
            b.doc->setDocumentMargin(0);
            b.doc->setDefaultStyleSheet(styleSheet());
            b.doc->setHtml(html);
            b.doc->setTextWidth(m_width);
            return b;
        }

        // Rich text takes font sizes in points but margins and paddings in pixels of the
        // paint device (300 dpi for the PDF), so those are given in millimetres here.
        QString styleSheet() const
        {
            const int dpi = m_device->logicalDpiY();
            auto mm = [dpi](qreal v) -> QString {
                return QString::number(qRound(mmToDevice(v, dpi))) + QStringLiteral("px");
            };
            return QStringLiteral("h1 { font-size: 16pt; margin-bottom: %1; }"
                                  "h2 { font-size: 12pt; margin-bottom: %2; }"
                                  "h3 { font-size: 10.5pt; margin-top: %2; margin-bottom: %2; }"
                                  "p { margin-top: 0; margin-bottom: %3; }"
                                  "ul { margin-top: 0; margin-bottom: %3; }"
                                  ".muted { color: #555555; }"
                                  ".verdict { font-weight: bold; }"
                                  ".unknown { color: #8a4b00; font-style: italic; }"
                                  "blockquote { margin-top: 0; margin-bottom: %2; margin-left: %4; "
                                  "margin-right: 0; color: #333333; }"
                                  "td { padding-top: %5; padding-bottom: %5; }")
                .arg(mm(2.0), mm(1.2), mm(0.8), mm(5.0), mm(0.3));
        }

        QString headerHtml() const
        {
            QString html = QStringLiteral("<h1>%1</h1>")
                               .arg(esc(ReportWriter::tr("职工基本医疗保险 计算结果明白纸")));
            QStringList who;
            if (!m_options.clientName.trimmed().isEmpty())
                who.append(ReportWriter::tr("客户：%1").arg(esc(m_options.clientName.trimmed())));
            if (!m_options.idNumber.trimmed().isEmpty())
                who.append(
                    ReportWriter::tr("身份证号：%1").arg(esc(maskIdNumber(m_options.idNumber))));
            const QDate issued
                = m_options.issuedOn.isValid() ? m_options.issuedOn : QDate::currentDate();
            who.append(ReportWriter::tr("出具日期：%1").arg(esc(cardformat::date(issued))));
            html += QStringLiteral("<p>%1</p>").arg(who.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));

            const QString profileName
                = m_options.profileName.isEmpty() ? m_result.profileId : m_options.profileName;
            html += QStringLiteral("<p>%1</p>")
                        .arg(ReportWriter::tr(
                            "计算截至：%1&nbsp;&nbsp;&nbsp;政策方案：%2（%3，版本 %4）")
                                 .arg(esc(cardformat::date(m_case.asOf)), esc(profileName),
                                     esc(m_result.profileId), esc(m_result.profileVersion)));
            html += QStringLiteral("<p>%1</p>")
                        .arg(ReportWriter::tr(
                            "出生：%1&nbsp;&nbsp;&nbsp;类别：%2&nbsp;&nbsp;&nbsp;缴费记录 %3 段")
                                 .arg(esc(cardformat::date(m_case.person.birth)),
                                     esc(categoryChinese(m_case.person.category)))
                                 .arg(m_case.periods.size()));
            html += QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(esc(ReportWriter::tr("下列数字由本程序按所填缴费记录和所选政策方案计算"
                                                  "，每项后附计算说明和所依据的资料原文。")));
            return html;
        }

        Block timelineBlock()
        {
            Block b
                = textBlock(QStringLiteral("<h2>%1</h2>").arg(esc(ReportWriter::tr("缴费时间轴"))));
            b.kind = Block::Kind::Timeline;
            m_timeline = buildTimeline(m_case, m_result);
            b.drawingHeight = TimelinePainter::heightForWidth(
                                  m_width / logicalScale(), m_timeline, timelineOptions())
                * logicalScale();
            return b;
        }

        Block chartBlock()
        {
            Block b = textBlock(
                QStringLiteral("<h3>%1</h3>").arg(esc(ReportWriter::tr("个人账户划入图"))));
            b.kind = Block::Kind::Chart;
            b.drawingHeight = m_width * 0.5;
            return b;
        }

        TimelinePaintOptions timelineOptions() const
        {
            TimelinePaintOptions o;
            o.font = font();
            o.fontPixelSize = 11;
            return o;
        }

        // The figures, verdict and our explanation: the part of a card that stays together.
        QString cardMainHtml(const Card &card, const QList<TraceStep> &steps) const
        {
            QString html = QStringLiteral("<h3>%1</h3>").arg(esc(card.title));
            if (!card.verdict.isEmpty())
                html += QStringLiteral("<p class=\"verdict\">%1</p>")
                            .arg(esc(ReportWriter::tr("结论：%1").arg(card.verdict)));
            if (!card.lines.isEmpty()) {
                html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0\">");
                for (const CardLine &line : card.lines) {
                    QString value = esc(line.value);
                    if (line.unknown)
                        value = QStringLiteral("<span class=\"unknown\">%1</span>").arg(value);
                    html += QStringLiteral("<tr><td width=\"45%\">%1</td><td>%2</td></tr>")
                                .arg(esc(line.label), value);
                    if (!line.note.isEmpty())
                        html += QStringLiteral("<tr><td></td><td class=\"muted\">%1</td></tr>")
                                    .arg(esc(line.note));
                }
                html += QStringLiteral("</table>");
            }
            if (!card.note.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(escLines(card.note));
            QStringList explained;
            for (const TraceStep &s : steps) {
                const QString text = explainStep(s, lang()).trimmed();
                if (!text.isEmpty() && !explained.contains(text))
                    explained.append(text);
            }
            if (!explained.isEmpty()) {
                html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-top:0\">")
                            .arg(esc(ReportWriter::tr("怎么算的")));
                for (const QString &t : explained)
                    html += QStringLiteral("<li>%1</li>").arg(escLines(t));
                html += QStringLiteral("</ul>");
            }
            return html;
        }

        // "《title》 · source · date" of a passage
        static QString passageCaption(const Passage &p)
        {
            const Article *a = Corpus::bundled().article(p.article);
            QString caption;
            if (p.kind == PassageKind::Related) {
                caption = ReportWriter::tr("《%1》").arg(p.title);
                if (a)
                    caption += ReportWriter::tr("（见《%1》相关推荐）").arg(a->title);
            } else {
                caption = ReportWriter::tr("《%1》").arg(a ? a->title : p.title);
                if (!p.heading.isEmpty())
                    caption += QStringLiteral(" › ") % p.heading;
            }
            QStringList meta;
            if (!p.source.isEmpty())
                meta.append(p.source);
            meta.append(p.date.isEmpty() ? ReportWriter::tr("日期未注明") : p.date);
            return caption % QStringLiteral("　") % meta.join(QStringLiteral(" · "));
        }

        QString passageHtml(const QString &id)
        {
            const Passage *p = Corpus::bundled().passage(id);
            if (!p)
                return QString();
            const auto seen = m_quoted.constFind(id);
            if (seen != m_quoted.cend())
                return QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(ReportWriter::tr("[%1] 见前文引文：%2")
                                 .arg(*seen)
                                 .arg(passageCaption(*p))));
            const int n = int(m_quoted.size()) + 1;
            m_quoted.insert(id, n);
            return QStringLiteral("<p><b>[%1]</b> %2</p><blockquote>「%3」</blockquote>")
                .arg(n)
                .arg(esc(passageCaption(*p)), escLines(p->text));
        }

        // The further supporting passages of a card, by title and date only.
        // A passage already named by an earlier card is only counted.
        QString citedHtml(const QStringList &ids)
        {
            QStringList captions;
            int before = 0;
            for (const QString &id : ids) {
                const Passage *p = Corpus::bundled().passage(id);
                if (!p)
                    continue;
                if (m_cited.contains(id) || m_quoted.contains(id)) {
                    ++before;
                    continue;
                }
                m_cited.insert(id);
                const QString c = passageCaption(*p);
                if (!captions.contains(c))
                    captions.append(c);
            }
            QString text;
            if (!captions.isEmpty())
                text = ReportWriter::tr("同样说法的其他资料：%1")
                           .arg(captions.join(ReportWriter::tr("；")));
            if (before > 0)
                text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                    + ReportWriter::tr("另有 %1 份资料已在前文列出。").arg(before);
            return text.isEmpty() ? QString()
                                  : QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text));
        }

        // Where the sources say something else than the profile uses, for the card's rules
        // and the parameters they read.
        QString conflictsHtml(const QList<TraceStep> &steps)
        {
            struct Topic
            {
                QString subject;
                QString label;
                QString used; // what the profile uses, for a parameter
            };
            QList<Topic> topics;
            QSet<QString> seen;
            for (const TraceStep &s : steps) {
                if (!seen.contains(s.ruleId)) {
                    seen.insert(s.ruleId);
                    topics.append({ s.ruleId, s.title, QString() });
                }
                for (const TraceParam &p : s.params) {
                    if (seen.contains(p.key))
                        continue;
                    seen.insert(p.key);
                    QString used
                        = p.known ? p.value % unitSuffix(p.unit) : ReportWriter::tr("未知");
                    if (!p.source.isEmpty())
                        used += ReportWriter::tr("（依据：%1）").arg(p.source);
                    topics.append({ p.key, p.label.isEmpty() ? p.key : p.label, used });
                }
            }
            QString items;
            QStringList shownBefore;
            for (const Topic &t : topics) {
                const QList<Link> links
                    = LinkMap::bundled().conflictsFor(t.subject, m_result.profileId);
                if (links.isEmpty())
                    continue;
                // a rule met again (the next gap) is named, not listed again
                if (m_conflictsShown.contains(t.subject)) {
                    const QString title = Explanations::bundled().ruleTitle(t.subject, lang());
                    const QString name = title.isEmpty() ? t.label : title;
                    if (!shownBefore.contains(name))
                        shownBefore.append(name);
                    continue;
                }
                m_conflictsShown.insert(t.subject);
                QString item = QStringLiteral("<li><b>%1</b>").arg(esc(t.label));
                if (!t.used.isEmpty())
                    item += esc(ReportWriter::tr("：本方案采用 %1").arg(t.used));
                item += QStringLiteral("<br/>");
                QStringList others;
                for (const Link &l : links) {
                    const Passage *p = Corpus::bundled().passage(l.passage);
                    QString other = l.note.isEmpty() ? (p ? p->text.left(60) : l.passage) : l.note;
                    if (p)
                        other += QStringLiteral("（") % passageCaption(*p) % QStringLiteral("）");
                    others.append(esc(ReportWriter::tr("另有资料：%1").arg(other)));
                }
                item += others.join(QStringLiteral("<br/>")) % QStringLiteral("</li>");
                items += item;
            }
            QString html;
            if (!items.isEmpty())
                html = QStringLiteral("<p><b>%1</b></p><ul style=\"margin-top:0\">%2</ul>")
                           .arg(esc(ReportWriter::tr("资料说法不一")), items);
            if (!shownBefore.isEmpty())
                html += QStringLiteral("<p class=\"muted\">%1</p>")
                            .arg(esc(ReportWriter::tr("资料说法不一之处（%1）见前文。")
                                         .arg(shownBefore.join(ReportWriter::tr("；")))));
            return html;
        }

        void appendCard(std::vector<Block> &blocks, const Card &card)
        {
            const QList<TraceStep> steps = stepsForCard(card, m_trace);
            const QString main = cardMainHtml(card, steps);

            // passages that say otherwise are listed under 资料说法不一, not quoted as support
            QSet<QString> conflicting;
            for (const TraceStep &s : steps) {
                for (const Link &l : LinkMap::bundled().conflictsFor(s.ruleId, m_result.profileId))
                    conflicting.insert(l.passage);
                for (const TraceParam &p : s.params)
                    for (const Link &l : LinkMap::bundled().conflictsFor(
                             p.key, p.profile.isEmpty() ? m_result.profileId : p.profile))
                        conflicting.insert(l.passage);
            }
            QStringList ids;
            for (const TraceStep &s : steps)
                for (const QString &id : s.passages)
                    if (!ids.contains(id) && !conflicting.contains(id))
                        ids.append(id);
            // the first few (the rule's own sources come first) in full, the others by title,
            // so that the sheet stays something a client reads
            const QStringList quoted = ids.mid(0, MaxQuotesPerCard);
            const QStringList cited = ids.mid(MaxQuotesPerCard);
            // quote numbers are given in reading order; keep a copy to roll back if the card
            // has to be split (then the same numbers are given again, part by part)
            const QHash<QString, int> before = m_quoted;
            QStringList quotes;
            for (const QString &id : quoted) {
                const QString q = passageHtml(id);
                if (!q.isEmpty())
                    quotes.append(q);
            }
            const QString more = citedHtml(cited);
            QString sources;
            if (!quotes.isEmpty())
                sources = QStringLiteral("<p><b>%1</b></p>").arg(esc(ReportWriter::tr("资料原文")))
                    % quotes.join(QString()) % more;
            const QString conflicts = conflictsHtml(steps);
            const QString rule = QStringLiteral("<hr/>");

            Block whole = textBlock(rule % main % sources % conflicts);
            if (whole.height() <= m_pageHeight || m_pageHeight <= 0) {
                blocks.push_back(std::move(whole));
                return;
            }
            // too tall for one page: the figures together, then each quote, then the conflicts
            m_quoted = before;
            Block first = textBlock(rule % main);
            first.cardPart = true;
            blocks.push_back(std::move(first));
            bool heading = true;
            for (const QString &id : quoted) {
                QString q = passageHtml(id);
                if (q.isEmpty())
                    continue;
                if (heading)
                    q = QStringLiteral("<p><b>%1</b></p>")
                            .arg(esc(ReportWriter::tr("资料原文（%1）").arg(card.title)))
                        % q;
                heading = false;
                Block b = textBlock(q);
                b.cardPart = true;
                blocks.push_back(std::move(b));
            }
            if (!more.isEmpty()) {
                Block b = textBlock(more);
                b.cardPart = true;
                blocks.push_back(std::move(b));
            }
            if (!conflicts.isEmpty()) {
                Block b = textBlock(conflicts);
                b.cardPart = true;
                blocks.push_back(std::move(b));
            }
        }

        QString closingHtml() const
        {
            return QStringLiteral("<hr/><p class=\"muted\">%1</p>")
                .arg(esc(ReportWriter::tr(
                    "说明：本明白纸只解释计算过程和公开资料的说法。参数标为“未知”的，是资料没有给出"
                    "，本程序不作猜测；"
                    "各地政策和经办口径可能不同，办理时请以当地医保经办机构的核定为准。")));
        }

    public:
        void setPageHeight(qreal h) { m_pageHeight = h; }
        const Timeline &timeline() const { return m_timeline; }
        TimelinePaintOptions paintOptions() const { return timelineOptions(); }

    private:
        const Case &m_case;
        const Result &m_result;
        const ReportOptions &m_options;
        QPaintDevice *m_device;
        qreal m_width;
        bool m_english;
        Trace m_trace;
        Timeline m_timeline;
        QHash<QString, int> m_quoted; // passage id → its quote number
        QSet<QString> m_cited; // passage ids named by title only
        QSet<QString> m_conflictsShown; // rule ids and parameter keys whose conflicts are listed
        qreal m_pageHeight = 0;
    };

} // namespace

ReportWriter::ReportWriter(const Case &c, const Result &r, ReportOptions options)
    : m_case(c)
    , m_result(r)
    , m_options(std::move(options))
{ }

QString ReportWriter::reportFontFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &f : PreferredFamilies)
        if (families.contains(f))
            return f;
    return families.isEmpty() ? QFont().family() : families.first();
}

int ReportWriter::paint(QPagedPaintDevice *device) const
{
    const int dpi = device->logicalDpiY();
    const QRectF page = device->pageLayout().paintRectPixels(dpi);
    const qreal width = page.width();
    const qreal footer = mmToDevice(FooterMm, dpi);
    const qreal contentHeight = page.height() - footer;
    const qreal gap = mmToDevice(GapMm, dpi);

    Builder builder(m_case, m_result, m_options, device, width);
    builder.setPageHeight(contentHeight);
    const std::vector<Block> blocks = builder.build();

    // pages first, so that every footer can say "page i of n"
    QList<Placement> placements;
    int pageNo = 0;
    qreal y = 0;
    for (const Block &b : blocks) {
        const qreal h = b.height();
        if (y > 0 && y + h > contentHeight) {
            ++pageNo;
            y = 0;
        }
        if (h <= contentHeight || b.kind != Block::Kind::Text) {
            placements.append({ pageNo, y, 0, h, &b });
            y += h + gap;
            continue;
        }
        // one text block taller than a page: sliced (only a single quote can get here)
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
    const int pages = pageNo + 1;

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const qreal scale = builder.logicalScale();
    const QFont footerFont = [&] {
        QFont f = builder.font();
        f.setPointSizeF(7.5);
        return f;
    }();
    auto drawFooter = [&](int index) {
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x75, 0x75, 0x75), mmToDevice(0.2, dpi)));
        const qreal top = contentHeight + footer * 0.25;
        painter.drawLine(QPointF(0, top), QPointF(width, top));
        const QString pageText = tr("第 %1 页 / 共 %2 页").arg(index + 1).arg(pages);
        const QRectF box(0, top + mmToDevice(1, dpi), width, footer * 0.7);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        painter.drawText(box, Qt::AlignRight | Qt::AlignTop, pageText);
        const qreal pageW = painter.fontMetrics().horizontalAdvance(pageText) + mmToDevice(4, dpi);
        painter.drawText(QRectF(box.left(), box.top(), box.width() - pageW, box.height()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            tr("本明白纸是对计算结果的解释，不是医保经办机构的正式决定；待遇和补缴以经办机构核定为"
               "准。"));
        painter.restore();
    };

    int current = 0;
    drawFooter(0);
    for (const Placement &pl : placements) {
        while (current < pl.page) {
            device->newPage();
            ++current;
            drawFooter(current);
        }
        const Block &b = *pl.block;
        painter.save();
        painter.translate(0, pl.y);
        if (b.doc) {
            painter.save();
            painter.translate(0, -pl.offset);
            const QRectF clip(0, pl.offset, width, pl.sliceHeight);
            b.doc->drawContents(&painter, clip);
            painter.restore();
        }
        const qreal headH = b.doc ? b.doc->size().height() : 0;
        if (b.kind == Block::Kind::Timeline) {
            painter.save();
            painter.translate(0, headH);
            painter.scale(scale, scale);
            TimelinePainter::paint(&painter, QRectF(0, 0, width / scale, b.drawingHeight / scale),
                builder.timeline(), builder.paintOptions());
            painter.restore();
        } else if (b.kind == Block::Kind::Chart) {
            QFont f = builder.font();
            f.setPixelSize(13);
            AccountChart::render(&painter, QRectF(0, headH, width, b.drawingHeight),
                m_result.account, f, QSize(640, 320));
        }
        painter.restore();
    }
    painter.end();
    return pages;
}

bool ReportWriter::writePdf(QIODevice *device) const
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm - 5), QPageLayout::Millimeter));
    writer.setTitle(tr("职工医保计算结果明白纸"));
    writer.setCreator(QStringLiteral("yibao"));
    return paint(&writer) > 0;
}

bool ReportWriter::writePdf(const QString &path, QString *error) const
{
    // QSaveFile: the PDF is complete or absent — a full disk never leaves half a file, and
    // an existing file is replaced only once the new one is whole
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

bool ReportWriter::print(QPrinter *printer) const
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(
        QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm - 5), QPageLayout::Millimeter);
    return paint(printer) > 0;
}

} // namespace yibao
