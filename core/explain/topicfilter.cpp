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

TopicFilter::Verdict TopicFilter::classify(const QString &title)
{
    bool insurance = false;
    for (const QString &w : insuranceWords()) {
        if (title.contains(w)) {
            insurance = true;
            break;
        }
    }
    if (insurance)
        return Verdict::Keep;
    if (title.contains(QStringLiteral("医院")))
        return Verdict::HospitalList;
    return Verdict::OffTopic;
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
    }
    return QString();
}

} // namespace yibao
