// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"
#include "io/inputerrorwords.h"

#include <QStringEncoder>
#include <QTest>

using namespace yibao;

namespace {

using Rows = QList<QStringList>;

// A title line, the header, and the lines of a 缴费记录 with one period per line, out of
// order as print-outs often are (newest first), a grouped amount in quotes and a summary.
const Rows RangeFile {
    { "XX市职工基本医疗保险个人缴费记录" },
    { "所属期起", "所属期止", "险种", "缴费基数（元）", "状态", "到账日期", "单位缴费" },
    { "2016-05", "2025-06", "灵活就业", "6326.00", "正常", "", "" },
    { "2016-01", "2016-04", "在职职工", "5000", "欠缴", "", "" },
    { "199707", "201512", "城镇职工", "5,000.00", "已缴", "1997-08-15", "600.00" },
    { "2025-07", "2025-08", "灵活就业人员", "￥6326", "补缴", "2025/9/10", "" },
    { "合计", "", "", "", "", "", "" },
};
const char *const RangePeriods = "1997-07..2015-12 employee 5000.00 paid -\n"
                                 "2016-01..2016-04 employee 5000.00 arrears -\n"
                                 "2016-05..2025-06 flexible 6326.00 paid -\n"
                                 "2025-07..2025-08 flexible 6326.00 backpaid 2025-09-10\n";

// One month per line, English header, months written in four ways.
const Rows MonthFile {
    { "month", "kind", "base", "status", "paidOn" },
    { "2015年10月", "employee", "5000.00", "paid", "2015-11-05" },
    { "2015/11", "职工", "5000", "已缴", "2015-12-05" },
    { "201512", "职工", "5000", "正常", "2016-01-05 10:21:07" },
    { "2016-01", "职工", "5000", "欠缴", "" },
    { "2016-02", "职工", "5000", "未缴", "" },
    { "2016.03", "灵活就业", "4000", "补缴", "2016-06-01" },
    { "2016-04", "灵活就业", "4000", "已补缴", "20160601" },
    { "2016-05", "灵活就业", "4000", "补缴", "2016年6月2日" },
    { "2016/6/1", "灵活就业", "4000", "已缴", "2016-06-20" },
    { "", "", "", "", "" },
};
const char *const MonthPeriods = "2015-10..2015-12 employee 5000.00 paid -\n"
                                 "2016-01..2016-02 employee 5000.00 arrears -\n"
                                 "2016-03..2016-04 flexible 4000.00 backpaid 2016-06-01\n"
                                 "2016-05..2016-05 flexible 4000.00 backpaid 2016-06-02\n"
                                 "2016-06..2016-06 flexible 4000.00 paid -\n";

QString csvText(const Rows &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row)
            fields << (f.contains(delimiter) || f.contains(QLatin1Char('"')) ? QLatin1Char('"')
                        + QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\""))
                        + QLatin1Char('"')
                                                                             : f);
        text += fields.join(delimiter) + QStringLiteral("\r\n");
    }
    return text;
}

