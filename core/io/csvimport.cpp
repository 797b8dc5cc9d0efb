// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "typedinput.h"

#include "domain/bounds.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace yibao {

namespace {

    enum class Role
    {
        From,
        To,
        Month,
        Kind,
        Base,
        Status,
        PaidOn,
        Region
    };

    // Header texts after normalizeHeader(): Chinese as on print-outs and spreadsheets,
    // English as the case file names the fields.
    const QHash<QString, Role> &headerRoles()
    {
        static const QHash<QString, Role> roles = [] {
            QHash<QString, Role> h;
            const auto add = [&h](Role r, std::initializer_list<const char *> names) {
                for (const char *n : names)
                    h.insert(QString::fromUtf8(n), r);
            };
            add(Role::From,
                { "所属期起", "所属期开始", "起始所属期", "所属期起始", "开始年月", "起始年月",
                    "起始月份", "开始月份", "缴费起始年月", "from", "start", "frommonth",
                    "startmonth" });
            add(Role::To,
                { "所属期止", "所属期结束", "终止所属期", "所属期截止", "结束年月", "截止年月",
                    "终止年月", "结束月份", "截止月份", "缴费终止年月", "to", "end", "tomonth",
                    "endmonth" });
            add(Role::Month,
                { "所属期", "费款所属期", "所属年月", "缴费年月", "费款所属年月", "缴费所属期",
                    "缴费月份", "年月", "月份", "month", "period" });
            add(Role::Kind,
                { "险种", "类型", "险种类型", "缴费类型", "参保类型", "人员类型", "参保身份",
                    "缴费人员类型", "kind", "type" });
            add(Role::Base,
                { "缴费基数", "基数", "月缴费基数", "缴费工资", "base", "contributionbase" });
            add(Role::Status, { "状态", "缴费状态", "缴费标志", "到账状态", "缴费情况", "status" });
            add(Role::PaidOn,
                { "到账日期", "缴费日期", "到账时间", "入账日期", "实缴日期", "缴费时间", "paidon",
                    "paiddate", "paid" });
            add(Role::Region, { "参保地", "地区", "参保地区", "统筹区", "region" });
            return h;
        }();
        return roles;
    }

