// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/explanationpane.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/passagelinker.h"
#include "policy/parameterkeys.h"
#include "present/explanationmodel.h"
#include "present/formulawords.h"

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
        if (p.unit == ParamUnit::Percent) {
            terms << p.value;
            QString full = p.value;
            full.replace(QLatin1Char('%'), QChar(0xFF05));
            terms << full;
        } else if (p.unit == ParamUnit::Months) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0) {
                terms << QStringLiteral("%1个月").arg(n)
                      << chineseNumber(n) + QStringLiteral("个月");
                // Whole years only for the long requirements (240 → 20年): a short period in years
                // ("36 个月" → 3年) mostly matches some other rule's years.
                if (n % 12 == 0 && n >= 60)
                    terms << QStringLiteral("%1年").arg(n / 12);
            }
        } else if (p.unit == ParamUnit::Years) {
            const int n = p.value.toInt(&ok);
            if (ok && n > 0)
                terms << QStringLiteral("%1周岁").arg(n) << QStringLiteral("%1岁").arg(n)
                      << QStringLiteral("%1年").arg(n);
        } else if (p.unit == ParamUnit::YuanPerMonth) {
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
            { QStringLiteral("owedEmployer"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "其中单位缴") },
            { QStringLiteral("owedIndividual"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "其中个人缴") },
            { QStringLiteral("payOn"), QT_TRANSLATE_NOOP("yibao::ExplanationPane", "缴款日期") },
            { QStringLiteral("deadlineAhead"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "宽限期尚未截止") },
            { QStringLiteral("scenario"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "按假设判断") },
            { QStringLiteral("countedActualMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "已实际缴费月数") },
            { QStringLiteral("totalShortMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "累计差额月数") },
            { QStringLiteral("actualShortMonths"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "实际缴费差额月数") },
            { QStringLiteral("binding"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "不足的一项") },
            { QStringLiteral("qualifyingMonth"),
                QT_TRANSLATE_NOOP("yibao::ExplanationPane", "享受终身待遇月份") },
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
        // The engine writes its titles and labels in Chinese; the English window takes the
        // rule's title and the parameter's key from the explanations instead.
        QString stepTitle = s.title;
        if (english) {
            const QString t = m_library.explanations().ruleTitle(s.ruleId, m_language);
            if (!t.isEmpty())
                stepTitle = t;
        }
        auto *step = new QTreeWidgetItem(m_tree, { stepTitle, result });
        QFont bf = step->font(0);
        bf.setBold(true);
        step->setFont(0, bf);
        step->setFont(1, bf);
        step->setToolTip(0, s.title);
        step->setToolTip(1, result);

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
                if (!p.source.isEmpty())
                    leaf(item, tr("来源"), p.source);
                if (!p.note.isEmpty())
                    leaf(item, tr("说明"), p.note);
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
