// SPDX-License-Identifier: GPL-3.0-or-later
// The curated links (resources/explain/links.json), the trace linker and our explanation
// templates: complete for every rule and parameter, pointing at passages that exist, with
// every disagreement of DOMAIN.md's table present, and every note and citation in English
// as well as in Chinese.
#include "englishwords.h"
#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/linkmap.h"
#include "explain/passagelinker.h"
#include "explain/quote.h"
#include "io/casejson.h"
#include "io/casevalidator.h"
#include "policy/parameterkeys.h"
#include "policy/profileloader.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace yibao;

namespace {

// The rule ids the brief names; rulesInSource() finds any the engine adds later.
const QStringList KnownRules = {
    QStringLiteral("retire.statutory"),
    QStringLiteral("years.actual"),
    QStringLiteral("years.deemed"),
    QStringLiteral("years.cumulative"),
    QStringLiteral("gap.detect"),
    QStringLiteral("gap.principal"),
    QStringLiteral("gap.late_fee"),
    QStringLiteral("gap.grace"),
    QStringLiteral("gap.resume"),
    QStringLiteral("gap.suspend"),
    QStringLiteral("account.inflow"),
    QStringLiteral("account.retiree"),
    QStringLiteral("lifelong.required"),
    QStringLiteral("lifelong.shortfall"),
    QStringLiteral("lifelong.backpay"),
    QStringLiteral("lifelong.paths"),
    QStringLiteral("eligibility.personal_account"),
    QStringLiteral("eligibility.retired"),
    QStringLiteral("eligibility.not_enrolled"),
    QStringLiteral("eligibility.gap"),
    QStringLiteral("eligibility.waiting"),
    QStringLiteral("eligibility.covered"),
    QStringLiteral("eligibility.gap_first_month"),
    QStringLiteral("eligibility.resident"),
    QStringLiteral("eligibility.retired_paying"),
    QStringLiteral("enrol.first_cover"),
};

// Every rule id literal in core/rules: dotted names of a rule family that are not
// parameter keys (and not prefixes such as "account.bands.").
QStringList rulesInSource()
{
    static const QRegularExpression literal(QStringLiteral(
        "\"((?:retire|years|gap|account|lifelong|eligibility|enrol)\\.[a-z_0-9.]*[a-z_0-9])\""));
    QSet<QString> ids;
    const QDir dir(QStringLiteral(YIBAO_SOURCE_DIR "/core/rules"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.cpp"), QStringLiteral("*.h") })) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto it = literal.globalMatch(text); it.hasNext();) {
            const QString id = it.next().captured(1);
            if (!findParameterKey(id) && !id.endsWith(QLatin1String(".h"))
                && !id.endsWith(QLatin1String(".cpp")))
                ids.insert(id);
        }
    }
    QStringList out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList profileKeys()
{
    QSet<QString> keys;
    for (const PolicyProfile &p : yibao::test::library().profiles().profiles())
        for (const Parameter *param : p.parameters())
            keys.insert(param->key);
    for (const ParameterKey &k : parameterKeys())
        keys.insert(k.key);
    QStringList out(keys.cbegin(), keys.cend());
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<Stance> stanceOf(
    const QString &subject, const QString &passage, const QString &profile)
{
    for (const Link &l : yibao::test::library().linksFor(subject, profile))
        if (l.passage == passage)
            return l.stance;
    return std::nullopt;
}

TraceParam param(const char *key, const char *value, const char *profile = "general")
{
    TraceParam p;
    p.key = QString::fromLatin1(key);
    p.value = QString::fromLatin1(value);
    p.profile = QString::fromLatin1(profile);
    return p;
}

TraceStep resumeStep()
{
    TraceStep s;
    s.ruleId = QStringLiteral("gap.resume");
    s.input(QStringLiteral("from"), QStringLiteral("2016-01"));
    s.input(QStringLiteral("to"), QStringLiteral("2016-04"));
    s.input(QStringLiteral("months"), QStringLiteral("4"));
    s.input(QStringLiteral("resumeMonth"), QStringLiteral("2016-11"));
    s.input(QStringLiteral("waiting"), QStringLiteral("6"));
    s.input(QStringLiteral("continuous"), QStringLiteral("false"));
    s.params.append(param("gap.waiting_months", "6"));
    return s;
}

// The example case of ARCHITECTURE.md.
const char *const ExampleCase = R"({
  "schema": "yibao-case/1", "profile": "general", "asOf": "2026-11-23",
  "person": { "birth": "1975-05-12", "sex": "female", "category": "female_cadre" },
  "periods": [
    { "from": "1997-07", "to": "2015-12", "kind": "employee", "base": "5000.00", "status": "paid" },
    { "from": "2016-01", "to": "2016-04", "kind": "employee", "base": "5000.00", "status": "arrears" },
    { "from": "2016-05", "to": "2025-06", "kind": "flexible", "base": "6326.00", "status": "paid" },
    { "from": "2025-07", "to": "2025-08", "kind": "flexible", "base": "6326.00", "status": "backpaid", "paidOn": "2025-09-10" },
    { "from": "2025-09", "to": "2026-10", "kind": "flexible", "base": "6326.00", "status": "paid" } ],
  "deemedMonths": 0,
  "retirement": { "date": null, "baseAtRetirement": "6326.00" },
  "events": [ { "date": "2016-03-15", "care": "inpatient" }, { "date": "2025-08-02", "care": "pharmacy" } ]
})";

// Broken link maps. (Kept out of the test class: moc misreads braces in raw strings.)
const char *const BadSchema = R"({"schema":"yibao-links/1"})";
const char *const BadStance
    = R"({"schema":"yibao-links/2","subjects":{"a.b":{"links":[{"passage":"001#a","states":"门诊","stance":"maybe","note":"n"}]}}})";
const char *const NoNote
    = R"({"schema":"yibao-links/2","subjects":{"a.b":{"links":[{"passage":"001#a","states":"门诊","stance":"supports"}]}}})";
const char *const NoStates
    = R"({"schema":"yibao-links/2","subjects":{"a.b":{"links":[{"passage":"001#a","note":"n"}]}}})";
// A numeric parameter's link whose words hold no value, or two.
const char *const NoValue
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace_months":{"links":[{"passage":"001#r7","states":"从断缴次月起","note":"n"}]}}})";
const char *const TwoValues
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace_months":{"links":[{"passage":"001#r4","states":"3个月内 ,部分地区允许6个月内","note":"n"}]}}})";
const char *const StoredStance
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace_months":{"links":[{"passage":"001#r7","states":"3个月内","stance":"supports","note":"n"}]}}})";
const char *const ValueOnRule
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace":{"links":[{"passage":"001#r7","states":"3个月内","value":"3个月","note":"n"}]}}})";
// A map of an older make: a note without note_en, citations as a plain string and as an
// object without en.
const char *const ChineseOnly
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace":{"links":[{"passage":"001#r7","states":"3个月内","note":"三个月内续保"}],"citations":["某法第一条",{"text":"某规定","profiles":["beijing"]}]}}})";
const char *const BadBound
    = R"({"schema":"yibao-links/2","subjects":{"gap.grace_months":{"links":[{"passage":"001#r7","states":"3个月内","from":"2021","note":"n"}]}}})";

Trace exampleTrace(const char *profileId)
{
    InputErrors errors;
    auto c = CaseJson::parse(QByteArray(ExampleCase), &errors);
    if (!c)
        return {};
    const PolicyProfile *profile
        = yibao::test::library().profiles().find(QString::fromLatin1(profileId));
    if (!profile || !validateCase(*c, *profile).isEmpty())
        return {};
    return compute(*c, *profile).trace;
}

} // namespace