QByteArray encoded(const QString &text, const QString &encoding)
{
    if (encoding == QLatin1String("UTF-8"))
        return text.toUtf8();
    if (encoding == QLatin1String("UTF-8 BOM"))
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (encoding == QLatin1String("UTF-16LE")) {
        QStringEncoder e(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return e(text);
    }
    QStringEncoder gbk("GBK");
    if (!gbk.isValid())
        qFatal("this Qt has no GBK encoder; the GBK rows cannot be made");
    return gbk(text);
}

QString describe(const QList<ContributionPeriod> &periods)
{
    QString s;
    for (const ContributionPeriod &p : periods)
        s += QStringLiteral("%1..%2 %3 %4 %5 %6\n")
                 .arg(p.from.toString(), p.to.toString(), kindId(p.kind),
                     p.base ? p.base->toYuanString() : QStringLiteral("-"), statusId(p.status),
                     p.paidOn ? p.paidOn->toString(Qt::ISODate) : QStringLiteral("-"));
    return s;
}

QString describe(const InputErrors &errors)
{
    QStringList lines;
    for (const InputError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void goodFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("periods");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        for (const QString enc : { "UTF-8", "UTF-8 BOM", "GBK", "UTF-16LE" }) {
            for (const QChar delimiter : { QLatin1Char(','), QLatin1Char('\t') }) {
                const QString d = delimiter == QLatin1Char(',') ? QStringLiteral("comma")
                                                                : QStringLiteral("tab");
                const QString shownEncoding = enc == QLatin1String("GBK")
                    ? QStringLiteral("GB18030")
                    : enc == QLatin1String("UTF-8 BOM") ? QStringLiteral("UTF-8")
                                                        : enc;
                QTest::addRow("periods, %s, %s", qPrintable(enc), qPrintable(d))
                    << encoded(csvText(RangeFile, delimiter), enc)
                    << QString::fromUtf8(RangePeriods) << shownEncoding << QString(delimiter);
                QTest::addRow("months, %s, %s", qPrintable(enc), qPrintable(d))
                    << encoded(csvText(MonthFile, delimiter), enc)
                    << QString::fromUtf8(MonthPeriods) << shownEncoding << QString(delimiter);
            }
        }
    }
    void goodFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, periods);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        const CsvImport r = importContributionCsv(bytes);
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
        QCOMPARE(describe(r.periods), periods);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(QString(r.delimiter), delimiter);
        QCOMPARE(r.periodLines.size(), r.periods.size());
        QCOMPARE(r.rowsAccepted, r.rowsRead);
    }

    void rangeFileDetails()
    {
        const CsvImport r = importContributionCsv(csvText(RangeFile, QLatin1Char(',')).toUtf8());
        QCOMPARE(r.headerLine, 2);
        QCOMPARE(r.rowsRead, 4); // the title, the header and 合计 are not data
        QCOMPARE(r.periodLines, (QList<QList<int>> { { 5 }, { 4 }, { 3 }, { 6 } }));
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("line 1")), qPrintable(notes)); // the title
        QVERIFY2(notes.contains(QStringLiteral("\"单位缴费\" ignored")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("line 7: a summary line")), qPrintable(notes));
    }

    void monthFileLines()
    {
        const CsvImport r = importContributionCsv(csvText(MonthFile, QLatin1Char('\t')).toUtf8());
        QCOMPARE(
            r.periodLines, (QList<QList<int>> { { 2, 3, 4 }, { 5, 6 }, { 7, 8 }, { 9 }, { 10 } }));
        QCOMPARE(r.rowsRead, 9);
    }

    // Every kind of broken line, each reported with its line and column; the good lines
    // around them are still read.
    void brokenLines()
    {
        const QByteArray file = QStringLiteral(
            "所属期,险种,缴费基数,状态,到账日期\n" // 1
            "2016-01,职工,5000,已缴,\n" // 2 good
            "2016-13,职工,5000,已缴,\n" // 3 no month 13
            "2016-03,公务员补助,5000,已缴,\n" // 4 unknown kind
            "2016-04,职工,五千,已缴,\n" // 5 not an amount
            "2016-05,职工,5000,作废,\n" // 6 unknown status
            "2016-06,职工,5000,补缴,\n" // 7 backpaid without a date
            "2016-07,职工,5,000.00,已缴,\n" // 8 an unquoted comma: one field too many
            "2016-08,职工,5000,补缴,2016-02-30\n" // 9 no such day
            "2016-01,职工,5000,已缴,\n" // 10 the month of line 2 again
            "2016-09,职工,,已缴,\n" // 11 an employee month without a base
            "\"2016-10,职工,5000,已缴,\n" // 12 a quote never closed
            "2016-11,职工,5000,已缴,\n") // 13 good
                                    .toUtf8();
        const CsvImport r = importContributionCsv(file);
        QStringList got;
        for (const InputError &e : r.errors)
            got << QStringLiteral("%1:%2 %3").arg(e.line).arg(e.column).arg(e.path);
        const QStringList expected { "3:1 所属期", "4:2 险种", "5:3 缴费基数", "6:4 状态",
            "7:5 到账日期", "8:6 ", "9:5 到账日期", "10:1 所属期", "11:3 缴费基数", "12:0 " };
        QCOMPARE(got.join(QLatin1Char('|')), expected.join(QLatin1Char('|')));
        for (const InputError &e : r.errors)
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.toString()));
        // Each has a code the window words in its language, naming the column as the file
        // writes it; the line comes first in the whole line.
        for (const InputError &e : r.errors) {
            QVERIFY2(inputErrorCodes().contains(e.code), qPrintable(e.code));
            const QString zh = inputErrorText(e, TextLanguage::Chinese);
            const QString en = inputErrorText(e, TextLanguage::English);
            QVERIFY2(zh != e.message, qPrintable(e.toString())); // worded, not the fallback
            QVERIFY2(!zh.contains(QLatin1String("is not")), qPrintable(zh));
            QVERIFY2(!en.contains(QLatin1Char('%')), qPrintable(en));
            if (!e.path.isEmpty())
                QVERIFY2(zh.contains(e.path) && en.contains(e.path), qPrintable(zh + en));
            QVERIFY2(csvImportErrorLine(e, TextLanguage::Chinese)
                         .startsWith(QStringLiteral("第 %1 行：").arg(e.line)),
                qPrintable(csvImportErrorLine(e, TextLanguage::Chinese)));
        }
        QCOMPARE(inputErrorText(r.errors.at(2), TextLanguage::Chinese),
            QStringLiteral("“缴费基数”列的“五千”不是金额：应为最多两位小数的数字，如 5000.00"));
        QCOMPARE(inputErrorText(r.errors.at(7), TextLanguage::Chinese),
            QStringLiteral(
                "“所属期”列：2016-01 至 2016-01 与第 2 行（2016-01 至 2016-01）的月份重复，"
                "同一个月只能属于一段缴费"));
        QCOMPARE(csvImportErrorLine(r.errors.at(5), TextLanguage::English),
            QStringLiteral("Line 8: 6 fields, but the header has 5: is there a comma inside a "
                           "value (5,000.00)? Put such a value in quotes"));
        // The reasons name what is wrong.
        QVERIFY2(r.errors.at(0).message.contains(QStringLiteral("\"2016-13\"")),
            qPrintable(r.errors.at(0).message));
        QVERIFY2(r.errors.at(1).message.contains(QStringLiteral("公务员补助")),
            qPrintable(r.errors.at(1).message));
        QVERIFY2(r.errors.at(7).message.contains(QStringLiteral("line 2")),
            qPrintable(r.errors.at(7).message));
        QCOMPARE(describe(r.periods),
            QStringLiteral("2016-01..2016-01 employee 5000.00 paid -\n"
                           "2016-11..2016-11 employee 5000.00 paid -\n"));
        QCOMPARE(r.rowsRead, 12);
        QCOMPARE(r.rowsAccepted, 2);
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("no header") << QByteArray("a,b,c\n1,2,3\n") << "no header line";
        QTest::newRow("empty") << QByteArray() << "no header line";
        QTest::newRow("from without to")
            << QStringLiteral("所属期起,险种\n2016-01,职工\n").toUtf8() << "所属期止";
        QTest::newRow("not text") << QByteArray("\x81\x20\xff\xfe\x00", 5)
                                  << "neither UTF-8 nor GBK";
    }
    void fileProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const CsvImport r = importContributionCsv(bytes);
        QVERIFY(r.periods.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(message), qPrintable(r.errors.first().message));
        // worded for the window too
        QVERIFY2(
            inputErrorCodes().contains(r.errors.first().code), qPrintable(r.errors.first().code));
    }

    void noKindNoStatusColumns()
    {
        const CsvImport r = importContributionCsv(
            QByteArray("from\tto\tbase\n2010-01\t2012-12\t3000\n2013-01\t2013-06\t3000\n"));
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
        QCOMPARE(describe(r.periods), QStringLiteral("2010-01..2013-06 employee 3000.00 paid -\n"));
        QCOMPARE(r.notes.size(), 2);
    }

    // A print-out leaves 状态 empty for ordinary months: read as 已缴 and said, not refused.
    void emptyStatusIsPaidWithANote()
    {
        const CsvImport r = importContributionCsv(QStringLiteral(
            "所属期,险种,缴费基数,状态\n2016-01,职工,5000,\n2016-02,职工,5000,欠缴\n")
                                                      .toUtf8());
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
        QCOMPARE(describe(r.periods),
            QStringLiteral("2016-01..2016-01 employee 5000.00 paid -\n"
                           "2016-02..2016-02 employee 5000.00 arrears -\n"));
        QCOMPARE(r.noteItems.size(), 1);
        QCOMPARE(r.noteItems.at(0).code, QStringLiteral("csv_status_empty_paid"));
        QCOMPARE(r.noteItems.at(0).args, QStringList { QStringLiteral("2") });
        QCOMPARE(r.notes.size(), 1);
    }

    void months_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("month");
        QTest::newRow("2016-01") << "2016-01"
                                 << "2016-01";
        QTest::newRow("2016/01") << "2016/01"
                                 << "2016-01";
        QTest::newRow("2016/1") << "2016/1"
                                << "2016-01";
        QTest::newRow("2016.12") << "2016.12"
                                 << "2016-12";
        QTest::newRow("201601") << "201601"
                                << "2016-01";
        QTest::newRow("2016年1月") << "2016年1月"
                                   << "2016-01";
        QTest::newRow("2016年 01 月") << "2016年 01 月"
                                      << "2016-01";
        QTest::newRow("2016/1/1 spreadsheet date") << "2016/1/1"
                                                   << "2016-01";
        QTest::newRow("20160131") << "20160131"
                                  << "2016-01";
        QTest::newRow("2016-13") << "2016-13"
                                 << "";
        QTest::newRow("201613") << "201613"
                                << "";
        QTest::newRow("2016-02-30") << "2016-02-30"
                                    << "";
        QTest::newRow("16-01") << "16-01"
                               << "";
        QTest::newRow("一月") << "一月"
                              << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void months()
    {
        QFETCH(QString, text);
        QFETCH(QString, month);
        const auto m = parseCsvMonth(text);
        QCOMPARE(m ? m->toString() : QString(), month);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("2025-09-10") << "2025-09-10" << QDate(2025, 9, 10);
        QTest::newRow("2025/9/10") << "2025/9/10" << QDate(2025, 9, 10);
        QTest::newRow("20250910") << "20250910" << QDate(2025, 9, 10);
        QTest::newRow("2025年9月10日") << "2025年9月10日" << QDate(2025, 9, 10);
        QTest::newRow("with a time") << "2025-09-10 08:30:00" << QDate(2025, 9, 10);
        QTest::newRow("a month only") << "2025-09" << QDate();
        QTest::newRow("2025-02-29") << "2025-02-29" << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto d = parseCsvDate(text);
        QCOMPARE(d ? *d : QDate(), date);
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("职工") << "职工"
                              << "employee";
        QTest::newRow("在职") << "在职"
                              << "employee";
        QTest::newRow("城镇职工基本医疗保险") << "城镇职工基本医疗保险"
                                              << "employee";
        QTest::newRow("灵活就业") << "灵活就业"
                                  << "flexible";
        QTest::newRow("职工医保（灵活就业）") << "职工医保（灵活就业）"
                                              << "flexible";
        QTest::newRow("个体工商户") << "个体工商户"
                                    << "flexible";
        QTest::newRow("城乡居民") << "城乡居民"
                                  << "resident";
        QTest::newRow("视同缴费") << "视同缴费"
                                  << "deemed";
        QTest::newRow("Flexible") << "Flexible"
                                  << "flexible";
        QTest::newRow("公务员") << "公务员"
                                << "";
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const auto k = parseCsvKind(text);
        QCOMPARE(k ? kindId(*k) : QString(), kind);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::newRow("已缴") << "已缴"
                              << "paid";
        QTest::newRow("正常") << "正常"
                              << "paid";
        QTest::newRow("已到账") << "已到账"
                                << "paid";
        QTest::newRow("欠缴") << "欠缴"
                              << "arrears";
        QTest::newRow("未缴") << "未缴"
                              << "arrears";
        QTest::newRow("未到账") << "未到账"
                                << "arrears";
        QTest::newRow("补缴") << "补缴"
                              << "backpaid";
        QTest::newRow("已补缴") << "已补缴"
                                << "backpaid";
        QTest::newRow("待缴") << "待缴"
                              << "planned";
        QTest::newRow("Arrears") << "Arrears"
                                 << "arrears";
        QTest::newRow("作废") << "作废"
                              << "";
    }
    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        const auto s = parseCsvStatus(text);
        QCOMPARE(s ? statusId(*s) : QString(), status);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("5000") << "5000" << qint64(500000);
        QTest::newRow("5,000.00") << "5,000.00" << qint64(500000);
        QTest::newRow("￥6326.5") << "￥6326.5" << qint64(632650);
        QTest::newRow("6326元") << "6326元" << qint64(632600);
        QTest::newRow("五千") << "五千" << qint64(-1);
        QTest::newRow("-5000") << "-5000" << qint64(-1);
        QTest::newRow("5000.123") << "5000.123" << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto m = parseCsvAmount(text);
        QCOMPARE(m ? m->fen() : qint64(-1), fen);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
