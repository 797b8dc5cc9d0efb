// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/topicfilter.h"

#include <QStringList>

namespace yibao {

const QStringList &TopicFilter::insuranceWords()
{
    // Words a title about medical insurance cannot do without. 保险 covers 医疗保险 and
    // 责任险 does not matter here; 12333 is the social-insurance hotline.
    static const QStringList words = {
        QStringLiteral("医保"),
        QStringLiteral("社保"),
        QStringLiteral("保险"),
        QStringLiteral("报销"),
        QStringLiteral("缴费"),
        QStringLiteral("交费"),
        QStringLiteral("参保"),
        QStringLiteral("统筹"),
        QStringLiteral("个人账户"),
        QStringLiteral("12333"),
    };
    return words;
}

namespace {

    bool containsAny(const QString &text, std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words)
            if (text.contains(QStringView(w)))
                return true;
        return false;
    }

} // namespace

TopicFilter::Verdict TopicFilter::classify(const QString &title, const QString &text)
{
    bool insurance = false;
    for (const QString &w : insuranceWords()) {
        if (title.contains(w)) {
            insurance = true;
            break;
        }
    }
    if (!insurance) {
        if (title.contains(QStringLiteral("医院")))
            return Verdict::HospitalList;
        return Verdict::OffTopic;
    }
    if (containsAny(title, { u"责任险", u"意外险", u"商业保险", u"商业险", u"寿险", u"车险" }))
        return Verdict::OtherInsurance;
    if (containsAny(title, { u"手术", u"治疗", u"切除" }))
        return Verdict::Treatment;
    if (!text.isEmpty() && !title.contains(u"职工") && !text.contains(u"职工")) {
        // The item's subject is what its first sentence names.
        const qsizetype end = text.indexOf(u'。');
        const QString opening = end < 0 ? text : text.left(end);
        // One that compares schemes (社保, 商业保险 as well) is kept.
        if (containsAny(opening, { u"居民医保", u"少儿医保", u"新农合" })
            && !containsAny(opening, { u"社保", u"商业", u"职工" }))
            return Verdict::ResidentScheme;
    }
    return Verdict::Keep;
}

QString TopicFilter::reasonId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Keep:
        return QString();
    case Verdict::HospitalList:
        return QStringLiteral("hospital_list");
    case Verdict::OffTopic:
        return QStringLiteral("off_topic");
    case Verdict::OtherInsurance:
        return QStringLiteral("other_insurance");
    case Verdict::Treatment:
        return QStringLiteral("treatment");
    case Verdict::ResidentScheme:
        return QStringLiteral("resident_scheme");
    }
    return QString();
}

QString TopicFilter::reasonText(const QString &reasonId, const QString &language)
{
    const bool en = language.startsWith(QLatin1String("en"));
    if (reasonId == QLatin1String("hospital_list"))
        return en ? QStringLiteral("a list of hospitals, no insurance word in the title")
                  : QStringLiteral("医院推荐，标题不含医保用语");
    if (reasonId == QLatin1String("off_topic"))
        return en ? QStringLiteral("no insurance word in the title")
                  : QStringLiteral("标题不含医保用语，与医保无关");
    if (reasonId == QLatin1String("other_insurance"))
        return en ? QStringLiteral("about an insurance other than medical insurance")
                  : QStringLiteral("讲的是医保以外的保险（如责任险、商业保险）");
    if (reasonId == QLatin1String("treatment"))
        return en ? QStringLiteral("whether a named operation or treatment is covered")
                  : QStringLiteral("某项手术或治疗能否报销，取决于当地目录，与缴费无关");
    if (reasonId == QLatin1String("resident_scheme"))
        return en ? QStringLiteral("about the resident scheme only, not employee insurance")
                  : QStringLiteral("只讲城乡居民医保，不涉及职工医保");
    if (reasonId == QLatin1String("disclaimer"))
        return en ? QStringLiteral("the site's disclaimer line, the same on every page")
                  : QStringLiteral("网站的免责提示，每页相同");
    return QString();
}

} // namespace yibao