    // "缴费基数（元）" → "缴费基数", "Paid On" → "paidon".
    QString normalizeHeader(const QString &text)
    {
        static const QRegularExpression unit(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
        QString s = text;
        s.remove(QChar(0xFEFF));
        s.remove(unit);
        QString out;
        for (QChar c : s)
            if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
                out.append(c.toLower());
        return out;
    }

    // A field as it came, with where it was.
    struct Record
    {
        int line = 0; // the physical line where the record starts
        QStringList fields;
        bool unclosedQuote = false;

        bool isBlank() const
        {
            return std::all_of(fields.cbegin(), fields.cend(),
                [](const QString &f) { return f.trimmed().isEmpty(); });
        }
    };

    // RFC 4180 as spreadsheets write it: a field that starts with " runs to the next lone
    // ", "" inside is one ", and may hold delimiters and line breaks. A quote that is never
    // closed would swallow the rest of the file, so that record is reported alone and
    // reading resumes on the line after the one it started on.
    QList<Record> splitRecords(const QString &text, QChar delimiter)
    {
        QList<Record> records;
        const qsizetype n = text.size();
        qsizetype pos = 0;
        int line = 1;
        while (pos < n) {
            Record r;
            r.line = line;
            const qsizetype startPos = pos;
            QString field;
            bool inQuotes = false;
            bool fieldStart = true;
            bool ended = false;
            while (pos < n) {
                const QChar c = text.at(pos);
                if (inQuotes) {
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < n && text.at(pos + 1) == QLatin1Char('"')) {
                            field.append(c);
                            pos += 2;
                        } else {
                            inQuotes = false;
                            ++pos;
                        }
                        continue;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field.append(c);
                    ++pos;
                    continue;
                }
                if (c == delimiter) {
                    r.fields << field;
                    field.clear();
                    fieldStart = true;
                    ++pos;
                    continue;
                }
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                    pos += (c == QLatin1Char('\r') && pos + 1 < n
                               && text.at(pos + 1) == QLatin1Char('\n'))
                        ? 2
                        : 1;
                    ++line;
                    ended = true;
                    break;
                }
                if (c == QLatin1Char('"') && fieldStart && field.trimmed().isEmpty()) {
                    field.clear();
                    inQuotes = true;
                    fieldStart = false;
                    ++pos;
                    continue;
                }
                fieldStart = false;
                field.append(c);
                ++pos;
            }
            if (inQuotes) {
                Record bad;
                bad.line = r.line;
                bad.unclosedQuote = true;
                records << bad;
                // Resume after the physical line where the record began.
                pos = startPos;
                while (pos < n && text.at(pos) != QLatin1Char('\n')
                    && text.at(pos) != QLatin1Char('\r'))
                    ++pos;
                if (pos < n)
                    pos += (text.at(pos) == QLatin1Char('\r') && pos + 1 < n
                               && text.at(pos + 1) == QLatin1Char('\n'))
                        ? 2
                        : 1;
                line = r.line + 1;
                continue;
            }
            Q_UNUSED(ended);
            r.fields << field;
            records << r;
        }
        return records;
    }

    struct Header
    {
        int recordIndex = -1;
        QList<std::optional<Role>> roles; // per field
        QStringList names; // as written, trimmed
        int recognized = 0;
        QHash<int, int> column; // Role → field index

        int columnOf(Role r) const { return column.value(int(r), -1); }
    };

    // The header is the first of the first 10 records that names a month column; a
    // print-out may have a title line or two above it.
    Header findHeader(const QList<Record> &records)
    {
        Header best;
        const qsizetype limit = std::min<qsizetype>(records.size(), 10);
        for (qsizetype i = 0; i < limit; ++i) {
            const Record &r = records.at(i);
            if (r.unclosedQuote)
                continue;
            Header h;
            h.recordIndex = int(i);
            for (qsizetype f = 0; f < r.fields.size(); ++f) {
                const QString name = r.fields.at(f).trimmed();
                h.names << name;
                const auto it = headerRoles().constFind(normalizeHeader(name));
                if (it == headerRoles().cend() || h.column.contains(int(*it))) {
                    h.roles << std::nullopt;
                    continue;
                }
                h.roles << *it;
                h.column.insert(int(*it), int(f));
                ++h.recognized;
            }
            if (h.column.contains(int(Role::From)) || h.column.contains(int(Role::Month)))
                return h;
        }
        return best;
    }

    // One accepted line.
    struct Row
    {
        int line = 0;
        ContributionPeriod p;
    };

    bool containsAny(const QString &s, std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words)
            if (s.contains(QStringView(w)))
                return true;
        return false;
    }

    QString quoted(const QString &s)
    {
        return bounds::quoted(s);
    }

    // "3, 5, 8", at most ten lines and then "…".
    QString lineList(const QList<int> &lines)
    {
        QStringList out;
        for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 10); ++i)
            out << QString::number(lines.at(i));
        if (lines.size() > 10)
            out << QStringLiteral("…");
        return out.join(QStringLiteral(", "));
    }

    // A note in the CLI's English and, with its code, for the window's words.
    void note(CsvImport &out, const char *code, const QStringList &args, const QString &english)
    {
        out.notes << english;
        out.noteItems << InputError::coded({}, QString::fromLatin1(code), args, english);
    }

} // namespace

namespace {

    // decodeCsvText, also giving the error's code for the window's words.
    QString decodeCoded(const QByteArray &bytes, QString *encoding, QString *error, QString *code)
    {
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
            const bool le = bytes.startsWith("\xFF\xFE");
            QStringDecoder d(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
            QString text = d(bytes.mid(2));
            if (bytes.size() % 2 != 0) {
                *code = QStringLiteral("csv_utf16_odd");
                *error = QStringLiteral("the file starts like UTF-16 but ends with a stray byte "
                                        "(an odd number of bytes): it is cut off or not UTF-16");
                return QString();
            }
            if (d.hasError()) {
                *code = QStringLiteral("csv_utf16_invalid");
                *error = QStringLiteral("the file starts like UTF-16 but is not valid UTF-16");
                return QString();
            }
            *encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
            return text;
        }
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        {
            QStringDecoder utf8(QStringConverter::Utf8);
            const QString text = utf8(body);
            if (!utf8.hasError()) {
                *encoding = QStringLiteral("UTF-8");
                return text;
            }
        }
        // Not UTF-8: Chinese Windows and its spreadsheets write GBK, which GB18030 contains.
        // Qt reads it through ICU; a Qt built without ICU has no GB18030 decoder.
        QStringDecoder gb("GB18030");
        if (!gb.isValid()) {
            *code = QStringLiteral("csv_no_gbk");
            *error
                = QStringLiteral("the file is not UTF-8, and this build of Qt cannot read GBK "
                                 "(no GB18030 codec): save the file as UTF-8 and import it again");
            return QString();
        }
        const QString text = gb(body);
        if (gb.hasError()) {
            *code = QStringLiteral("csv_not_text");
            *error = QStringLiteral("the file is neither UTF-8 nor GBK text");
            return QString();
        }
        *encoding = QStringLiteral("GB18030");
        return text;
    }

} // namespace

