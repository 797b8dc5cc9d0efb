// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcontent.h"

#include "domain/idnumber.h"
#include "explain/explanation.h"
#include "present/sheetwords.h"
#include "present/summary.h"

#include <QHash>
#include <QSet>

namespace yibao {

namespace {

    constexpr int MaxLinesOnPage1 = 6; // gaps or events listed one by one on page 1
    constexpr int MaxQuotesPerRule = 3;

    QString esc(const QString &s)
    {
        return s.toHtmlEscaped();
    }

} // namespace

ReportContent buildReportContent(const Case &c, const Result &r, const ReportOptions &options,
    const ExplanationModel &model, int compact)
{
    const bool en = Explanations::normalizedLanguage(options.language) == QLatin1String("en");
    const QString lang = en ? QStringLiteral("en") : QStringLiteral("zh_CN");
    const SheetWords w(en ? TextLanguage::English : TextLanguage::Chinese);
    ReportContent out;
    SummaryOptions so;
    so.language = w.language();
    so.clientName = options.clientName;
    so.idNumber = options.idNumber;
    so.issuedOn = options.issuedOn;
    so.profileName = options.profileName;
    const SheetSummary summary = summarize(c, r, model, so);
    out.title = summary.title;
    out.footer = summary.footer;
    out.pageText = w("第 %1 页 / 共 %2 页", "page %1 of %2");

    // ---- page 1: the summary, laid out; a list too long for the page gives way to its brief
    {
        QStringList who;
        for (const QString &line : summary.who)
            who.append(esc(line));
        out.page1.append(
            QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
                .arg(esc(summary.title), who.join(QStringLiteral("　　")), esc(summary.computed)));
    }
    for (const SummarySection &section : summary.sections) {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(section.heading));
        for (const SummaryParagraph &p : section.paragraphs) {
            if (!p.text.isEmpty())
                html
                    += (p.answer ? QStringLiteral("<p><b>%1</b></p>") : QStringLiteral("<p>%1</p>"))
                           .arg(esc(p.text));
            const bool fits = compact == 0 && p.items.size() <= MaxLinesOnPage1;
            if (!p.items.isEmpty() && (fits || p.brief.isEmpty())) {
                QString items;
                for (const QString &item : p.items)
                    items += QStringLiteral("<li>%1</li>").arg(esc(item));
                html += QStringLiteral("<ul>%1</ul>").arg(items);
            } else if (!p.brief.isEmpty()) {
                html += QStringLiteral("<p>%1</p>").arg(esc(p.brief));
            }
        }
        out.page1.append(html);
    }

