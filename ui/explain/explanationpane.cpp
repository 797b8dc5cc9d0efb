// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/explanationpane.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/passagelinker.h"
#include "policy/parameterkeys.h"
#include "present/explanationmodel.h"
#include "present/formulawords.h"
#include "present/highlight.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace yibao {

namespace {

    QTreeWidgetItem *leaf(QTreeWidgetItem *parent, const QString &name, const QString &value)
    {
        auto *item = new QTreeWidgetItem(parent, { name, value });
        item->setToolTip(0, name);
        item->setToolTip(1, value);
        return item;
    }

    QLabel *wrapLabel(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
    {
        auto *l = new QLabel(parent);
        l->setTextFormat(format);
        l->setText(text);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    }

} // namespace

ExplanationPane::ExplanationPane(const Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.2);
    m_heading->setFont(hf);
    m_heading->setWordWrap(true);
    m_heading->setContentsMargins(10, 8, 10, 4);
    outer->addWidget(m_heading);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(10, 4, 10, 10);
    m_layout->setSpacing(6);

    m_tree = new QTreeWidget(m_content);
    m_tree->setColumnCount(2);
    // the formula column wraps instead of cutting the numbers off: rows of their own height
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ExplanationPane::updateTreeHeight);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, &ExplanationPane::updateTreeHeight);
    m_tree->installEventFilter(this);
    m_tree->hide();

    m_sources = new QTextBrowser(m_content);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setAccessibleName(tr("资料原文"));
    m_sources->setOpenLinks(false);
    m_sources->setFrameShape(QFrame::NoFrame);
    m_sources->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sources->viewport()->setAutoFillBackground(false);
    m_sources->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_sources, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link.startsWith(QLatin1String("passage:")))
            emit passageActivated(link.mid(8));
    });
    connect(m_sources->document()->documentLayout(),
        &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] { fitSources(); });
    m_sources->installEventFilter(this);
    m_sources->hide();

    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &ExplanationPane::render);
    outer->addWidget(m_scroll, 1);
    clear();
}

void ExplanationPane::showCard(
    const QString &title, const QList<TraceStep> &steps, const QString &profileId)
{
    if (title.isEmpty() && steps.isEmpty()) {
        clear(); // the results pane lost its selection
        return;
    }
    // The same card again (its figures changed while the user types): render once typing
    // pauses, so that a keystroke costs the cards' update and not a whole new page.
    const bool refresh = m_hasCard && title == m_title && profileId == m_profileId && isVisible();
    m_title = title;
    m_steps = steps;
    m_profileId = profileId;
    m_hasCard = true;
    // A trace that went through attachPassages() has its passages; one straight from the
    // engine gets them here, from the same links, with their stances.
    if (std::any_of(m_steps.cbegin(), m_steps.cend(),
            [](const TraceStep &s) { return s.passages.isEmpty(); }))
        attachPassages(m_steps, m_library.links());
    if (refresh) {
        m_refresh->start();
        return;
    }
    m_refresh->stop();
    render();
}

void ExplanationPane::clear()
{
    m_refresh->stop();
    m_hasCard = false;
    m_title.clear();
    m_steps.clear();
    render();
}

void ExplanationPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sourcesPending) {
        m_sourcesPending = false;
        m_sources->setHtml(m_sourcesHtml);
        fitSources();
    }
}

