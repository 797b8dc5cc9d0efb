// SPDX-License-Identifier: GPL-3.0-or-later
// Quotes cut around the claim they are shown for, and LaTeX in passages read as plain text.
#include "explain/corpus.h"
#include "explain/quote.h"
#include "testlibrary.h"

#include <QTest>

using namespace yibao;

namespace {

const QChar Ellipsis(0x2026);

// A long sentence (no 。 inside) around a claim in its middle.
QString longSentence()
{
    return QStringLiteral("第一句很短。") + QString(60, QChar(0x7532)) + QStringLiteral("，")
        + QString(30, QChar(0x4E59)) + QStringLiteral("补缴比例为12%") + QString(30, QChar(0x4E19))
        + QStringLiteral("，") + QString(60, QChar(0x4E01)) + QStringLiteral("。最后一句。");
}

} // namespace

class TestQuote : public QObject
{
    Q_OBJECT

private slots:
    // The issue's example: 004's quote stopped just before the 12 % it was cited for.
    void quoteHoldsTheFigure()
    {
        const Passage *p = yibao::test::library().corpus().passage(QStringLiteral("004#r4"));
        QVERIFY(p);
        const QString claim = QStringLiteral("2020年12月(含)前退休 :补缴比例为12%");
        const Quote q = quoteAround(p->text, claim, 60);
        QVERIFY2(q.text.contains(QStringLiteral("补缴比例为12%")), qPrintable(q.text));
        QVERIFY(q.text.size() <= 60);
        QCOMPARE(q.text.mid(q.claimAt, q.claimLength), claim);
        // The 11 % sentence is its own quote, and does not run into the 12 % one.
        const Quote later = quoteAround(p->text, QStringLiteral("补缴比例调整为11%"), 60);
        QCOMPARE(later.text, QStringLiteral("2021年1月(含)后退休 :补缴比例调整为11%。"));
        QVERIFY(!later.cutBefore() && !later.cutAfter());
    }

    void shortSentenceIsWhole()
    {
        const Quote q = quoteAround(QStringLiteral("第一句。断缴后3个月内补缴，次月恢复。第三句。"),
            QStringLiteral("3个月内"), 120);
        QCOMPARE(q.text, QStringLiteral("断缴后3个月内补缴，次月恢复。"));
        QCOMPARE(q.claimAt, 3);
        QCOMPARE(q.claimLength, 4);
    }

    void claimAcrossSentencesKeepsBoth()
    {
        const Quote q = quoteAround(
            QStringLiteral("甲。一二三。四五六。乙。"), QStringLiteral("三。四"), 120);
        QCOMPARE(q.text, QStringLiteral("一二三。四五六。"));
    }

    void longSentenceIsCutAroundTheClaim_data()
    {
        QTest::addColumn<int>("maxLength");
        QTest::newRow("40") << 40;
        QTest::newRow("60") << 60;
        QTest::newRow("100") << 100;
    }
    void longSentenceIsCutAroundTheClaim()
    {
        QFETCH(int, maxLength);
        const QString claim = QStringLiteral("补缴比例为12%");
        const Quote q = quoteAround(longSentence(), claim, maxLength);
        QVERIFY2(q.text.contains(claim), qPrintable(q.text));
        QVERIFY2(q.text.size() <= maxLength, qPrintable(q.text));
        // Cut inside the sentence on both sides: "…" on both, and nothing of the
        // sentences around it.
        QVERIFY(q.cutBefore());
        QVERIFY(q.cutAfter());
        QCOMPARE(q.text.count(Ellipsis), 2);
        QVERIFY(!q.text.contains(QStringLiteral("第一句")));
        QVERIFY(!q.text.contains(QStringLiteral("最后一句")));
        QCOMPARE(q.text.mid(q.claimAt, q.claimLength), claim);
    }

    void cutOnOneSideOnly()
    {
        // The claim at the start of a long sentence: cut after it only.
        const QString text = QStringLiteral("补缴比例为12%") + QString(200, QChar(0x7532));
        const Quote q = quoteAround(text, QStringLiteral("补缴比例为12%"), 50);
        QVERIFY(!q.cutBefore());
        QVERIFY(q.cutAfter());
        QVERIFY(q.text.size() <= 50 && q.text.size() >= 48);
        // ... and at its end: cut before it only.
        const Quote r = quoteAround(QString(200, QChar(0x7532)) + QStringLiteral("补缴比例为12%。"),
            QStringLiteral("补缴比例为12%"), 50);
        QVERIFY(r.cutBefore());
        QVERIFY(!r.cutAfter());
        QVERIFY(r.text.endsWith(QStringLiteral("补缴比例为12%。")));
    }

