// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace yibao {

// Decides whether an item under 相关推荐 belongs in the corpus. The source site lists
// whatever its readers also clicked: besides insurance questions there are hospital
// recommendations ("…治疗荨麻疹的医院有哪些") and history or politics ("涉县为什么划给河北").
// Quoting those next to a back-pay figure would mislead, so they are left out.
//
// The decision looks at the item's title only, because the snippet of a hospital list
// may still mention insurance in passing ("…以及一些相关的医疗保险和饮食建议"):
//  1. a title that names a hospital (医院) and no insurance word is a hospital list;
//  2. a title without any insurance word (see insuranceWords()) is off topic;
//  3. a title naming an insurance that is not medical insurance (校方责任险, 意外险,
//     商业保险) is other_insurance, even when it compares it with 医保;
//  4. a title asking whether a named operation or treatment is covered (植皮手术,
//     肺大泡切除手术) is treatment: that depends on a local catalogue, not on contributions;
//  5. an item whose text opens on the resident scheme (城乡居民医保, 少儿医保, 新农合) and
//     never names employees (职工) is resident_scheme: its figures are not the employee
//     scheme's, and they would rank for 报销 next to the employee rules;
//  6. everything else is kept, including items comparing the schemes and the
//     social-security card, since clients ask about them at the same counter.
// Rules 1 to 4 read the title only; rule 5 the text as well.
class TopicFilter
{
public:
    enum class Verdict
    {
        Keep,
        HospitalList,
        OffTopic,
        OtherInsurance,
        Treatment,
        ResidentScheme,
    };

    static Verdict classify(const QString &title, const QString &text = QString());
    // "", "hospital_list", "off_topic", "other_insurance", "treatment", "resident_scheme"
    static QString reasonId(Verdict verdict);
    // The rule in words, zh_CN or en, for listings ("相关推荐里的医院列表").
    static QString reasonText(const QString &reasonId, const QString &language);
    static const QStringList &insuranceWords();
};

} // namespace yibao
