// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputerrorwords.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace yibao {

namespace {

    struct Words
    {
        const char *code;
        const char *zh;
        const char *en;
    };

    // {field} is the field's name; %1… are the error's arguments in order.
    constexpr std::array<Words, 67> Templates { {
        // notes of the CSV import
        { "csv_month_column_ignored", "未使用“%1”列：缴费期按“%2”和“%3”两列读取",
            "column \"%1\" ignored: the periods are read from \"%2\" and \"%3\"" },
        { "csv_column_ignored", "未使用“%1”列", "column \"%1\" ignored" },
        { "csv_no_kind_column", "没有“险种”列：每行都按职工医保读取",
            "no kind column: every line is read as employee" },
        { "csv_no_status_column", "没有“状态”列：每行都按已缴读取",
            "no status column: every line is read as paid" },
        { "csv_summary_line", "第 %1 行是合计行（%2），已跳过",
            "line %1 is a summary line (%2), skipped" },
        { "csv_paidon_backpaid_only", "“到账日期”只保留补缴月份的",
            "the payment date is kept for back-paid months only" },
        { "csv_title_line", "第 %1 行在表头之上（标题？），已跳过",
            "line %1 is above the header, skipped (a title?)" },
        { "csv_status_empty_paid", "第 %1 行没有填状态，按已缴读取",
            "lines %1 give no status, read as paid" },
        // rejected lines of the CSV import: %1 is the column's header as written in the file
        { "csv_month_empty", "“%1”列是空的：应填月份，如 2016-01、201601 或 2016年1月",
            "column \"%1\" is empty; expected a month such as 2016-01 or 201601" },
        { "csv_bad_month", "“%1”列的“%2”不是月份：应写成 2016-01、2016/01、201601 或 2016年1月",
            "column \"%1\": \"%2\" is not a month; expected 2016-01, 2016/01 or 201601" },
        { "csv_after_last_month", "“%1”列的 %2 晚于 %3，超出本程序有规则的月份",
            "column \"%1\": %2 is after %3, the last month this program has rules for" },
        { "csv_to_before_from", "“%1”列的 %2 早于起始月份 %3：一段缴费的截止月份不能早于起始月份",
            "column \"%1\": %2 is before the start month %3; a period ends on or after its "
            "first month" },
        { "csv_bad_kind", "“%1”列的“%2”不是已知的险种：应为 职工/在职、灵活就业、居民 或 视同缴费",
            "column \"%1\": \"%2\" is not a kind of insurance we know; expected employee, "
            "flexible, resident or deemed (in Chinese or English)" },
        { "csv_bad_status", "“%1”列的“%2”不是已知的状态：应为 已缴/正常、欠缴/未缴、补缴 或 待缴",
            "column \"%1\": \"%2\" is not a status we know; expected paid, arrears, backpaid "
            "or planned (in Chinese or English)" },
        { "csv_bad_amount", "“%1”列的“%2”不是金额：应为最多两位小数的数字，如 5000.00",
            "column \"%1\": \"%2\" is not an amount in yuan; expected a number with at most two "
            "decimals, like 5000.00" },
        { "csv_base_zero", "“%1”列是 0：%2的月份需要缴费基数",
            "column \"%1\" is 0: a paying %3 month needs its monthly base" },
        { "csv_base_out_of_range", "“%1”列的“%2”超出范围：应大于 0、不超过每月 1000000.00 元",
            "column \"%1\": \"%2\" is out of range; expected more than 0 and at most 1000000.00 "
            "yuan a month" },
        { "csv_base_empty", "“%1”列是空的：%2的月份需要每月缴费基数（元）",
            "column \"%1\" is empty: a %3 month needs its monthly base in yuan" },
        { "csv_no_base_column", "文件没有“缴费基数”列，而%1的月份需要缴费基数",
            "there is no base column, and a %2 month needs its base" },
        { "csv_bad_date",
            "“%1”列的“%2”不是日期：应写成 2016-01-15、2016/1/15、20160115 或 "
            "2016年1月15日",
            "column \"%1\": \"%2\" is not a date; expected 2016-01-15, 2016/1/15 or 20160115" },
        { "csv_before_first_month",
            "“%1”列的 %2 早于 %3：更早的月份没有费率（只有视同缴费可以更早）",
            "column \"%1\": %2 is before %3; there are no rates for earlier months (only deemed "
            "months may be earlier)" },
        { "csv_backpaid_no_date", "“%1”列是空的：补缴的月份需要填写补缴到账的日期",
            "column \"%1\" is empty: a back-paid month needs the date it was paid" },
        { "csv_backpaid_no_date_column", "补缴的月份需要补缴到账的日期，但文件没有“到账日期”列",
            "a back-paid month needs the date it was paid, and the file has no paidOn column" },
        { "csv_extra_fields_comma",
            "这一行有 %1 个字段，而表头只有 %2 个：是不是有值里含有逗号（如 5,000.00）？"
            "请给这样的值加上引号",
            "%1 fields, but the header has %2: is there a comma inside a value (5,000.00)? Put "
            "such a value in quotes" },
        { "csv_extra_fields_tab",
            "这一行有 %1 个字段，而表头只有 %2 个：是不是有值里含有制表符？"
            "请给这样的值加上引号",
            "%1 fields, but the header has %2: is there a tab inside a value? Put such a value "
            "in quotes" },
        { "csv_unclosed_quote", "这一行的引号（\"）没有配对，整行已跳过",
            "a quoted field opened on this line is never closed (a \" is missing); the line is "
            "skipped" },
        { "csv_repeated_months",
            "“%1”列：%2 至 %3 与第 %4 行（%5 至 %6）的月份重复，同一个月只能属于一段缴费",
            "column \"%1\": %2 to %3 repeats months already on line %4 (%5 to %6); a month can "
            "be in one period only" },
        { "csv_no_to_column",
            "表头有“%1”列，却没有“所属期止”列：请给出每段的起止月份，或者每行一个月、用“所属期”列",
            "the header has \"%1\" but no end month (to) column: give both ends of each period, "
            "or one month per row in a month column" },
        { "csv_no_header",
            "前 10 行里没有找到表头：应有“所属期起”和“所属期止”（或“所属期”）、“险种”、“缴费基数”、"
            "“状态”、“到账日期”等列名",
            "no header line found in the first 10 lines: expected column names such as from and "
            "to (or month), kind, base, status, paidOn, in Chinese or English" },
        { "csv_utf16_odd", "文件开头像 UTF-16，但字节数是奇数：文件不完整，或者不是 UTF-16",
            "the file starts like UTF-16 but ends with a stray byte (an odd number of bytes): it "
            "is cut off or not UTF-16" },
        { "csv_utf16_invalid", "文件开头像 UTF-16，但内容不是有效的 UTF-16",
            "the file starts like UTF-16 but is not valid UTF-16" },
        { "csv_no_gbk",
            "文件不是 UTF-8，而本程序所用的 Qt 无法读取 GBK：请把文件另存为 UTF-8 再导入",
            "the file is not UTF-8, and this build of Qt cannot read GBK (no GB18030 codec): save "
            "the file as UTF-8 and import it again" },
        { "csv_not_text", "文件既不是 UTF-8 也不是 GBK 文本",
            "the file is neither UTF-8 nor GBK text" },
        { "missing_date", "{field}未填写，请填日期（如 2024-03-15）",
            "{field} is missing; enter a date like 2024-03-15" },
        { "bad_date", "{field}“%1”不是有效日期（如 2024-03-15）",
            "{field} \"%1\" is not a real date (like 2024-03-15)" },
        { "missing_month", "{field}未填写，请填月份（如 2020-03）",
            "{field} is missing; enter a month like 2020-03" },
        { "bad_month", "{field}“%1”不是有效月份（如 2020-03，月份 01–12）",
            "{field} \"%1\" is not a month (like 2020-03, month 01–12)" },
        { "bad_amount", "{field}“%1”不是金额（如 4500 或 4500.00）",
            "{field} \"%1\" is not an amount (like 4500 or 4500.00)" },
        { "amount_in_words", "{field}“%1”含汉字数字，未按金额读取：请全部写成数字（如 4500）",
            "{field} \"%1\" has Chinese number words and was not read as an amount: write it "
            "in digits (like 4500)" },
        { "amount_negative", "{field}“%1”是负数，应大于 0",
            "{field} \"%1\" is negative; it must be above 0" },
        { "amount_decimals", "{field}“%1”超过两位小数（金额精确到分）",
            "{field} \"%1\" has more than 2 decimals (amounts are to the fen)" },
        { "amount_out_of_range", "{field}“%1”超出范围：应大于 0 元、不超过每月 1000000 元",
            "{field} \"%1\" is out of range: above 0 and at most 1,000,000 yuan a month" },
        { "missing_choice", "{field}未选择", "{field} is not chosen" },
        { "unknown_choice", "{field}“%1”无法识别，请从列表中选择",
            "{field} \"%1\" is not known; choose one from the list" },
        { "category_sex_mismatch", "{field}与性别不符", "{field} does not match the sex" },
        { "base_missing", "{field}未填写：单位职工和灵活就业的记录需要每月缴费基数",
            "{field} is missing: employee and flexible records need the monthly base" },
        { "paidon_missing", "{field}未填写：已补缴的记录需要补缴日期",
            "{field} is missing: a back-paid record needs the day it was paid" },
        { "paidon_not_backpaid", "只有“已补缴”的记录才填{field}",
            "only a back-paid record has a {field}" },
        { "to_before_from", "截止月份 %1 早于起始月份 %2",
            "end month %1 is before start month %2" },
        { "bad_deemed_months", "{field}“%1”应为 0 到 720 的整数",
            "{field} \"%1\" must be a whole number from 0 to 720" },
        { "asof_out_of_range", "{field} %1 超出本程序有规则的年份（%2 至 2100 年）",
            "{field} %1 is outside the years this program has rules for (%2 to 2100)" },
        { "birth_after_asof", "{field} %1 晚于计算日期 %2",
            "{field} %1 is after the calculation date %2" },
        { "birth_too_old", "{field} %1 表示到 %2 已超过 120 岁",
            "{field} %1 would make the person older than 120 on %2" },
        { "overlap", "%1 与第 %2 行（%3）重叠：同一个月只能属于一条记录",
            "%1 overlaps row %2 (%3): a month belongs to one record only" },
        { "arrears_in_asof_month",
            "欠费记录的截止月份 %1 已到计算月份 %2（该月尚未到期），最晚到 %3",
            "arrears end month %1 reaches the calculation month %2, not yet due; end at %3 at "
            "the latest" },
        { "past_after_asof", "{field} %1 晚于计算月份 %2：只有“计划缴费”的记录可以是以后的月份",
            "{field} %1 is after the calculation month %2: only a planned record may be in the "
            "future" },
        { "planned_in_past", "{field} %1 早于计算月份 %2：计划缴费只能是以后的月份",
            "{field} %1 is before the calculation month %2: a planned record covers future "
            "months only" },
        { "paidon_after_asof", "{field} %1 晚于计算日期 %2：缴款不能在将来",
            "{field} %1 is after the calculation date %2: a payment cannot be in the future" },
        { "paidon_before_due", "{field} %1 早于首月 %3 的缴费截止日 %2：按期缴纳的月份请选“已缴”",
            "{field} %1 is before %2, the due date of the first month %3: months paid on time "
            "are \"paid\"" },
        { "date_before_rules", "{field} %1 早于本程序规则的起始日 %2",
            "{field} %1 is before %2, where this program's rules begin" },
        { "month_before_rules", "{field} %1 早于 %2：更早的月份没有费率（只有视同缴费可以更早）",
            "{field} %1 is before %2: there are no rates for earlier months (only deemed "
            "months may be earlier)" },
        { "deemed_after_first_paid", "视同缴费（%1）必须在第一个实缴月份 %2 之前结束",
            "deemed months (%1) must end before the first paid month %2" },
        { "after_last_month", "{field} %1 晚于 %2，超出本程序有规则的月份",
            "{field} %1 is after %2, the last month this program has rules for" },
        { "before_birth_month", "{field} %1 早于出生月份 %2",
            "{field} %1 is before the birth month %2" },
        { "retirement_age_range", "{field} %1 不在 40 周岁（%2）到 75 周岁（%3）之间",
            "{field} %1 is not between the 40th birthday (%2) and the 75th (%3)" },
        { "payon_before_asof", "{field} %1 早于计算日期 %2：缴款日期应为当天或以后",
            "{field} %1 is before the calculation date %2: the day of payment is that day or "
            "later" },
        { "event_date_range", "{field} %1 早于出生日期，或不在 %2 至 2100 年之间",
            "{field} %1 is before the birth date or outside %2 to 2100" },
    } };