    void claimLongerThanTheLimitIsNeverCut()
    {
        const QString claim(90, QChar(0x7532));
        const Quote q = quoteAround(
            QStringLiteral("前面的话，") + claim + QStringLiteral("，后面的话"), claim, 40);
        QVERIFY(q.text.contains(claim));
    }

    void cutAtAClauseBoundary()
    {
        // Room for "乙乙…" before the claim: the cut moves to just after the "，".
        const QString text = QString(50, QChar(0x7532))
            + QStringLiteral("，乙乙乙乙乙补缴比例为12%") + QStringLiteral("，丙丙丙")
            + QString(50, QChar(0x4E01));
        const Quote q = quoteAround(text, QStringLiteral("补缴比例为12%"), 30);
        QVERIFY2(q.text.startsWith(QString(Ellipsis) + QStringLiteral("乙乙乙乙乙补缴")),
            qPrintable(q.text));
    }

    void noClaimQuotesTheBeginning()
    {
        const Quote q = quoteAround(QStringLiteral("第一句。第二句。"), QString(), 120);
        QCOMPARE(q.text, QStringLiteral("第一句。"));
        QCOMPARE(q.claimAt, -1);
        const Quote missing
            = quoteAround(QStringLiteral("第一句。第二句。"), QStringLiteral("无"), 120);
        QCOMPARE(missing.text, QStringLiteral("第一句。"));
        QCOMPARE(missing.claimAt, -1);
    }

    void lineBreaksBecomeOneLine()
    {
        const Quote q = quoteAround(QStringLiteral("欠费补缴\n若在3个月内补缴欠费,医保待遇可恢复"),
            QStringLiteral("3个月内"), 120);
        QCOMPARE(q.text, QStringLiteral("若在3个月内补缴欠费,医保待遇可恢复"));
    }

    void latexAsPlainText_data()
    {
        QTest::addColumn<QString>("latex");
        QTest::addColumn<QString>("plain");
        QTest::newRow("the brief's formula")
            << R"($$ \text{退休时缴费基数} \times \text{补缴比例} \times \text{补缴月数} $$)"
            << "退休时缴费基数 × 补缴比例 × 补缴月数";
        QTest::newRow("in a sentence") << R"(公式 $$ a \times 12\% $$ 其中)"
                                       << "公式 a × 12% 其中";
        QTest::newRow("fraction") << R"($$\frac{\text{总额}}{12}$$)"
                                  << "总额 ÷ 12";
        QTest::newRow("cut off by the source") << R"(如下 $$ \text{基数} \times \text{需补缴月)"
                                               << "如下 基数 × 需补缴月";
        QTest::newRow("no LaTeX: unchanged") << "补缴比例为12%。"
                                             << "补缴比例为12%。";
        QTest::newRow("stray \\text") << R"(金额 \text{基数} 元)"
                                      << "金额 基数 元";
    }
    void latexAsPlainText()
    {
        QFETCH(QString, latex);
        QFETCH(QString, plain);
        QCOMPARE(plainPassageText(latex), plain);
    }

    // 004 related "北京退休医保补缴计算公式" holds the seeds' only LaTeX; the corpus reads it
    // as plain text, and no passage keeps a $$ or a \command.
    void corpusHasNoLatex()
    {
        const Passage *p = yibao::test::library().corpus().passage(QStringLiteral("004#r6"));
        QVERIFY(p);
        QVERIFY2(p->text.contains(QStringLiteral(
                     "基础补缴金额 = (退休时最后一个月缴费基数 × 120% × 12%) × 需补缴月")),
            qPrintable(p->text));
        int passages = 0;
        for (const Article &a : yibao::test::library().corpus().articles())
            for (const Passage &x : a.passages) {
                ++passages;
                QVERIFY2(!x.text.contains(QLatin1String("$$")), qPrintable(x.id));
                QVERIFY2(!x.text.contains(QLatin1String("\\text")), qPrintable(x.id));
                QVERIFY2(!x.text.contains(QLatin1String("\\times")), qPrintable(x.id));
            }
        QCOMPARE(passages, 150);
    }
};

QTEST_GUILESS_MAIN(TestQuote)
#include "tst_quote.moc"
