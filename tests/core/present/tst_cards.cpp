// SPDX-License-Identifier: GPL-3.0-or-later
// The result cards (core/present/cards.h) against the worked figures of every example
// case: each figure of NAME.expected.json must appear, formatted for display, on the card
// line that shows it; a null figure shows 未知 and is marked unknown, never 0. Also the
// trace subjects: every step the engine writes belongs to some card, and a card takes
// only its own steps.
#include "casefile.h"
#include "io/caseloader.h"
#include "present/cards.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace yibao;

namespace {

const QString CaseSuffix = QStringLiteral(".yibao.json");

struct Computed
{
    Case c;
    Result r;
    QList<Card> cards;
};

Computed computeFile(const QString &file)
{
    const LoadedCase loaded = yibao::test::loadCaseFile(file);
    Computed out;
    out.c = loaded.c;
    out.r = compute(loaded.c, *loaded.profile);
    out.cards = buildCards(out.c, out.r, TextLanguage::Chinese);
    return out;
}

// The display formats, written out here rather than taken from cards.h so that a change
// of format is a visible change of this test.
QString money(const QJsonValue &v)
{
    return v.isNull() ? QStringLiteral("未知") : v.toString() + QStringLiteral(" 元");
}
QString months(int n)
{
    if (n < 12)
        return QStringLiteral("%1个月").arg(n);
    const QString y = n % 12 == 0 ? QStringLiteral("%1年").arg(n / 12)
                                  : QStringLiteral("%1年%2个月").arg(n / 12).arg(n % 12);
    return QStringLiteral("%1（%2个月）").arg(y).arg(n);
}
QString date(const QJsonValue &v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}
QString month(const QJsonValue &v)
{
    const QStringList p = v.toString().split(QLatin1Char('-'));
    return QStringLiteral("%1年%2月").arg(p.value(0).toInt()).arg(p.value(1).toInt());
}

const Card *cardOf(const QList<Card> &cards, const QString &id)
{
    for (const Card &c : cards) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString valueOf(const QList<Card> &cards, const QString &cardId, const QString &key)
{
    const Card *c = cardOf(cards, cardId);
    if (!c)
        return QStringLiteral("<no card %1>").arg(cardId);
    const CardLine *l = c->line(key);
    return l ? l->value : QStringLiteral("<no line %1.%2>").arg(cardId, key);
}

bool unknownOf(const QList<Card> &cards, const QString &cardId, const QString &key)
{
    const Card *c = cardOf(cards, cardId);
    const CardLine *l = c ? c->line(key) : nullptr;
    return l && l->unknown;
}

void addCaseRows(const QString &dir, const QString &prefix)
{
    const QDir d(dir);
    for (const QString &name :
        d.entryList({ QStringLiteral("*") + CaseSuffix }, QDir::Files, QDir::Name)) {
        const QString base = name.left(name.size() - CaseSuffix.size());
        QTest::addRow("%s", qPrintable(prefix + base))
            << d.filePath(name) << d.filePath(base + QStringLiteral(".expected.json"));
    }
}

} // namespace

class TstCards : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void everyStepHasACard_data() { figures_data(); }
    void everyStepHasACard();
    void cardTakesOnlyItsSteps();
    void unknownBandNamesParameter();
};

void TstCards::figures_data()
{
    QTest::addColumn<QString>("caseFile");
    QTest::addColumn<QString>("expectedFile");
#ifdef YIBAO_CASES_SHARED
    if (QDir(QStringLiteral(YIBAO_CASES_SHARED)).exists())
        addCaseRows(QStringLiteral(YIBAO_CASES_SHARED), QStringLiteral("shared/"));
#endif
    addCaseRows(QStringLiteral(YIBAO_CASES_OWN), QStringLiteral("own/"));
}

