// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the CLI test suites: running yibao-cli as a separate process (the contract is
// the process: exit code, stdout, stderr) and comparing a JSON result with an expected
// subset of it.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

#ifndef YIBAO_CLI
#error "YIBAO_CLI must be defined to the path of yibao-cli (see tests/cli/CMakeLists.txt)"
#endif

namespace clitest {

inline QString cliPath()
{
    return QStringLiteral(YIBAO_CLI);
}

// What one run of yibao-cli did. exitCode is -1 when the process did not exit normally
// (did not start, crashed or timed out); problem then says which.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString problem;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }

    // For assertion messages: everything a reader needs to see why a check failed.
    QByteArray describe() const
    {
        QString s = QStringLiteral("exit code %1").arg(exitCode);
        if (!problem.isEmpty())
            s += QStringLiteral(" (") + problem + QLatin1Char(')');
        s += QStringLiteral("\n--- stderr ---\n") + errText().left(2000)
            + QStringLiteral("\n--- stdout ---\n") + outText().left(2000);
        return s.toUtf8();
    }
};

// Runs yibao-cli with args; a run that takes longer than timeoutMs is killed and reported.
inline CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    CliRun r;
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(timeoutMs)) {
        r.problem = QStringLiteral("could not start %1: %2").arg(cliPath(), p.errorString());
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.problem = QStringLiteral("no exit within %1 ms, killed").arg(timeoutMs);
    } else if (p.exitStatus() != QProcess::NormalExit) {
        r.problem = QStringLiteral("crashed: ") + p.errorString();
    } else {
        r.exitCode = p.exitCode();
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline QString shownJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QStringLiteral("(absent)");
    }
    return {};
}

// Compares expected with actual where expected is a subset: objects key by key (keys only
// in actual are free), lists element by element with equal length, scalars exactly and of
// the same JSON type ("1.00" is not 1). Returns every mismatch, one per line, each with its
// JSON path ("$.gaps[0].lateFee"), the expected and the actual value; empty when it matches.
inline QStringList subsetMismatches(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path = QStringLiteral("$"))
{
    auto mismatch = [&](const QString &why) {
        return QStringList { path + QStringLiteral(": ") + why + QStringLiteral("; expected ")
            + shownJson(expected) + QStringLiteral(", actual ") + shownJson(actual) };
    };
    if (expected.type() != actual.type())
        return mismatch(QStringLiteral("different JSON type"));
    QStringList out;
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString sub = path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key()))
                out << sub + QStringLiteral(": missing from the output; expected ")
                        + shownJson(it.value());
            else
                out << subsetMismatches(it.value(), a.value(it.key()), sub);
        }
        return out;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return mismatch(
                QStringLiteral("list of %1 elements instead of %2").arg(a.size()).arg(e.size()));
        for (qsizetype i = 0; i < e.size(); ++i)
            out << subsetMismatches(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i));
        return out;
    }
    if (expected != actual)
        return mismatch(QStringLiteral("different value"));
    return out;
}

// Parses text that must be one JSON object; on failure returns false and says why.
inline bool parseObject(const QByteArray &text, QJsonObject *obj, QString *why)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *why = QStringLiteral("not JSON (%1 at offset %2): %3")
                   .arg(pe.errorString())
                   .arg(pe.offset)
                   .arg(QString::fromUtf8(text.left(300)));
        return false;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("JSON but not an object: ") + QString::fromUtf8(text.left(300));
        return false;
    }
    *obj = doc.object();
    return true;
}

} // namespace clitest