QString decodeCsvText(const QByteArray &bytes, QString *encoding, QString *error)
{
    QString code;
    return decodeCoded(bytes, encoding, error, &code);
}

// The import reads cells with the same readers as the window's fields (io/typedinput.h).
std::optional<YearMonth> parseCsvMonth(QStringView text)
{
    return parseTypedMonth(text);
}

std::optional<QDate> parseCsvDate(QStringView text)
{
    return parseTypedDate(text);
}

std::optional<PeriodKind> parseCsvKind(QStringView text)
{
    return parseTypedKind(text);
}

std::optional<PeriodStatus> parseCsvStatus(QStringView text)
{
    return parseTypedStatus(text);
}

std::optional<Money> parseCsvAmount(QStringView text)
{
    return parseTypedAmount(text);
}

namespace {

    // The field index of each role in the header (-1: no such column).
    struct Columns
    {
        int from, to, month, kind, base, status, paidOn, region;

        explicit Columns(const Header &h)
            : from(h.columnOf(Role::From))
            , to(h.columnOf(Role::To))
            , month(h.columnOf(Role::Month))
            , kind(h.columnOf(Role::Kind))
            , base(h.columnOf(Role::Base))
            , status(h.columnOf(Role::Status))
            , paidOn(h.columnOf(Role::PaidOn))
            , region(h.columnOf(Role::Region))
        { }
        // Periods as from–to ranges, or one month per row.
        bool ranges() const { return from >= 0; }
        // The column that holds a row's first month.
        int firstMonth() const { return ranges() ? from : month; }
    };

    // Comma or tab: whichever gives a header line that names a month column (and, if
    // both do, more known columns). The header's recordIndex is -1 when neither does.
    Header splitAtBestDelimiter(const QString &text, QList<Record> *records, QChar *delimiter)
    {
        Header header;
        for (QChar candidate : { QLatin1Char(','), QLatin1Char('\t') }) {
            QList<Record> r = splitRecords(text, candidate);
            const Header h = findHeader(r);
            if (h.recordIndex >= 0
                && (header.recordIndex < 0 || h.recognized > header.recognized)) {
                header = h;
                *records = std::move(r);
                *delimiter = candidate;
            }
        }
        return header;
    }

    // What the header means for the lines below it, said as notes; false (with the error
    // in out) when the header cannot be read at all.
    bool noteHeader(const Header &header, const Columns &c, CsvImport &out)
    {
        if (c.ranges() && c.to < 0) {
            InputError e = InputError::coded(header.names.at(c.from),
                QStringLiteral("csv_no_to_column"), { header.names.at(c.from) },
                QStringLiteral("the header has %1 but no 所属期止 (to) column: give both ends "
                               "of each period, or one month per row in a 所属期 (month) column")
                    .arg(quoted(header.names.at(c.from))));
            e.line = out.headerLine;
            e.column = c.from + 1;
            out.errors.append(e);
            return false;
        }
        if (c.ranges() && c.month >= 0)
            note(out, "csv_month_column_ignored",
                { header.names.at(c.month), header.names.at(c.from), header.names.at(c.to) },
                QStringLiteral("column %1 ignored: the periods are read from %2 and %3")
                    .arg(quoted(header.names.at(c.month)), quoted(header.names.at(c.from)),
                        quoted(header.names.at(c.to))));
        for (qsizetype f = 0; f < header.names.size(); ++f)
            if (!header.roles.at(f) && !header.names.at(f).isEmpty())
                note(out, "csv_column_ignored", { header.names.at(f) },
                    QStringLiteral("column %1 ignored").arg(quoted(header.names.at(f))));
        if (c.kind < 0)
            note(out, "csv_no_kind_column", {},
                QStringLiteral("no 险种 (kind) column: every line is read as 职工 (employee)"));
        if (c.status < 0)
            note(out, "csv_no_status_column", {},
                QStringLiteral("no 状态 (status) column: every line is read as 已缴 (paid)"));
        return true;
    }

