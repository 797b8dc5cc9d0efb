// SPDX-License-Identifier: GPL-3.0-or-later
// The 明白纸 as a client takes it home, checked with poppler (pdfinfo, pdftotext, pdffonts):
// for every public case, the 45-year benchmark case and a 30-gap case, the sheet without
// the appendix is at most 2 A4 pages, page 1 holds the owed amount, who pays it, the
// deadline, the retirement date and the cumulative months, nothing technical; with the
// appendix the passages appear; every font is embedded. And yibao-cli links no QtWidgets.
#include "../../bench/common/longcase.h"
#include "domain/idnumber.h"
#include "explain/passagelinker.h"
#include "io/casejson.h"
#include "io/caseloader.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "report/reportwriter.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yibao;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext breaks lines where the layout did; compare without any white space
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

QString money(const Money &m)
{
    return m.toYuanString();
}

// 30 gaps: five paid months, then one month of arrears, from 2000 on
Case thirtyGapCase()
{
    Case c;
    c.profile = QStringLiteral("general");
    c.asOf = QDate(2026, 11, 23);
    c.person = { QDate(1972, 4, 2), Sex::Male, Category::Male };
    YearMonth m(2000, 1);
    for (int i = 0; i < 30; ++i) {
        ContributionPeriod paid;
        paid.from = m;
        paid.to = m.addMonths(4);
        paid.base = Money::fromFen(400000);
        c.periods.append(paid);
        ContributionPeriod owed = paid;
        owed.from = owed.to = m.addMonths(5);
        owed.status = PeriodStatus::Arrears;
        c.periods.append(owed);
        m = m.addMonths(6);
    }
    ContributionPeriod rest;
    rest.from = m;
    rest.to = YearMonth(2026, 10);
    rest.base = Money::fromFen(500000);
    c.periods.append(rest);
    for (int i = 0; i < 8; ++i)
        c.events.append({ QDate(2001 + i * 3, 6, 10), i % 2 ? Care::Outpatient : Care::Inpatient });
    return c;
}

