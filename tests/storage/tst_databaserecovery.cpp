// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"
#include "testlibrary.h"

#include "storage/autosavestore.h"
#include "storage/consultationstore.h"
#include "storage/corpusstore.h"
#include "storage/databaserecovery.h"

#include <QElapsedTimer>
#include <QScopeGuard>
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
    static constexpr QFileDevice::Permissions OwnerAll
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

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
            // the figures kept with it: stored as given, so any text stands for them here
            c.resultJson = QStringLiteral("{\"figures\":%1}").arg(i).toUtf8();
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

    // The root page of a table and the page size, read before the damage.
    static std::pair<int, int> rootPageOf(const QString &path, const QString &table)
    {
        Database db(path);
        QString error;
        if (!db.open(&error))
            return { 0, 0 };
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        if (!q.exec() || !q.next())
            return { 0, 0 };
        const int root = q.value(0).toInt();
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return { 0, 0 };
        return { root, q.value(0).toInt() };
    }

    // Garbage over page n (1-based) of the file.
    static void overwritePage(const QString &path, int n, int pageSize)
    {
        overwrite(path, qint64(n - 1) * pageSize, pageSize);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // State: 300 consultations; the root page of one table overwritten. Expected: the
    // other table is read on its own. A lost case table keeps every name and ID number
    // (each consultation with a note that its case is lost); a lost consultation table
    // keeps every case (as a consultation whose details are lost).
    void damagedTableLeavesTheOtherWhole_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("cases lost") << QStringLiteral("consultation_case");
        QTest::newRow("details lost") << QStringLiteral("consultation");
    }
    void damagedTableLeavesTheOtherWhole()
    {
        QFETCH(QString, table);
        const QString path = newPath();
        fill(path);
        const auto [root, pageSize] = rootPageOf(path, table);
        QVERIFY(root > 1 && pageSize > 0);
        overwritePage(path, root, pageSize);

        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY2(report.recovered, qPrintable(report.toText()));
        QCOMPARE(report.consultationsFound, 300);
        QCOMPARE(report.consultationsSalvaged, 300);
        QCOMPARE(report.consultationsLost, 0);
        ConsultationStore store(db);
        QCOMPARE(store.count(&error), 300);
        for (qint64 id : { 1, 150, 300 }) {
            const auto c = store.load(id, &error);
            QVERIFY2(c, qPrintable(error));
            if (table == QLatin1String("consultation_case")) {
                QCOMPARE(report.casesLost, 300);
                QVERIFY(c->caseLost);
                QCOMPARE(c->clientName, QStringLiteral("客户%1").arg(id - 1));
                QCOMPARE(c->idNumber, QStringLiteral("11010519491231002X"));
                QVERIFY2(c->note.contains(QStringLiteral("案例丢失")), qPrintable(c->note));
                QVERIFY(c->note.endsWith(QString(200, QChar(0x6CE8)))); // the old note kept
                QVERIFY(c->resultJson.isEmpty()); // lost with the case
            } else {
                QCOMPARE(report.casesLost, 0);
                QVERIFY(!c->caseLost);
                QCOMPARE(c->c, storagetest::sampleCase(int(id - 1)));
                QVERIFY2(c->note.contains(QStringLiteral("客户资料丢失")), qPrintable(c->note));
                // the figures kept with the case come back with it
                QCOMPARE(c->resultJson, QStringLiteral("{\"figures\":%1}").arg(id - 1).toUtf8());
            }
        }
        // A consultation kept without its case is typed again and saved into the same row.
        if (table == QLatin1String("consultation_case")) {
            auto c = store.load(7, &error);
            c->c = storagetest::sampleCase(6);
            QVERIFY2(store.save(*c, &error), qPrintable(error));
            QCOMPARE(store.load(7, &error)->c, storagetest::sampleCase(6));
        }
        QVERIFY(!DatabaseRecovery::checkIntegrity(db));
    }

    // State: a consultation id of 4 000 000 000 and a damaged page in the middle of the
    // consultations. Expected: the salvage looks up as many ids as there are rows (not
    // every id up to the largest): it ends at once, and the row of the large id is back.
    void largeIdDoesNotHangTheSalvage()
    {
        const QString path = newPath();
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ConsultationStore store(db);
            for (int i = 0; i < 60; ++i) {
                Consultation c;
                c.clientName = QStringLiteral("客户%1").arg(i);
                c.note = QStringLiteral("marker-%1-").arg(i, 4, 10, QLatin1Char('0'))
                    + QString(300, QLatin1Char('n'));
                c.c = storagetest::sampleCase(i);
                QVERIFY2(store.save(c, &error), qPrintable(error));
            }
            QVERIFY(db.execSql(QStringLiteral("PRAGMA foreign_keys=OFF"), &error));
            QVERIFY(db.execSql(
                QStringLiteral("UPDATE consultation SET id = 4000000000 WHERE id = 60"), &error));
            QVERIFY(db.execSql(QStringLiteral("UPDATE consultation_case SET consultation = "
                                              "4000000000 WHERE consultation = 60"),
                &error));
        }
        // The page that holds consultation 30's row: found by its note in the file.
        const QByteArray bytes = readFile(path);
        const qsizetype at = bytes.indexOf("marker-0029-");
        QVERIFY(at > 0);
        QVERIFY(bytes.indexOf("marker-0029-", at + 1) < 0);
        const int pageSize = rootPageOf(path, QStringLiteral("consultation")).second;
        overwritePage(path, int(at / pageSize) + 1, pageSize);

        QElapsedTimer t;
        t.start();
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(report.recovered, qPrintable(report.toText()));
        QVERIFY2(report.consultationsFound >= 50 && report.consultationsFound <= 60,
            qPrintable(report.toText()));
        const auto big = ConsultationStore(db).load(4000000000LL, &error);
        QVERIFY2(big, qPrintable(error + QLatin1Char('\n') + report.toText()));
        QCOMPARE(big->clientName, QStringLiteral("客户59"));
        QCOMPARE(big->c, storagetest::sampleCase(59));
        qInfo("%s", qPrintable(report.toText()));
    }

    // A file of 0 bytes is not damage, but it is said: a database that was there is gone.
    void emptyFileIsSaid()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Database db(path);
        RecoveryReport report;
        QString error;
        QVERIFY2(DatabaseRecovery::open(db, &report, &error, m_now), qPrintable(error));
        QVERIFY(!report.recovered);
        QVERIFY(report.wasEmpty);
        QVERIFY2(report.toText().contains(QStringLiteral("0 bytes")), qPrintable(report.toText()));
        db.close();
        // Once it holds the schema, the next start says nothing.
        Database again(path);
        QVERIFY2(DatabaseRecovery::open(again, &report, &error, m_now), qPrintable(error));
        QVERIFY(!report.wasEmpty);
        // And a new file the program creates itself is not "empty" either.
        Database fresh(newPath());
        QVERIFY2(DatabaseRecovery::open(fresh, &report, &error, m_now), qPrintable(error));
        QVERIFY(!report.wasEmpty);
    }

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
        QVERIFY2(CorpusStore(db).ensureBundled(yibao::test::library(), &error), qPrintable(error));
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
        STORAGETEST_WITHOUT_DAC_OVERRIDE();
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto writable = qScopeGuard([&] { QFile::setPermissions(folder, OwnerAll); });
        QVERIFY(!QFileInfo(folder).isWritable()); // the check below means something
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
        STORAGETEST_WITHOUT_DAC_OVERRIDE();
        const QString folder = m_dir.filePath(QStringLiteral("readonly2"));
        const QString path = folder + QStringLiteral("/yibao.sqlite");
        fill(path);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto writable = qScopeGuard([&] { QFile::setPermissions(folder, OwnerAll); });
        QVERIFY(!QFileInfo(folder).isWritable());
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
        STORAGETEST_WITHOUT_DAC_OVERRIDE();
        const QString path = newPath();
        fill(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        QVERIFY(!QFileInfo(path).isWritable());
        QFile probe(path);
        QVERIFY(!probe.open(QIODevice::ReadWrite)); // EACCES, for root too
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