    constexpr Words UnknownProfile { "unknown_profile", "{field}“%1”不存在",
        "{field} \"%1\" does not exist" };

    const Words *find(const QString &code)
    {
        if (code == QLatin1String(UnknownProfile.code))
            return &UnknownProfile;
        for (const Words &w : Templates)
            if (code == QLatin1String(w.code))
                return &w;
        return nullptr;
    }

    QString pick(TextLanguage l, const char *zh, const char *en)
    {
        return QString::fromUtf8(l == TextLanguage::English ? en : zh);
    }

} // namespace

InputErrorPath InputErrorPath::parse(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z-]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z]+))?$"));
    InputErrorPath p;
    const auto m = re.match(path);
    if (!m.hasMatch()) {
        p.list = path;
        return p;
    }
    p.list = m.captured(1);
    if (m.capturedLength(2) > 0)
        p.index = m.captured(2).toInt();
    p.field = m.captured(3);
    return p;
}

QString inputErrorPlace(const QString &path, TextLanguage l)
{
    const InputErrorPath p = InputErrorPath::parse(path);
    const bool en = l == TextLanguage::English;
    if (p.list == QLatin1String("periods"))
        return p.index < 0
            ? pick(l, "缴费记录", "Contributions")
            : (en ? QStringLiteral("Contributions, row %1") : QStringLiteral("缴费记录第 %1 行"))
                  .arg(p.index + 1);
    if (p.list == QLatin1String("events"))
        return p.index < 0
            ? pick(l, "就医事件", "Medical events")
            : (en ? QStringLiteral("Medical events, row %1") : QStringLiteral("就医事件第 %1 行"))
                  .arg(p.index + 1);
    if (p.list == QLatin1String("person"))
        return pick(l, "个人信息", "Personal details");
    if (p.list == QLatin1String("retirement") || p.list == QLatin1String("deemedMonths"))
        return pick(l, "退休信息", "Retirement");
    if (path.isEmpty())
        return pick(l, "整个文件", "The whole file");
    return {}; // a field of its own: asOf, payOn, profile
}

