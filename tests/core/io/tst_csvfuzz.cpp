// SPDX-License-Identifier: GPL-3.0-or-later
// A print-out typed into a spreadsheet can hold anything: 20 000 deterministic mutations
// of a good CSV file (bytes flipped, lines cut, cells swapped for odd values, the
// encoding broken) never crash the importer, and whatever it accepts is a set of
// periods that a case file can hold: valid months in order, from ≤ to, never two
// periods over one month, a base only where the kind needs one. Label core (ASan+UBSan).
#include "io/csvimport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace yibao;

class TestCsvFuzz : public QObject
{
    Q_OBJECT

    static QByteArray good()
    {
        return QStringLiteral("缴费记录打印件\n"
                              "所属期起,所属期止,险种,缴费基数,状态,到账日期\n"
                              "2015-01,2015-12,职工,\"5,000.00\",已缴,2015-12-20\n"
                              "2016-01,2016-04,职工,5000.00,欠缴,\n"
                              "2016/05,2016/12,灵活就业,6326,已缴,\n"
                              "2017年1月,2017年2月,灵活就业,6326.00,补缴,2017-05-10\n"
                              "201703,201712,居民,,已缴,\n"
                              "合计,,,,,\n")
            .toUtf8();
    }

    static QByteArray mutate(QByteArray b, QRandomGenerator &rng)
    {
        if (b.isEmpty())
            return b;
        static const QList<QByteArray> odd = { "", "\"", "\"\"", "2025-13", "2025-00", "0000-01",
            "9999-12", "-5", "1e9", "99999999999999999999", "\xe4\xba\x94\xe5\x8d\x83", "\xff\xfe",
            "\t", ",,,,", "\r", "2016年13月", "2016/2/30", "补缴", "欠缴", "居民", "\xef\xbb\xbf" };
        const qsizetype n = b.size();
        const qsizetype at = qsizetype(rng.bounded(quint32(n)));
        switch (rng.bounded(5)) {
        case 0:
            b[at] = char(rng.bounded(256));
            break;
        case 1:
            b.truncate(at);
            break;
        case 2: {
            const qsizetype comma = b.indexOf(',', at);
            if (comma < 0)
                break;
            qsizetype end = comma + 1;
            while (end < n && b[end] != ',' && b[end] != '\n')
                ++end;
            b.replace(
                comma + 1, end - comma - 1, odd.at(qsizetype(rng.bounded(quint32(odd.size())))));
            break;
        }
        case 3: {
            const qsizetype len
                = qsizetype(rng.bounded(quint32(std::min<qsizetype>(80, n - at) + 1)));
            b.insert(at, b.mid(at, len));
            break;
        }
        default: {
            const qsizetype len
                = qsizetype(rng.bounded(quint32(std::min<qsizetype>(40, n - at) + 1)));
            b.remove(at, len);
        }
        }
        return b;
    }

private slots:
    void mutationsNeverYieldImpossiblePeriods()
    {
        const QByteArray base = good();
        const CsvImport clean = importContributionCsv(base);
        QVERIFY2(clean.errors.isEmpty(),
            qPrintable(clean.errors.isEmpty() ? QString() : clean.errors.first().toString()));
        QCOMPARE(clean.periods.size(), 5);
        QRandomGenerator rng(20261128);
        int withErrors = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = base;
            for (int r = 0, rounds = 1 + int(rng.bounded(3)); r < rounds; ++r)
                bytes = mutate(bytes, rng);
            const CsvImport got = importContributionCsv(bytes);
            QCOMPARE(got.periodLines.size(), got.periods.size());
            for (qsizetype k = 0; k < got.periods.size(); ++k) {
                const ContributionPeriod &p = got.periods.at(k);
                QVERIFY2(p.from.month() >= 1 && p.from.month() <= 12 && p.to.month() >= 1
                        && p.to.month() <= 12 && p.from <= p.to,
                    bytes.constData());
                if (k > 0)
                    QVERIFY2(got.periods.at(k - 1).to < p.from, bytes.constData());
                if (p.kind == PeriodKind::Employee || p.kind == PeriodKind::Flexible)
                    QVERIFY2(p.base && p.base->fen() > 0, bytes.constData());
                QVERIFY2(!p.paidOn || p.status == PeriodStatus::Backpaid, bytes.constData());
            }
            for (const InputError &e : got.errors)
                QVERIFY2(!e.message.isEmpty(), bytes.constData());
            if (!got.errors.isEmpty())
                ++withErrors;
        }
        QVERIFY(withErrors
            > 2000); // the mutations did break lines, so the checks above ran on both kinds
    }
};

QTEST_GUILESS_MAIN(TestCsvFuzz)
#include "tst_csvfuzz.moc"
