// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"

#include "domain/bounds.h"
#include "typedinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace yibao {

namespace {

    QString shown(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return bounds::quoted(v.toString());
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 17);
        case QJsonValue::Array:
            return QStringLiteral("a list");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            return QStringLiteral("nothing");
        }
        return {};
    }

    // A value as the person typed it, for the words of an error ("2020-13", not "\"2020-13\"").
    QString typed(const QJsonValue &v)
    {
        return v.isString() ? v.toString() : shown(v);
    }

    class Reader
    {
    public:
        explicit Reader(InputErrors *errors)
            : m_errors(errors)
        { }

        void error(const QString &path, const QString &message)
        {
            m_errors->append({ path, message });
        }
        void error(const QString &path, const QString &code, const QStringList &args,
            const QString &message)
        {
            m_errors->append(InputError::coded(path, code, args, message));
        }
        bool ok() const { return m_errors->isEmpty(); }

        std::optional<QDate> date(
            const QJsonObject &o, const char *key, const QString &path, bool required)
        {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    error(path, QStringLiteral("missing_date"), {},
                        QStringLiteral("missing; expected a date YYYY-MM-DD"));
                return std::nullopt;
            }
            if (auto d = v.isString() ? parseIsoDate(v.toString()) : std::nullopt)
                return d;
            error(path, QStringLiteral("bad_date"), { typed(v) },
                shown(v) + QStringLiteral(" is not a real date YYYY-MM-DD"));
            return std::nullopt;
        }

        std::optional<YearMonth> month(const QJsonObject &o, const char *key, const QString &path)
        {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                error(path, QStringLiteral("missing_month"), {},
                    QStringLiteral("missing; expected a month YYYY-MM"));
                return std::nullopt;
            }
            if (auto m = v.isString() ? YearMonth::parse(v.toString()) : std::nullopt)
                return m;
            error(path, QStringLiteral("bad_month"), { typed(v) },
                shown(v) + QStringLiteral(" is not a month YYYY-MM (month 01–12)"));
            return std::nullopt;
        }

        // An amount in yuan as a decimal string; nullopt with no error when absent or null.
        std::optional<Money> amount(
            const QJsonObject &o, const char *key, const QString &path, bool *bad)
        {
            const QJsonValue v = o.value(QLatin1String(key));
            *bad = false;
            if (v.isUndefined() || v.isNull())
                return std::nullopt;
            *bad = true;
            if (!v.isString()) {
                error(path, QStringLiteral("bad_amount"), { typed(v) },
                    shown(v)
                        + QStringLiteral(
                            " is not an amount in yuan: write it as a string like \"5000.00\""));
                return std::nullopt;
            }
            const QString s = v.toString();
            auto m = Money::parseYuan(s);
            if (!m) {
                if (s.startsWith(QLatin1Char('-')))
                    error(path, QStringLiteral("amount_negative"), { s },
                        shown(v) + QStringLiteral(" is negative; expected an amount above 0"));
                else if (s.contains(QLatin1Char('.')) && s.section(QLatin1Char('.'), 1).size() > 2)
                    error(path, QStringLiteral("amount_decimals"), { s },
                        shown(v)
                            + QStringLiteral(
                                " has more than 2 decimals; amounts are in yuan to the fen"));
                else
                    error(path,
                        amountHasNumberWords(s) ? QStringLiteral("amount_in_words")
                                                : QStringLiteral("bad_amount"),
                        { s },
                        shown(v)
                            + QStringLiteral(" is not an amount in yuan (digits with at most 2 "
                                             "decimals, like \"5000.00\")"));
                return std::nullopt;
            }
            if (!bounds::baseInRange(*m)) {
                error(path, QStringLiteral("amount_out_of_range"), { s },
                    shown(v)
                        + QStringLiteral(" is out of range; expected more than 0 and at most "
                                         "1000000.00 yuan a month"));
                return std::nullopt;
            }
            *bad = false;
            return m;
        }

        template<typename E, typename F>
        std::optional<E> choice(const QJsonObject &o, const char *key, const QString &path,
            F fromId, const char *allowed)
        {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull()) {
                error(path, QStringLiteral("missing_choice"), {},
                    QStringLiteral("missing; expected one of ") + QString::fromLatin1(allowed));
                return std::nullopt;
            }
            if (auto e = v.isString() ? fromId(v.toString()) : std::nullopt)
                return e;
            error(path, QStringLiteral("unknown_choice"), { typed(v) },
                shown(v) + QStringLiteral(" is unknown; expected one of ")
                    + QString::fromLatin1(allowed));
            return std::nullopt;
        }

    private:
        InputErrors *m_errors;
    };

    void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
    {
        *line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset && i < bytes.size(); ++i)
            if (bytes.at(i) == '\n') {
                ++*line;
                lineStart = i + 1;
            }
        // count characters, not bytes, so the column matches what an editor shows
        *column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
    }

    // The offset of the first raw U+0000–U+001F inside a JSON string, or −1. Qt's parser
    // accepts them; the JSON standard (RFC 8259 §7) does not.
    qsizetype rawControlCharacter(const QByteArray &bytes)
    {
        bool inString = false;
        bool escaped = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const uchar ch = uchar(bytes.at(i));
            if (!inString) {
                inString = ch == '"';
                continue;
            }
            if (escaped)
                escaped = false;
            else if (ch == '\\')
                escaped = true;
            else if (ch == '"')
                inString = false;
            else if (ch < 0x20)
                return i;
        }
        return -1;
    }

} // namespace