bool ExplanationPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sources && event->type() == QEvent::Resize)
        fitSources();
    // a new width wraps the formulas differently
    if (watched == m_tree && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width()
            != static_cast<QResizeEvent *>(event)->size().width())
        QMetaObject::invokeMethod(this, &ExplanationPane::updateTreeHeight, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void ExplanationPane::flush()
{
    if (m_refresh->isActive()) {
        m_refresh->stop();
        render();
    }
}

void ExplanationPane::setLanguage(const QString &lang)
{
    m_refresh->stop();
    m_language = lang;
    render();
}

QString ExplanationPane::title() const
{
    return m_heading->text();
}

QString ExplanationPane::explanationText() const
{
    return m_explanationText;
}

QStringList ExplanationPane::shownPassages() const
{
    return m_passages;
}

QString ExplanationPane::conflictText() const
{
    return m_conflictText;
}

QString ExplanationPane::highlightedHtml(const QString &text, const QStringList &terms)
{
    QList<bool> marked(text.size(), false);
    for (const QString &t : terms) {
        if (t.isEmpty())
            continue;
        const bool numeric = t.at(0).isDigit();
        qsizetype from = 0;
        while ((from = text.indexOf(t, from, Qt::CaseInsensitive)) >= 0) {
            const bool glued = numeric && from > 0
                && (text.at(from - 1).isDigit() || text.at(from - 1) == QLatin1Char('.'));
            if (!glued) {
                for (qsizetype i = from; i < from + t.size(); ++i)
                    marked[i] = true;
            }
            from += t.size();
        }
    }
    QString html;
    bool open = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (marked.at(i) && !open) {
            html += QStringLiteral("<span style=\"background-color:#ffe27a; color:#000;\"><b>");
            open = true;
        } else if (!marked.at(i) && open) {
            html += QStringLiteral("</b></span>");
            open = false;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            html += QStringLiteral("<br>");
        else
            html += QString(c).toHtmlEscaped();
    }
    if (open)
        html += QStringLiteral("</b></span>");
    return html;
}

void ExplanationPane::clearContent()
{
    qDeleteAll(m_dynamic);
    m_dynamic.clear();
    m_tree->clear();
    m_tree->hide();
    m_sources->clear();
    m_sources->hide();
    m_sourcesHtml.clear();
    m_sourcesPending = false;
    m_explanationText.clear();
    m_passages.clear();
    m_conflictPassages.clear();
    m_conflictText.clear();
    m_citations.clear();
}

QLabel *ExplanationPane::addHeading(const QString &text)
{
    auto *l = new QLabel(text, m_content);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 8, 0, 0);
    m_layout->insertWidget(m_layout->count() - 1, l);
    m_dynamic << l;
    return l;
}

QString ExplanationPane::passageHtml(const QString &passageId, const QStringList &terms) const
{
    const Passage *p = m_library.corpus().passage(passageId);
    const QString href = QStringLiteral("passage:") + passageId;
    if (!p) {
        return QStringLiteral("<p style=\"margin-left:12px;\"><i>%1</i></p>")
            .arg(tr("资料 %1 不在资料库中").arg(passageId).toHtmlEscaped());
    }
    const Article *a = m_library.corpus().article(p->article);
    QStringList where;
    const auto cited = m_cited.constFind(passageId);
    if (cited != m_cited.cend() && !cited->caption.isEmpty()) {
        // the model's caption, in the pane's language (in English the titles in 「」)
        where << cited->caption;
        if (!p->heading.isEmpty())
            where << (Explanations::normalizedLanguage(m_language).startsWith(QLatin1String("en"))
                    ? QStringLiteral("「%1」").arg(p->heading)
                    : p->heading);
    } else {
        // a passage no step cites (found by its id alone): its own words, in 「」
        if (p->kind == PassageKind::Related && !p->title.isEmpty())
            where << tr("「%1」").arg(p->title);
        if (a && !a->title.isEmpty() && (p->kind != PassageKind::Related || a->title != p->title))
            where << (p->kind == PassageKind::Related ? tr("见于「%1」的相关推荐").arg(a->title)
                                                      : tr("「%1」").arg(a->title));
        if (!p->source.isEmpty())
            where << tr("「%1」").arg(p->source);
        if (!p->date.isEmpty())
            where << p->date;
        if (!p->heading.isEmpty())
            where << tr("「%1」").arg(p->heading);
    }
    // what the model says the passage is quoted for, and whether it is only an example
    QString quotedFor;
    if (const auto it = m_cited.constFind(passageId); it != m_cited.cend()) {
        QString line = it->quotedFor.isEmpty() ? QString() : tr("引用于：%1").arg(it->quotedFor);
        if (it->beijingExample)
            line += tr("（北京示例：资料只给出北京的情况）");
        if (!line.isEmpty())
            quotedFor = QStringLiteral("<p style=\"margin-top:2px; margin-bottom:0; "
                                       "margin-left:14px; color:#555;\">%1</p>")
                            .arg(line.toHtmlEscaped());
    }
    return QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0;\"><a href=\"%1\">%2</a> "
                          "<span style=\"color:#777;\">%3</span></p>%5"
                          "<p style=\"margin-top:2px; margin-left:14px;\">「%4」</p>")
        .arg(href.toHtmlEscaped(), where.join(QStringLiteral(" · ")).toHtmlEscaped(),
            passageId.toHtmlEscaped(), highlightedHtml(p->text, terms), quotedFor);
}

