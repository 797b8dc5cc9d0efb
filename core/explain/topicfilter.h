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
//  3. everything else is kept, including other schemes (少儿医保, 城乡居民医保) and the
//     social-security card, since clients ask about them at the same counter.
class TopicFilter
{
public:
    enum class Verdict
    {
        Keep,
        HospitalList,
        OffTopic
    };

    static Verdict classify(const QString &title);
    static QString reasonId(Verdict verdict); // "", "hospital_list", "off_topic"
    static const QStringList &insuranceWords();
};

} // namespace yibao
