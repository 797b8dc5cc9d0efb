// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/explanationpane.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/passagelinker.h"
#include "explain/passageview.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace yibao {

namespace {

    // Key terms per rule family, highlighted in the quoted passages. Kept short on purpose:
    // a highlight that covers half the passage points at nothing.
    QStringList familyTerms(const QString &ruleId)
    {
        const QString family = ruleId.section(QLatin1Char('.'), 0, 0);
        if (family == QLatin1String("retire"))
            return { QStringLiteral("法定退休年龄"), QStringLiteral("延迟"),
                QStringLiteral("退休") };
        if (family == QLatin1String("years"))
            return { QStringLiteral("缴费年限"), QStringLiteral("视同缴费"),
                QStringLiteral("实际缴费"), QStringLiteral("累计") };
        if (family == QLatin1String("gap"))
            return { QStringLiteral("断缴"), QStringLiteral("中断"), QStringLiteral("补缴"),
                QStringLiteral("滞纳金"), QStringLiteral("宽限期"), QStringLiteral("连续"),
                QStringLiteral("恢复"), QStringLiteral("停缴") };
        if (family == QLatin1String("account"))
            return { QStringLiteral("个人账户"), QStringLiteral("划入"),
                QStringLiteral("缴费基数") };
        if (family == QLatin1String("lifelong"))
            return { QStringLiteral("终身"), QStringLiteral("一次性补缴"),
                QStringLiteral("缴费年限"), QStringLiteral("累计"), QStringLiteral("实际缴费") };
        if (family == QLatin1String("eligibility") || family == QLatin1String("enrol"))
            return { QStringLiteral("统筹"), QStringLiteral("报销"), QStringLiteral("个人账户"),
                QStringLiteral("冻结"), QStringLiteral("参保") };
        return {};
    }

    QString chineseNumber(int n)
    {
        static const QString digits = QStringLiteral("零一二三四五六七八九");
        if (n < 0 || n > 99)
            return QString();
        if (n < 10)
            return digits.at(n);
        const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
        return tens + QStringLiteral("十") + (n % 10 == 0 ? QString() : QString(digits.at(n % 10)));
    }