QString inputErrorField(const QString &path, TextLanguage l)
{
    const InputErrorPath p = InputErrorPath::parse(path);
    const QString f = p.field.isEmpty() ? p.list : p.field;
    static const QHash<QString, std::pair<const char *, const char *>> names {
        { QStringLiteral("from"), { "起始月份", "start month" } },
        { QStringLiteral("to"), { "截止月份", "end month" } },
        { QStringLiteral("kind"), { "类型", "kind" } },
        { QStringLiteral("base"), { "缴费基数", "monthly base" } },
        { QStringLiteral("status"), { "状态", "status" } },
        { QStringLiteral("paidOn"), { "补缴日期", "back-payment date" } },
        { QStringLiteral("birth"), { "出生日期", "birth date" } },
        { QStringLiteral("sex"), { "性别", "sex" } },
        { QStringLiteral("category"), { "人员类别", "category" } },
        { QStringLiteral("care"), { "就医类型", "kind of care" } },
        { QStringLiteral("baseAtRetirement"), { "退休时缴费基数", "base at retirement" } },
        { QStringLiteral("asOf"), { "计算日期", "calculation date" } },
        { QStringLiteral("--as-of"), { "计算日期", "calculation date" } },
        { QStringLiteral("payOn"), { "缴款日期", "payment date" } },
        { QStringLiteral("deemedMonths"), { "视同缴费月数", "deemed months" } },
        { QStringLiteral("profile"), { "政策配置", "policy profile" } },
        { QStringLiteral("--profile"), { "政策配置", "policy profile" } },
    };
    if (p.field == QLatin1String("date"))
        return p.list == QLatin1String("retirement") ? pick(l, "退休日期", "retirement date")
                                                     : pick(l, "就医日期", "date of care");
    if (p.index >= 0 && p.field.isEmpty())
        return {};
    const auto it = names.constFind(f);
    if (it == names.cend())
        return p.field;
    return pick(l, it->first, it->second);
}