void ExplanationPane::render()
{
    m_content->setUpdatesEnabled(false);
    clearContent();
    if (!m_hasCard) {
        m_heading->setText(tr("说明"));
        auto *hint
            = wrapLabel(tr("在中间选中一张结果卡片，这里显示它的计算过程和资料原文。"), m_content);
        hint->setForegroundRole(QPalette::PlaceholderText);
        m_layout->insertWidget(m_layout->count() - 1, hint);
        m_dynamic << hint;
        m_content->setUpdatesEnabled(true);
        return;
    }
    m_heading->setText(m_title);
    if (m_steps.isEmpty()) {
        auto *none = wrapLabel(tr("这张卡片没有计算步骤。"), m_content);
        m_layout->insertWidget(m_layout->count() - 1, none);
        m_dynamic << none;
        m_content->setUpdatesEnabled(true);
        return;
    }

    // What the model says about these steps: our words, the passages, and which of them
    // say something else than the values used (judged against each step's own value),
    // needed first for the notice at the top.
    const TextLanguage language = languageFromId(m_language).value_or(TextLanguage::Chinese);
    QList<StepExplanation> &explained = m_explained;
    explained.clear();
    explained.reserve(m_steps.size());
    m_cited.clear();
    for (const TraceStep &s : m_steps) {
        explained << explainStep(s, m_profileId, m_library, language);
        for (const QString &cit : explained.last().citations)
            if (!m_citations.contains(cit))
                m_citations << cit;
        for (const PassageCitation &p : explained.last().passages)
            if (!m_cited.contains(p.id))
                m_cited.insert(p.id, p);
    }
    struct Conflict
    {
        QString heading; // what the result holds
        QList<SourceConflict> variants;
    };
    QList<Conflict> conflicts;
    QSet<QString> conflicting;
    for (const SourceConflict &sc : conflictsOf(m_steps, m_profileId, m_library, language)) {
        if (conflicts.isEmpty() || conflicts.last().heading != sc.heading)
            conflicts << Conflict { sc.heading, {} };
        conflicts.last().variants << sc;
        conflicting.insert(sc.passage);
    }

    QLabel *notice = nullptr;
    if (!conflicts.isEmpty()) {
        // The conflict block sits below the passages; a notice at the top says it is there.
        notice = new QLabel(m_content);
        notice->setTextFormat(Qt::RichText);
        notice->setWordWrap(true);
        notice->setText(tr("<b>⚠ 资料说法不一</b>：有 %n 处规定，资料的说法与本程序采用的不同。<a "
                           "href=\"#conflicts\">查看</a>",
            nullptr, static_cast<int>(conflicts.size())));
        notice->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid #b36b00; border-radius: 4px; background: "
                           "#fff7e6; color: #222; padding: 4px; }"));
        notice->setAccessibleName(tr("资料说法不一"));
        m_layout->insertWidget(m_layout->count() - 1, notice);
        m_dynamic << notice;
    }

    // 1. Our own words.
    addHeading(tr("解读"));
    QStringList paragraphs, plain;
    QStringList seen;
    for (const StepExplanation &s : std::as_const(explained)) {
        const QString &text = s.inShort;
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen << text;
        paragraphs
            << QStringLiteral("<p style=\"margin:0 0 6px 0;\">%1</p>").arg(text.toHtmlEscaped());
        plain << text;
    }
    m_explanationText = plain.join(QLatin1Char('\n'));
    auto *explain = wrapLabel(paragraphs.join(QString()), m_content, Qt::RichText);
    explain->setAccessibleName(tr("解读"));
    m_layout->insertWidget(m_layout->count() - 1, explain);
    m_dynamic << explain;

    // 2–4 in one rich-text document: dozens of passages as separate labels cost a
    // keystroke's budget several times over in layout alone.
    const QStringList terms = highlightTerms(m_steps);
    for (const TraceStep &s : m_steps) {
        for (const QString &id : s.passages) {
            if (!conflicting.contains(id) && !m_passages.contains(id))
                m_passages << id;
        }
    }
    QString html;
    const QString heading
        = QStringLiteral("<p style=\"margin-top:12px; margin-bottom:2px;\"><b>%1</b></p>");
    // 2. The passages that state what the profile uses, right under our words.
    if (!m_passages.isEmpty()) {
        html += heading.arg(
            tr("资料原文（高亮为与本结果有关的数字和词语，点击标题查看全文）").toHtmlEscaped());
        for (const QString &id : m_passages)
            html += passageHtml(id, terms);
    }
    // 3. Where the sources disagree.
    if (!conflicts.isEmpty()) {
        const QString head = tr("⚠ 资料说法不一");
        const QString intro
            = tr("下列资料与本程序采用的规定说法不同。计算按档案的规定进行；各地经办规定不一，"
                 "请以当地医保经办机构的答复为准。");
        QStringList text { head, intro };
        html += QStringLiteral(
            "<p style=\"margin-top:12px;\"></p><table width=\"100%\" cellpadding=\"8\" "
            "cellspacing=\"0\" border=\"2\" bgcolor=\"#fff7e6\" "
            "style=\"border-color:#b36b00; border-style:solid;\"><tr><td>");
        html += QStringLiteral(
            "<p style=\"margin:0;\"><a name=\"conflicts\"></a><span style=\"font-size:large; "
            "color:#8a4f00;\"><b>%1</b></span></p><p>%2</p>")
                    .arg(head.toHtmlEscaped(), intro.toHtmlEscaped());
        for (const Conflict &c : conflicts) {
            html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px;\"><b>%1</b></p>")
                        .arg(c.heading.toHtmlEscaped());
            text << c.heading;
            for (const SourceConflict &v : c.variants) {
                html += QStringLiteral(
                    "<p style=\"margin-top:6px; margin-bottom:0; margin-left:8px;\">%1</p>")
                            .arg(tr("另一说法：%1").arg(v.note).toHtmlEscaped());
                html += passageHtml(v.passage, terms);
                text << v.note;
                if (!m_conflictPassages.contains(v.passage))
                    m_conflictPassages << v.passage;
            }
        }
        html += QStringLiteral("</td></tr></table>");
        m_conflictText = text.join(QLatin1Char('\n'));
    }
    // 4. Outside sources. 5. The computation tree, after them.
    if (!m_citations.isEmpty()) {
        html += heading.arg(tr("其他依据（法律法规）").toHtmlEscaped());
        for (const QString &c : m_citations)
            html += QStringLiteral("<p style=\"margin-top:2px;\">• %1</p>").arg(c.toHtmlEscaped());
    }
    m_sourcesHtml = html;
    // Laying the quoted passages out is most of the pane's cost; a pane not on screen
    // yet (the window opening a case before it shows) does it once, when shown, at its
    // real width.
    m_sourcesPending = !isVisible() && !html.isEmpty();
    if (!html.isEmpty()) {
        if (!m_sourcesPending)
            m_sources->setHtml(html);
        m_layout->removeWidget(m_sources);
        m_layout->insertWidget(m_layout->count() - 1, m_sources);
        m_sources->show();
        fitSources();
    }
    // The computation comes after the passages that state the figure: a clerk reads what
    // the rule says first, then how the figure was worked out.
    addHeading(tr("计算过程"));
    fillTree();
    m_layout->removeWidget(m_tree);
    m_layout->insertWidget(m_layout->count() - 1, m_tree);
    m_tree->show();
    updateTreeHeight();
    if (notice) {
        connect(notice, &QLabel::linkActivated, this, [this] { scrollToConflicts(); });
    }
    m_content->setUpdatesEnabled(true);
}

