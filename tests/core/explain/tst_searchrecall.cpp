// SPDX-License-Identifier: GPL-3.0-or-later
// Recall: what a clerk types at the counter, and the passages that must be among the
// first five hits. Each expectation was chosen by reading the five source articles
// (resources/articles; ids as in core/explain/passage.h); the comment after each row quotes
// what the expected passage (article id first) says on the question. Off-topic words must find
// nothing.
#include "explain/passagesearch.h"
#include "storage/corpusstore.h"
#include "storage/database.h"
#include "testlibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace yibao;

class TestSearchRecall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList top(const QString &query, int limit)
    {
        PassageSearch s(m_db->connection(), yibao::test::library());
        QString error;
        const auto hits = s.search(query, limit, &error);
        if (!hits)
            return { QStringLiteral("<error: %1>").arg(error) };
        QStringList ids;
        for (const SearchHit &h : *hits)
            ids.append(h.passage);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("yibao.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY2(
            CorpusStore(*m_db).ensureBundled(yibao::test::library(), &error), qPrintable(error));
    }

    void firstFive_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        // Spellings (folded: 断缴/断交/断保, 补缴/补交, 停缴/停交/停保, 滞纳金/滞纳费).
        QTest::newRow("断交") << "断交" << QStringList { "001#r9", "002#r18" };
        // 001 are titled with 断交 (里面的钱会清空吗, 四个月会清零吗).
        QTest::newRow("断保") << "断保" << QStringList { "001#r2" };
        // 001: 医保三个月没交是断保了吗; its text defines 断保 (连续3个月未缴纳).
        QTest::newRow("停交") << "停交" << QStringList { "004#r9" };
        // 004: 医保停交当年余额会扣回去吗 (written 停交, also 停缴 in the text).
        QTest::newRow("补交") << "补交" << QStringList { "004#r7" };
        // 004: 北京退休医保补交费用怎么算的 (补交 in title and text, 补缴 in the formula).
        QTest::newRow("滞纳金") << "滞纳金" << QStringList { "001#r4", "002#s2" };
        // 001: 滞纳金 (每日0.05%); 002: 补足欠费和滞纳金后次月恢复待遇.
        QTest::newRow("滞纳费") << "滞纳费" << QStringList { "001#r4" };
        // The same as 滞纳金: nobody writes 滞纳费, clients say it.
        // Rules and parameters by name.
        QTest::newRow("等待期") << "等待期" << QStringList { "001#r1", "004#s3.2", "003#s2.2" };
        // 001#r1: 需补缴满6个月后方可恢复待遇; 004: 连续缴费满6个月才能恢复;
        // 003: 需连续缴费满1年才能恢复 — the three waiting periods the sources give.
        QTest::newRow("宽限期") << "宽限期" << QStringList { "001#r6", "001#r7" };
        // 001: 3个月内补缴视为连续 (001#r6); 001: 3个月内办理续保的,可连续享受.
        QTest::newRow("一次性补缴") << "一次性补缴" << QStringList { "004#r5", "004#r4" };
        // 004: 退休时一次性补缴; 004: 补缴比例 12% (2020年12月前) / 11%.
        QTest::newRow("退休补缴") << "退休补缴" << QStringList { "004#r3", "004#r4", "004#r7" };
        // 004: three items on Beijing's back-pay at retirement.
        QTest::newRow("补缴比例") << "补缴比例" << QStringList { "004#r4" };
        // 004: 补缴比例为12% / 调整为11%.
        QTest::newRow("个人账户划入") << "个人账户划入" << QStringList { "004#r19" };
        // 004: 35岁以下按缴费基数的1.3%划入 … by age band.
        QTest::newRow("退休后每月划入多少")
            << "退休后个人账户每月划入多少" << QStringList { "004#r17" };
        // 004: 2025年医保账户每月多少钱 — 按养老金比例划入, 70周岁 bands.
        QTest::newRow("终身医保要缴多少年") << "终身医保要缴多少年" << QStringList { "002#r7" };
        // 002: 男性累计25年, 女性20年, 退休后方可享受终身医保待遇.
        QTest::newRow("首次参保多久生效") << "首次参保多久生效" << QStringList { "002#r6" };
        // 002: 社保通常次月生效.
        QTest::newRow("次月生效") << "次月生效" << QStringList { "002#r8", "002#r6" };
        // 002: 次月生效为主流规则; 002.
        QTest::newRow("冻结") << "冻结" << QStringList { "001#s4.1" };
        // 001: 因欠费停缴导致账户冻结时,需先缴清欠费后方可使用余额.
        // Sentences.
        QTest::newRow("断缴后多久恢复") << "断缴后多久恢复" << QStringList { "002#s2", "001#r8" };
        // 002: 不超过3个月 … 次月恢复待遇, 超过3个月 等待3-6个月; 001.
        QTest::newRow("断交后补交多久可以报销")
            << "断交后补交多久可以报销" << QStringList { "002#r10" };
        // 002: 职工医保断交后补交多久可报销.
        QTest::newRow("停缴后补缴多久生效") << "停缴后补缴多久生效" << QStringList { "002#r9" };
        // 002: 职工医保停缴后补缴多久生效.
        QTest::newRow("医保断了卡里的钱还能用吗")
            << "医保断了卡里的钱还能用吗" << QStringList { "000#r20" };
        // 000: 医保断了医保卡的钱还能用吗.
        QTest::newRow("断缴了个人账户余额还能用吗")
            << "断缴了个人账户余额还能用吗" << QStringList { "001#r10", "000#r20" };
        // 001: 社保断缴了医保卡里的钱还能用吗; 000: 医保断了医保卡的钱还能用吗 — 断缴后个人
        // 账户资金仍可正常使用. (First curated as 002#s3, which says it without 余额; it ranks
        // 7th behind five items that state it with 余额, so the row names one of those.)
        QTest::newRow("离职后医保还能用吗") << "离职后医保还能用吗" << QStringList { "003#s1.1" };
        // 003: 离职后单位停止缴纳医保费用,医保待遇将暂停.
        QTest::newRow("灵活就业补缴滞纳金") << "灵活就业 补缴 滞纳金" << QStringList { "001#r4" };
        // 001: 灵活就业人员 … 补缴,需全额承担当期费用+滞纳金.
        QTest::newRow("灵活就业怎么参保") << "灵活就业怎么参保" << QStringList { "003#s3.1" };
        // 003: 以灵活就业人员身份在户籍或居住地参保.
        QTest::newRow("医保卡挂失后怎么恢复") << "医保卡挂失后怎么恢复" << QStringList { "003#r9" };
        // 003: 医保卡挂失后怎么恢复.
        QTest::newRow("社保卡更换后要激活吗")
            << "社保卡更换后要激活吗" << QStringList { "002#r11", "002#r13" };
        // 002: 更换医保卡后,需要激活; 社保卡更换后医保怎么不能使用了 (需激活).
        QTest::newRow("缴费记录在哪里打印") << "缴费记录在哪里打印" << QStringList { "001#r13" };
        // 001: 医保在哪里打印缴费记录.
        QTest::newRow("余额清零") << "余额清零" << QStringList { "000#r3", "004#r8" };
        // 000: 退休职工医保余额会清零咋办; 004: 医保停交余额清零怎么办.
        QTest::newRow("个人账户能提现吗") << "个人账户能提现吗" << QStringList { "004#s1.2" };
        // 004: 不可提现 — 个人账户资金原则上不得提取现金.
        QTest::newRow("家庭共济") << "家庭共济" << QStringList { "000#s6.1" };
        // 000: 允许家庭成员之间共享个人账户的资金.
        QTest::newRow("医保钱包") << "医保钱包" << QStringList { "000#s5.1", "001#s3.3" };
        // 000: 医保钱包 transfers to family.
        QTest::newRow("转移接续") << "转移接续" << QStringList { "001#r18" };
        // 001: 通过医保关系转移接续的方式转移到新参保地.
        QTest::newRow("转居民医保后个人账户")
            << "转居民医保后个人账户余额" << QStringList { "004#s1.1" };
        // 004: 职工医保与居民医保 … 个人账户资金不会因医保类型的转换而清零.
        QTest::newRow("单位缴纳部分怎么用")
            << "单位缴纳部分怎么用" << QStringList { "003#r18", "003#r20" };
        // 003: 单位缴纳的部分属于统筹基金, 用于住院报销.
        QTest::newRow("断缴3个月") << "断缴3个月" << QStringList { "001#r7", "002#s2" };
        // 001: 断交三个月内需要补缴3个月; 002: 不超过3个月.
        QTest::newRow("三个月没交") << "三个月没交" << QStringList { "001#r2", "001#r6" };
        // 001: 医保三个月没交是断保了吗; 医保漏了三个月没交可以补上去吗.
        QTest::newRow("北京退休补缴怎么算")
            << "北京退休补缴怎么算" << QStringList { "004#r3", "004#r4", "004#r7" };
        // 004.
        QTest::newRow("断交四个月会清零吗")
            << "医保断交四个月会清零吗" << QStringList { "002#r18" };
        // 002: 职工医保断交四个月会清零吗.
    }
    void firstFive()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const QStringList got = top(query, 5);
        QStringList missing;
        for (const QString &id : expected)
            if (!got.contains(id))
                missing.append(id);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("%1: missing %2 in the first five %3")
                    .arg(query, missing.join(QLatin1Char(',')), got.join(QLatin1Char(',')))));
    }

    void offTopicFindsNothing_data()
    {
        QTest::addColumn<QString>("query");
        // Words of the related items that are not about employee medical insurance.
        for (const char *w :
            { "胃胀", "胃胀怎么办", "荨麻疹", "校方责任险", "责任险", "肺大泡", "植皮", "植皮手术",
                "东北", "涉县", "乌兰察布", "嗅觉过敏", "尿痛", "复视", "手腕疼痛", "喘息" })
            QTest::newRow(w) << QString::fromUtf8(w);
    }
    void offTopicFindsNothing()
    {
        QFETCH(QString, query);
        QCOMPARE(top(query, 1000), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSearchRecall)
#include "tst_searchrecall.moc"