struct Sheet
{
    Case c;
    Result r;
    const PolicyProfile *profile = nullptr;
};

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *tool : { "pdftotext", "pdffonts", "pdfinfo" })
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QFAIL("poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed "
                      "(scripts/common.sh installs it)");
    }

    void sheet_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(YIBAO_CASES_PUBLIC));
        for (const QString &f :
            dir.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name)) {
            const QString name = f.chopped(int(qstrlen(".yibao.json")));
            QTest::newRow(qPrintable(name)) << name;
        }
        QTest::newRow("45-year bench case") << QStringLiteral("long");
        QTest::newRow("30 gaps") << QStringLiteral("thirty");
    }

    // State: a case. Action: the sheet without the appendix, then with it. Expected: at most
    // 2 pages; page 1 answers with the figures of the result; no parameter key, true/false
    // or markdown on pages 1–2; the appendix quotes passages; every font embedded.
    void sheet()
    {
        QFETCH(QString, name);
        Sheet s;
        if (name == QLatin1String("long") || name == QLatin1String("thirty")) {
            s.c = name == QLatin1String("long") ? bench::longCase() : thirtyGapCase();
            s.profile = yibao::test::library().profiles().find(s.c.profile);
        } else {
            QFile f(QStringLiteral(YIBAO_CASES_PUBLIC "/") + name + QStringLiteral(".yibao.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            InputErrors errors;
            const auto loaded = loadCase(f.readAll(), std::nullopt, std::nullopt,
                yibao::test::library().profiles(), &errors);
            QVERIFY(loaded);
            s.c = loaded->c;
            s.profile = loaded->profile;
        }
        QVERIFY(s.profile);
        s.r = compute(s.c, *s.profile);
        attachPassages(s.r.trace, yibao::test::library().links());
        if (name == QLatin1String("thirty"))
            QCOMPARE(s.r.gaps.size(), 30);

        ReportOptions o;
        o.profile = s.profile;
        o.clientName = QStringLiteral("张三");
        o.idNumber = QStringLiteral("11010519491231002X");
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        QString error;
        const ReportWriter writer(s.c, s.r, yibao::test::library(), o);
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));
        QVERIFY2(writer.pageCount() <= 2, qPrintable(QString::number(writer.pageCount())));
        const QString info = run(QStringLiteral("pdfinfo"), { pdf });
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), writer.pageCount());
        QVERIFY(writer.pageCount() <= 2);

        const QString page1 = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }));
        const QString all = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }));
        QVERIFY(page1.contains(QStringLiteral("张三")));
        QVERIFY(page1.contains(maskIdNumber(o.idNumber)));
        QVERIFY(!all.contains(QStringLiteral("11010519491231002X")));
        const QDate d = s.r.retirement.statutoryDate;
        QVERIFY2(page1.contains(
                     QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())),
            qPrintable(page1));
        QVERIFY(page1.contains(QStringLiteral("累计缴费%1个月").arg(s.r.years.cumulativeMonths)));
        Money owed, employer, individual;
        QDate deadline;
        for (const GapResult &g : s.r.gaps) {
            if (!g.owed || g.owed->fen() <= 0)
                continue;
            owed = owed + *g.owed;
            employer = employer + g.owedEmployer.value_or(Money());
            individual = individual + g.owedIndividual.value_or(Money());
            if (g.graceDeadline >= s.c.asOf && (!deadline.isValid() || g.graceDeadline < deadline))
                deadline = g.graceDeadline;
        }
        QVERIFY2(page1.contains(QStringLiteral("现在需补缴：")
                     + (owed.fen() ? QStringLiteral("共") : QString()) + money(owed)),
            qPrintable(page1));
        if (employer.fen() > 0 && individual.fen() > 0)
            QVERIFY(page1.contains(
                QStringLiteral("单位缴%1元，个人缴%2元").arg(money(employer), money(individual))));
        else if (employer.fen() > 0)
            QVERIFY(page1.contains(QStringLiteral("全部由单位缴纳")));
        else if (individual.fen() > 0)
            QVERIFY(page1.contains(QStringLiteral("全部由个人缴纳")));
        if (deadline.isValid()) {
            const QString when = QStringLiteral("%1年%2月%3日")
                                     .arg(deadline.year())
                                     .arg(deadline.month())
                                     .arg(deadline.day());
            QVERIFY2(page1.contains(when + QStringLiteral("前")), qPrintable(page1));
        }
        QVERIFY(page1.contains(QStringLiteral("不是医保经办机构的正式决定")));

        // nothing technical on the main sheet (the masked ID's stars are not markdown)
        QString plain = all;
        plain.remove(maskIdNumber(o.idNumber));
        for (const QString &bad : { QStringLiteral("true"), QStringLiteral("false"),
                 QStringLiteral("**"), QStringLiteral("gap."), QStringLiteral("retire."),
                 QStringLiteral("account."), QStringLiteral("#s"), QStringLiteral("#r") })
            QVERIFY2(!plain.contains(bad), qPrintable(bad + QStringLiteral(" in ") + plain));

        // fonts embedded
        const QStringList fonts = run(QStringLiteral("pdffonts"), { pdf })
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts) {
            // name type encoding emb sub uni object ID: emb is the fifth from the end
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols[cols.size() - 5] == QLatin1String("yes"),
                qPrintable(line));
        }

        // the appendix: the passages, quoted in 「」 with their article's title
        o.appendix = true;
        const ReportWriter withAppendix(s.c, s.r, yibao::test::library(), o);
        QCOMPARE(withAppendix.mainPageCount(), writer.pageCount());
        QVERIFY(withAppendix.pageCount() > writer.pageCount());
        const QString apdf = m_dir.filePath(name + QStringLiteral("-appendix.pdf"));
        QVERIFY2(withAppendix.writePdf(apdf, &error), qPrintable(error));
        const QString appendix = squeezed(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QString::number(writer.pageCount() + 1), QStringLiteral("-enc"),
                QStringLiteral("UTF-8"), apdf, QStringLiteral("-") }));
        QVERIFY(appendix.contains(QStringLiteral("附录")));
        QVERIFY(appendix.contains(QStringLiteral("「")));
        QVERIFY(appendix.contains(QStringLiteral("《")));
        QVERIFY(appendix.contains(QStringLiteral("计算过程")));
    }

    // State: a public case. Action: yibao-cli report, Chinese and English, with --appendix.
    // Expected: the PDFs are written; the English page 1 has the figures and no Chinese
    // outside 「」.
    void cli_report()
    {
        const QString casePath
            = QStringLiteral(YIBAO_CASES_PUBLIC "/04-arrears-owed-today.yibao.json");
        const QString out = m_dir.filePath(QStringLiteral("cli-en.pdf"));
        int code = -1;
        run(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), casePath, QStringLiteral("--pdf"), out,
                QStringLiteral("--lang"), QStringLiteral("en") },
            &code);
        QCOMPARE(code, 0);
        const QString page1 = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-") });
        QVERIFY(page1.contains(QStringLiteral("Owed now")));
        QVERIFY(page1.contains(QStringLiteral("Statutory retirement date")));
        QString chinese = page1;
        // the sources' own words stay Chinese inside 「」, and only there
        chinese.remove(QRegularExpression(QStringLiteral("「[^」]*」")));
        const auto han
            = QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]+")).match(chinese);
        QVERIFY2(!han.hasMatch(), qPrintable(han.captured(0)));

        const QString withAppendix = m_dir.filePath(QStringLiteral("cli-appendix.pdf"));
        run(QStringLiteral(YIBAO_CLI),
            { QStringLiteral("report"), casePath, QStringLiteral("--pdf"), withAppendix,
                QStringLiteral("--appendix") },
            &code);
        QCOMPARE(code, 0);
        QVERIFY(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), withAppendix, QStringLiteral("-") })
                    .contains(QStringLiteral("附录")));
    }

    // State: the default file name. Expected: as-of date and the ID's last 4, never the
    // name; refused characters replaced.
    void file_name()
    {
        QCOMPARE(defaultReportFileName(QDate(2026, 11, 23), QStringLiteral("11010519491231002X")),
            QStringLiteral("明白纸-2026-11-23-002X.pdf"));
        QCOMPARE(defaultReportFileName(QDate(2026, 11, 23), QString()),
            QStringLiteral("明白纸-2026-11-23.pdf"));
        QCOMPARE(defaultReportFileName(QDate(2026, 11, 23), QStringLiteral("ab/:?")),
            QStringLiteral("明白纸-2026-11-23-b___.pdf"));
    }

    // State: the built yibao-cli. Expected: its ELF NEEDED entries name no Qt6Widgets (nor
    // Charts, OpenGL widgets or PrintSupport): the report is drawn with QtGui only.
    void cli_links_no_widgets()
    {
#ifdef Q_OS_LINUX
        int code = -1;
        const QString needed = run(
            QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(YIBAO_CLI) }, &code);
        QCOMPARE(code, 0);
        QVERIFY(needed.contains(QStringLiteral("libQt6Core")));
        QVERIFY(needed.contains(QStringLiteral("libQt6Gui")));
        for (const char *lib :
            { "libQt6Widgets", "libQt6Charts", "libQt6PrintSupport", "libQt6OpenGLWidgets" })
            QVERIFY2(!needed.contains(QString::fromLatin1(lib)), lib);
#endif
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCliReport)
#include "tst_cli_report.moc"
