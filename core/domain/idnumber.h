// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace yibao {

// What the 18-digit 居民身份证 number check (GB 11643-1999) says about a typed number.
// A number that fails is flagged to the clerk, never refused: the client's card is the
// authority, and a consultation must be savable while the number is being corrected.
enum class IdNumberStatus
{
    Empty, // nothing entered (the ID number is optional)
    Valid, // 18 characters, known region, real and plausible birth date, check digit right
    WrongCheckDigit, // well formed, but the 18th character is not the one GB 11643 gives
    Malformed, // wrong length, a non-digit, an unknown region or an impossible birth date
};

// "valid", "wrong_check_digit", "malformed", "" for Empty: stored in the database.
QString idNumberStatusId(IdNumberStatus s);
IdNumberStatus idNumberStatusFromId(QStringView id);

struct IdNumberCheck
{
    IdNumberStatus status = IdNumberStatus::Empty;
    // The number as compared: spaces removed, a final x upper-cased. This is what gets
    // stored, so 1101 0119… and 110101… are the same client.
    QString normalized;
    QDate birth; // valid when the birth date part could be read (also for WrongCheckDigit)
    QChar expectedCheckDigit; // set for WrongCheckDigit
    // What is wrong, in English like the other input errors of core/ (the window words its
    // own tr() text from status, birth and expectedCheckDigit); empty when Valid or Empty.
    QString message;
};

// today bounds the plausible birth date (1900-01-01 … today); tests pass a fixed day.
IdNumberCheck checkIdNumber(QStringView text, QDate today = QDate::currentDate());

// The GB 11643 check character ('0'–'9' or 'X') of the first 17 digits; null QChar when
// digits17 is not exactly 17 ASCII digits.
QChar idNumberCheckDigit(QStringView digits17);

// How an ID number is shown everywhere except its edit field: the first 3 and the last 4
// characters, every other one a '*' ("110***********1234"). The text is normalized first;
// a text of 7 characters or fewer is starred entirely, since showing 3 + 4 of it would
// show all of it.
QString maskIdNumber(QStringView text);

// The last 4 characters of the normalized number (what a client reads out to find their
// consultation); empty when shorter than 4.
QString idNumberLast4(QStringView text);

QString normalizeIdNumber(QStringView text);

} // namespace yibao