class TestLinkMap : public QObject
{
    Q_OBJECT

private slots:
    void ruleIdsInSourceAreKnown()
    {
        const QStringList inSource = rulesInSource();
        QVERIFY(inSource.size() >= 20);
        for (const QString &id : inSource)
            QVERIFY2(KnownRules.contains(id),
                qPrintable(QStringLiteral("rule id %1 in core/rules is not covered here").arg(id)));
    }

    void everyRuleHasLinksAndText_data()
    {
        QTest::addColumn<QString>("id");
        QStringList all = KnownRules;
        for (const QString &id : rulesInSource())
            if (!all.contains(id))
                all.append(id);
        for (const QString &id : all)
            QTest::newRow(qPrintable(id)) << id;
    }
    void everyRuleHasLinksAndText()
    {
        QFETCH(QString, id);
        const LinkMap &m = yibao::test::library().links();
        QVERIFY2(!yibao::test::library().linksFor(id).isEmpty() || !m.citationsFor(id).isEmpty(),
            qPrintable(id));
        const Explanations &x = yibao::test::library().explanations();
        QVERIFY(x.hasRule(id));
        QVERIFY(!x.ruleText(id, QStringLiteral("zh_CN")).isEmpty());
        QVERIFY(!x.ruleText(id, QStringLiteral("en")).isEmpty());
        QVERIFY(x.ruleText(id, QStringLiteral("en")) != x.ruleText(id, QStringLiteral("zh_CN")));
    }