    // A 合计/小计/total line at the foot of a print-out.
    bool isSummaryLine(const Record &r)
    {
        const QString first = r.fields.value(0).trimmed() + r.fields.value(1).trimmed();
        return containsAny(first, { u"合计", u"小计", u"总计", u"共计" })
            || first.startsWith(QLatin1String("total"), Qt::CaseInsensitive);
    }

    // One record below the header read as a period: each field checked, every problem
    // an error at its line and column.
    class LineReader
    {
    public:
        LineReader(const Header &header, const Columns &columns, QChar delimiter, const Record &r)
            : m_header(header)
            , m_c(columns)
            , m_delimiter(delimiter)
            , m_r(r)
        {
            m_row.line = r.line;
        }

        // The row, or nullopt with errors() saying why.
        std::optional<Row> read()
        {
            readMonths();
            readKind();
            readStatus();
            readBase();
            readPaidOn();
            checkFirstMonth();
            checkBackpaidHasDate();
            checkExtraFields();
            if (!m_errors.isEmpty())
                return std::nullopt;
            m_row.p.from = *m_from;
            m_row.p.to = *m_to;
            m_row.p.kind = *m_kind;
            m_row.p.status = *m_status;
            if (*m_status == PeriodStatus::Backpaid)
                m_row.p.paidOn = m_paidOn;
            else if (m_paidOn)
                m_droppedPaidOn = true;
            m_row.p.region = cell(m_c.region);
            return m_row;
        }
        const InputErrors &errors() const { return m_errors; }
        // A paidOn given for a month that is not back-paid (not kept).
        bool droppedPaidOn() const { return m_droppedPaidOn; }
        // The 状态 cell was empty: read as 已缴 (paid), said in a note.
        bool statusDefaulted() const { return m_statusDefaulted; }

    private:
        // An error in a field: its column's header as written in the file is the path and
        // the first argument of the code (the window names the column with it).
        void fieldError(
            int column, const char *code, const QStringList &args, const QString &message)
        {
            const QString name = m_header.names.value(column);
            InputError e = InputError::coded(
                name, QString::fromLatin1(code), QStringList { name } + args, message);
            e.line = m_r.line;
            e.column = column + 1;
            m_errors.append(e);
        }
        // An error of the whole line (column 0).
        void lineError(
            const char *code, const QStringList &args, const QString &message, int column = 0)
        {
            InputError e = InputError::coded({}, QString::fromLatin1(code), args, message);
            e.line = m_r.line;
            e.column = column;
            m_errors.append(e);
        }
        QString cell(int column) const
        {
            return column >= 0 ? m_r.fields.value(column).trimmed() : QString();
        }

        std::optional<YearMonth> month(int column, const char *expectedName)
        {
            const QString v = cell(column);
            if (v.isEmpty()) {
                fieldError(column, "csv_month_empty", {},
                    QStringLiteral("empty; expected a month (%1) such as 2016-01, "
                                   "201601 or 2016年1月")
                        .arg(QString::fromUtf8(expectedName)));
                return std::nullopt;
            }
            const auto m = parseCsvMonth(v);
            if (!m) {
                fieldError(column, "csv_bad_month", { v },
                    QStringLiteral("%1 is not a month; expected 2016-01, 2016/01, "
                                   "201601 or 2016年1月")
                        .arg(quoted(v)));
            } else if (*m > bounds::LastMonth) {
                fieldError(column, "csv_after_last_month",
                    { m->toString(), bounds::LastMonth.toString() },
                    QStringLiteral("%1 is after %2, the last month this program has rules for")
                        .arg(m->toString(), bounds::LastMonth.toString()));
                return std::nullopt;
            }
            return m;
        }

