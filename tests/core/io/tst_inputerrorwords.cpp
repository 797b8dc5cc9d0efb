// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/caseloader.h"
#include "io/inputerrorwords.h"
#include "testlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace yibao;

namespace {

// A good case as the forms would produce it; each row of the test changes one thing.
QJsonObject goodCase()
{
    return QJsonDocument::fromJson(R"({"schema": "yibao-case/1", "profile": "general",
        "asOf": "2024-06-15",
        "person": {"birth": "1975-05-12", "sex": "male", "category": "male"},
        "periods": [
          {"from": "2000-01", "to": "2009-12", "kind": "employee", "base": "3000.00", "status": "paid"},
          {"from": "2010-01", "to": "2020-12", "kind": "employee", "base": "5000.00", "status": "paid"},
          {"from": "2021-01", "to": "2021-12", "kind": "flexible", "base": "4000.00", "status": "arrears"}
        ],
        "retirement": {"date": null, "baseAtRetirement": null}})")
        .object();
}

// Sets a value at "periods[1].to", "person.birth", "asOf", "retirement.date" …
void set(QJsonObject &o, const QString &path, const QJsonValue &v)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        o.insert(path, v);
        return;
    }
    QString head = parts.at(0);
    int index = -1;
    if (head.endsWith(QLatin1Char(']'))) {
        index = head.section(QLatin1Char('['), 1).chopped(1).toInt();
        head = head.section(QLatin1Char('['), 0, 0);
    }
    if (index < 0) {
        QJsonObject inner = o.value(head).toObject();
        inner.insert(parts.at(1), v);
        o.insert(head, inner);
        return;
    }
    QJsonArray list = o.value(head).toArray();
    QJsonObject item = list.at(index).toObject();
    if (v.isUndefined())
        item.remove(parts.at(1));
    else
        item.insert(parts.at(1), v);
    list[index] = item;
    o.insert(head, list);
}

InputErrors errorsOf(const QJsonObject &o)
{
    InputErrors errors;
    loadCase(QJsonDocument(o).toJson(), std::nullopt, std::nullopt,
        yibao::test::library().profiles(), &errors);
    return errors;
}

} // namespace

class TestInputErrorWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void every_code_has_both_languages()
    {
        for (const QString &code : inputErrorCodes()) {
            const InputError e = InputError::coded(QStringLiteral("periods[0].base"), code,
                { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3") },
                QStringLiteral("english"));
            const QString zh = inputErrorText(e, TextLanguage::Chinese);
            const QString en = inputErrorText(e, TextLanguage::English);
            QVERIFY2(!zh.isEmpty() && zh != e.message, qPrintable(code));
            QVERIFY2(!en.isEmpty() && en != e.message, qPrintable(code));
            QVERIFY2(!zh.contains(QLatin1String("{field}")) && !en.contains(QLatin1String("%")),
                qPrintable(code));
            // Chinese words in the Chinese line, none in the English one
            QVERIFY2(
                std::any_of(zh.cbegin(), zh.cend(), [](QChar c) { return c.unicode() >= 0x4E00; }),
                qPrintable(zh));
            QVERIFY2(
                std::none_of(en.cbegin(), en.cend(), [](QChar c) { return c.unicode() >= 0x4E00; }),
                qPrintable(en));
        }
    }

    void clerk_mistakes_are_worded_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("errorPath");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("to before from")
            << "periods[1].to" << QJsonValue(QStringLiteral("2009-05")) << "periods[1].to"
            << "to_before_from"
            << "缴费记录第 2 行：截止月份 2009-05 早于起始月份 2010-01"
            << "Contributions, row 2: End month 2009-05 is before start month 2010-01";
        QTest::newRow("not a month")
            << "periods[0].from" << QJsonValue(QStringLiteral("2000-13")) << "periods[0].from"
            << "bad_month"
            << "缴费记录第 1 行：起始月份“2000-13”不是有效月份（如 2020-03，月份 01–12）"
            << "Contributions, row 1: Start month \"2000-13\" is not a month (like 2020-03, "
               "month 01–12)";
        QTest::newRow("month missing")
            << "periods[0].from" << QJsonValue() << "periods[0].from"
            << "missing_month"
            << "缴费记录第 1 行：起始月份未填写，请填月份（如 2020-03）"
            << "Contributions, row 1: Start month is missing; enter a month like 2020-03";
        QTest::newRow("overlap")
            << "periods[1].from" << QJsonValue(QStringLiteral("2009-06")) << "periods[1]"
            << "overlap"
            << "缴费记录第 2 行：2009-06–2020-12 与第 1 "
               "行（2000-01–2009-12）重叠：同一个月只能属于一条记录"
            << "Contributions, row 2: 2009-06–2020-12 overlaps row 1 (2000-01–2009-12): a month "
               "belongs to one record only";
        QTest::newRow("base missing")
            << "periods[0].base" << QJsonValue(QJsonValue::Undefined) << "periods[0].base"
            << "base_missing"
            << "缴费记录第 1 行：缴费基数未填写：单位职工和灵活就业的记录需要每月缴费基数"
            << "Contributions, row 1: Monthly base is missing: employee and flexible records "
               "need the monthly base";
        QTest::newRow("base not an amount")
            << "periods[0].base" << QJsonValue(QStringLiteral("abc")) << "periods[0].base"
            << "bad_amount"
            << "缴费记录第 1 行：缴费基数“abc”不是金额（如 4500 或 4500.00）"
            << "Contributions, row 1: Monthly base \"abc\" is not an amount (like 4500 or "
               "4500.00)";
        QTest::newRow("base in number words")
            << "periods[0].base" << QJsonValue(QStringLiteral("4千5abc")) << "periods[0].base"
            << "amount_in_words"
            << "缴费记录第 1 行：缴费基数“4千5abc”含汉字数字，未按金额读取：请全部写成数字（如 "
               "4500）"
            << "Contributions, row 1: Monthly base \"4千5abc\" has Chinese number words and was "
               "not read as an amount: write it in digits (like 4500)";
        QTest::newRow("base out of range")
            << "periods[0].base" << QJsonValue(QStringLiteral("2000000")) << "periods[0].base"
            << "amount_out_of_range"
            << "缴费记录第 1 行：缴费基数“2000000”超出范围：应大于 0 元、不超过每月 1000000 元"
            << "Contributions, row 1: Monthly base \"2000000\" is out of range: above 0 and at "
               "most 1,000,000 yuan a month";
        QTest::newRow("arrears in the asOf month")
            << "periods[2].to" << QJsonValue(QStringLiteral("2024-06")) << "periods[2].to"
            << "arrears_in_asof_month"
            << "缴费记录第 3 行：欠费记录的截止月份 2024-06 已到计算月份 "
               "2024-06（该月尚未到期），最晚到 2024-05"
            << "Contributions, row 3: Arrears end month 2024-06 reaches the calculation month "
               "2024-06, not yet due; end at 2024-05 at the latest";
        QTest::newRow("months before 1990")
            << "periods[0].from" << QJsonValue(QStringLiteral("1989-01")) << "periods[0].from"
            << "month_before_rules"
            << "缴费记录第 1 行：起始月份 1989-01 早于 "
               "1990-01：更早的月份没有费率（只有视同缴费可以更早）"
            << "Contributions, row 1: Start month 1989-01 is before 1990-01: there are no rates "
               "for earlier months (only deemed months may be earlier)";
        QTest::newRow("birth after asOf")
            << "person.birth" << QJsonValue(QStringLiteral("2025-01-01")) << "person.birth"
            << "birth_after_asof"
            << "个人信息：出生日期 2025-01-01 晚于计算日期 2024-06-15"
            << "Personal details: Birth date 2025-01-01 is after the calculation date 2024-06-15";
        QTest::newRow("retirement outside 40-75")
            << "retirement.date" << QJsonValue(QStringLiteral("2010-06-01")) << "retirement.date"
            << "retirement_age_range"
            << "退休信息：退休日期 2010-06-01 不在 40 周岁（2015-05-12）到 75 "
               "周岁（2050-05-12）之间"
            << "Retirement: Retirement date 2010-06-01 is not between the 40th birthday "
               "(2015-05-12) and the 75th (2050-05-12)";
        QTest::newRow("planned in the past")
            << "periods[2].status" << QJsonValue(QStringLiteral("planned")) << "periods[2].from"
            << "planned_in_past"
            << "缴费记录第 3 行：起始月份 2021-01 早于计算月份 2024-06：计划缴费只能是以后的月份"
            << "Contributions, row 3: Start month 2021-01 is before the calculation month "
               "2024-06: a planned record covers future months only";
        QTest::newRow("asOf not a date")
            << "asOf" << QJsonValue(QStringLiteral("2024-02-30")) << "asOf"
            << "bad_date"
            << "计算日期“2024-02-30”不是有效日期（如 2024-03-15）"
            << "Calculation date \"2024-02-30\" is not a real date (like 2024-03-15)";
    }
    void clerk_mistakes_are_worded()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, errorPath);
        QFETCH(QString, code);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QJsonObject o = goodCase();
        QVERIFY(errorsOf(o).isEmpty());
        set(o, path, value);
        const InputErrors errors = errorsOf(o);
        const auto it = std::find_if(errors.cbegin(), errors.cend(),
            [&](const InputError &e) { return e.path == errorPath && e.code == code; });
        QVERIFY2(it != errors.cend(), qPrintable(describeErrors(errors).join(QLatin1Char('\n'))));
        QCOMPARE(inputErrorLine(*it, TextLanguage::Chinese), zh);
        QCOMPARE(inputErrorLine(*it, TextLanguage::English), en);
        // the CLI's path and English message are kept
        QVERIFY(!it->message.isEmpty());
    }

    void paid_on_errors_are_worded()
    {
        QJsonObject o = goodCase();
        set(o, QStringLiteral("periods[2].status"), QStringLiteral("backpaid"));
        InputErrors errors = errorsOf(o);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(inputErrorLine(errors.at(0), TextLanguage::Chinese),
            QStringLiteral("缴费记录第 3 行：补缴日期未填写：已补缴的记录需要补缴日期"));
        set(o, QStringLiteral("periods[2].paidOn"), QStringLiteral("2021-01-20"));
        errors = errorsOf(o);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).code, QStringLiteral("paidon_before_due"));
        set(o, QStringLiteral("periods[2].paidOn"), QStringLiteral("2024-07-01"));
        errors = errorsOf(o);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(inputErrorLine(errors.at(0), TextLanguage::Chinese),
            QStringLiteral(
                "缴费记录第 3 行：补缴日期 2024-07-01 晚于计算日期 2024-06-15：缴款不能在将来"));
    }

    void deemed_after_first_paid_is_worded()
    {
        QJsonObject o = goodCase();
        QJsonArray periods = o.value(QStringLiteral("periods")).toArray();
        periods.append(QJsonObject { { QStringLiteral("from"), QStringLiteral("1995-01") },
            { QStringLiteral("to"), QStringLiteral("2000-06") },
            { QStringLiteral("kind"), QStringLiteral("deemed") } });
        o.insert(QStringLiteral("periods"), periods);
        const InputErrors errors = errorsOf(o);
        const auto it = std::find_if(errors.cbegin(), errors.cend(),
            [](const InputError &e) { return e.code == QLatin1String("deemed_after_first_paid"); });
        QVERIFY(it != errors.cend());
        QCOMPARE(inputErrorLine(*it, TextLanguage::Chinese),
            QStringLiteral("缴费记录第 4 行：视同缴费（1995-01–2000-06）必须在第一个实缴月份 "
                           "2000-01 之前结束"));
    }

    void one_error_per_field_and_none_that_follow_a_wrong_birth()
    {
        // A birth date typed as 2019: every earlier period is "before the birth month" and
        // the retirement date is before the 40th birthday; the clerk needs one line.
        QJsonObject o = goodCase();
        set(o, QStringLiteral("person.birth"), QStringLiteral("2019-05-12"));
        set(o, QStringLiteral("retirement.date"), QStringLiteral("2035-06-01"));
        InputErrors all = errorsOf(o);
        QCOMPARE(all.size(), 3);
        InputErrors shown = errorsForClerk(all);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).code, QStringLiteral("before_birth_month"));
        // a birth date after asOf: its own error and nothing else
        set(o, QStringLiteral("person.birth"), QStringLiteral("2025-05-12"));
        all = errorsOf(o);
        QVERIFY(all.size() >= 4);
        shown = errorsForClerk(all);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).path, QStringLiteral("person.birth"));
        // two errors on one field: the first
        const InputErrors twice { InputError::coded(QStringLiteral("payOn"),
                                      QStringLiteral("payon_before_asof"), {}, QString()),
            InputError::coded(
                QStringLiteral("payOn"), QStringLiteral("after_last_month"), {}, QString()) };
        QCOMPARE(errorsForClerk(twice).size(), 1);
    }

    void uncoded_error_keeps_its_message()
    {
        const InputError e { QString(), QStringLiteral("not valid JSON: garbage") };
        QCOMPARE(inputErrorLine(e, TextLanguage::Chinese),
            QStringLiteral("整个文件：not valid JSON: garbage"));
    }
};

QTEST_APPLESS_MAIN(TestInputErrorWords)
#include "tst_inputerrorwords.moc"