QString inputErrorText(const InputError &e, TextLanguage l)
{
    // an empty choice ("category": "") is one not made yet
    const bool empty = e.code == QLatin1String("unknown_choice") && e.args.value(0).isEmpty();
    const Words *w = find(empty ? QStringLiteral("missing_choice") : e.code);
    if (!w)
        return e.message;
    QString text = pick(l, w->zh, w->en);
    QString field = inputErrorField(e.path, l);
    if (l == TextLanguage::English && text.startsWith(QLatin1String("{field}")) && !field.isEmpty())
        field[0] = field.at(0).toUpper();
    text.replace(QLatin1String("{field}"), field);
    // one pass so that an argument holding "%2" is not replaced again
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const qsizetype n = text.at(i + 1).digitValue();
            out += n >= 1 && n <= e.args.size() ? e.args.at(n - 1) : QString();
            ++i;
        } else {
            out += text.at(i);
        }
    }
    if (l == TextLanguage::English && !out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString inputErrorLine(const InputError &e, TextLanguage l)
{
    const QString place = inputErrorPlace(e.path, l);
    const QString text = inputErrorText(e, l);
    if (place.isEmpty())
        return text;
    return place + (l == TextLanguage::English ? QStringLiteral(": ") : QStringLiteral("："))
        + text;
}

QString csvImportErrorLine(const InputError &e, TextLanguage l)
{
    const QString text = inputErrorText(e, l);
    if (e.line <= 0)
        return text;
    return (l == TextLanguage::English ? QStringLiteral("Line %1: ") : QStringLiteral("第 %1 行："))
               .arg(e.line)
        + text;
}

InputErrors errorsForClerk(const InputErrors &errors)
{
    // A wrong birth date drags along every period "before the birth month", the retirement
    // age and the events: the clerk sees the birth date's error, or else the first period
    // before the birth month, and nothing that only follows from them.
    bool birthWrong = false;
    bool birthSuspect = false;
    for (const InputError &e : errors) {
        birthWrong = birthWrong || e.path == QLatin1String("person.birth");
        birthSuspect = birthSuspect || e.code == QLatin1String("before_birth_month");
    }
    birthSuspect = birthSuspect || birthWrong;
    InputErrors out;
    QSet<QString> seen;
    bool beforeBirthShown = false;
    for (const InputError &e : errors) {
        if (e.code == QLatin1String("before_birth_month")) {
            if (birthWrong || beforeBirthShown)
                continue;
            beforeBirthShown = true;
        }
        if (birthSuspect
            && (e.code == QLatin1String("retirement_age_range")
                || e.code == QLatin1String("event_date_range")))
            continue;
        if (!e.path.isEmpty() && seen.contains(e.path))
            continue;
        seen.insert(e.path);
        out.append(e);
    }
    return out;
}

QStringList inputErrorCodes()
{
    QStringList codes { QString::fromLatin1(UnknownProfile.code) };
    for (const Words &w : Templates)
        codes.append(QString::fromLatin1(w.code));
    return codes;
}

} // namespace yibao