        void readMonths()
        {
            if (!m_c.ranges()) {
                m_from = month(m_c.month, "所属期");
                m_to = m_from;
                return;
            }
            m_from = month(m_c.from, "所属期起");
            m_to = month(m_c.to, "所属期止");
            if (m_from && m_to && *m_to < *m_from) {
                fieldError(m_c.to, "csv_to_before_from", { m_to->toString(), m_from->toString() },
                    QStringLiteral("%1 is before %2: a period ends on or after its first month")
                        .arg(m_to->toString(), m_from->toString()));
                m_to.reset();
            }
        }

        void readKind()
        {
            if (m_c.kind < 0)
                return;
            const QString v = cell(m_c.kind);
            m_kind = parseCsvKind(v);
            if (!m_kind)
                fieldError(m_c.kind, "csv_bad_kind", { v },
                    QStringLiteral("%1 is not a kind of insurance we know; expected "
                                   "职工/在职 (employee), 灵活就业 (flexible), 居民 "
                                   "(resident) or 视同缴费 (deemed)")
                        .arg(quoted(v)));
        }

        void readStatus()
        {
            if (m_c.status < 0)
                return;
            const QString v = cell(m_c.status);
            if (v.isEmpty()) {
                // a print-out leaves 状态 empty for ordinary months
                m_status = PeriodStatus::Paid;
                m_statusDefaulted = true;
                return;
            }
            m_status = parseCsvStatus(v);
            if (!m_status)
                fieldError(m_c.status, "csv_bad_status", { v },
                    QStringLiteral("%1 is not a status we know; expected 已缴/正常 "
                                   "(paid), 欠缴/未缴 (arrears), 补缴 (backpaid) or "
                                   "待缴 (planned)")
                        .arg(quoted(v)));
        }

        void readBase()
        {
            const QString baseText = cell(m_c.base);
            const bool needsBase
                = m_kind && (*m_kind == PeriodKind::Employee || *m_kind == PeriodKind::Flexible);
            if (!baseText.isEmpty()) {
                const auto base = parseCsvAmount(baseText);
                if (!base)
                    fieldError(m_c.base, "csv_bad_amount", { baseText },
                        QStringLiteral("%1 is not an amount in yuan; expected a number "
                                       "with at most two decimals, like 5000.00")
                            .arg(quoted(baseText)));
                else if (needsBase && base->fen() == 0)
                    fieldError(m_c.base, "csv_base_zero", { kindChinese(*m_kind), kindId(*m_kind) },
                        QStringLiteral("0 is not a monthly base of a paying %1 month")
                            .arg(kindChinese(*m_kind)));
                else if (!bounds::baseInRange(*base))
                    fieldError(m_c.base, "csv_base_out_of_range", { baseText },
                        QStringLiteral("%1 is out of range; expected more than 0 and at most "
                                       "1000000.00 yuan a month")
                            .arg(quoted(baseText)));
                else
                    m_row.p.base = base;
            } else if (needsBase) {
                if (m_c.base < 0)
                    lineError("csv_no_base_column", { kindChinese(*m_kind), kindId(*m_kind) },
                        QStringLiteral("no 缴费基数 (base) column, and a %1 month needs its base")
                            .arg(kindChinese(*m_kind)));
                else
                    fieldError(m_c.base, "csv_base_empty",
                        { kindChinese(*m_kind), kindId(*m_kind) },
                        QStringLiteral("empty; a %1 month needs its monthly base in "
                                       "yuan")
                            .arg(kindChinese(*m_kind)));
            }
        }

        void readPaidOn()
        {
            m_paidText = cell(m_c.paidOn);
            if (!m_paidText.isEmpty()) {
                m_paidOn = parseCsvDate(m_paidText);
                if (!m_paidOn)
                    fieldError(m_c.paidOn, "csv_bad_date", { m_paidText },
                        QStringLiteral("%1 is not a date; expected 2016-01-15, "
                                       "2016/1/15, 20160115 or 2016年1月15日")
                            .arg(quoted(m_paidText)));
            }
            if (m_paidOn && m_paidOn->year() > bounds::LastMonth.year())
                fieldError(m_c.paidOn, "csv_after_last_month",
                    { isoDate(*m_paidOn), bounds::LastMonth.toString() },
                    QStringLiteral("%1 is after %2, the last month this program has rules for")
                        .arg(isoDate(*m_paidOn), bounds::LastMonth.toString()));
        }