    // ---- page 2: the timeline, then the figures per gap, event and band
    out.detailsHeading = w("缴费时间轴与明细", "Contribution timeline and figures");
    if (!r.gaps.isEmpty()) {
        const bool oneLine = compact > 0 || r.gaps.size() > MaxLinesOnPage1;
        ReportTable t;
        t.heading = w("各次断缴", "Each gap");
        const auto plain = [&](const std::optional<Money> &m) -> QString {
            return m ? m->toYuanString() : w.unknown();
        };
        if (oneLine) {
            // one line per gap, two halves side by side, months as 2001-06, amounts in yuan
            const auto spanOf = [](const GapResult &g) -> QString {
                return g.from == g.to ? g.from.toString()
                                      : g.from.toString() + QStringLiteral("—") + g.to.toString();
            };
            if (compact >= 2) {
                // the longest careers: three columns of gaps, what is owed only
                t.sides = 3;
                t.header = QStringList { w("断缴时段", "Gap"), w("月", "m"), w("尚欠", "Owed") };
                t.widths = { 0.62, 0.10, 0.28 };
                for (const GapResult &g : r.gaps)
                    t.rows.append({ spanOf(g), QString::number(g.months), plain(g.owed) });
            } else {
                t.sides = 2;
                t.header = QStringList { w("断缴时段", "Gap"), w("月数", "Months"),
                    w("应补合计", "Total"), w("尚欠", "Owed") };
                t.widths = { 0.40, 0.14, 0.23, 0.23 };
                for (const GapResult &g : r.gaps)
                    t.rows.append(
                        { spanOf(g), QString::number(g.months), plain(g.total), plain(g.owed) });
            }
            t.note = w("金额单位：元。", "Amounts in yuan (CNY).");
        } else {
            t.header
                = QStringList { w("断缴时段", "Gap"), w("月数", "Months"), w("应补合计", "Total"),
                      w("尚欠", "Owed"), w("宽限截止", "Deadline"), w("统筹恢复", "Fund resumes") };
            t.widths = { 0.25, 0.08, 0.15, 0.15, 0.20, 0.17 };
            for (const GapResult &g : r.gaps)
                t.rows.append({ g.from == g.to
                        ? g.from.toString()
                        : g.from.toString() + QStringLiteral("—") + g.to.toString(),
                    QString::number(g.months), plain(g.total), plain(g.owed),
                    g.graceDeadline.isValid() ? g.graceDeadline.toString(Qt::ISODate) : w.unknown(),
                    g.resumeMonth ? g.resumeMonth->toString() : QStringLiteral("—") });
            t.note = w("金额单位：元。", "Amounts in yuan (CNY).");
        }
        out.details.append(t);
    }
    if (!r.events.isEmpty() && (compact > 0 || r.events.size() > MaxLinesOnPage1)) {
        ReportTable t;
        t.heading = w("各次就医", "Each medical event");
        t.sides = 2;
        t.header = QStringList { w("日期", "Date"), w("类别", "Care"), w("个人账户", "Account"),
            w("统筹基金", "Pooled fund") };
        t.widths = { 0.27, 0.30, 0.20, 0.23 };
        for (const EventResult &e : r.events)
            t.rows.append({ e.date.toString(Qt::ISODate), w.care(e.care),
                e.personalAccount ? w("可用", "usable") : w("不可用", "not usable"),
                e.pooledFund ? (*e.pooledFund ? w("支付", "pays") : w("不支付", "does not pay"))
                             : w.unknown() });
        out.details.append(t);
    }
    if (!r.account.bands.isEmpty()) {
        ReportTable t;
        t.heading = w("个人账户各年龄段划入", "Personal account inflow by age band");
        t.header = QStringList { w("年龄段", "Age band"), w("时段", "Months"), w("月数", "Count"),
            w("最近每月", "Latest monthly"), w("合计", "Total") };
        t.widths = { 0.27, 0.27, 0.12, 0.17, 0.17 };
        for (const BandResult &b : r.account.bands)
            t.rows.append({ w.band(b.band),
                b.firstMonth.toString() + QStringLiteral("—") + b.lastMonth.toString(),
                QString::number(b.months), b.monthly ? b.monthly->toYuanString() : w.unknown(),
                b.total ? b.total->toYuanString() : w.unknown() });
        t.note = w("金额单位：元；“未知”是资料没有给出比例。",
            "Amounts in yuan (CNY); “unknown”: the sources give no rate.");
        out.details.append(t);
    }
    out.chart = compact < 2 && !r.account.perYear.isEmpty();
    out.chartHeading = w("个人账户每年划入", "Personal account inflow per year");

    if (!options.appendix)
        return out;

