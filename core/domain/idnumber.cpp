// SPDX-License-Identifier: GPL-3.0-or-later
// 公民身份号码 (GB 11643-1999): 6 digits of region, 8 of birth date YYYYMMDD, 3 of sequence
// (odd for men), and a check character computed by ISO 7064 MOD 11-2 over the first 17.
#include "idnumber.h"

#include <array>

namespace yibao {

namespace {

    // Weight of digit i is 2^(17 - i) mod 11.
    constexpr std::array<int, 17> Weights { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    // Check character for (sum mod 11) = 0 … 10.
    constexpr char CheckChars[] = "10X98765432";

    bool isAsciiDigit(QChar c)
    {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }

    // The first two digits name a province-level region (GB/T 2260), 81–83 the residence
    // permits of Hong Kong, Macao and Taiwan residents; a leading 9 is the 2023 foreigner's
    // permanent residence card. Anything else cannot be a real number.
    bool plausibleRegion(QStringView n)
    {
        const int p = (n.at(0).unicode() - '0') * 10 + (n.at(1).unicode() - '0');
        if (p / 10 == 9)
            return true;
        static const int provinces[] = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83 };
        for (int q : provinces)
            if (q == p)
                return true;
        return false;
    }

} // namespace

QString idNumberStatusId(IdNumberStatus s)
{
    switch (s) {
    case IdNumberStatus::Empty:
        return QString();
    case IdNumberStatus::Valid:
        return QStringLiteral("valid");
    case IdNumberStatus::WrongCheckDigit:
        return QStringLiteral("wrong_check_digit");
    case IdNumberStatus::Malformed:
        return QStringLiteral("malformed");
    }
    return QString();
}

IdNumberStatus idNumberStatusFromId(QStringView id)
{
    if (id == QLatin1String("valid"))
        return IdNumberStatus::Valid;
    if (id == QLatin1String("wrong_check_digit"))
        return IdNumberStatus::WrongCheckDigit;
    if (id == QLatin1String("malformed"))
        return IdNumberStatus::Malformed;
    return IdNumberStatus::Empty;
}

QString normalizeIdNumber(QStringView text)
{
    QString n;
    n.reserve(text.size());
    for (QChar c : text) {
        // Spaces and the full-width space a Chinese input method may produce.
        if (c.isSpace())
            continue;
        n.append(c == QLatin1Char('x') ? QLatin1Char('X') : c);
    }
    return n;
}

QChar idNumberCheckDigit(QStringView digits17)
{
    if (digits17.size() != 17)
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(digits17.at(i)))
            return QChar();
        sum += (digits17.at(i).unicode() - '0') * Weights[size_t(i)];
    }
    return QLatin1Char(CheckChars[sum % 11]);
}

IdNumberCheck checkIdNumber(QStringView text, QDate today)
{
    IdNumberCheck r;
    r.normalized = normalizeIdNumber(text);
    const QString &n = r.normalized;
    if (n.isEmpty())
        return r;
    r.status = IdNumberStatus::Malformed;
    if (n.size() != 18) {
        r.message = QStringLiteral("an ID number has 18 characters; this one has %1").arg(n.size());
        return r;
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(n.at(i))) {
            r.message = QStringLiteral("character %1 should be a digit").arg(i + 1);
            return r;
        }
    }
    if (!isAsciiDigit(n.at(17)) && n.at(17) != QLatin1Char('X')) {
        r.message = QStringLiteral("character 18 should be a digit or X");
        return r;
    }
    if (!plausibleRegion(n)) {
        r.message
            = QStringLiteral("%1 (the first two digits) is not a province code").arg(n.left(2));
        return r;
    }
    const QDate birth(n.mid(6, 4).toInt(), n.mid(10, 2).toInt(), n.mid(12, 2).toInt());
    if (!birth.isValid()) {
        r.message = QStringLiteral("%1 (characters 7-14) is not a date of birth").arg(n.mid(6, 8));
        return r;
    }
    if (birth < QDate(1900, 1, 1) || birth > today) {
        r.message = QStringLiteral("the date of birth %1 is not plausible")
                        .arg(birth.toString(Qt::ISODate));
        return r;
    }
    r.birth = birth;
    const QChar expected = idNumberCheckDigit(QStringView(n).left(17));
    if (n.at(17) != expected) {
        r.status = IdNumberStatus::WrongCheckDigit;
        r.expectedCheckDigit = expected;
        r.message = QStringLiteral(
            "the check digit does not match: the first 17 digits give %1; please check the number")
                        .arg(expected);
        return r;
    }
    r.status = IdNumberStatus::Valid;
    return r;
}

QString maskIdNumber(QStringView text)
{
    const QString n = normalizeIdNumber(text);
    if (n.size() <= 7)
        return QString(n.size(), QLatin1Char('*'));
    return n.left(3) + QString(n.size() - 7, QLatin1Char('*')) + n.right(4);
}

QString idNumberLast4(QStringView text)
{
    const QString n = normalizeIdNumber(text);
    return n.size() < 4 ? QString() : n.right(4);
}

} // namespace yibao
