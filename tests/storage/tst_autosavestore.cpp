// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include "io/casejson.h"
#include "storage/autosavestore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace yibao;

namespace {

// The case as it stands after the clerk's n-th edit.
QByteArray edit(int n)
{
    return CaseJson::serialize(storagetest::sampleCase(n));
}

// The child process of the kill tests: autosaves edit 1, 2, … and reports each one on
// stdout once save() has returned. With a last edit it kills itself right after saving
// it; without, it keeps going until the parent kills it.
int autosaveChild(const QString &path, int last)
{
    Database db(path);
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    AutosaveStore store(db);
    if (!store.claimSlot(&error)) { // a window of its own, as yibao's
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int n = 1; last == 0 || n <= last; ++n) {
        if (!store.save(edit(n), QString(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
        if (n == last)
            std::raise(SIGKILL);
    }
    return 0;
}

} // namespace

class TestAutosaveStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1/yibao.sqlite").arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyAtFirst()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AutosaveStore store(db);
        QVERIFY(!store.load(&error));
        QVERIFY(error.isEmpty());
    }

    void saveReplacesAndSurvivesReopen()
    {
        const QString path = newPath();
        const QDateTime t(QDate(2026, 11, 28), QTime(9, 30, 12, 250), Qt::OffsetFromUTC, 8 * 3600);
        const QByteArray first = CaseJson::serialize(storagetest::sampleCase(1));
        const QByteArray second = CaseJson::serialize(storagetest::sampleCase(2));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            AutosaveStore store(db);
            store.setClock([t] { return t; });
            QVERIFY2(store.save(first, QStringLiteral("/home/u/张三.yibao.json"), &error, 7),
                qPrintable(error));
            QVERIFY2(store.save(second, QString(), &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM autosave")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AutosaveStore store(db);
        const auto a = store.load(&error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->caseJson, second);
        QCOMPARE(a->filePath, QString());
        QCOMPARE(a->consultationId, qint64(0));
        QCOMPARE(a->savedAt, t);
        QVERIFY2(store.clear(&error), qPrintable(error));
        QVERIFY(!store.load(&error));
        QVERIFY(error.isEmpty());
    }

    void keepsPathAndConsultation()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AutosaveStore store(db);
        // The window may autosave a half-typed form that is not a valid case yet.
        const QByteArray half = QByteArrayLiteral("{\"periods\":[{\"from\":\"2016-0\"}]}");
        QVERIFY2(store.save(half, QStringLiteral("/tmp/案例.yibao.json"), &error, 12),
            qPrintable(error));
        const auto a = store.load(&error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->caseJson, half);
        QCOMPARE(a->filePath, QStringLiteral("/tmp/案例.yibao.json"));
        QCOMPARE(a->consultationId, qint64(12));
    }

    // Two windows on one database: each writes a slot of its own, neither sees the other's
    // as left behind while it runs, and declining one left behind deletes that one only.
    void eachWindowHasItsOwnSlot()
    {
        const QString path = newPath();
        Database dbA(path), dbB(path), dbC(path);
        QString error;
        QVERIFY2(dbA.open(&error) && dbB.open(&error) && dbC.open(&error), qPrintable(error));
        AutosaveStore a(dbA);
        auto b = std::make_unique<AutosaveStore>(dbB);
        QVERIFY2(a.claimSlot(&error), qPrintable(error));
        QVERIFY2(b->claimSlot(&error), qPrintable(error));
        QCOMPARE(a.slot(), 1);
        QCOMPARE(b->slot(), 2);
        QVERIFY(QFileInfo::exists(AutosaveStore::lockPath(path, 1)));
        QVERIFY2(a.save(edit(1), QString(), &error), qPrintable(error));
        QVERIFY2(b->save(edit(2), QString(), &error), qPrintable(error));
        QCOMPARE(a.load(&error)->caseJson, edit(1));
        QCOMPARE(b->load(&error)->caseJson, edit(2));
        QCOMPARE(a.all(&error)->size(), 2);
        // Both running: nothing is left behind.
        QCOMPARE(a.orphans(&error)->size(), 0);
        QCOMPARE(b->orphans(&error)->size(), 0);

        // B ends without clearing (a crash): its slot is A's to offer, and a window that
        // starts now takes a third slot rather than B's.
        b.reset();
        const auto left = a.orphans(&error);
        QVERIFY2(left, qPrintable(error));
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->constFirst().slot, 2);
        QCOMPARE(left->constFirst().caseJson, edit(2));
        AutosaveStore c(dbC);
        QVERIFY2(c.claimSlot(&error), qPrintable(error));
        QCOMPARE(c.slot(), 3);
        QCOMPARE(c.orphans(&error)->size(), 0); // A holds B's while it asks
        // Declined: B's slot goes, A's stays.
        QVERIFY2(a.discard(2, &error), qPrintable(error));
        QCOMPARE(a.all(&error)->size(), 1);
        QCOMPARE(a.load(&error)->caseJson, edit(1));
        QVERIFY(!QFileInfo::exists(AutosaveStore::lockPath(path, 2)));
    }

    // A window restores one left behind: it becomes that window's slot, the old one goes.
    void adoptMovesTheCaseIntoTheOwnSlot()
    {
        const QString path = newPath();
        Database dbA(path), dbB(path);
        QString error;
        QVERIFY2(dbA.open(&error) && dbB.open(&error), qPrintable(error));
        {
            AutosaveStore gone(dbB);
            QVERIFY2(gone.claimSlot(&error), qPrintable(error));
            QVERIFY2(gone.save(edit(5), QStringLiteral("/tmp/x.yibao.json"), &error, 9),
                qPrintable(error));
        }
        AutosaveStore a(dbA);
        QVERIFY2(a.claimSlot(&error), qPrintable(error));
        QCOMPARE(a.slot(), 2);
        const auto left = a.orphans(&error);
        QVERIFY2(left && left->size() == 1, qPrintable(error));
        QVERIFY2(a.adopt(left->constFirst(), &error), qPrintable(error));
        const auto mine = a.load(&error);
        QVERIFY2(mine, qPrintable(error));
        QCOMPARE(mine->caseJson, edit(5));
        QCOMPARE(mine->filePath, QStringLiteral("/tmp/x.yibao.json"));
        QCOMPARE(mine->consultationId, qint64(9));
        QCOMPARE(a.all(&error)->size(), 1);
    }

    // A window in another process: not offered while it runs; offered once it is killed.
    void runningProcessIsNotOfferedKilledOneIs()
    {
        const QString path = newPath();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--autosave-child"), path, QStringLiteral("0") });
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForReadyRead(30000));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AutosaveStore mine(db);
        QVERIFY2(mine.claimSlot(&error), qPrintable(error));
        QCOMPARE(mine.slot(), 2);
        QCOMPARE(mine.orphans(&error)->size(), 0);
        // Still nothing when the lock file is an hour old: a window runs for hours, and
        // only a dead process makes its lock stale (not QLockFile's default 30 s).
        {
            QFile lock(AutosaveStore::lockPath(path, 1));
            QVERIFY(lock.open(QIODevice::ReadOnly));
            QVERIFY(lock.setFileTime(
                QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QCOMPARE(mine.orphans(&error)->size(), 0);
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        const auto left = mine.orphans(&error);
        QVERIFY2(left, qPrintable(error));
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->constFirst().slot, 1);
        InputErrors errors;
        QVERIFY(CaseJson::parse(left->constFirst().caseJson, &errors));
    }

    // State: the clerk has typed 25 edits, each autosaved. Action: the process is killed
    // (SIGKILL: no destructor, no flush) right after the last save returned. Expected: the
    // next start finds the 25th edit, byte for byte.
    void survivesKillAfterTheLastSave()
    {
        const QString path = newPath();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--autosave-child"), path, QStringLiteral("25") });
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> reported = child.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(reported.last(), QByteArray("25"));

        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const auto a = AutosaveStore(db).load(&error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->caseJson, edit(25));
    }

    // Action: the process is killed from outside while it is autosaving as fast as it can.
    // Expected: the slot holds a whole edit (never a torn one), and not an older one than
    // the last the child reported saved.
    void survivesKillWhileSaving()
    {
        const QString path = newPath();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--autosave-child"), path, QStringLiteral("0") });
        QVERIFY(child.waitForStarted(10000));
        QByteArray seen;
        while (seen.count('\n') < 20 && child.waitForReadyRead(30000))
            seen += child.readAllStandardOutput();
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        seen += child.readAllStandardOutput();
        const QList<QByteArray> reported = seen.trimmed().split('\n');
        const int lastReported = reported.last().toInt();
        QVERIFY(lastReported >= 20);

        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const auto a = AutosaveStore(db).load(&error);
        QVERIFY2(a, qPrintable(error));
        InputErrors errors;
        const auto restored = CaseJson::parse(a->caseJson, &errors);
        QVERIFY2(restored, qPrintable(QString::fromUtf8(a->caseJson.left(200))));
        // sampleCase(n) puts n into the first base; the restored edit is the last reported
        // or the one after it (saved, killed before it could say so).
        const qint64 n = restored->periods.first().base->fen() - 500000;
        QVERIFY2(n == lastReported || n == lastReported + 1,
            qPrintable(
                QStringLiteral("restored edit %1, last reported %2").arg(n).arg(lastReported)));
        QCOMPARE(a->caseJson, edit(int(n)));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--autosave-child") == 0) {
        QCoreApplication app(argc, argv);
        return autosaveChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestAutosaveStore t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "tst_autosavestore.moc"