std::optional<Case> CaseJson::parse(const QByteArray &bytes, InputErrors *errors)
{
    if (bytes.trimmed().isEmpty()) {
        errors->append({ {},
            QStringLiteral(
                "the file is empty; expected a case object {\"schema\": \"yibao-case/1\", …}") });
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes); // decoding is what sets hasError()
    if (utf8.hasError() || decoded.isNull()) {
        errors->append({ {}, QStringLiteral("not UTF-8 text; save the case file as UTF-8") });
        return std::nullopt;
    }
    if (const qsizetype at = rawControlCharacter(bytes); at >= 0) {
        InputError e { {},
            QStringLiteral("a text value holds the control character U+%1, which JSON does not "
                           "allow inside a string; write it as an escape (\\n, \\t, \\u00XX) "
                           "or remove it")
                .arg(uint(uchar(bytes.at(at))), 4, 16, QLatin1Char('0')) };
        lineAndColumn(bytes, at, &e.line, &e.column);
        errors->append(e);
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        InputError e { {}, QStringLiteral("not valid JSON: ") + pe.errorString() };
        lineAndColumn(bytes, pe.offset, &e.line, &e.column);
        errors->append(e);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->append({ {}, QStringLiteral("expected a JSON object, found a list or a value") });
        return std::nullopt;
    }
    return fromJson(doc.object(), errors);
}