void TstCards::figures()
{
    QFETCH(QString, caseFile);
    QFETCH(QString, expectedFile);
    QFile f(expectedFile);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(expectedFile));
    const QJsonObject ex = QJsonDocument::fromJson(f.readAll()).object();
    const Computed got = computeFile(caseFile);
    const QList<Card> &cards = got.cards;

    const QJsonObject ret = ex.value(QLatin1String("retirement")).toObject();
    if (ret.contains(QLatin1String("statutoryDate")))
        QCOMPARE(valueOf(cards, QStringLiteral("retirement"), QStringLiteral("statutoryDate")),
            date(ret.value(QLatin1String("statutoryDate"))));
    if (ret.contains(QLatin1String("ageYears"))) {
        const int y = ret.value(QLatin1String("ageYears")).toInt();
        const int m = ret.value(QLatin1String("ageMonths")).toInt();
        QCOMPARE(valueOf(cards, QStringLiteral("retirement"), QStringLiteral("age")),
            m == 0 ? QStringLiteral("%1岁").arg(y) : QStringLiteral("%1岁%2个月").arg(y).arg(m));
    }
    if (ret.contains(QLatin1String("delayMonths"))) {
        const int d = ret.value(QLatin1String("delayMonths")).toInt();
        QCOMPARE(valueOf(cards, QStringLiteral("retirement"), QStringLiteral("delayMonths")),
            d == 0 ? QStringLiteral("不延迟") : QStringLiteral("%1个月").arg(d));
    }

    const QJsonObject years = ex.value(QLatin1String("years")).toObject();
    for (const char *k : { "cumulativeMonths", "actualMonths", "deemedMonths" }) {
        const QString key = QString::fromLatin1(k);
        if (years.contains(key))
            QCOMPARE(
                valueOf(cards, QStringLiteral("years"), key), months(years.value(key).toInt()));
    }

    const QJsonArray gaps = ex.value(QLatin1String("gaps")).toArray();
    int gapCards = 0;
    for (const Card &c : cards)
        gapCards += c.id.startsWith(QLatin1String("gaps[")) ? 1 : 0;
    if (ex.contains(QLatin1String("gaps")))
        QCOMPARE(gapCards, gaps.size());
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        const QJsonObject g = gaps.at(i).toObject();
        const QString id = QStringLiteral("gaps[%1]").arg(i);
        QCOMPARE(cardOf(cards, id)->title,
            QStringLiteral("断缴 %1—%2")
                .arg(month(g.value(QLatin1String("from"))), month(g.value(QLatin1String("to")))));
        QCOMPARE(valueOf(cards, id, QStringLiteral("months")),
            months(g.value(QLatin1String("months")).toInt()));
        // what is owed has its own lines only when something is owed
        const bool owes = g.value(QLatin1String("owed")).toString() != QLatin1String("0.00");
        for (const char *k :
            { "principal", "lateFee", "total", "owed", "owedEmployer", "owedIndividual" }) {
            const QString key = QString::fromLatin1(k);
            if (!g.contains(key))
                continue;
            if (!owes && key.startsWith(QLatin1String("owed"))) {
                QCOMPARE(valueOf(cards, id, key), QStringLiteral("<no line %1.%2>").arg(id, key));
                continue;
            }
            QCOMPARE(valueOf(cards, id, key), money(g.value(key)));
            QCOMPARE(unknownOf(cards, id, key), g.value(key).isNull());
        }
        if (g.contains(QLatin1String("continuous"))) {
            // a deadline still ahead is a condition, never "interrupted"
            const bool rescuable = owes
                && g.value(QLatin1String("continuousIfPaidByDeadline")).toBool()
                && ex.value(QLatin1String("asOf")).toString("2026-11-23")
                    <= g.value(QLatin1String("graceDeadline")).toString();
            QCOMPARE(valueOf(cards, id, QStringLiteral("continuous")),
                g.value(QLatin1String("continuous")).toBool() ? QStringLiteral("视为连续")
                    : rescuable ? QStringLiteral("未缴清；如按期缴清可视为连续")
                                : QStringLiteral("中断"));
        }
        if (g.contains(QLatin1String("graceDeadline")))
            QCOMPARE(valueOf(cards, id, QStringLiteral("graceDeadline")),
                date(g.value(QLatin1String("graceDeadline"))));
        if (g.contains(QLatin1String("resumeMonth"))) {
            const QJsonValue rm = g.value(QLatin1String("resumeMonth"));
            QCOMPARE(valueOf(cards, id, QStringLiteral("resumeMonth")),
                rm.isNull() ? QStringLiteral("尚未恢复") : month(rm) + QStringLiteral("起"));
        }
    }

    const QJsonObject bp = ex.value(QLatin1String("backPay")).toObject();
    for (const char *k : { "gapTotal", "gapOwed", "retirementBackPay" }) {
        const QString key = QString::fromLatin1(k);
        if (bp.contains(key)) {
            QCOMPARE(valueOf(cards, QStringLiteral("backpay"), key), money(bp.value(key)));
            QCOMPARE(unknownOf(cards, QStringLiteral("backpay"), key), bp.value(key).isNull());
        }
    }
    if (bp.contains(QLatin1String("shortfallMonths"))) {
        const int s = bp.value(QLatin1String("shortfallMonths")).toInt();
        QCOMPARE(valueOf(cards, QStringLiteral("backpay"), QStringLiteral("shortfallMonths")),
            s == 0 ? QStringLiteral("无") : months(s));
    }
    if (bp.value(QLatin1String("retirementBackPay")).isNull()
        && bp.contains(QLatin1String("retirementBackPay"))) {
        const QString note = cardOf(cards, QStringLiteral("backpay"))
                                 ->line(QStringLiteral("retirementBackPay"))
                                 ->note;
        for (const QJsonValue &k : bp.value(QLatin1String("missing")).toArray())
            QVERIFY2(note.contains(k.toString()), qPrintable(note));
    }

    const QJsonObject acc = ex.value(QLatin1String("account")).toObject();
    for (const QJsonValue &bv : acc.value(QLatin1String("bands")).toArray()) {
        const QJsonObject b = bv.toObject();
        const QString key = QStringLiteral("band.") + b.value(QLatin1String("band")).toString();
        QCOMPARE(valueOf(cards, QStringLiteral("account"), key),
            QStringLiteral("每月 %1，共 %2")
                .arg(money(b.value(QLatin1String("monthly"))),
                    money(b.value(QLatin1String("total")))));
        const bool unknown = b.value(QLatin1String("monthly")).isNull()
            || b.value(QLatin1String("total")).isNull();
        QCOMPARE(unknownOf(cards, QStringLiteral("account"), key), unknown);
        const QString label = cardOf(cards, QStringLiteral("account"))->line(key)->label;
        QVERIFY2(label.contains(
                     QStringLiteral("（%1个月）").arg(b.value(QLatin1String("months")).toInt())),
            qPrintable(label));
    }
    if (acc.contains(QLatin1String("total")))
        QCOMPARE(valueOf(cards, QStringLiteral("account"), QStringLiteral("total")),
            money(acc.value(QLatin1String("total"))));

    const QJsonObject ll = ex.value(QLatin1String("lifelong")).toObject();
    for (const char *k : { "requiredMonths", "countedMonths" }) {
        const QString key = QString::fromLatin1(k);
        if (ll.contains(key))
            QCOMPARE(
                valueOf(cards, QStringLiteral("lifelong"), key), months(ll.value(key).toInt()));
    }
    if (ll.contains(QLatin1String("projectedMonths")) && !got.r.lifelong.retired)
        QCOMPARE(valueOf(cards, QStringLiteral("lifelong"), QStringLiteral("projectedMonths")),
            months(ll.value(QLatin1String("projectedMonths")).toInt()));
    if (ll.contains(QLatin1String("qualifies")))
        QCOMPARE(cardOf(cards, QStringLiteral("lifelong"))->tone,
            ll.value(QLatin1String("qualifies")).toBool() ? Card::Tone::Good : Card::Tone::Bad);

    const QJsonArray events = ex.value(QLatin1String("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const QString id = QStringLiteral("events[%1]").arg(i);
        QVERIFY2(cardOf(cards, id), qPrintable(id));
        QVERIFY(cardOf(cards, id)->title.contains(date(e.value(QLatin1String("date")))));
        if (e.contains(QLatin1String("personalAccount")))
            QCOMPARE(valueOf(cards, id, QStringLiteral("personalAccount")),
                e.value(QLatin1String("personalAccount")).toBool() ? QStringLiteral("可用")
                                                                   : QStringLiteral("不可用"));
        if (e.contains(QLatin1String("pooledFund"))) {
            const bool pooled = e.value(QLatin1String("pooledFund")).toBool();
            // a resident month: resident insurance pays by its own rules, which is not "不报销"
            const bool resident = e.value(QLatin1String("ruleId")).toString()
                == QLatin1String("eligibility.resident");
            QCOMPARE(valueOf(cards, id, QStringLiteral("pooledFund")),
                pooled         ? QStringLiteral("报销")
                    : resident ? QStringLiteral("不支付（居民医保按其规定报销）")
                               : QStringLiteral("不报销"));
            QCOMPARE(cardOf(cards, id)->tone == Card::Tone::Good, pooled);
        }
        QVERIFY(!cardOf(cards, id)->note.isEmpty()); // the reason
    }

    // Never a figure 0 where the result does not know it.
    for (const Card &c : cards) {
        for (const CardLine &l : c.lines) {
            if (l.unknown)
                QVERIFY2(l.value.contains(QStringLiteral("未知")),
                    qPrintable(c.id + QLatin1Char('.') + l.key + QLatin1Char('=') + l.value));
        }
    }
}

