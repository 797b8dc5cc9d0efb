// SPDX-License-Identifier: GPL-3.0-or-later
// The parser against the five bundled articles, counted by hand once (see the rows), and
// against small files in the same layout that a user might add.
#include "explain/articleparser.h"
#include "explain/corpus.h"
#include "explain/quote.h"
#include "explain/topicfilter.h"
#include "testlibrary.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace yibao;

namespace {

QString bundledText(const QString &id)
{
    for (const Corpus::File &f : Corpus::bundledFiles())
        if (ArticleParser::articleIdFromFileName(f.fileName) == id)
            return QString::fromUtf8(f.bytes);
    return QString();
}

Article parseBundled(const QString &id)
{
    return ArticleParser::parse(bundledText(id), id, id + QStringLiteral(".txt"));
}

QStringList ids(const Article &a, bool related)
{
    QStringList out;
    for (const Passage &p : a.passages)
        if ((p.kind == PassageKind::Related) == related)
            out.append(p.id.mid(p.id.indexOf(QLatin1Char('#')) + 1));
    return out;
}

QStringList excludedIds(const Article &a)
{
    QStringList out;
    for (const ExcludedBlock &e : a.excluded)
        out.append(e.id.isEmpty()
                ? e.reason
                : e.id.mid(e.id.indexOf(QLatin1Char('#')) + 1) + QLatin1Char(':') + e.reason);
    return out;
}

QStringList words(const char *s)
{
    return QString::fromUtf8(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestArticleParser : public QObject
{
    Q_OBJECT

private slots:
    void bundledFiles()
    {
        const QList<Corpus::File> files = Corpus::bundledFiles();
        QCOMPARE(files.size(), 5);
        QCOMPARE(files.at(1).fileName, QStringLiteral("001_965773a526713850.txt"));
        QCOMPARE(ArticleParser::articleIdFromFileName(files.at(4).fileName), QStringLiteral("004"));
        QCOMPARE(ArticleParser::articleIdFromFileName(QStringLiteral("notes.txt")), QString());
    }

    void outline_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("sections"); // 一、二、…
        QTest::addColumn<int>("items"); // "1." lines
        QTest::addColumn<int>("bullets"); // "•" lines
        QTest::addColumn<int>("related"); // items under 相关推荐
        // Counted by hand in the files.
        QTest::newRow("000") << "000"
                             << "职工医保断交医保个人账户怎么办"
                             << "" << 0 << 7 << 10 << 20;
        QTest::newRow("001") << "001"
                             << "医保暂停参保里面的钱怎么办"
                             << "用于门诊、购药或转移接续" << 4 << 5 << 14 << 20;
        QTest::newRow("002") << "002"
                             << "职工医保断了是不是就白交了"
                             << "并不等同于白交" << 0 << 4 << 0 << 20;
        QTest::newRow("003") << "003"
                             << "职工离职了医保还能用吗"
                             << "可以使用个人账户,无法报销" << 4 << 6 << 6 << 20;
        QTest::newRow("004") << "004"
                             << "转居民医保后职工医保个人余额还能用吗"
                             << "可以使用" << 4 << 8 << 4 << 20;
    }
    void outline()
    {
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(QString, answer);
        QFETCH(int, sections);
        QFETCH(int, items);
        QFETCH(int, bullets);
        QFETCH(int, related);
        const Article a = parseBundled(id);
        QCOMPARE(a.title, title);
        QCOMPARE(a.answer, answer);
        QCOMPARE(a.sectionCount, sections);
        QCOMPARE(a.itemCount, items);
        QCOMPARE(a.bulletCount, bullets);
        QCOMPARE(a.relatedCount, related);
    }

    // The ids are a contract (links.json, saved cases, reports): pinned in full.
    void passageIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("main");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("000") << "000" << words("i s1.1 s2.1 s3.1 s4.1 s5.1 s6.1 s7.1 c.1 c.2 c.3")
                             << words("disclaimer r1:hospital_list r5:hospital_list "
                                      "r6:other_insurance r7:resident_scheme r15:off_topic "
                                      "r16:hospital_list r17:hospital_list r18:hospital_list");
        QTest::newRow("001") << "001"
                             << words("a i s1.1 s1.2.1 s1.2.2 s2.1.1 s2.1.2 s2.1.3 s2.2.1 s2.2.2 "
                                      "s2.3.1 s2.3.2 s3.1 s3.2 s3.3 s4.1 s4.2 c")
                             << words("disclaimer r3:hospital_list");
        QTest::newRow("002") << "002" << words("a i s1 s2 s3 s4 c")
                             << words("disclaimer r17:off_topic r20:hospital_list");
        QTest::newRow("003")
            << "003"
            << words("a i s1.1 s1.1.1 s1.1.2 s1.2 s2.1 s2.1.1 s2.1.2 s2.2 s3.1 s3.1.1 s3.2 s4.1 c")
            << words("disclaimer r4:hospital_list r5:hospital_list r6:hospital_list "
                     "r7:treatment");
        QTest::newRow("004")
            << "004"
            << words("a i s1.1 s1.2 s2.1 s2.2 s2.2.1 s2.2.2 s2.3 s3.1 s3.2 s4.1 s4.2 s4.3 c")
            << words("disclaimer r16:treatment");
    }
    void passageIds()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, main);
        QFETCH(QStringList, excluded);
        const Article a = parseBundled(id);
        QCOMPARE(ids(a, false), main);
        QCOMPARE(excludedIds(a), excluded);
        // Related items keep their place in the file: r1…r20 minus the excluded ones.
        QStringList related;
        for (int n = 1; n <= a.relatedCount; ++n)
            if (std::none_of(excluded.cbegin(), excluded.cend(),
                    [n](const QString &e) { return e.startsWith(QStringLiteral("r%1:").arg(n)); }))
                related.append(QStringLiteral("r%1").arg(n));
        QCOMPARE(ids(a, true), related);
        for (const Passage &p : a.passages) {
            QCOMPARE(p.article, id);
            QVERIFY2(p.id.startsWith(id + QLatin1Char('#')), qPrintable(p.id));
        }
    }

    void passageTotals()
    {
        // 23 + 37 + 25 + 31 + 34 passages; 16 related items left out (000#r6, 000#r7, 003#r7
        // and 004#r16 among them).
        int passages = 0, left = 0;
        for (const Article &a : yibao::test::library().corpus().articles()) {
            passages += int(a.passages.size());
            for (const ExcludedBlock &e : a.excluded)
                left += e.id.isEmpty() ? 0 : 1;
        }
        QCOMPARE(passages, 150);
        QCOMPARE(left, 16);
    }

    void passageContent_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("text");
        QTest::newRow("bullet under item")
            << "001#s1.2.2"
            << "一、账户内资金性质与状态 › 停缴期间待遇影响"
            << "住院/特殊门诊 :超过3个月停缴后,期间产生的住院/特殊门诊费用无法报销。";
        QTest::newRow("item with body") << "001#s1.1"
                                        << "一、账户内资金性质与状态"
                                        << "属于个人账户资金\n医保个人账户的资金属于参保人个人所有,"
                                           "停缴期间不会清零或作废,但会停止享受医保报销待遇。";
        QTest::newRow("body at column 0") << "004#s3.2"
                                          << "三、特殊情况处理"
                                          << "补缴职工医保 "
                                             ":若转为居民医保后重新参保,原账户余额可保留,"
                                             "但需连续缴费满6个月才能恢复职工医保待遇。";
        QTest::newRow("bullet continued")
            << "003#s4.1"
            << "四、法律依据"
            << "《社会保险法》\n第二十三条规定职工医保需单位缴费,"
               "第二十七条明确缴费年限与退休待遇关联,第五十八条则规范了单位缴费义务。";
        QTest::newRow("items all numbered 1.")
            << "000#s3.1"
            << "继续使用个人账户余额"
            << "职工医保中断一个月后,从中断缴费的次月起,将暂停享受医疗保险统筹基金支付的待遇,"
               "但个人账户余额在此期间仍可使用。"
               "恢复参保并缴费后,从缴费的次月起可重新享受医疗保险待遇。中断期间发生的医疗费用,"
               "即使补交医保费用,也无法获得报销。";
        QTest::newRow("closing heading") << "003#c"
                                         << ""
                                         << "总结\n离职后医保卡仍可持用,"
                                            "但需注意单位缴费与待遇的关联性。建议根据经济状况选择继"
                                            "续职工医保或转为灵活就业人员参保,"
                                            "避免因断缴影响未来医疗保障。";
        QTest::newRow("closing bullet") << "000#c.2"
                                        << "建议"
                                        << "了解政策 "
                                           ":不同地区的医保政策有所不同,建议职工了解当地的具体政策,"
                                           "以便选择最适合自己的处理方式。";
        QTest::newRow("closing after items")
            << "004#c"
            << ""
            << "职工医保转居民医保后,个人账户余额可继续使用,但需注意待遇差异和地区政策规定。";
        QTest::newRow("top-level item")
            << "002#s2"
            << ""
            << "医保待遇 "
               ":断缴期间无法享受医保报销待遇。如果断缴时间不超过3个月,"
               "可以在补足欠费和滞纳金后次月恢复待遇;"
               "如果断缴时间超过3个月,可能需要等待3-6个月才能恢复待遇。";
    }
    void passageContent()
    {
        QFETCH(QString, passage);
        QFETCH(QString, heading);
        QFETCH(QString, text);
        const Passage *p = yibao::test::library().corpus().passage(passage);
        QVERIFY2(p, qPrintable(passage));
        QCOMPARE(p->heading, heading);
        QCOMPARE(p->text, text);
    }

    void relatedItem()
    {
        const Passage *p = yibao::test::library().corpus().passage(QStringLiteral("004#r7"));
        QVERIFY(p);
        QCOMPARE(p->kind, PassageKind::Related);
        QCOMPARE(p->title, QStringLiteral("北京退休医保补交费用怎么算的"));
        QCOMPARE(p->source, QStringLiteral("健康新闻"));
        QCOMPARE(p->date, QStringLiteral("2025-04-19"));
        QCOMPARE(p->line, 90);
        QVERIFY(p->text.startsWith(QStringLiteral("北京退休医保补交费用计算主要依据")));
        QVERIFY(p->text.contains(QStringLiteral("单位补缴比例为9.8%,个人为2%")));
        QCOMPARE(yibao::test::library().corpus().passage(QStringLiteral("004#r21")), nullptr);
        QCOMPARE(yibao::test::library().corpus().passage(QStringLiteral("000#r1")),
            nullptr); // a hospital list
    }

    // Nothing of a file is lost between it and the passages except what is excluded on
    // purpose, and nothing is invented.
    void nothingLost_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : { "000", "001", "002", "003", "004" })
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void nothingLost()
    {
        QFETCH(QString, id);
        const QString file = bundledText(id);
        const Article a = parseBundled(id);
        QString kept = a.title + QLatin1Char('\n');
        for (const Passage &p : a.passages)
            kept += p.heading + QLatin1Char('\n') + p.title + QLatin1Char('\n') + p.text
                + QLatin1Char('\n');
        QString dropped;
        for (const ExcludedBlock &e : a.excluded)
            dropped += e.title + QLatin1Char('\n') + e.text + QLatin1Char('\n');

        static const QRegularExpression marker(QStringLiteral("^(\\d{1,2}[.．]\\s+|[•]\\s*)"));
        static const QRegularExpression dateLine(
            QStringLiteral("^(\\S+)\\s+(\\d{4}-\\d{2}-\\d{2})$"));
        int dateLines = 0;
        for (QString line : file.split(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (line.isEmpty() || line == QStringLiteral("相关推荐"))
                continue;
            if (dateLine.match(line).hasMatch()) {
                ++dateLines;
                continue;
            }
            line.remove(marker);
            line = plainPassageText(line); // LaTeX is kept as plain text (004 related)
            QVERIFY2(kept.contains(line) || dropped.contains(line),
                qPrintable(QStringLiteral("lost: ") + line));
            QVERIFY2(!(kept.contains(line) && dropped.contains(line) && line.size() > 20),
                qPrintable(QStringLiteral("both kept and dropped: ") + line));
        }
        QCOMPARE(dateLines, a.relatedCount);
        for (const Passage &p : a.passages) {
            for (const QString &l : p.text.split(QLatin1Char('\n')))
                QVERIFY2(plainPassageText(file).contains(l),
                    qPrintable(QStringLiteral("invented: ") + l));
            if (p.kind == PassageKind::Related) {
                QCOMPARE(p.source, QStringLiteral("健康新闻"));
                QVERIFY(file.contains(p.source + QLatin1Char(' ') + p.date));
            }
        }
    }

    void parseIsStable()
    {
        const Article a = parseBundled(QStringLiteral("003"));
        const Article b = parseBundled(QStringLiteral("003"));
        QCOMPARE(ids(a, false) + ids(a, true), ids(b, false) + ids(b, true));
    }

    void topicFilter_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("reason");
        QTest::newRow("hospital list") << "2025年内蒙古乌兰察布治疗荨麻疹的医院有哪些"
                                       << "hospital_list";
        QTest::newRow("which hospital") << "2025年广东梅州治疗尿痛伴血尿什么医院好"
                                        << "hospital_list";
        QTest::newRow("history") << "涉县为什么划给河北"
                                 << "off_topic";
        QTest::newRow("politics") << "国家为何不管东北了"
                                  << "off_topic";
        // An operation's cover and other insurances are not this counter's topic.
        QTest::newRow("surgery and insurance") << "2025年江西赣州做肺大泡切除手术能走医保吗?"
                                               << "treatment";
        QTest::newRow("skin graft") << "植皮手术医保可以报销吗"
                                    << "treatment";
        QTest::newRow("school liability insurance") << "2025四川阿坝校方责任险与少儿医保冲突吗"
                                                    << "other_insurance";
        QTest::newRow("hotline") << "12333挂失医保卡失败"
                                 << "";
        QTest::newRow("social security card") << "第三代社保卡没有有效期吗"
                                              << "";
        QTest::newRow("insurance word") << "医疗保险刚买多久生效"
                                        << "";
    }
    void topicFilter()
    {
        QFETCH(QString, title);
        QFETCH(QString, reason);
        QCOMPARE(TopicFilter::reasonId(TopicFilter::classify(title)), reason);
        QVERIFY(!TopicFilter::reasonText(reason, QStringLiteral("zh_CN")).isEmpty()
            || reason.isEmpty());
    }

    // The resident scheme is left out only when the item is about it alone.
    void residentScheme_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("000#r7: 武威 resident scheme")
            << "2025甘肃武威医保住院才可以报销吗"
            << "根据2025年甘肃省医疗保障政策,武威市城乡居民医保的报销范围并不仅限于住院费用。"
            << "resident_scheme";
        QTest::newRow("002#r6: compares schemes")
            << "医疗保险刚买多久生效"
            << "医疗保险的生效时间因类型而异:社保通常次月生效,新农合年底参保次年生效。"
            << "";
        QTest::newRow("names employees later")
            << "医保住院才可以报销吗"
            << "城乡居民医保的报销范围不限于住院。职工医保另有规定。"
            << "";
        QTest::newRow("resident scheme not first")
            << "医保可以给家人报销吗"
            << "参保人可以为家人报销医疗费用。居民医保也可以。"
            << "";
    }
    void residentScheme()
    {
        QFETCH(QString, title);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QCOMPARE(TopicFilter::reasonId(TopicFilter::classify(title, text)), reason);
    }

    // Files a user may add: other line ends, no related items, bullets without sections.
    void userLayouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("crlf and bom") << QString(QChar(0xFEFF))
                + QStringLiteral("我的笔记\r\n\r\n补缴要趁早\r\n\r\n说明如下:"
                                 "\r\n\r\n一、补缴\r\n\r\n  • 三个月内补缴\r\n")
                                      << "我的笔记" << words("u001#a u001#i u001#s1.1");
        QTest::newRow("only paragraphs")
            << QStringLiteral("标题\n\n第一段,说明。\n\n第二段。\n") << "标题" << words("u001#i");
        QTest::newRow("bullets at top") << QStringLiteral("标题\n\n引言:\n\n• 甲\n• 乙\n\n结语。\n")
                                        << "标题" << words("u001#i u001#s1 u001#s2 u001#c");
        QTest::newRow("related only")
            << QStringLiteral("标题\n相关推荐\n医保断缴怎么办\n\n要补缴\n\n健康新闻 2025-01-02\n")
            << "标题" << words("u001#r1");
        QTest::newRow("title only") << QStringLiteral("只有标题") << "只有标题" << QStringList();
        QTest::newRow("empty") << QString() << "" << QStringList();
    }
    void userLayouts()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QStringList, ids);
        const Article a = ArticleParser::parse(
            text, QStringLiteral("u001"), QStringLiteral("notes.txt"), QStringLiteral("user"));
        QCOMPARE(a.title, title);
        QStringList got;
        for (const Passage &p : a.passages)
            got.append(p.id);
        QCOMPARE(got, ids);
        QCOMPARE(a.origin, QStringLiteral("user"));
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