std::optional<Case> CaseJson::fromJson(const QJsonObject &o, InputErrors *errors)
{
    Reader r(errors);
    Case c;
    const QJsonValue schema = o.value(QLatin1String("schema"));
    if (schema.toString() != Schema) {
        r.error(QStringLiteral("schema"),
            (schema.isUndefined() ? QStringLiteral("missing")
                                  : shown(schema) + QStringLiteral(" is not supported"))
                + QStringLiteral("; expected \"yibao-case/1\""));
        return std::nullopt; // another schema means every other field may mean something else
    }
    const QJsonValue profile = o.value(QLatin1String("profile"));
    if (profile.isString() && !profile.toString().isEmpty())
        c.profile = profile.toString();
    else if (!profile.isUndefined())
        r.error(QStringLiteral("profile"),
            shown(profile)
                + QStringLiteral(" is not a profile id; expected e.g. \"general\" or \"beijing\""));

    if (auto d = r.date(o, "asOf", QStringLiteral("asOf"), true))
        c.asOf = *d;
    c.payOn = r.date(o, "payOn", QStringLiteral("payOn"), false);

    const QJsonValue personV = o.value(QLatin1String("person"));
    if (!personV.isObject()) {
        r.error(QStringLiteral("person"),
            QStringLiteral("missing; expected {\"birth\", \"sex\", \"category\"}"));
    } else {
        const QJsonObject p = personV.toObject();
        if (auto d = r.date(p, "birth", QStringLiteral("person.birth"), true))
            c.person.birth = *d;
        const auto sex
            = r.choice<Sex>(p, "sex", QStringLiteral("person.sex"), sexFromId, "male, female");
        const auto cat = r.choice<Category>(p, "category", QStringLiteral("person.category"),
            categoryFromId, "male, female_cadre, female_worker");
        if (sex)
            c.person.sex = *sex;
        if (cat)
            c.person.category = *cat;
        if (sex && cat && sexOfCategory(*cat) != *sex)
            r.error(QStringLiteral("person.category"), QStringLiteral("category_sex_mismatch"),
                { categoryId(*cat), sexId(*sex) },
                QStringLiteral("\"%1\" does not match sex \"%2\"; %3")
                    .arg(categoryId(*cat), sexId(*sex),
                        *sex == Sex::Male
                            ? QStringLiteral("a man's category is male")
                            : QStringLiteral(
                                "a woman's category is female_cadre or female_worker")));
    }

    const QJsonValue periodsV = o.value(QLatin1String("periods"));
    if (!periodsV.isArray() && !periodsV.isUndefined()) {
        r.error(
            QStringLiteral("periods"), QStringLiteral("expected a list of contribution periods"));
    } else {
        const QJsonArray periods = periodsV.toArray();
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const QString at = QStringLiteral("periods[%1]").arg(i);
            if (!periods.at(i).isObject()) {
                r.error(at,
                    QStringLiteral(
                        "expected an object {\"from\", \"to\", \"kind\", \"base\", \"status\"}"));
                continue;
            }
            const QJsonObject po = periods.at(i).toObject();
            ContributionPeriod p;
            const auto from = r.month(po, "from", at + QStringLiteral(".from"));
            const auto to = r.month(po, "to", at + QStringLiteral(".to"));
            const auto kind = r.choice<PeriodKind>(po, "kind", at + QStringLiteral(".kind"),
                kindFromId, "employee, flexible, resident, deemed");
            std::optional<PeriodStatus> status;
            if (kind && *kind == PeriodKind::Deemed && !po.contains(QLatin1String("status")))
                status = PeriodStatus::Paid; // deemed months have nothing to pay
            else
                status = r.choice<PeriodStatus>(po, "status", at + QStringLiteral(".status"),
                    statusFromId, "paid, arrears, backpaid, planned");
            bool badBase = false;
            p.base = r.amount(po, "base", at + QStringLiteral(".base"), &badBase);
            const bool needsBase
                = kind && (*kind == PeriodKind::Employee || *kind == PeriodKind::Flexible);
            if (needsBase && !p.base && !badBase)
                r.error(at + QStringLiteral(".base"), QStringLiteral("base_missing"),
                    { kindId(*kind) },
                    QStringLiteral("missing; a period of kind \"%1\" needs its monthly base in "
                                   "yuan, like \"5000.00\"")
                        .arg(kindId(*kind)));
            p.paidOn = r.date(po, "paidOn", at + QStringLiteral(".paidOn"), false);
            const QJsonValue paidOn = po.value(QLatin1String("paidOn"));
            if (status && *status == PeriodStatus::Backpaid
                && (paidOn.isUndefined() || paidOn.isNull()))
                r.error(at + QStringLiteral(".paidOn"), QStringLiteral("paidon_missing"), {},
                    QStringLiteral("%1; a backpaid period needs the date it was paid (YYYY-MM-DD)")
                        .arg(paidOn.isNull() ? QStringLiteral("null") : QStringLiteral("missing")));
            if (status && *status != PeriodStatus::Backpaid && p.paidOn)
                r.error(at + QStringLiteral(".paidOn"), QStringLiteral("paidon_not_backpaid"),
                    { statusId(*status) },
                    QStringLiteral("only a backpaid period has a paidOn date; this one is %1")
                        .arg(statusId(*status)));
            const QJsonValue region = po.value(QLatin1String("region"));
            if (region.isString())
                p.region = region.toString();
            if (from && to && *to < *from)
                r.error(at + QStringLiteral(".to"), QStringLiteral("to_before_from"),
                    { to->toString(), from->toString() },
                    QStringLiteral(
                        "%1 is before from %2; a period ends on or after its first month")
                        .arg(to->toString(), from->toString()));
            if (!from || !to || !kind || !status)
                continue;
            p.from = *from;
            p.to = *to;
            p.kind = *kind;
            p.status = *status;
            c.periods.append(p);
        }
    }

    const QJsonValue deemed = o.value(QLatin1String("deemedMonths"));
    if (!deemed.isUndefined() && !deemed.isNull()) {
        const double d = deemed.toDouble(-1);
        if (!deemed.isDouble() || d < 0 || d > 720 || d != double(int(d)))
            r.error(QStringLiteral("deemedMonths"), QStringLiteral("bad_deemed_months"),
                { typed(deemed) },
                shown(deemed) + QStringLiteral(" is not a whole number of months from 0 to 720"));
        else
            c.deemedMonths = int(d);
    }

    const QJsonValue retV = o.value(QLatin1String("retirement"));
    if (retV.isObject()) {
        const QJsonObject ro = retV.toObject();
        c.retirement.date = r.date(ro, "date", QStringLiteral("retirement.date"), false);
        bool bad = false;
        c.retirement.baseAtRetirement
            = r.amount(ro, "baseAtRetirement", QStringLiteral("retirement.baseAtRetirement"), &bad);
    } else if (!retV.isUndefined() && !retV.isNull()) {
        r.error(QStringLiteral("retirement"),
            QStringLiteral("expected an object {\"date\", \"baseAtRetirement\"}"));
    }

    const QJsonValue eventsV = o.value(QLatin1String("events"));
    if (!eventsV.isArray() && !eventsV.isUndefined() && !eventsV.isNull()) {
        r.error(
            QStringLiteral("events"), QStringLiteral("expected a list of {\"date\", \"care\"}"));
    } else {
        const QJsonArray events = eventsV.toArray();
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QString at = QStringLiteral("events[%1]").arg(i);
            const QJsonObject eo = events.at(i).toObject();
            const auto d = r.date(eo, "date", at + QStringLiteral(".date"), true);
            const auto care = r.choice<Care>(eo, "care", at + QStringLiteral(".care"), careFromId,
                "outpatient, pharmacy, inpatient, special_outpatient");
            if (d && care)
                c.events.append({ *d, *care });
        }
    }
    if (!r.ok())
        return std::nullopt;
    return c;
}

