// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include "storage/autosavestore.h"
#include "storage/consultationstore.h"
#include "storage/corpusstore.h"
#include "storage/databaserecovery.h"

#include <QSqlQuery>

using namespace yibao;
using storagetest::readFile;

class TestDatabaseRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1/yibao.sqlite").arg(++m_n)); }

    const QDateTime m_now { QDate(2026, 11, 28), QTime(9, 15, 2) };

    // A database with 300 consultations and an autosave, closed (WAL checkpointed).
    static void fill(const QString &path)
    {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore consultations(db);
        for (int i = 0; i < 300; ++i) {
            Consultation c;
            c.clientName = QStringLiteral("客户%1").arg(i);
            c.idNumber = QStringLiteral("11010519491231002X");
            c.note = QString(200, QChar(0x6CE8)); // 注…: rows of some size, many pages
            c.c = storagetest::sampleCase(i);
            QVERIFY2(consultations.save(c, &error), qPrintable(error));
        }
        AutosaveStore autosave(db);
        QVERIFY2(autosave.save(QByteArrayLiteral("{\"unsaved\":true}"), QString(), &error),
            qPrintable(error));
    }

    static void overwrite(const QString &path, qint64 at, qint64 length)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        QByteArray garbage(length, '\0');
        quint32 x = 2463534242u; // xorshift: the same bytes on every run
        for (char &c : garbage) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x & 0xff);
        }
        QCOMPARE(f.write(garbage), length);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void soundFileOpensAsIs()
    {
        const QString path = newPath();
        fill(path);
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY(!report.recovered);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".damaged-20261128-091502")));
        ConsultationStore store(db);
        QCOMPARE(store.count(&error), 300);
    }

    void garbageFileIsMovedAside()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        overwrite(path, 0, 20000);
        const QByteArray garbage = readFile(path);

        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY(report.recovered);
        QVERIFY2(!report.problem.isEmpty(), qPrintable(report.toText()));
        const QString aside = path + QStringLiteral(".damaged-20261128-091502");
        QCOMPARE(report.damagedPath, aside);
        QCOMPARE(readFile(aside), garbage); // moved, not altered
        QVERIFY(!report.autosaveSalvaged);
        QCOMPARE(report.consultationsFound, 0);
        QVERIFY2(report.toText().contains(aside), qPrintable(report.toText()));

        // The fresh database works, and the corpus is rebuilt into it.
        ConsultationStore store(db);
        Consultation c;
        c.c = storagetest::sampleCase();
        QVERIFY2(store.save(c, &error), qPrintable(error));
        QVERIFY2(CorpusStore(db).ensureBundled(&error), qPrintable(error));
        QVERIFY(!DatabaseRecovery::checkIntegrity(db));

        // A second damage in the same second gets a name of its own.
        db.close();
        overwrite(path, 0, 4096);
        Database again(path);
        QVERIFY2(DatabaseRecovery::open(again, &report, &error, m_now), qPrintable(error));
        QVERIFY(report.recovered);
        QCOMPARE(report.damagedPath, aside + QStringLiteral("-2"));
    }

    void damagedHeaderOfAValidFile()
    {
        const QString path = newPath();
        fill(path);
        overwrite(path, 0, 100);
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY(report.recovered);
        QVERIFY(QFileInfo::exists(report.damagedPath));
        QCOMPARE(ConsultationStore(db).count(&error), 0);
    }

    void damagedMiddleOfAValidFile_data()
    {
        QTest::addColumn<int>("percent");
        // Where the garbage starts, in % of the file: consultation rows or their indexes.
        QTest::newRow("at 30%") << 30;
        QTest::newRow("at 50%") << 50;
        QTest::newRow("at 75%") << 75;
    }
    void damagedMiddleOfAValidFile()
    {
        QFETCH(int, percent);
        const QString path = newPath();
        fill(path);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 100000);
        overwrite(path, size * percent / 100 / 4096 * 4096, 4 * 4096);

        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY2(report.recovered, qPrintable(report.toText()));
        QVERIFY2(report.problem.contains(QStringLiteral("integrity_check"))
                || report.problem.contains(QStringLiteral("malformed")),
            qPrintable(report.problem));
        QVERIFY(QFileInfo::exists(report.damagedPath));
        // The autosave lives in an early page and is read back before the file is moved.
        QVERIFY2(report.autosaveSalvaged, qPrintable(report.toText()));
        const auto autosave = AutosaveStore(db).load(&error);
        QVERIFY2(autosave, qPrintable(error));
        QCOMPARE(autosave->caseJson, QByteArrayLiteral("{\"unsaved\":true}"));
        // Whatever rows still read are in the fresh file, their cases intact.
        QVERIFY2(report.consultationsFound > 0, qPrintable(report.toText()));
        QVERIFY(report.consultationsSalvaged <= report.consultationsFound);
        ConsultationStore store(db);
        QCOMPARE(store.count(&error), report.consultationsSalvaged);
        const auto rows = store.list({}, &error);
        QVERIFY2(rows, qPrintable(error));
        for (const ConsultationRow &r : *rows)
            QVERIFY2(store.load(r.id, &error), qPrintable(error));
        QVERIFY(!DatabaseRecovery::checkIntegrity(db));
        qInfo("%s", qPrintable(report.toText()));
    }

    void newerSchemaIsNotDamage()
    {
        const QString path = newPath();
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(db.execSql(QStringLiteral("PRAGMA user_version = 99"), &error));
        }
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY(!DatabaseRecovery::open(db, &report, &error, m_now));
        QVERIFY2(
            error.contains(path) && error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!report.recovered);
        QVERIFY(QFileInfo::exists(path));
    }

    // Root-proof: the folder cannot be made because a file of that name is in the way.
    void folderThatCannotBeMadeGivesAClearError()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString path = blocker + QStringLiteral("/data/yibao.sqlite");
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY(!DatabaseRecovery::open(db, &report, &error, m_now));
        QVERIFY2(error.contains(blocker), qPrintable(error));
        QVERIFY(!report.recovered);
    }

    void readOnlyFolderGivesAClearError()
    {
        if (storagetest::runningAsRoot())
            QSKIP("root ignores file permissions");
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString path = folder + QStringLiteral("/yibao.sqlite");
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY(!DatabaseRecovery::open(db, &report, &error, m_now));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!report.recovered);
        QVERIFY(!QFileInfo::exists(path));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void readOnlyFolderWithAnExistingFile()
    {
        if (storagetest::runningAsRoot())
            QSKIP("root ignores file permissions");
        const QString folder = m_dir.filePath(QStringLiteral("readonly2"));
        const QString path = folder + QStringLiteral("/yibao.sqlite");
        fill(path);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY(!DatabaseRecovery::open(db, &report, &error, m_now));
        QVERIFY2(error.contains(folder) && error.contains(QStringLiteral("read-only")),
            qPrintable(error));
        QVERIFY(!report.recovered);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(QFileInfo::exists(path));
    }

    void readOnlyFileGivesAClearError()
    {
        if (storagetest::runningAsRoot())
            QSKIP("root ignores file permissions");
        const QString path = newPath();
        fill(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY(!DatabaseRecovery::open(db, &report, &error, m_now));
        QVERIFY2(
            error.contains(path) && error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(!report.recovered);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRecovery)
#include "tst_databaserecovery.moc"
