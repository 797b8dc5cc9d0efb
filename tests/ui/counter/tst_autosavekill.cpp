// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing typed is lost: the window with its counter workflow is started as a process of
// its own (counterchild.cpp), makes one edit (--edit), is killed with SIGKILL once the
// autosave is on disk, and started again with --restore-autosave; the restored case is
// read back through --print-case. Also: a damaged database does not stop the start. Each
// run has its own HOME and XDG folders, so the user's database is never touched.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

class Sandbox
{
public:
    Sandbox() = default;
    bool isValid() const { return m_dir.isValid(); }
    QString dbPath() const
    {
        return m_dir.filePath(QStringLiteral("data/yibao/yibao/yibao.sqlite"));
    }

    // A file where the data folder should be: nothing can be created there (a read-only
    // folder would not do: tests may run as root, whom permissions do not stop).
    bool blockDataFolder()
    {
        QFile f(m_dir.filePath(QStringLiteral("data")));
        return f.open(QIODevice::WriteOnly) && f.write("not a folder") > 0;
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return e;
    }

    // Runs the window to its end with --print-case and returns what it printed.
    QJsonObject printCase(const QStringList &args, QString *stderrText)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(YIBAO_COUNTER_CHILD_EXE),
            args + QStringList { QStringLiteral("--print-case") });
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        *stderrText = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private:
    QTemporaryDir m_dir;
};

// The autosave slots as the children left them (all of them, one per line), read through a
// read-only connection.
QByteArray autosaveOnDisk(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    QByteArray json;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT case_json FROM autosave ORDER BY slot")))
                while (q.next())
                    json += q.value(0).toString().toUtf8() + '\n';
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return json;
}

} // namespace

class TestAutosaveKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoredAfterKill_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("5432.10") << QStringLiteral("5432.10");
        // A value that does not parse is kept as typed, not dropped.
        QTest::newRow("5OOO") << QStringLiteral("5OOO");
    }

    void restoredAfterKill()
    {
        QFETCH(QString, typed);
        Sandbox box;
        QVERIFY(box.isValid());
        const QString casePath = QStringLiteral(YIBAO_EXAMPLE_CASE);

        QProcess child;
        child.setProcessEnvironment(box.env());
        child.start(QStringLiteral(YIBAO_COUNTER_CHILD_EXE),
            { QStringLiteral("--open"), casePath, QStringLiteral("--edit"), typed });
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(autosaveOnDisk(box.dbPath()).contains(typed.toUtf8()), 30000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no clean-up of any kind runs
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QString log;
        const QJsonObject out = box.printCase({ QStringLiteral("--restore-autosave") }, &log);
        QVERIFY2(!out.isEmpty(), qPrintable(log));
        const QJsonObject c = out.value(QLatin1String("case")).toObject();
        QCOMPARE(c.value(QLatin1String("periods"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("base"))
                     .toString(),
            typed);
        QCOMPARE(out.value(QLatin1String("modified")).toBool(), true);
        QCOMPARE(out.value(QLatin1String("filePath")).toString(), casePath);
        // The rest of the case is the file's.
        QCOMPARE(c.value(QLatin1String("periods")).toArray().size(), 5);
    }

    // Two window processes on one database. Expected: each autosaves a slot of its own; a
    // window started while they run restores neither; after one is killed with SIGKILL,
    // the next start restores that one's case and leaves the running one's alone.
    void twoWindowsAtOnce()
    {
        Sandbox box;
        QVERIFY(box.isValid());
        const auto start = [&box](QProcess &p, const QString &typed) {
            p.setProcessEnvironment(box.env());
            p.start(QStringLiteral(YIBAO_COUNTER_CHILD_EXE), { QStringLiteral("--edit"), typed });
            return p.waitForStarted();
        };
        const auto restoredBase = [&box](QString *log) {
            const QJsonObject out = box.printCase({ QStringLiteral("--restore-autosave") }, log);
            if (!out.value(QLatin1String("modified")).toBool())
                return QString();
            return out.value(QLatin1String("case"))
                .toObject()
                .value(QLatin1String("periods"))
                .toArray()
                .at(0)
                .toObject()
                .value(QLatin1String("base"))
                .toString();
        };
        QProcess a, b;
        QVERIFY(start(a, QStringLiteral("1111")));
        QTRY_VERIFY_WITH_TIMEOUT(autosaveOnDisk(box.dbPath()).contains("1111"), 30000);
        QString log;
        QCOMPARE(restoredBase(&log), QString()); // A runs: its case is not offered
        QVERIFY2(autosaveOnDisk(box.dbPath()).contains("1111"), qPrintable(log));

        QVERIFY(start(b, QStringLiteral("2222")));
        QTRY_VERIFY_WITH_TIMEOUT(autosaveOnDisk(box.dbPath()).contains("2222"), 30000);
        QVERIFY(autosaveOnDisk(box.dbPath()).contains("1111")); // B did not overwrite A

        a.kill(); // SIGKILL
        QVERIFY(a.waitForFinished());
        QCOMPARE(restoredBase(&log), QStringLiteral("1111"));
        QCOMPARE(b.state(), QProcess::Running);
        QVERIFY(autosaveOnDisk(box.dbPath()).contains("2222"));

        b.kill();
        QVERIFY(b.waitForFinished());
        QCOMPARE(restoredBase(&log), QStringLiteral("2222"));
        QCOMPARE(autosaveOnDisk(box.dbPath()), QByteArray()); // each restored once, then gone
    }

    void noAutosaveAfterACleanRun()
    {
        Sandbox box;
        QString log;
        const QJsonObject out = box.printCase({ QStringLiteral("--restore-autosave") }, &log);
        QVERIFY2(!out.isEmpty(), qPrintable(log));
        QCOMPARE(out.value(QLatin1String("modified")).toBool(), false);
        QVERIFY(out.value(QLatin1String("filePath")).toString().isEmpty());
    }

    void unwritableDataFolderStillStarts()
    {
        Sandbox box;
        QVERIFY(box.blockDataFolder());
        QString log;
        const QJsonObject out
            = box.printCase({ QStringLiteral("--open"), QStringLiteral(YIBAO_EXAMPLE_CASE) }, &log);
        QVERIFY2(!out.isEmpty(), qPrintable(log)); // the window came up with the case
        QCOMPARE(out.value(QLatin1String("case"))
                     .toObject()
                     .value(QLatin1String("periods"))
                     .toArray()
                     .size(),
            5);
        QVERIFY2(log.contains(QStringLiteral("database: ")), qPrintable(log)); // and said why
    }

    void damagedDatabaseIsMovedAsideAndStartGoesOn()
    {
        Sandbox box;
        QString log;
        QVERIFY(!box.printCase({}, &log).isEmpty()); // creates the database
        QFile f(box.dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(4096, 'x')); // the header and the first page gone
        f.close();

        const QJsonObject out = box.printCase({}, &log);
        QVERIFY2(!out.isEmpty(), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(".damaged-")), qPrintable(log));
        const QStringList aside
            = QDir(QFileInfo(box.dbPath()).absolutePath())
                  .entryList({ QStringLiteral("yibao.sqlite.damaged-*") }, QDir::Files);
        QVERIFY2(!aside.isEmpty(), qPrintable(log));
        QVERIFY(QFile::exists(box.dbPath())); // a fresh one
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)
#include "tst_autosavekill.moc"