QJsonObject CaseJson::toJson(const Case &c)
{
    QJsonObject o;
    o.insert(QLatin1String("schema"), QString(Schema));
    o.insert(QLatin1String("profile"), c.profile);
    o.insert(QLatin1String("asOf"), c.asOf.toString(Qt::ISODate));
    if (c.payOn)
        o.insert(QLatin1String("payOn"), c.payOn->toString(Qt::ISODate));
    o.insert(QLatin1String("person"),
        QJsonObject { { QLatin1String("birth"), c.person.birth.toString(Qt::ISODate) },
            { QLatin1String("sex"), sexId(c.person.sex) },
            { QLatin1String("category"), categoryId(c.person.category) } });
    QJsonArray periods;
    for (const auto &p : c.periods) {
        QJsonObject po { { QLatin1String("from"), p.from.toString() },
            { QLatin1String("to"), p.to.toString() }, { QLatin1String("kind"), kindId(p.kind) },
            { QLatin1String("status"), statusId(p.status) } };
        if (p.base)
            po.insert(QLatin1String("base"), p.base->toYuanString());
        if (p.paidOn)
            po.insert(QLatin1String("paidOn"), p.paidOn->toString(Qt::ISODate));
        if (!p.region.isEmpty())
            po.insert(QLatin1String("region"), p.region);
        periods.append(po);
    }
    o.insert(QLatin1String("periods"), periods);
    o.insert(QLatin1String("deemedMonths"), c.deemedMonths);
    o.insert(QLatin1String("retirement"),
        QJsonObject { { QLatin1String("date"),
                          c.retirement.date ? QJsonValue(c.retirement.date->toString(Qt::ISODate))
                                            : QJsonValue() },
            { QLatin1String("baseAtRetirement"),
                c.retirement.baseAtRetirement
                    ? QJsonValue(c.retirement.baseAtRetirement->toYuanString())
                    : QJsonValue() } });
    QJsonArray events;
    for (const auto &e : c.events)
        events.append(QJsonObject { { QLatin1String("date"), e.date.toString(Qt::ISODate) },
            { QLatin1String("care"), careId(e.care) } });
    o.insert(QLatin1String("events"), events);
    return o;
}

QByteArray CaseJson::serialize(const Case &c)
{
    return QJsonDocument(toJson(c)).toJson(QJsonDocument::Indented);
}

} // namespace yibao