    void everyParameterHasLinksOrCitation_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &k : profileKeys())
            QTest::newRow(qPrintable(k)) << k;
    }
    void everyParameterHasLinksOrCitation()
    {
        QFETCH(QString, key);
        const LinkMap &m = yibao::test::library().links();
        for (const PolicyProfile &p : yibao::test::library().profiles().profiles())
            QVERIFY2(!yibao::test::library().linksFor(key, p.id).isEmpty()
                    || !m.citationsFor(key, p.id).isEmpty(),
                qPrintable(key + QLatin1Char('/') + p.id));
        QVERIFY(!yibao::test::library()
                     .explanations()
                     .parameterText(key, QStringLiteral("zh_CN"))
                     .isEmpty());
        QVERIFY(!yibao::test::library()
                     .explanations()
                     .parameterText(key, QStringLiteral("en"))
                     .isEmpty());
    }

    void counts()
    {
        QCOMPARE(profileKeys().size(), 34);
        QCOMPARE(yibao::test::library().links().subjects().size(), 60); // 34 parameters + 26 rules
    }

    void everySubjectIsKnownAndEveryPassageExists()
    {
        const LinkMap &m = yibao::test::library().links();
        const Corpus &corpus = yibao::test::library().corpus();
        int links = 0;
        for (const QString &s : m.subjects()) {
            QVERIFY2(KnownRules.contains(s) || findParameterKey(s),
                qPrintable(QStringLiteral("unknown subject ") + s));
            for (const Link &l : m.declaredLinks(s)) {
                ++links;
                QVERIFY2(corpus.passage(l.passage),
                    qPrintable(s + QStringLiteral(" → missing passage ") + l.passage));
                QVERIFY(!l.note.isEmpty());
            }
        }
        QCOMPARE(links, 185);
    }

    // DOMAIN.md "Where the sources disagree", row by row.
    void domainConflicts_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("profile");
        QTest::newRow("waiting: 3 months") << "gap.waiting_months"
                                           << "001#r8"
                                           << "general";
        QTest::newRow("waiting: 3-6 months") << "gap.waiting_months"
                                             << "002#s2"
                                             << "general";
        QTest::newRow("waiting: 1 year") << "gap.waiting_months"
                                         << "003#s2.2"
                                         << "general";
        QTest::newRow("waiting: after employer back-pay") << "gap.waiting_months"
                                                          << "002#r10"
                                                          << "general";
        QTest::newRow("costs: reimbursed as continuous") << "gap.backpaid_costs_covered"
                                                         << "002#r9"
                                                         << "general";
        QTest::newRow("costs: 零星报销") << "gap.backpaid_costs_covered"
                                         << "002#r10"
                                         << "general";
        QTest::newRow("first enrolment: 6 months") << "enrol.first_cover_offset_months"
                                                   << "003#r12"
                                                   << "general";
        QTest::newRow("first enrolment rule: 6 months") << "enrol.first_cover"
                                                        << "003#r12"
                                                        << "general";
        QTest::newRow("account frozen when owed") << "eligibility.account_frozen_when_owed"
                                                  << "001#s4.1"
                                                  << "general";
        QTest::newRow("account rule: frozen") << "eligibility.personal_account"
                                              << "001#s4.1"
                                              << "general";
        QTest::newRow("back-pay: 120 % × 12 %") << "lifelong.backpay_rate"
                                                << "004#r6"
                                                << "beijing";
        QTest::newRow("back-pay: 9.8 % + 2 %") << "lifelong.backpay_rate"
                                               << "004#r7"
                                               << "beijing";
        QTest::newRow("back-pay rule: garbled formula") << "lifelong.backpay"
                                                        << "004#r3"
                                                        << "general";
        QTest::newRow("45+: truncated vs Beijing 2%") << "account.employer_share.45plus"
                                                      << "004#r19"
                                                      << "beijing";
    }
    void domainConflicts()
    {
        QFETCH(QString, subject);
        QFETCH(QString, passage);
        QFETCH(QString, profile);
        QCOMPARE(stanceOf(subject, passage, profile), std::optional<Stance>(Stance::Conflicts));
        bool listed = false;
        for (const Link &l : yibao::test::library().conflictsFor(subject, profile))
            listed = listed || (l.passage == passage && !l.note.isEmpty());
        QVERIFY(listed);
    }

    // The sources DOMAIN.md gives for the values the profiles use.
    void domainSources_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("profile");
        QTest::newRow("employer rate") << "rate.employee.employer"
                                       << "004#r7"
                                       << "general";
        QTest::newRow("individual rate") << "rate.employee.individual"
                                         << "004#r19"
                                         << "general";
        QTest::newRow("suspend after") << "gap.suspend_after_months"
                                       << "000#s3.1"
                                       << "general";
        QTest::newRow("grace: 001 related") << "gap.grace_months"
                                            << "001#r7"
                                            << "general";
        QTest::newRow("grace: 002 §2") << "gap.grace_months"
                                       << "002#s2"
                                       << "general";
        QTest::newRow("waiting: 001 related") << "gap.waiting_months"
                                              << "001#r1"
                                              << "general";
        QTest::newRow("waiting: 004 §三") << "gap.waiting_months"
                                          << "004#s3.2"
                                          << "general";
        QTest::newRow("costs not covered") << "gap.backpaid_costs_covered"
                                           << "000#s3.1"
                                           << "general";
        QTest::newRow("late fee") << "gap.late_fee_daily"
                                  << "001#r4"
                                  << "general";
        QTest::newRow("first cover") << "enrol.first_cover_offset_months"
                                     << "002#r6"
                                     << "general";
        QTest::newRow("account rate") << "account.individual_rate"
                                      << "004#r19"
                                      << "general";
        QTest::newRow("under35 general") << "account.employer_share.under35"
                                         << "004#r19"
                                         << "general";
        QTest::newRow("min months male") << "lifelong.min_months.male"
                                         << "002#r7"
                                         << "general";
        QTest::newRow("min months female") << "lifelong.min_months.female"
                                           << "002#r7"
                                           << "general";
        QTest::newRow("min actual") << "lifelong.min_actual_months"
                                    << "002#r7"
                                    << "general";
        QTest::newRow("backpay rate beijing") << "lifelong.backpay_rate"
                                              << "004#r4"
                                              << "beijing";
        QTest::newRow("account usable 000") << "eligibility.account_frozen_when_owed"
                                            << "000#s3.1"
                                            << "general";
        QTest::newRow("account usable 001") << "eligibility.account_frozen_when_owed"
                                            << "001#s1.1"
                                            << "general";
        QTest::newRow("account usable 003") << "eligibility.account_frozen_when_owed"
                                            << "003#s1.2"
                                            << "general";
        QTest::newRow("account usable 004") << "eligibility.account_frozen_when_owed"
                                            << "004#s1.1"
                                            << "general";
        QTest::newRow("resident years") << "years.actual"
                                        << "004#s2.3"
                                        << "general";
    }
    void domainSources()
    {
        QFETCH(QString, subject);
        QFETCH(QString, passage);
        QFETCH(QString, profile);
        QCOMPARE(stanceOf(subject, passage, profile), std::optional<Stance>(Stance::Supports));
    }

    void stanceByProfile()
    {
        // 004's 1.3 % is what general uses and not what Beijing uses.
        QCOMPARE(stanceOf(QStringLiteral("account.employer_share.under35"),
                     QStringLiteral("004#r19"), QStringLiteral("general")),
            Stance::Supports);
        QCOMPARE(stanceOf(QStringLiteral("account.employer_share.under35"),
                     QStringLiteral("004#r19"), QStringLiteral("beijing")),
            Stance::Conflicts);
        // Beijing keeps general's stance where it has none of its own.
        QCOMPARE(stanceOf(QStringLiteral("gap.waiting_months"), QStringLiteral("001#r8"),
                     QStringLiteral("beijing")),
            Stance::Conflicts);
        QCOMPARE(stanceOf(QStringLiteral("gap.waiting_months"), QStringLiteral("001#r1"),
                     QStringLiteral("beijing")),
            Stance::Supports);
    }

    void supportsBeforeConflicts()
    {
        for (const QString &s : yibao::test::library().links().subjects()) {
            bool seenConflict = false;
            for (const Link &l : yibao::test::library().linksFor(s)) {
                QVERIFY2(!(seenConflict && l.stance == Stance::Supports), qPrintable(s));
                seenConflict = seenConflict || l.stance == Stance::Conflicts;
            }
        }
        const QList<Link> w = yibao::test::library().linksFor(QStringLiteral("gap.waiting_months"));
        QCOMPARE(w.first().passage, QStringLiteral("001#r1"));
        QCOMPARE(
            yibao::test::library().conflictsFor(QStringLiteral("gap.waiting_months")).size(), 8);
    }

    void citations_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<int>("count");
        QTest::newRow("late fee cap: the law") << "gap.late_fee_cap_ratio"
                                               << ""
                                               << "行政强制法" << 1;
        QTest::newRow("late fee: art. 86") << "gap.late_fee_daily"
                                           << "general"
                                           << "第八十六条" << 1;
        QTest::newRow("reform: 2024 decision") << "retire.delay_step.female_worker"
                                               << ""
                                               << "渐进式延迟法定退休年龄" << 1;
        QTest::newRow("lifelong: art. 27") << "lifelong.min_months.male"
                                           << ""
                                           << "第二十七条" << 1;
        QTest::newRow("beijing share: regulation") << "account.employer_share.45plus"
                                                   << "beijing"
                                                   << "北京市基本医疗保险规定" << 2;
        QTest::newRow("general share: no Beijing") << "account.employer_share.45plus"
                                                   << "general"
                                                   << "" << 0;
        QTest::newRow("retiree general: unknown") << "account.retiree.retired_70plus"
                                                  << "general"
                                                  << "未给出" << 1;
        QTest::newRow("retiree beijing: 2022 reform") << "account.retiree.retired_70plus"
                                                      << "beijing"
                                                      << "110元" << 1;
        QTest::newRow("flexible rate: our inference, named") << "rate.flexible"
                                                             << ""
                                                             << "费用自缴" << 2;
        QTest::newRow("retiree beijing: no article") << "account.retiree.retired_under70"
                                                     << "beijing"
                                                     << "100元" << 1;
        QTest::newRow("rounding: practice") << "rounding.monthly"
                                            << ""
                                            << "四舍五入" << 1;
    }
    void citations()
    {
        QFETCH(QString, subject);
        QFETCH(QString, profile);
        QFETCH(QString, contains);
        QFETCH(int, count);
        const QStringList c = yibao::test::library().links().citationsFor(subject, profile);
        QCOMPARE(c.size(), count);
        if (!contains.isEmpty())
            QVERIFY2(c.join(QLatin1Char('\n')).contains(contains),
                qPrintable(c.join(QLatin1Char('\n'))));
    }

    void badMapsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << "not JSON";
        QTest::newRow("schema") << QByteArray(BadSchema) << "schema";
        QTest::newRow("stance") << QByteArray(BadStance) << "subjects.a.b.links[0].stance";
        QTest::newRow("no note") << QByteArray(NoNote) << "needs a passage id";
        QTest::newRow("no states") << QByteArray(NoStates) << "states and a note";
        QTest::newRow("numeric, no value") << QByteArray(NoValue) << "must state one value";
        QTest::newRow("numeric, two values") << QByteArray(TwoValues) << "must state one value";
        QTest::newRow("stored stance") << QByteArray(StoredStance) << "derived";
        QTest::newRow("value on a rule") << QByteArray(ValueOnRule) << "only a parameter link";
        QTest::newRow("bad month") << QByteArray(BadBound) << "expected YYYY-MM";
    }
    void badMapsAreRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString e;
        QVERIFY(!LinkMap::fromJson(json, &e));
        QVERIFY2(e.contains(error), qPrintable(e));
    }

    void attachOrdersAndDeduplicates()
    {
        Trace t { resumeStep() };
        attachPassages(t, yibao::test::library().links());
        // Supporting passages, then conflicting ones, each once and in the order met (the
        // rule's links, then the parameter's). A passage that contradicts the waiting period
        // used (6 months) is a conflict even where the rule's own link supports it: 001#r8
        // ("连续缴费满3个月") and 000#s3.1 ("从缴费的次月起") say something else.
        QCOMPARE(t.first().passages,
            (QStringList { "001#r7", "001#r1", "004#s3.2", "004#r1", "003#r12", // supports
                "000#s3.1", "002#s2", "001#r8", "003#s2.2", "002#r9", "001#r2", "002#r10",
                "002#r8" })); // conflicts
        QCOMPARE(t.first().stances.size(), t.first().passages.size());
        QCOMPARE(t.first().stances.at(4), (QPair<QString, QString> { "003#r12", "supports" }));
        QCOMPARE(t.first().stances.at(5), (QPair<QString, QString> { "000#s3.1", "conflicts" }));
    }

    // Every link, one row each: the passage holds the words the link states, a link to a
    // numeric parameter states a value, and the quote shown for it holds those words.
    void everyLinkHoldsWhatItStates_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("index");
        const LinkMap &m = yibao::test::library().links();
        for (const QString &s : m.subjects())
            for (qsizetype i = 0; i < m.declaredLinks(s).size(); ++i)
                QTest::addRow("%s[%d] %s", qPrintable(s), int(i),
                    qPrintable(m.declaredLinks(s).at(i).passage))
                    << s << int(i);
    }
    void everyLinkHoldsWhatItStates()
    {
        QFETCH(QString, subject);
        QFETCH(int, index);
        const Link l = yibao::test::library().links().declaredLinks(subject).at(index);
        const Passage *p = yibao::test::library().corpus().passage(l.passage);
        QVERIFY(p);
        QVERIFY2(p->text.contains(l.states),
            qPrintable(QStringLiteral("%1 does not say 「%2」").arg(l.passage, l.states)));
        const ParameterKey *key = findParameterKey(subject);
        if (!key) {
            QVERIFY(!l.value);
        } else if (key->unit == ParamUnit::Percent || key->unit == ParamUnit::Months
            || key->unit == ParamUnit::Years || key->unit == ParamUnit::YuanPerMonth
            || key->unit == ParamUnit::Ratio) {
            QVERIFY2(l.value, qPrintable(subject + QStringLiteral(": no value")));
            QCOMPARE(l.value->unit, key->unit);
        }
        // A note of our own says no more than fits on a line.
        QVERIFY(l.note.size() <= 80);
        const Quote q = quoteAround(p->text, l.states, 80);
        QVERIFY2(q.text.contains(l.states), qPrintable(q.text));
        QCOMPARE(q.text.mid(q.claimAt, q.claimLength), l.states);
    }

    // English output says what a passage is quoted for in the link's note_en: every link has
    // one, in English, with Chinese only in the 「quotes」 of the passage's words; and it is
    // what noteIn gives in English, the Chinese note in Chinese.
    void chineseOutsideQuotesIsFound()
    {
        using yibao::test::chineseOutsideQuotes;
        QVERIFY(chineseOutsideQuotes(QStringLiteral("plain English, 3%")).isEmpty());
        QVERIFY(chineseOutsideQuotes(QStringLiteral("a 「引文「题」」 b")).isEmpty());
        QVERIFY(!chineseOutsideQuotes(QStringLiteral("note 中文")).isEmpty());
        QVERIFY(!chineseOutsideQuotes(QStringLiteral("「引文」 then 北京")).isEmpty());
        QVERIFY(!chineseOutsideQuotes(QStringLiteral("full-width （parentheses）")).isEmpty());
        QVERIFY(!chineseOutsideQuotes(QStringLiteral("a “title 标题”")).isEmpty());
        QVERIFY(chineseOutsideQuotes(QStringLiteral("a “title 标题”"), true).isEmpty());
    }

    void everyNoteHasEnglish_data() { everyLinkHoldsWhatItStates_data(); }
    void everyNoteHasEnglish()
    {
        QFETCH(QString, subject);
        QFETCH(int, index);
        const Link l = yibao::test::library().links().declaredLinks(subject).at(index);
        QVERIFY2(!l.noteEn.isEmpty(),
            qPrintable(QStringLiteral("%1: no note_en for 「%2」").arg(subject, l.note)));
        QVERIFY2(yibao::test::chineseOutsideQuotes(l.noteEn).isEmpty(), qPrintable(l.noteEn));
        QCOMPARE(l.noteIn(TextLanguage::English), l.noteEn);
        QCOMPARE(l.noteIn(TextLanguage::Chinese), l.note);
    }

    // Every citation (laws, decisions, our inferences) has its English (en), in English.
    void everyCitationHasEnglish_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("profile");
        const LinkMap &m = yibao::test::library().links();
        int rows = 0;
        for (const QString &s : m.subjects())
            for (const QString &profile :
                { QString(), QStringLiteral("general"), QStringLiteral("beijing") })
                if (!m.citationsFor(s, profile).isEmpty()) {
                    QTest::addRow("%s %s", qPrintable(s), qPrintable(profile)) << s << profile;
                    ++rows;
                }
        QVERIFY(rows > 30);
    }
    void everyCitationHasEnglish()
    {
        QFETCH(QString, subject);
        QFETCH(QString, profile);
        const LinkMap &m = yibao::test::library().links();
        const QStringList zh = m.citationsFor(subject, profile);
        const QStringList en = m.citationsFor(subject, profile, TextLanguage::English);
        QCOMPARE(en.size(), zh.size());
        for (qsizetype i = 0; i < en.size(); ++i) {
            QVERIFY2(!en.at(i).endsWith(QLatin1String("(given in Chinese only)")),
                qPrintable(QStringLiteral("no en for 「%1」").arg(zh.at(i))));
            QVERIFY2(yibao::test::chineseOutsideQuotes(en.at(i)).isEmpty(), qPrintable(en.at(i)));
        }
    }

    // A map without the English still loads; in English its words come quoted and said to
    // be in Chinese only, never bare; in Chinese they are as written.
    void chineseOnlyWordsAreQuotedInEnglish()
    {
        QString e;
        const auto m = LinkMap::fromJson(QByteArray(ChineseOnly), &e);
        QVERIFY2(m, qPrintable(e));
        const Link l = m->declaredLinks(QStringLiteral("gap.grace")).first();
        QVERIFY(l.noteEn.isEmpty());
        QCOMPARE(l.noteIn(TextLanguage::Chinese), QStringLiteral("三个月内续保"));
        QCOMPARE(l.noteIn(TextLanguage::English),
            QStringLiteral("「三个月内续保」 (note given in Chinese only)"));
        QCOMPARE(m->citationsFor(QStringLiteral("gap.grace"), QStringLiteral("beijing")),
            (QStringList { QStringLiteral("某法第一条"), QStringLiteral("某规定") }));
        QCOMPARE(m->citationsFor(
                     QStringLiteral("gap.grace"), QStringLiteral("beijing"), TextLanguage::English),
            (QStringList { QStringLiteral("「某法第一条」 (given in Chinese only)"),
                QStringLiteral("「某规定」 (given in Chinese only)") }));
        QCOMPARE(m->citationsFor(
                      QStringLiteral("gap.grace"), QStringLiteral("general"), TextLanguage::English)
                     .size(),
            1);
    }

    // The check above fails for a link whose passage does not hold its words.
    void aWrongLinkIsCaught()
    {
        const Passage *p = yibao::test::library().corpus().passage(QStringLiteral("001#r20"));
        QVERIFY(p);
        // years.cumulative once linked here; the passage is about paying in two provinces.
        QVERIFY(!p->text.contains(QStringLiteral("断缴不会影响累计缴费年限")));
        for (const QString &s : yibao::test::library().links().subjects())
            for (const Link &l : yibao::test::library().links().declaredLinks(s))
                QVERIFY2(l.passage != QLatin1String("001#r20"), qPrintable(s));
    }

    // The fixed links of issue 9: gone from the subjects they did not state.
    void wrongLinksAreGone_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("passage");
        QTest::newRow("retire.statutory: about gaps") << "retire.statutory"
                                                      << "002#s1";
        QTest::newRow("years.cumulative: two provinces") << "years.cumulative"
                                                         << "001#r20";
        QTest::newRow("gap.principal: retirement formula") << "gap.principal"
                                                           << "004#r7";
        QTest::newRow("gap.principal: the law's articles") << "gap.principal"
                                                           << "003#s4.1";
        QTest::newRow("covered: balance 0 (000)") << "eligibility.covered"
                                                  << "000#r4";
        QTest::newRow("covered: balance 0 (004#r13)") << "eligibility.covered"
                                                      << "004#r13";
        QTest::newRow("covered: balance 0 (004#r14)") << "eligibility.covered"
                                                      << "004#r14";
        QTest::newRow("retiree under 70: other provinces") << "account.retiree.retired_under70"
                                                           << "004#r17";
        QTest::newRow("retiree 70+: other provinces") << "account.retiree.retired_70plus"
                                                      << "004#r17";
        QTest::newRow("flexible rate: no rate stated") << "rate.flexible"
                                                       << "003#s3.1";
        QTest::newRow("employer rate: no rate stated") << "rate.employee.employer"
                                                       << "003#s4.1";
    }
    void wrongLinksAreGone()
    {
        QFETCH(QString, subject);
        QFETCH(QString, passage);
        for (const Link &l : yibao::test::library().links().declaredLinks(subject))
            QVERIFY(l.passage != passage);
    }

    void statedValues_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("found");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("3个月") << "断缴后3个月内办理续保的"
                               << "months" << true << 3LL << 3LL;
        QTest::newRow("三个月") << "一般为三个月"
                                << "months" << true << 3LL << 3LL;
        QTest::newRow("1年 = 12 months") << "需连续缴费满1年"
                                         << "months" << true << 12LL << 12LL;
        QTest::newRow("25年 = 300 months") << "男性需累计缴纳医疗保险25年"
                                           << "months" << true << 300LL << 300LL;
        QTest::newRow("6个月") << "需补缴满6个月后方可恢复待遇"
                               << "months" << true << 6LL << 6LL;
        QTest::newRow("range") << "可能需要等待3-6个月"
                               << "months" << true << 3LL << 6LL;
        QTest::newRow("a date is no duration") << "2020年12月(含)前退休"
                                               << "months" << false << 0LL << 0LL;
        QTest::newRow("two values") << "超过3个月的，需补缴满6个月"
                                    << "months" << false << 0LL << 0LL;
        QTest::newRow("11%") << "补缴比例调整为11%"
                             << "percent" << true << 110000LL << 110000LL;
        QTest::newRow("0.05%") << "滞纳金 (每日0.05%)"
                               << "percent" << true << 500LL << 500LL;
        QTest::newRow("only % for a percent") << "35岁以下 :按缴费基数的1.3%划入"
                                              << "percent" << true << 13000LL << 13000LL;
        QTest::newRow("100元") << "70周岁以上每月100元"
                               << "yuan_per_month" << true << 10000LL << 10000LL;
        QTest::newRow("60周岁") << "男性满60周岁"
                                << "years" << true << 60LL << 60LL;
        QTest::newRow("no value") << "从断缴次月起"
                                  << "months" << false << 0LL << 0LL;
        QTest::newRow("bool") << "false"
                              << "bool" << true << 0LL << 0LL;
    }
    void statedValues()
    {
        QFETCH(QString, words);
        QFETCH(QString, unit);
        QFETCH(bool, found);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        const auto v = StatedValue::parse(words, *unitFromId(unit));
        QCOMPARE(bool(v), found);
        if (v) {
            QCOMPARE(v->low, low);
            QCOMPARE(v->high, high);
        }
    }

    // The stance follows the value used: the same link supports 3 and conflicts with an
    // edited 6; it says nothing about an unknown value.
    void editedValueFlipsStance_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("stance");
        QTest::newRow("grace 3: 3个月 supports") << "gap.grace"
                                                 << "gap.grace_months"
                                                 << "3"
                                                 << "001#r7"
                                                 << "supports";
        QTest::newRow("grace edited to 6: conflicts") << "gap.grace"
                                                      << "gap.grace_months"
                                                      << "6"
                                                      << "001#r7"
                                                      << "conflicts";
        QTest::newRow("grace unknown: context") << "no.such_rule"
                                                << "gap.grace_months"
                                                << "未知"
                                                << "001#r7"
                                                << "context";
        QTest::newRow("waiting 6: 1年 conflicts") << "gap.resume"
                                                  << "gap.waiting_months"
                                                  << "6"
                                                  << "003#s2.2"
                                                  << "conflicts";
        QTest::newRow("waiting edited to 12: 1年 supports") << "no.such_rule"
                                                            << "gap.waiting_months"
                                                            << "12"
                                                            << "003#s2.2"
                                                            << "supports";
        QTest::newRow("waiting edited to 12: 6个月 conflicts") << "no.such_rule"
                                                               << "gap.waiting_months"
                                                               << "12"
                                                               << "001#r1"
                                                               << "conflicts";
        QTest::newRow("costs false: 000 supports") << "no.such_rule"
                                                   << "gap.backpaid_costs_covered"
                                                   << "false"
                                                   << "000#s3.1"
                                                   << "supports";
        QTest::newRow("costs edited true: 000 conflicts") << "no.such_rule"
                                                          << "gap.backpaid_costs_covered"
                                                          << "true"
                                                          << "000#s3.1"
                                                          << "conflicts";
        QTest::newRow("costs edited true: 002#r9 supports") << "no.such_rule"
                                                            << "gap.backpaid_costs_covered"
                                                            << "true"
                                                            << "002#r9"
                                                            << "supports";
        QTest::newRow("45+ cut off, 2%: conflicts") << "no.such_rule"
                                                    << "account.employer_share.45plus"
                                                    << "2%"
                                                    << "004#r19"
                                                    << "conflicts";
        QTest::newRow("45+ cut off, 1.2%: context") << "no.such_rule"
                                                    << "account.employer_share.45plus"
                                                    << "1.2%"
                                                    << "004#r19"
                                                    << "context";
        QTest::newRow("kinds: flexible charged") << "no.such_rule"
                                                 << "gap.late_fee_kinds"
                                                 << "employee, flexible"
                                                 << "001#r4"
                                                 << "supports";
        QTest::newRow("kinds edited: employee only") << "no.such_rule"
                                                     << "gap.late_fee_kinds"
                                                     << "employee"
                                                     << "001#r4"
                                                     << "conflicts";
    }
    void editedValueFlipsStance()
    {
        QFETCH(QString, rule);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, passage);
        QFETCH(QString, stance);
        TraceStep s;
        s.ruleId = rule;
        TraceParam p = param(qPrintable(key), "", "general");
        p.value = value;
        p.known = value != QStringLiteral("未知");
        s.params.append(p);
        Trace t { s };
        attachPassages(t, yibao::test::library().links());
        QString got;
        for (const auto &[id, st] : t.first().stances)
            if (id == passage)
                got = st;
        QCOMPARE(got, stance);
    }

    // 004 gives Beijing's back-pay rate by retirement date; each part is compared only
    // with a rate read for its own months.
    void backPayRateByDate()
    {
        TraceParam p = param("lifelong.backpay_rate", "12%", "beijing");
        p.readFor = QDate(2020, 6, 30);
        QList<Link> l = yibao::test::library().linksFor(p);
        QCOMPARE(l.first().passage, QStringLiteral("004#r4"));
        QCOMPARE(l.first().stance, Stance::Supports);
        QVERIFY(l.first().states.contains(QStringLiteral("12%")));
        for (const Link &x : l)
            QVERIFY(!x.states.contains(QStringLiteral("11%")));
        p.value = QStringLiteral("11%");
        p.readFor = QDate(2023, 3, 31);
        l = yibao::test::library().linksFor(p);
        QCOMPARE(l.first().passage, QStringLiteral("004#r4"));
        QCOMPARE(l.first().stance, Stance::Supports);
        QVERIFY(l.first().states.contains(QStringLiteral("11%")));
        QCOMPARE(yibao::test::library().conflictsFor(p).size(),
            2); // 11.8 % (004#r7) and 14.4 % (004#r6)
        // The general profile does not know the rate: 004 is Beijing's, context only.
        p.value = QStringLiteral("未知");
        p.known = false;
        for (const Link &x : yibao::test::library().linksFor(p))
            QCOMPARE(x.stance, Stance::Context);
        // By profile id: the bundled value in force on the date.
        QCOMPARE(yibao::test::library()
                     .linksFor(QStringLiteral("lifelong.backpay_rate"), QStringLiteral("beijing"),
                         QDate(2019, 1, 31))
                     .first()
                     .states,
            QStringLiteral("2020年12月(含)前退休 :补缴比例为12%"));
    }

    void attachJudgesParameterByItsValue()
    {
        TraceStep s;
        s.ruleId = QStringLiteral("account.inflow");
        s.params.append(param("account.employer_share.under35", "0.8%", "beijing"));
        const QStringList beijing = passagesForStep(s, yibao::test::library().links());
        s.params.first().profile = QStringLiteral("general");
        s.params.first().value = QStringLiteral("1.3%");
        const QStringList general = passagesForStep(s, yibao::test::library().links());
        // 004#r19 supports the rule and states 1.3 %: it leads for general; for Beijing's
        // 0.8 % it is a conflict, listed after the supporting passages (context ones last).
        QCOMPARE(general.first(), QStringLiteral("004#r19"));
        QCOMPARE(beijing.indexOf(QStringLiteral("004#r19")), 3); // after 004#r20, 003#r19, 003#r17
        TraceStep only;
        only.ruleId = QStringLiteral("no.such_rule");
        only.params.append(param("account.employer_share.under35", "0.8%", "beijing"));
        QCOMPARE(passagesForStep(only, yibao::test::library().links()), QStringList { "004#r19" });
        Trace t { only };
        attachPassages(t, yibao::test::library().links());
        QCOMPARE(t.first().stances.first().second, QStringLiteral("conflicts"));
    }

    void attachOnEngineTrace_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("general") << "general";
        QTest::newRow("beijing") << "beijing";
    }
    void attachOnEngineTrace()
    {
        QFETCH(QString, profile);
        Trace t = exampleTrace(qPrintable(profile));
        QVERIFY(t.size() > 15);
        attachPassages(t, yibao::test::library().links());
        const LinkMap &m = yibao::test::library().links();
        for (const TraceStep &s : t) {
            QVERIFY2(m.contains(s.ruleId), qPrintable(s.ruleId));
            bool linkable = !yibao::test::library().linksFor(s.ruleId).isEmpty();
            for (const TraceParam &p : s.params)
                linkable = linkable || !yibao::test::library().linksFor(p.key, p.profile).isEmpty();
            QCOMPARE(!s.passages.isEmpty(), linkable);
            for (const QString &id : s.passages)
                QVERIFY(yibao::test::library().corpus().passage(id));
            const QString zh
                = yibao::test::library().explanations().explain(s, QStringLiteral("zh_CN"));
            const QString en
                = yibao::test::library().explanations().explain(s, QStringLiteral("en"));
            QVERIFY2(
                !zh.isEmpty() && !zh.contains(QLatin1Char('{')) && !zh.contains(QLatin1Char('[')),
                qPrintable(s.ruleId + QLatin1Char(' ') + zh));
            QVERIFY2(
                !en.isEmpty() && !en.contains(QLatin1Char('{')) && !en.contains(QLatin1Char('[')),
                qPrintable(s.ruleId + QLatin1Char(' ') + en));
        }
    }

    void explainEngineSteps()
    {
        const Trace t = exampleTrace("general");
        QStringList resume, grace;
        for (const TraceStep &s : t) {
            if (s.ruleId == QLatin1String("gap.resume"))
                resume.append(
                    yibao::test::library().explanations().explain(s, QStringLiteral("zh_CN")));
            if (s.ruleId == QLatin1String("gap.grace"))
                grace.append(
                    yibao::test::library().explanations().explain(s, QStringLiteral("zh_CN")));
        }
        QCOMPARE(resume.size(), 2);
        // the engine names the grace period in the resume step of a gap longer than it
        QCOMPARE(resume.at(0),
            QStringLiteral(
                "您在 2016年1月至4月 断缴 4 个月，超过 3 个月的宽限期，恢复按时缴费后需再"
                "缴满 6 个月，2016年11月起才恢复统筹待遇。"));
        QCOMPARE(resume.at(1),
            QStringLiteral("您在 2025年7月至8月 断缴 2 "
                           "个月，已按期补缴，视为连续，2025年10月起恢复统筹待遇。"));
        QCOMPARE(grace.at(0),
            QStringLiteral("您在 2016年1月至4月 断缴 4 个月，超过 3 个月的宽限期，按中断处理。"));
    }

    void explainTemplates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("drop"); // inputs removed from the step
        QTest::addColumn<bool>("withGrace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the issue's example")
            << "zh_CN" << QStringList() << true
            << "您在 2016年1月至4月 断缴 4 个月，超过 3 个月的宽限期，恢复按时缴费后需再缴满 6 "
               "个月，2016年11月起才恢复统筹待遇。";
        QTest::newRow("english") << "en" << QStringList() << true
                                 << "Your gap 2016-01 to 2016-04 lasts 4 months, longer than the "
                                    "3-month grace period; after 6 months of payment again, "
                                    "cover resumes in 2016-11.";
        QTest::newRow("grace unknown: part left out")
            << "zh_CN" << QStringList() << false
            << "您在 2016年1月至4月 断缴 4 个月，恢复按时缴费后需再缴满 6 "
               "个月，2016年11月起才恢复统筹待遇。";
        QTest::newRow("months missing: clause left out")
            << "zh_CN" << QStringList { "months" } << true
            << "超过 3 个月的宽限期，恢复按时缴费后需再缴满 6 个月，2016年11月起才恢复统筹待遇。";
        QTest::newRow("months and grace missing")
            << "zh_CN" << QStringList { "months" } << false
            << "恢复按时缴费后需再缴满 6 个月，2016年11月起才恢复统筹待遇。";
        QTest::newRow("no resume month: other case")
            << "zh_CN" << QStringList { "resumeMonth" } << true
            << "您在 2016年1月至4月 断缴 4 "
               "个月，之后到计算日还没有按时缴费的月份，统筹待遇尚未恢复。";
        QTest::newRow("first clause missing")
            << "zh_CN" << QStringList { "resumeMonth", "from" } << false
            << "之后到计算日还没有按时缴费的月份，统筹待遇尚未恢复。";
        QTest::newRow("other language falls back to Chinese")
            << "fr" << QStringList() << true
            << "您在 2016年1月至4月 断缴 4 个月，超过 3 个月的宽限期，恢复按时缴费后需再缴满 6 "
               "个月，2016年11月起才恢复统筹待遇。";
    }
    void explainTemplates()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, drop);
        QFETCH(bool, withGrace);
        QFETCH(QString, expected);
        TraceStep s = resumeStep();
        s.inputs.removeIf([&](const QPair<QString, QString> &i) { return drop.contains(i.first); });
        if (withGrace)
            s.params.append(param("gap.grace_months", "3"));
        QCOMPARE(yibao::test::library().explanations().explain(s, language), expected);
    }

    void explainNeverPrintsPlaceholders()
    {
        // Every rule with an empty step, and with a step of only empty inputs.
        for (const QString &id : yibao::test::library().explanations().ruleIds()) {
            TraceStep s;
            s.ruleId = id;
            for (const char *lang : { "zh_CN", "en" }) {
                const QString t
                    = yibao::test::library().explanations().explain(s, QString::fromLatin1(lang));
                QVERIFY2(!t.isEmpty() && !t.contains(QLatin1Char('{')),
                    qPrintable(id + QLatin1Char(' ') + t));
            }
        }
        // Nothing left of the template: the rule's general text.
        TraceStep bare;
        bare.ruleId = QStringLiteral("years.actual");
        bare.input(QStringLiteral("asOf"), QString());
        QCOMPARE(yibao::test::library().explanations().explain(bare, QStringLiteral("en")),
            yibao::test::library().explanations().ruleText(bare.ruleId, QStringLiteral("en")));
        TraceStep unknown;
        unknown.ruleId = QStringLiteral("no.such_rule");
        QCOMPARE(yibao::test::library().explanations().explain(unknown, QStringLiteral("zh_CN")),
            QString());
    }

    void explainFormats_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("inputs"); // name=value
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("span across years")
            << "gap.principal"
            << QStringList { "from=2015-11", "to=2016-02", "months=4", "owedMonths=4",
                   "backpaidMonths=0", "principal=2360.00" }
            << "zh_CN"
            << "您在 2015年11月至2016年2月 断缴 4 个月，其中欠费 4 个月、已补缴 0 个月，应补本金共 "
               "2360.00 元。";
        QTest::newRow("one-month span, english")
            << "gap.late_fee"
            << QStringList { "from=2025-07", "to=2025-07", "lateFee=18.29", "owed=0.00",
                   "asOf=2026-11-23" }
            << "en"
            << "The gap 2025-07 has been back-paid; the late fee up to the day of payment is "
               "18.29 yuan.";
        QTest::newRow("condition on a value")
            << "lifelong.shortfall"
            << QStringList { "countedMonths=200", "projectedMonths=230", "requiredMonths=240",
                   "shortfallMonths=10", "qualifies=false" }
            << "zh_CN"
            << "您已累计 200 个月，即使按时缴到退休也只有 230 个月，距 240 个月还差 10 "
               "个月。";
        QTest::newRow("care type in english")
            << "eligibility.covered" << QStringList { "date=2016-03-15", "care=住院" } << "en"
            << "On 2016-03-15 your contributions are current: the pooled fund pays the "
               "inpatient costs as the rules provide.";
        QTest::newRow("care type in chinese")
            << "eligibility.covered" << QStringList { "date=2016-03-15", "care=住院" } << "zh_CN"
            << "2016年3月15日 您处于正常缴费期间，住院费用由统筹基金按规定支付。";
        QTest::newRow("band names in english")
            << "account.inflow"
            << QStringList { "band=35to44", "bandName=35至44岁", "from=2010-05", "to=2020-04",
                   "months=120", "monthly=221.41", "total=26569.20" }
            << "en"
            << "From 2010-05 to 2020-04 you were in the 35-to-44 band for 120 months; the "
               "latest monthly inflow is 221.41 yuan, 26569.20 yuan in all.";
    }
    void explainFormats()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, inputs);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        TraceStep s;
        s.ruleId = rule;
        for (const QString &i : inputs)
            s.input(i.section(QLatin1Char('='), 0, 0), i.section(QLatin1Char('='), 1));
        QCOMPARE(yibao::test::library().explanations().explain(s, language), expected);
    }
};

QTEST_GUILESS_MAIN(TestLinkMap)
#include "tst_linkmap.moc"