    // How an article would write a parameter's value.
    QStringList valueTerms(const TraceParam &p)
    {
        if (!p.known || p.value.isEmpty())
            return {};
        QStringList terms;
        bool ok = false;
        if (p.unit == QLatin1String("percent")) {
            terms << p.value;
            QString full = p.value;
            full.replace(QLatin1Char('%'), QChar(0xFF05));
            terms << full;
        } else if (p.unit == QLatin1String("months")) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0) {
                terms << QStringLiteral("%1个月").arg(n)
                      << chineseNumber(n) + QStringLiteral("个月");
                if (n % 12 == 0)
                    terms << QStringLiteral("%1年").arg(n / 12);
            }
        } else if (p.unit == QLatin1String("years")) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0)
                terms << QStringLiteral("%1周岁").arg(n) << QStringLiteral("%1岁").arg(n)
                      << QStringLiteral("%1年").arg(n);
        } else if (p.unit == QLatin1String("yuan_per_month")) {
            QString v = p.value;
            if (v.endsWith(QLatin1String(".00")))
                v.chop(3);
            terms << v + QStringLiteral("元");
        }
        terms.removeAll(QString());
        return terms;
    }

    // "0", "0.00", "0 个月", "": a zero line, left out of the tree.
    bool isZero(const QString &value)
    {
        const QString v = value.trimmed();
        if (v.isEmpty())
            return true;
        static const QStringList zeros { QStringLiteral("0"), QStringLiteral("0.00"),
            QStringLiteral("0 个月"), QStringLiteral("0.00 元"), QStringLiteral("0个月") };
        return zeros.contains(v);
    }

    // Readable names of the inputs the engine records (rules/*.cpp); a name not listed here
    // is shown as the engine wrote it.
    QString inputLabel(const QString &name)
    {
        static const QHash<QString, const char *> labels {
            { QStringLiteral("actualMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "实际缴费月数") },
            { QStringLiteral("ageMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休年龄（月）") },
            { QStringLiteral("ageYears"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休年龄（岁）") },
            { QStringLiteral("aheadMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休前还可缴月数") },
            { QStringLiteral("asOf"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "计算日期") },
            { QStringLiteral("backpaidMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "已补缴月数") },
            { QStringLiteral("band"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "年龄段") },
            { QStringLiteral("bandName"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "年龄段") },
            { QStringLiteral("baseAtRetirement"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休时缴费基数") },
            { QStringLiteral("birth"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "出生日期") },
            { QStringLiteral("cap"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "上限") },
            { QStringLiteral("care"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "就医类型") },
            { QStringLiteral("category"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "人员类别") },
            { QStringLiteral("continuous"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "视为连续") },
            { QStringLiteral("continuousIfPaidByDeadline"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "按期补缴可视为连续") },
            { QStringLiteral("costsCovered"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "补缴后期间费用可报销") },
            { QStringLiteral("count"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "个数") },
            { QStringLiteral("countedMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "已累计月数") },
            { QStringLiteral("cumulativeMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "累计缴费月数") },
            { QStringLiteral("date"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "日期") },
            { QStringLiteral("declared"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "填写的视同缴费月数") },
            { QStringLiteral("deemedMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "视同缴费月数") },
            { QStringLiteral("deemedPeriods"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "视同缴费时段月数") },
            { QStringLiteral("delayMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "延迟月数") },
            { QStringLiteral("employeeMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "单位职工月数") },
            { QStringLiteral("firstCover"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "首次享受待遇月份") },
            { QStringLiteral("flexibleMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "灵活就业月数") },
            { QStringLiteral("from"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "起") },
            { QStringLiteral("gapFrom"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "断缴起") },
            { QStringLiteral("gapMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "断缴月数") },
            { QStringLiteral("gapTo"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "断缴止") },
            { QStringLiteral("givenDate"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "填写的退休日期") },
            { QStringLiteral("grace"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "宽限期（月）") },
            { QStringLiteral("graceDeadline"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "宽限期截止") },
            { QStringLiteral("historyEnd"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "缴费记录止") },
            { QStringLiteral("historyStart"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "缴费记录起") },
            { QStringLiteral("keepPayingCost"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "继续缴费费用") },
            { QStringLiteral("keepPayingFrom"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "继续缴费后享受待遇") },
            { QStringLiteral("lastPaidOn"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "最后补缴日期") },
            { QStringLiteral("lateFee"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "滞纳金") },
            { QStringLiteral("month"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "月份") },
            { QStringLiteral("monthly"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "每月") },
            { QStringLiteral("months"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "月数") },
            { QStringLiteral("n"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "月数") },
            { QStringLiteral("notEnrolledMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "未参加职工医保月数") },
            { QStringLiteral("oneTimeCost"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "一次性补缴费用") },
            { QStringLiteral("oneTimeFrom"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "一次性补缴后享受待遇") },
            { QStringLiteral("originalAge"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "原退休年龄") },
            { QStringLiteral("originalMonth"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "原退休月份") },
            { QStringLiteral("owed"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "仍欠") },
            { QStringLiteral("owedMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "欠缴月数") },
            { QStringLiteral("owedOnDate"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "就医时仍欠费") },
            { QStringLiteral("pooledFund"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "统筹基金支付") },
            { QStringLiteral("principal"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "本金") },
            { QStringLiteral("projectedActualMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "预计实际缴费月数") },
            { QStringLiteral("projectedMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "预计累计月数") },
            { QStringLiteral("qualifies"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "达到要求") },
            { QStringLiteral("reason"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "原因") },
            { QStringLiteral("requiredActualMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "要求实际缴费月数") },
            { QStringLiteral("requiredMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "要求累计月数") },
            { QStringLiteral("resumeMonth"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "恢复待遇月份") },
            { QStringLiteral("retired"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "已退休") },
            { QStringLiteral("retirementBackPay"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休一次性补缴") },
            { QStringLiteral("retirementMonth"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "退休月份") },
            { QStringLiteral("sex"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "性别") },
            { QStringLiteral("shortfallMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "差额月数") },
            { QStringLiteral("statutoryDate"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "法定退休日期") },
            { QStringLiteral("step"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "每几个月延迟一个月") },
            { QStringLiteral("suspendedFrom"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "暂停起") },
            { QStringLiteral("suspendedTo"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "暂停止") },
            { QStringLiteral("to"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "止") },
            { QStringLiteral("total"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "合计") },
            { QStringLiteral("waiting"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "等待期（月）") },
        };
        const auto it = labels.constFind(name);
        return it == labels.cend() ? name : ExplanationPane::tr(it.value());
    }

    QString inputValue(const QString &value)
    {
        if (value == QLatin1String("true"))
            return ExplanationPane::tr("是");
        if (value == QLatin1String("false"))
            return ExplanationPane::tr("否");
        return value;
    }

    QString paramValue(const TraceParam &p)
    {
        if (!p.known || p.value.isEmpty())
            return ExplanationPane::tr("未知（档案未给出）");
        if (p.unit == QLatin1String("months"))
            return ExplanationPane::tr("%1 个月").arg(p.value);
        if (p.unit == QLatin1String("years"))
            return ExplanationPane::tr("%1 岁").arg(p.value);
        if (p.unit == QLatin1String("yuan_per_month"))
            return ExplanationPane::tr("%1 元/月").arg(p.value);
        return p.value;
    }

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

ExplanationPane::ExplanationPane(QWidget *parent)
    : QWidget(parent)
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
    m_tree->setUniformRowHeights(true);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ExplanationPane::updateTreeHeight);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, &ExplanationPane::updateTreeHeight);
    m_tree->hide();

    m_layout->addStretch(1);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);
    clear();
}

void ExplanationPane::showCard(
    const QString &title, const QList<TraceStep> &steps, const QString &profileId)
{
    m_title = title;
    m_steps = steps;
    m_profileId = profileId;
    m_hasCard = true;
    // A trace that went through attachPassages() has its passages; one straight from the
    // engine gets them here, from the same links.
    for (TraceStep &s : m_steps) {
        if (s.passages.isEmpty())
            s.passages = passagesForStep(s);
    }
    render();
}

void ExplanationPane::clear()
{
    m_hasCard = false;
    m_title.clear();
    m_steps.clear();
    render();
}

void ExplanationPane::setLanguage(const QString &lang)
{
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

QStringList ExplanationPane::highlightTerms(const QList<TraceStep> &steps)
{
    QStringList terms;
    for (const TraceStep &s : steps) {
        for (const TraceParam &p : s.params)
            terms << valueTerms(p);
        terms << familyTerms(s.ruleId);
    }
    terms.removeDuplicates();
    std::stable_sort(terms.begin(), terms.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
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

QWidget *ExplanationPane::passageWidget(
    const QString &passageId, const QString &lead, const QStringList &terms, QWidget *parent)
{
    const Passage *p = Corpus::bundled().passage(passageId);
    QString html;
    if (!lead.isEmpty())
        html += QStringLiteral("<div>%1</div>").arg(lead.toHtmlEscaped());
    if (!p) {
        html += QStringLiteral("<div><i>%1</i></div>")
                    .arg(tr("资料 %1 不在资料库中").arg(passageId).toHtmlEscaped());
    } else {
        const Article *a = Corpus::bundled().article(p->article);
        QStringList where;
        if (p->kind == PassageKind::Related && !p->title.isEmpty())
            where << tr("「%1」").arg(p->title);
        if (a && !a->title.isEmpty() && (p->kind != PassageKind::Related || a->title != p->title))
            where << (p->kind == PassageKind::Related ? tr("见于《%1》的相关推荐").arg(a->title)
                                                      : tr("《%1》").arg(a->title));
        if (!p->source.isEmpty())
            where << p->source;
        if (!p->date.isEmpty())
            where << p->date;
        if (!p->heading.isEmpty())
            where << p->heading;
        html += QStringLiteral("<div style=\"color:#555;\">%1 · <span "
                               "style=\"font-family:monospace;\">%2</span></div>")
                    .arg(where.join(QStringLiteral(" · ")).toHtmlEscaped(),
                        passageId.toHtmlEscaped());
        html += QStringLiteral("<div>「%1」</div>").arg(highlightedHtml(p->text, terms));
    }
    auto *view = new PassageView(passageId, html, parent);
    view->setAccessibleName(p ? tr("资料原文 %1：%2").arg(passageId, p->title) : passageId);
    connect(view, &PassageView::activated, this, &ExplanationPane::passageActivated);
    return view;
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

    // 1. Our own words.
    addHeading(tr("解读"));
    QStringList paragraphs, plain;
    QStringList seen;
    for (const TraceStep &s : m_steps) {
        const QString text = explainStep(s, m_language);
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

    // 2. The trace.
    addHeading(tr("计算过程"));
    fillTree();
    m_layout->removeWidget(m_tree);
    m_layout->insertWidget(m_layout->count() - 1, m_tree);
    m_tree->show();
    updateTreeHeight();

    // 3–5 need the links: which passages conflict with what the profile uses.
    const LinkMap &links = LinkMap::bundled();
    struct Conflict
    {
        QString heading; // what the profile uses
        QList<Link> links;
    };
    QList<Conflict> conflicts;
    QStringList subjectsDone;
    QSet<QString> conflicting;
    for (const TraceStep &s : m_steps) {
        if (!subjectsDone.contains(s.ruleId)) {
            subjectsDone << s.ruleId;
            const QList<Link> c = links.conflictsFor(s.ruleId, m_profileId);
            if (!c.isEmpty()) {
                const QString ruleTitle = Explanations::bundled().ruleTitle(s.ruleId, m_language);
                conflicts << Conflict { tr("「%1」本程序按档案 %2 的算法：%3")
                                            .arg(ruleTitle.isEmpty() ? s.title : ruleTitle,
                                                m_profileId, s.result),
                    c };
            }
            for (const QString &cit : links.citationsFor(s.ruleId, m_profileId)) {
                if (!m_citations.contains(cit))
                    m_citations << cit;
            }
        }
        for (const TraceParam &p : s.params) {
            const QString profile = p.profile.isEmpty() ? m_profileId : p.profile;
            const QString key = p.key + QLatin1Char('@') + profile;
            if (subjectsDone.contains(key))
                continue;
            subjectsDone << key;
            const QList<Link> c = links.conflictsFor(p.key, profile);
            if (!c.isEmpty()) {
                QString uses = tr("「%1」本程序采用：%2")
                                   .arg(p.label.isEmpty() ? p.key : p.label, paramValue(p));
                if (p.from.isValid())
                    uses += tr("（%1起）").arg(p.from.toString(Qt::ISODate));
                if (!p.source.isEmpty())
                    uses += tr("，依据：%1").arg(p.source);
                conflicts << Conflict { uses, c };
            }
            for (const QString &cit : links.citationsFor(p.key, profile)) {
                if (!m_citations.contains(cit))
                    m_citations << cit;
            }
        }
    }
    for (const Conflict &c : conflicts) {
        for (const Link &l : c.links)
            conflicting.insert(l.passage);
    }

    // 3. The passages that state what the profile uses.
    const QStringList terms = highlightTerms(m_steps);
    for (const TraceStep &s : m_steps) {
        for (const QString &id : s.passages) {
            if (!conflicting.contains(id) && !m_passages.contains(id))
                m_passages << id;
        }
    }
    if (!m_passages.isEmpty()) {
        addHeading(tr("资料原文（高亮为与本结果有关的数字和词语，点击查看全文）"));
        for (const QString &id : m_passages) {
            QWidget *w = passageWidget(id, QString(), terms, m_content);
            m_layout->insertWidget(m_layout->count() - 1, w);
            m_dynamic << w;
        }
    }

    // 4. Where the sources disagree.
    if (!conflicts.isEmpty()) {
        auto *box = new QFrame(m_content);
        box->setObjectName(QStringLiteral("conflictBlock"));
        box->setAccessibleName(tr("资料说法不一"));
        box->setStyleSheet(QStringLiteral("QFrame#conflictBlock { border: 2px solid #b36b00; "
                                          "border-radius: 5px; background: #fff7e6; }"
                                          "QFrame#conflictBlock QLabel { color: #222; }"));
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(10, 8, 10, 8);
        auto *head = new QLabel(tr("⚠ 资料说法不一"), box);
        QFont hf = head->font();
        hf.setBold(true);
        hf.setPointSizeF(hf.pointSizeF() * 1.1);
        head->setFont(hf);
        v->addWidget(head);
        auto *intro = wrapLabel(tr("下列资料与本程序采用的规定说法不同。计算按档案的规定进行；各地"
                                   "经办规定不一，请以当地医保经办机构的答复为准。"),
            box);
        v->addWidget(intro);
        QStringList text { head->text(), intro->text() };
        for (const Conflict &c : conflicts) {
            auto *uses = wrapLabel(c.heading, box);
            QFont uf = uses->font();
            uf.setBold(true);
            uses->setFont(uf);
            uses->setContentsMargins(0, 6, 0, 0);
            v->addWidget(uses);
            text << c.heading;
            for (const Link &l : c.links) {
                v->addWidget(passageWidget(l.passage, tr("另一说法：%1").arg(l.note), terms, box));
                text << l.note;
                if (!m_conflictPassages.contains(l.passage))
                    m_conflictPassages << l.passage;
            }
        }
        m_conflictText = text.join(QLatin1Char('\n'));
        m_layout->insertWidget(m_layout->count() - 1, box);
        m_dynamic << box;
    }

    // 5. Outside sources.
    if (!m_citations.isEmpty()) {
        addHeading(tr("其他依据（法律法规）"));
        for (const QString &c : m_citations) {
            auto *l = wrapLabel(tr("• %1").arg(c), m_content);
            m_layout->insertWidget(m_layout->count() - 1, l);
            m_dynamic << l;
        }
    }
    m_content->setUpdatesEnabled(true);
}

void ExplanationPane::fillTree()
{
    m_tree->setHeaderLabels({ tr("项目"), tr("数值") });
    for (const TraceStep &s : m_steps) {
        auto *step = new QTreeWidgetItem(m_tree, { s.title, s.result });
        QFont bf = step->font(0);
        bf.setBold(true);
        step->setFont(0, bf);
        step->setFont(1, bf);
        step->setToolTip(0, s.title);
        step->setToolTip(1, s.result);

        QList<QPair<QString, QString>> inputs;
        for (const auto &in : s.inputs) {
            if (!isZero(in.second))
                inputs << in;
        }
        if (!inputs.isEmpty()) {
            auto *group = leaf(step, tr("输入"), QString());
            for (const auto &in : inputs)
                leaf(group, inputLabel(in.first), inputValue(in.second));
        }
        if (!s.params.isEmpty()) {
            auto *group = leaf(step, tr("参数"), QString());
            for (const TraceParam &p : s.params) {
                const bool unknown = !p.known || p.value.isEmpty();
                auto *item = leaf(group, p.label.isEmpty() ? p.key : p.label, paramValue(p));
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
                if (!p.source.isEmpty())
                    leaf(item, tr("来源"), p.source);
                if (!p.note.isEmpty())
                    leaf(item, tr("说明"), p.note);
            }
            group->setExpanded(true);
        }
        if (!s.formula.isEmpty()) {
            const QStringList lines = s.formula.split(QLatin1Char('\n'));
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
        leaf(step, tr("结果"), s.result);
        step->setExpanded(true);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), std::max(260, m_tree->width() / 2)));
}

void ExplanationPane::updateTreeHeight()
{
    // The tree shows every row it has and lets the pane scroll, so that the explanation
    // and the passages below it read as one page.
    int rows = 0;
    for (QTreeWidgetItem *it = m_tree->topLevelItem(0); it; it = m_tree->itemBelow(it))
        ++rows;
    const int rowHeight = std::max(m_tree->fontMetrics().height() + 6,
        m_tree->topLevelItemCount() > 0 ? m_tree->visualItemRect(m_tree->topLevelItem(0)).height()
                                        : 0);
    m_tree->setFixedHeight(
        m_tree->header()->sizeHint().height() + rows * rowHeight + 2 * m_tree->frameWidth() + 2);
}

} // namespace yibao