        void checkFirstMonth()
        {
            if (m_from && m_kind && *m_kind != PeriodKind::Deemed
                && *m_from < bounds::FirstContributionMonth)
                fieldError(m_c.firstMonth(), "csv_before_first_month",
                    { m_from->toString(), bounds::FirstContributionMonth.toString() },
                    QStringLiteral("%1 is before %2: the profiles give no rates for earlier "
                                   "months (only 视同缴费 (deemed) months may be earlier)")
                        .arg(m_from->toString(), bounds::FirstContributionMonth.toString()));
        }

        void checkBackpaidHasDate()
        {
            if (m_status && *m_status == PeriodStatus::Backpaid && m_paidText.isEmpty()) {
                const QString message = QStringLiteral(
                    "a 补缴 (backpaid) month needs the date it was paid (到账日期)");
                if (m_c.paidOn >= 0)
                    fieldError(m_c.paidOn, "csv_backpaid_no_date", {}, message);
                else // no such column: said at the line's first field
                    fieldError(0, "csv_backpaid_no_date_column", {}, message);
            }
        }

        // More fields than the header: harmless when they are empty and the line reads
        // (a spreadsheet's trailing delimiters); otherwise the likely cause of everything
        // else wrong on the line is a delimiter inside a value, so that is what is said.
        void checkExtraFields()
        {
            if (m_r.fields.size() <= m_header.names.size())
                return;
            bool extra = false;
            for (qsizetype f = m_header.names.size(); f < m_r.fields.size(); ++f)
                extra = extra || !m_r.fields.at(f).trimmed().isEmpty();
            if (extra || !m_errors.isEmpty()) {
                const bool tab = m_delimiter == QLatin1Char('\t');
                m_errors.clear();
                lineError(tab ? "csv_extra_fields_tab" : "csv_extra_fields_comma",
                    { QString::number(m_r.fields.size()), QString::number(m_header.names.size()) },
                    QStringLiteral("%1 fields, but the header has %2: is there a %3 inside a "
                                   "value (5,000.00)? Put such a value in quotes")
                        .arg(m_r.fields.size())
                        .arg(m_header.names.size())
                        .arg(tab ? QStringLiteral("tab") : QStringLiteral("comma")),
                    int(m_header.names.size()) + 1);
            }
        }

        const Header &m_header;
        const Columns &m_c;
        const QChar m_delimiter;
        const Record &m_r;
        InputErrors m_errors;
        Row m_row;
        std::optional<YearMonth> m_from, m_to;
        std::optional<PeriodKind> m_kind = PeriodKind::Employee; // without a kind column
        std::optional<PeriodStatus> m_status = PeriodStatus::Paid; // without a status column
        QString m_paidText;
        std::optional<QDate> m_paidOn;
        bool m_droppedPaidOn = false;
        bool m_statusDefaulted = false;
    };

    // Every record below the header that is not blank or a summary, read as a row; the
    // lines that do not read leave their errors in out.
    QList<Row> readRows(
        const QList<Record> &records, const Header &header, const Columns &c, CsvImport &out)
    {
        QList<Row> rows;
        bool droppedPaidOn = false;
        QList<int> statusDefaulted;
        for (qsizetype i = header.recordIndex + 1; i < records.size(); ++i) {
            const Record &r = records.at(i);
            if (r.unclosedQuote) {
                ++out.rowsRead;
                InputError e = InputError::coded({}, QStringLiteral("csv_unclosed_quote"), {},
                    QStringLiteral("a quoted field opened on this line is never closed (a \" "
                                   "is missing); the line is skipped"));
                e.line = r.line;
                out.errors.append(e);
                continue;
            }
            if (r.isBlank())
                continue;
            if (isSummaryLine(r)) {
                note(out, "csv_summary_line",
                    { QString::number(r.line), r.fields.value(0).trimmed() },
                    QStringLiteral("line %1: a summary line (%2), skipped")
                        .arg(r.line)
                        .arg(r.fields.value(0).trimmed()));
                continue;
            }
            ++out.rowsRead;
            LineReader line(header, c, out.delimiter, r);
            if (const auto row = line.read())
                rows << *row;
            else
                out.errors += line.errors();
            droppedPaidOn = droppedPaidOn || line.droppedPaidOn();
            if (line.statusDefaulted())
                statusDefaulted << r.line;
        }
        if (droppedPaidOn)
            note(out, "csv_paidon_backpaid_only", {},
                QStringLiteral("到账日期 (paidOn) is kept for 补缴 (backpaid) months only"));
        if (!statusDefaulted.isEmpty())
            note(out, "csv_status_empty_paid", { lineList(statusDefaulted) },
                QStringLiteral("lines %1: no 状态 (status) given, read as 已缴 (paid)")
                    .arg(lineList(statusDefaulted)));
        return rows;
    }

