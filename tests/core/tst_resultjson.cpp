// SPDX-License-Identifier: GPL-3.0-or-later
// The compact writer that compute --json and batch both go through: for every case file in
// the repository, with and without the trace, its text is valid JSON, and "line" is
// appended without disturbing the result object. The contract's figures themselves are
// checked by the CLI's golden tests.
#include "explain/passagelinker.h"
#include "io/caseloader.h"
#include "io/jsonwriter.h"
#include "io/resultjson.h"
#include "rules/engine.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace yibao;

class TestResultJson : public QObject
{
    Q_OBJECT

private slots:
    void compactEqualsObject_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *dir : { YIBAO_CASES_PUBLIC, YIBAO_CASES_OWN }) {
            const QDir d(QString::fromUtf8(dir));
            for (const QString &name :
                d.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name)) << d.filePath(name);
        }
        QTest::newRow("example") << QStringLiteral(YIBAO_EXAMPLE_CASE);
    }

    void compactEqualsObject()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        InputErrors errors;
        const auto loaded = loadCase(
            f.readAll(), std::nullopt, std::nullopt, yibao::test::library().profiles(), &errors);
        QVERIFY2(loaded, qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        Result r = compute(loaded->c, *loaded->profile);
        attachPassages(r.trace, yibao::test::library().links());
        for (const bool trace : { false, true }) {
            QJsonParseError error;
            const QJsonDocument doc
                = QJsonDocument::fromJson(ResultJson::toCompactJson(r, trace, 7), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QJsonObject expected = ResultJson::toJson(r, trace);
            expected.insert(QLatin1String("line"), 7);
            QCOMPARE(doc.object(), expected);
        }
    }

    void escapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c");
        QTest::newRow("control characters") << QStringLiteral("line\nnext\ttab\r\x01");
        QTest::newRow("chinese") << QStringLiteral("断缴 3 个月：“补缴”");
        QTest::newRow("empty") << QString();
    }

    void escapes()
    {
        QFETCH(QString, text);
        QByteArray out;
        JsonWriter w(out);
        w.beginArray();
        w.value(text);
        w.value(qint64(-42));
        w.null();
        w.endArray();
        const QJsonArray parsed = QJsonDocument::fromJson(out).array();
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(parsed.at(0).toString(), text);
        QCOMPARE(parsed.at(1).toInteger(), -42);
        QVERIFY(parsed.at(2).isNull());
    }
};

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_resultjson.moc"