void ExplanationPane::fitSources()
{
    // The document shows whole; the pane's scroll area scrolls it with the rest.
    // setTextWidth lays the whole document out again even for the width it already has,
    // and resizes arrive many times while the window settles: only a new width counts
    QTextDocument *doc = m_sources->document();
    const qreal width = m_sources->viewport()->width();
    if (!qFuzzyCompare(doc->textWidth(), width))
        doc->setTextWidth(width);
    const int h
        = static_cast<int>(std::ceil(doc->size().height())) + 2 * m_sources->frameWidth() + 4;
    if (m_sources->height() != h)
        m_sources->setFixedHeight(h);
}

void ExplanationPane::scrollToConflicts()
{
    QTextCursor c = m_sources->document()->find(tr("⚠ 资料说法不一"));
    if (c.isNull())
        return;
    const QRect r = m_sources->cursorRect(c);
    const QPoint at = m_sources->viewport()->mapTo(m_content, r.topLeft());
    m_scroll->verticalScrollBar()->setValue(std::max(0, at.y() - 8));
}

void ExplanationPane::fillTree()
{
    m_tree->setHeaderLabels({ tr("项目"), tr("数值") });
    const bool english
        = Explanations::normalizedLanguage(m_language).startsWith(QLatin1String("en"));
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const TraceStep &s = m_steps.at(i);
        // the model's words for the step's parameters (label, value, meaning)
        const QList<ParameterLine> said
            = i < m_explained.size() ? m_explained.at(i).params : QList<ParameterLine>();
        // the formula and result in the window's language, as the model words them
        const TextLanguage language = english ? TextLanguage::English : TextLanguage::Chinese;
        const QString formula
            = i < m_explained.size() ? m_explained.at(i).formula : formulaText(s, language);
        const QString result
            = i < m_explained.size() ? m_explained.at(i).result : resultText(s, language);
        // the step's title in the model's language (the engine's is Chinese)
        const QString stepTitle = i < m_explained.size() ? m_explained.at(i).title : s.title;
        auto *step = new QTreeWidgetItem(m_tree, { stepTitle, result });
        QFont bf = step->font(0);
        bf.setBold(true);
        step->setFont(0, bf);
        step->setFont(1, bf);
        step->setToolTip(0, stepTitle);
        step->setToolTip(1, result);

        const QList<InputLine> inputs
            = i < m_explained.size() ? m_explained.at(i).inputs : QList<InputLine>();
        if (!inputs.isEmpty()) {
            auto *group = leaf(step, tr("输入"), QString());
            for (const InputLine &in : inputs)
                leaf(group, in.label, in.value);
        }
        if (!s.params.isEmpty()) {
            auto *group = leaf(step, tr("参数"), QString());
            for (qsizetype j = 0; j < s.params.size(); ++j) {
                const TraceParam &p = s.params.at(j);
                const bool unknown = !p.known || p.value.isEmpty();
                const ParameterLine line = j < said.size() ? said.at(j) : ParameterLine();
                auto *item = leaf(group, line.label.isEmpty() ? p.key : line.label, line.value);
                const QString &meaning = line.meaning;
                if (!meaning.isEmpty())
                    item->setToolTip(0, meaning);
                if (unknown) {
                    item->setForeground(1, QColor(0xb0, 0x1e, 0x23));
                    QFont f = item->font(1);
                    f.setBold(true);
                    item->setFont(1, f);
                }
                leaf(item, tr("参数名"), p.key);
                if (p.from.isValid())
                    leaf(item, tr("生效日期"), p.from.toString(Qt::ISODate));
                if (p.readFor.isValid())
                    leaf(item, tr("适用于"), p.readFor.toString(Qt::ISODate));
                if (!p.profile.isEmpty())
                    leaf(item, tr("档案"), p.profile);
                // the model's words: in English the profile's English source and note
                if (!line.source.isEmpty())
                    leaf(item, tr("来源"), line.source);
                if (!line.note.isEmpty())
                    leaf(item, tr("说明"), line.note);
            }
            // parameters stay folded: the formula is what the figure is read by
        }
        if (!formula.isEmpty()) {
            const QStringList lines = formula.split(QLatin1Char('\n'));
            auto *f = leaf(step, tr("公式"), lines.size() == 1 ? lines.first() : QString());
            if (lines.size() > 1) {
                for (const QString &line : lines)
                    leaf(f, line, QString())->setFirstColumnSpanned(true);
                f->setExpanded(true);
            }
        }
        if (!s.missing.isEmpty()) {
            auto *m = leaf(step, tr("缺少参数"), s.missing.join(QStringLiteral(", ")));
            m->setForeground(0, QColor(0xb0, 0x1e, 0x23));
            m->setForeground(1, QColor(0xb0, 0x1e, 0x23));
        }
        leaf(step, tr("结果"), result);
        step->setExpanded(true);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), std::max(260, m_tree->width() / 2)));
}

void ExplanationPane::updateTreeHeight()
{
    // The tree shows every row it has and lets the pane scroll, so that the explanation
    // and the passages above it read as one page. Wrapped formulas make rows of their own
    // height: the laid-out rows are summed.
    m_tree->doItemsLayout();
    int height = 0;
    for (QTreeWidgetItem *it = m_tree->topLevelItem(0); it; it = m_tree->itemBelow(it)) {
        const int h = m_tree->visualItemRect(it).height();
        height += h > 0 ? h : m_tree->fontMetrics().height() + 4;
    }
    m_tree->setFixedHeight(
        m_tree->header()->sizeHint().height() + height + 2 * m_tree->frameWidth() + 2);
}

} // namespace yibao