    // Month order, then no month twice: a later line that repeats months is rejected.
    QList<Row> withoutRepeatedMonths(
        QList<Row> rows, const Header &header, const Columns &c, CsvImport &out)
    {
        std::stable_sort(rows.begin(), rows.end(),
            [](const Row &a, const Row &b) { return a.p.from < b.p.from; });
        QList<Row> kept;
        for (const Row &r : std::as_const(rows)) {
            const Row *clash = nullptr;
            for (const Row &k : std::as_const(kept))
                if (k.p.from <= r.p.to && r.p.from <= k.p.to)
                    clash = &k;
            if (clash) {
                const int column = c.firstMonth();
                const QString name = header.names.value(column);
                InputError e = InputError::coded(name, QStringLiteral("csv_repeated_months"),
                    { name, r.p.from.toString(), r.p.to.toString(), QString::number(clash->line),
                        clash->p.from.toString(), clash->p.to.toString() },
                    QStringLiteral("%1 to %2 repeats months already on line %3 (%4 to %5); a "
                                   "month can be in one period only")
                        .arg(r.p.from.toString(), r.p.to.toString())
                        .arg(clash->line)
                        .arg(clash->p.from.toString(), clash->p.to.toString()));
                e.line = r.line;
                e.column = column + 1;
                out.errors.append(e);
                continue;
            }
            kept << r;
        }
        return kept;
    }

    // Merge runs: the next months, and everything else the same.
    void mergeIntoPeriods(QList<Row> rows, CsvImport &out)
    {
        std::sort(rows.begin(), rows.end(),
            [](const Row &a, const Row &b) { return a.p.from < b.p.from; });
        for (const Row &r : std::as_const(rows)) {
            if (!out.periods.isEmpty()) {
                ContributionPeriod &last = out.periods.last();
                ContributionPeriod probe = r.p;
                probe.from = last.from;
                probe.to = last.to;
                if (last.to.addMonths(1) == r.p.from && probe == last) {
                    last.to = r.p.to;
                    out.periodLines.last() << r.line;
                    continue;
                }
            }
            out.periods << r.p;
            out.periodLines << QList<int> { r.line };
        }
    }

} // namespace

CsvImport importContributionCsv(const QByteArray &bytes)
{
    CsvImport out;
    QString decodeError, decodeCode;
    const QString text = decodeCoded(bytes, &out.encoding, &decodeError, &decodeCode);
    if (!decodeError.isEmpty()) {
        out.errors.append(InputError::coded({}, decodeCode, {}, decodeError));
        return out;
    }

    QList<Record> records;
    const Header header = splitAtBestDelimiter(text, &records, &out.delimiter);
    if (header.recordIndex < 0) {
        InputError e = InputError::coded({}, QStringLiteral("csv_no_header"), {},
            QStringLiteral("no header line found in the first 10 lines: expected column names "
                           "such as 所属期起 and 所属期止 (or 所属期), 险种, 缴费基数, 状态, "
                           "到账日期 (English: from, to or month, kind, base, status, paidOn)"));
        e.line = 1;
        out.errors.append(e);
        return out;
    }
    out.headerLine = records.at(header.recordIndex).line;
    for (int i = 0; i < header.recordIndex; ++i)
        if (!records.at(i).isBlank())
            note(out, "csv_title_line", { QString::number(records.at(i).line) },
                QStringLiteral("line %1: above the header, skipped (a title?)")
                    .arg(records.at(i).line));
    const Columns columns(header);
    if (!noteHeader(header, columns, out))
        return out;

    const QList<Row> kept
        = withoutRepeatedMonths(readRows(records, header, columns, out), header, columns, out);
    std::sort(out.errors.begin(), out.errors.end(), [](const InputError &a, const InputError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    out.rowsAccepted = int(kept.size());
    mergeIntoPeriods(kept, out);
    return out;
}

} // namespace yibao