    // ---- appendix: our explanations with the passages, the conflicts, the steps
    out.appendix.append(QStringLiteral("<h1>%1</h1><p>%2</p>")
                            .arg(esc(w("附录", "Appendix")),
                                esc(w("下列解释是本程序的说明，引文是所附资料的原文（书名号内为文章"
                                      "标题，后附日期）。",
                                    "The explanations are ours; the quotes are the sources' own "
                                    "words (article title and date beside each)."))));
    QHash<QString, int> quoted; // passage id → its number
    QSet<QString> ruleDone;
    out.appendix.append(
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(w("一、我们的解释与资料原文", "A. Our explanations and the passages"))));
    const auto caption = [&](const PassageCitation &p) {
        QString text = p.caption;
        if (p.beijingExample)
            text += w("（北京示例）", " (a Beijing example)");
        return text;
    };
    for (const StepExplanation &step : model.steps) {
        if (ruleDone.contains(step.ruleId))
            continue;
        ruleDone.insert(step.ruleId);
        QString html = QStringLiteral("<h3>%1</h3>").arg(esc(step.title));
        const QString &text = step.ruleText;
        if (!text.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(text));
        int n = 0;
        QStringList cites;
        for (const PassageCitation &p : step.passages) {
            if (n >= MaxQuotesPerRule)
                break;
            if (p.stance != Stance::Supports || !p.found)
                continue;
            ++n;
            if (const auto it = quoted.constFind(p.id); it != quoted.cend()) {
                cites.append(QStringLiteral("<p>%1</p>")
                                 .arg(esc(w("同见引文 [%1]。", "See quote [%1].").arg(*it))));
                continue;
            }
            const int number = int(quoted.size()) + 1;
            quoted.insert(p.id, number);
            QString quotedFor;
            if (!p.quotedFor.isEmpty())
                quotedFor = QStringLiteral("<br/>")
                    + esc(w("引用于：%1", "Quoted for: %1").arg(p.quotedFor));
            cites.append(QStringLiteral("<p>[%1] %2%3<br/>「%4」</p>")
                             .arg(number)
                             .arg(esc(caption(p)), quotedFor, esc(p.quote)));
        }
        for (const QString &citation : step.citations)
            cites.append(
                QStringLiteral("<p>%1</p>").arg(esc(w("依据：%1", "Source: %1").arg(citation))));
        html += cites.join(QString());
        out.appendix.append(html);
    }

    out.appendix.append(QStringLiteral("<h2>%1</h2>")
                            .arg(esc(w("二、资料说法不一", "B. Where the sources disagree"))));
    if (model.conflicts.isEmpty())
        out.appendix.append(QStringLiteral("<p>%1</p>").arg(esc(w("没有。", "None."))));
    for (const SourceConflict &sc : model.conflicts) {
        QString html = QStringLiteral("<p><b>%1</b>").arg(esc(sc.label));
        if (!sc.used.isEmpty()) {
            QString used = w("：本表采用 %1", ": this sheet uses %1").arg(sc.used);
            if (sc.beijingExample)
                used += w("（北京示例，资料只给出北京的数字）",
                    " (a Beijing example: the only figure the sources give)");
            html += esc(used);
        }
        html += QStringLiteral("<br/>");
        if (sc.citation.found) {
            html += esc(w("另有资料：", "Another source: ")) + esc(sc.citation.caption)
                + QStringLiteral("<br/>「") + esc(sc.citation.quote) + QStringLiteral("」");
        } else if (!sc.stated.isEmpty()) {
            html += esc(w("另有资料：", "Another source: ") + sc.stated);
        }
        if (!sc.note.isEmpty())
            html += QStringLiteral("<br/>") + esc(sc.note);
        if (sc.comparable)
            html += QStringLiteral("<br/>")
                + esc(sc.changes.isEmpty()
                        ? w("按此资料的数字计算，本表结果不变。",
                            "Computed with that figure, this sheet does not change.")
                        : w("按此资料的数字计算：", "Computed with that figure: ")
                            + sc.changes.join(w("；", "; ")));
        html += QStringLiteral("</p>");
        out.appendix.append(html);
    }

    out.appendix.append(QStringLiteral("<h2>%1</h2>")
                            .arg(esc(w("三、计算过程", "C. The computation, step by step"))));
    QString steps;
    int count = 0;
    for (const StepExplanation &step : model.steps) {
        ++count;
        QString line = QStringLiteral("%1. %2").arg(count).arg(step.title);
        const QString explained = step.inShort;
        // the formula with its numbers (or the result), in the sheet's language; our
        // explanation below it
        const QString colon = en ? QStringLiteral(": ") : QStringLiteral("：");
        if (!step.formula.isEmpty())
            line += colon + step.formula;
        else if (!step.result.isEmpty())
            line += colon + step.result;
        // a formula of several lines keeps them apart
        steps
            += QStringLiteral("<p>%1%2</p>")
                   .arg(esc(line).replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
                       explained.isEmpty() ? QString() : QStringLiteral("<br/>") + esc(explained));
        if (count % 12 == 0) {
            out.appendix.append(steps);
            steps.clear();
        }
    }
    if (!steps.isEmpty())
        out.appendix.append(steps);
    return out;
}

} // namespace yibao