void TstCards::everyStepHasACard()
{
    QFETCH(QString, caseFile);
    const Computed got = computeFile(caseFile);
    QList<bool> covered(got.r.trace.size(), false);
    for (const Card &card : got.cards) {
        const QList<TraceStep> steps = stepsForCard(card, got.r.trace);
        for (const TraceStep &s : steps) {
            for (qsizetype i = 0; i < got.r.trace.size(); ++i) {
                if (got.r.trace.at(i).subject == s.subject && got.r.trace.at(i).ruleId == s.ruleId)
                    covered[i] = true;
            }
        }
    }
    for (qsizetype i = 0; i < covered.size(); ++i)
        QVERIFY2(covered.at(i),
            qPrintable(got.r.trace.at(i).ruleId + QLatin1Char(' ') + got.r.trace.at(i).subject));
}

void TstCards::cardTakesOnlyItsSteps()
{
    // State: the architecture's example, two gaps. Expected: the first gap's card has the
    // detection and that gap's five steps; the back-pay card has each gap's principal and
    // late fee but not their continuity.
    const Computed got = computeFile(QStringLiteral(YIBAO_EXAMPLE_CASE));
    const Card *gap0 = cardOf(got.cards, QStringLiteral("gaps[0]"));
    QVERIFY(gap0);
    QStringList rules;
    for (const TraceStep &s : stepsForCard(*gap0, got.r.trace)) {
        QVERIFY(s.subject == QLatin1String("gaps") || s.subject == QLatin1String("gaps[0]"));
        rules << s.ruleId;
    }
    QCOMPARE(rules,
        QStringList({ QStringLiteral("gap.detect"), QStringLiteral("gap.principal"),
            QStringLiteral("gap.late_fee"), QStringLiteral("gap.grace"),
            QStringLiteral("gap.resume"), QStringLiteral("gap.suspend") }));
    rules.clear();
    for (const TraceStep &s :
        stepsForCard(*cardOf(got.cards, QStringLiteral("backpay")), got.r.trace))
        rules << s.subject + QLatin1Char('/') + s.ruleId;
    QCOMPARE(rules,
        QStringList({ QStringLiteral("gaps/gap.detect"), QStringLiteral("gaps[0]/gap.principal"),
            QStringLiteral("gaps[0]/gap.late_fee"), QStringLiteral("gaps[1]/gap.principal"),
            QStringLiteral("gaps[1]/gap.late_fee") }));
    QStringList ids;
    for (const Card &c : got.cards)
        ids << c.id;
    QCOMPARE(ids,
        QStringList({ QStringLiteral("retirement"), QStringLiteral("years"),
            QStringLiteral("gaps[0]"), QStringLiteral("gaps[1]"), QStringLiteral("backpay"),
            QStringLiteral("account"), QStringLiteral("lifelong"), QStringLiteral("events[0]"),
            QStringLiteral("events[1]") }));
}

void TstCards::unknownBandNamesParameter()
{
    // The example's 45plus band: the general profile does not know the employer share.
    const Computed got = computeFile(QStringLiteral(YIBAO_EXAMPLE_CASE));
    const CardLine *l
        = cardOf(got.cards, QStringLiteral("account"))->line(QStringLiteral("band.45plus"));
    QVERIFY(l);
    QVERIFY(l->unknown);
    QCOMPARE(l->value, QStringLiteral("每月 未知，共 未知"));
    QVERIFY2(
        l->note.contains(QStringLiteral("account.employer_share.45plus")), qPrintable(l->note));
    QCOMPARE(cardOf(got.cards, QStringLiteral("account"))->line(QStringLiteral("total"))->label,
        QStringLiteral("已知部分合计"));
    QCOMPARE(cardOf(got.cards, QStringLiteral("account"))->tone, Card::Tone::Unknown);
}

QTEST_GUILESS_MAIN(TstCards)
#include "tst_cards.moc"
