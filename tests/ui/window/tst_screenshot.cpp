// SPDX-License-Identifier: GPL-3.0-or-later
// `yibao --open CASE --screenshot FILE [--lang en] [--tab N] [--select CARD]`: a PNG of
// the window at 1440×900 and exit 0, also for a case with wrong values (shown as the
// clerk would see it); exit 2 for a file that is not a case or an unknown option value.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Runs the window program with its settings in the temporary directory.
    int run(const QStringList &args, QString *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(YIBAO_GUI_EXE), args);
        if (!p.waitForFinished(60000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void good_case_gives_a_1440x900_png_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }
    void good_case_gives_a_1440x900_png()
    {
        QFETCH(QString, lang);
        const QString png = m_dir.filePath(QStringLiteral("window-%1.png").arg(lang));
        QString err;
        QCOMPARE(run({ QStringLiteral("--open"), QStringLiteral(YIBAO_EXAMPLE_CASE),
                         QStringLiteral("--screenshot"), png, QStringLiteral("--lang"), lang },
                     &err),
            0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1440, 900));
    }

    void case_with_input_errors_is_rendered()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.yibao.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "yibao-case/1", "asOf": "2026-11-23",
                 "person": {"birth": "1975-05-12", "sex": "male", "category": "male"},
                 "periods": [{"from": "2016-01", "to": "2016-04", "kind": "employee", "base": "5000.123", "status": "paid"}]})");
        f.close();
        const QString png = m_dir.filePath(QStringLiteral("bad.png"));
        QString err;
        QCOMPARE(run({ QStringLiteral("--open"), path, QStringLiteral("--screenshot"), png,
                         QStringLiteral("--tab"), QStringLiteral("0"), QStringLiteral("--select"),
                         QStringLiteral("errors") },
                     &err),
            0);
        QCOMPARE(QImage(png).size(), QSize(1440, 900));
    }

    void not_a_case_or_unknown_card_exits_2()
    {
        const QString path = m_dir.filePath(QStringLiteral("notacase.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[1, 2]");
        f.close();
        const QString png = m_dir.filePath(QStringLiteral("no.png"));
        QString err;
        QCOMPARE(
            run({ QStringLiteral("--open"), path, QStringLiteral("--screenshot"), png }, &err), 2);
        QVERIFY(!QFile::exists(png));
        QCOMPARE(run({ QStringLiteral("--open"), QStringLiteral(YIBAO_EXAMPLE_CASE),
                         QStringLiteral("--screenshot"), png, QStringLiteral("--select"),
                         QStringLiteral("nosuchcard") },
                     &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--select")), qPrintable(err));
        QVERIFY(!QFile::exists(png));
    }

    void unknown_language_exits_2()
    {
        QString err;
        QCOMPARE(run({ QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("x.png")),
                         QStringLiteral("--lang"), QStringLiteral("fr") },
                     &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--lang")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
