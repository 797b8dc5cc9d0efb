// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"
#include "testlibrary.h"

#include "io/casejson.h"
#include "io/resultjson.h"
#include "policy/policyprofile.h"
#include "policy/profileloader.h"
#include "rules/engine.h"
#include "storage/consultationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace yibao;
using storagetest::sampleCase;

namespace {

// The child process of the two-process tests: another window on the same database.
//   --hold-lock PATH MS     holds the write lock for MS ms (prints "locked" once it has it)
//   --save PATH ID VERSION  saves consultation ID read at VERSION; prints "saved ID",
//                           "conflict" or "error: …"
int storeChild(const QStringList &args)
{
    Database db(args.at(1));
    QString error;
    if (!db.open(&error)) {
        std::printf("error: %s\n", qPrintable(error));
        return 1;
    }
    if (args.at(0) == QLatin1String("--hold-lock")) {
        const bool ok = db.durableTransaction(&error, [&] {
            if (!db.execSql(
                    QStringLiteral("INSERT INTO meta (key, value) VALUES ('held', 'x')"), &error))
                return false;
            std::printf("locked\n");
            std::fflush(stdout);
            std::this_thread::sleep_for(std::chrono::milliseconds(args.at(2).toInt()));
            return true;
        });
        if (!ok)
            std::printf("error: %s\n", qPrintable(error));
        return ok ? 0 : 1;
    }
    ConsultationStore store(db);
    auto c = store.load(args.at(2).toLongLong(), &error);
    if (!c) {
        std::printf("error: %s\n", qPrintable(error));
        return 1;
    }
    c->note = QStringLiteral("保存自另一个窗口");
    c->version = args.at(3).toLongLong();
    bool conflict = false;
    const auto id = store.save(*c, &error, &conflict);
    if (id)
        std::printf("saved %lld\n", static_cast<long long>(*id));
    else if (conflict)
        std::printf("conflict\n");
    else
        std::printf("error: %s\n", qPrintable(error));
    return 0;
}

QString runChild(const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("timeout");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestConsultationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A new database file for each test function, so tests do not see each other's rows.
    QString newPath() { return m_dir.filePath(QStringLiteral("db%1/yibao.sqlite").arg(++m_n)); }

    static Consultation consultation(const QString &name, const QString &id, int n = 0)
    {
        Consultation c;
        c.clientName = name;
        c.idNumber = id;
        c.note = QStringLiteral("问补缴");
        c.c = sampleCase(n);
        // the window names the version of the profile it computed with
        c.profileVersion = yibao::test::library().profiles().find(c.c.profile)->version;
        return c;
    }

    static std::function<QDateTime()> fixedClock(const QDateTime &t)
    {
        return [t] { return t; };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveListReopenGivesTheSameCase()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ConsultationStore store(db);
            const auto saved = store.save(
                consultation(QStringLiteral("张三"), QStringLiteral("110101199003071234")), &error);
            QVERIFY2(saved, qPrintable(error));
            id = *saved;
            QVERIFY(id > 0);
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const auto rows = store.list({}, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 1);
        const ConsultationRow &r = rows->first();
        QCOMPARE(r.id, id);
        QCOMPARE(r.clientName, QStringLiteral("张三"));
        QCOMPARE(r.idMasked, QStringLiteral("110***********1234"));
        QCOMPARE(r.idStatus, IdNumberStatus::WrongCheckDigit);
        QCOMPARE(r.profileId, QStringLiteral("general"));
        QCOMPARE(r.profileVersion, yibao::test::library().profiles().find(u"general")->version);

        const auto loaded = store.load(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->c, sampleCase());
        QCOMPARE(CaseJson::serialize(loaded->c), CaseJson::serialize(sampleCase()));
        QCOMPARE(loaded->clientName, QStringLiteral("张三"));
        // The edit field gets the full number back.
        QCOMPARE(loaded->idNumber, QStringLiteral("110101199003071234"));
        QCOMPARE(loaded->note, QStringLiteral("问补缴"));
        QVERIFY(!loaded->corpusVersion.isEmpty());
        QVERIFY(loaded->createdAt.isValid());
        QCOMPARE(loaded->createdAt, loaded->updatedAt);
    }

    void updateKeepsCreatedTime()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const QDateTime t1(QDate(2026, 11, 2), QTime(9, 15), Qt::OffsetFromUTC, 8 * 3600);
        const QDateTime t2 = t1.addDays(3);
        store.setClock(fixedClock(t1));
        Consultation c = consultation(QStringLiteral("李四"), QString());
        const auto id = store.save(c, &error);
        QVERIFY2(id, qPrintable(error));
        store.setClock(fixedClock(t2));
        c.id = *id;
        c.note = QStringLiteral("复诊");
        c.c.periods.removeLast();
        QCOMPARE(store.save(c, &error), id);
        const auto loaded = store.load(*id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->createdAt, t1);
        QCOMPARE(loaded->updatedAt, t2);
        QCOMPARE(loaded->note, QStringLiteral("复诊"));
        QCOMPARE(loaded->c.periods.size(), 3);
        QCOMPARE(store.count(&error), 1);
    }

    void updateOfAMissingIdFails()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        Consultation c = consultation(QStringLiteral("王五"), QString());
        c.id = 42;
        QVERIFY(!store.save(c, &error));
        QVERIFY2(error.contains(QStringLiteral("42")), qPrintable(error));
        QVERIFY2(error.contains(db.path()), qPrintable(error));
        QCOMPARE(store.count(&error), 0);
    }

    void removeDeletes()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const auto a = store.save(consultation(QStringLiteral("甲"), QString()), &error);
        const auto b = store.save(consultation(QStringLiteral("乙"), QString()), &error);
        QVERIFY(a && b);
        QVERIFY2(store.remove(*a, &error), qPrintable(error));
        QVERIFY(!store.load(*a, &error));
        QVERIFY(store.load(*b, &error));
        QVERIFY(!store.remove(*a, &error));
        QCOMPARE(store.count(&error), 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM consultation_case")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void fromQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("last4");
        QTest::addColumn<QString>("date");
        QTest::newRow("张") << "张"
                            << "张"
                            << ""
                            << "";
        QTest::newRow("1234") << "1234"
                              << ""
                              << "1234"
                              << "";
        QTest::newRow("002x") << "002x"
                              << ""
                              << "002X"
                              << "";
        QTest::newRow("2026-11") << "2026-11"
                                 << ""
                                 << ""
                                 << "2026-11";
        QTest::newRow("2026-11-28") << "2026-11-28"
                                    << ""
                                    << ""
                                    << "2026-11-28";
        QTest::newRow("2026/1/5") << "2026/1/5"
                                  << ""
                                  << ""
                                  << "2026-01-05";
        QTest::newRow("2026年11月") << "2026年11月"
                                    << ""
                                    << ""
                                    << "2026-11";
        QTest::newRow("2026年11月3日") << "2026年11月3日"
                                       << ""
                                       << ""
                                       << "2026-11-03";
        QTest::newRow("张 2026-11 1234") << " 张  2026-11 1234 "
                                         << "张"
                                         << "1234"
                                         << "2026-11";
        QTest::newRow("2026-13 is a name") << "2026-13"
                                           << "2026-13"
                                           << ""
                                           << "";
        QTest::newRow("whole ID number") << "11010519491231002x"
                                         << ""
                                         << "002X"
                                         << "";
        QTest::newRow("John Smith") << "John Smith"
                                    << "John Smith"
                                    << ""
                                    << "";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
    }
    void fromQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        QFETCH(QString, last4);
        QFETCH(QString, date);
        const ConsultationFilter f = ConsultationFilter::fromQuery(query);
        QCOMPARE(f.name, name);
        QCOMPARE(f.idLast4, last4);
        QCOMPARE(f.datePrefix, date);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names"); // newest first
        QTest::newRow("everything")
            << "" << QStringList { "张伟", "王芳", "张三丰", "李娜", "张三" };
        QTest::newRow("张") << "张" << QStringList { "张伟", "张三丰", "张三" };
        QTest::newRow("张三") << "张三" << QStringList { "张三丰", "张三" };
        QTest::newRow("1234") << "1234" << QStringList { "张三丰", "张三" };
        QTest::newRow("002x") << "002x" << QStringList { "李娜" };
        QTest::newRow("2026-10") << "2026-10" << QStringList { "李娜", "张三" };
        QTest::newRow("2026-11-03") << "2026-11-03" << QStringList { "王芳" };
        QTest::newRow("2026") << "2026" << QStringList {}; // 4 digits are an ID's end
        QTest::newRow("张 2026-11") << "张 2026-11" << QStringList { "张伟", "张三丰" };
        QTest::newRow("张 1234 2026-10") << "张 1234 2026-10" << QStringList { "张三" };
        QTest::newRow("whole number") << "320102198506151234" << QStringList { "张三丰" };
        QTest::newRow("whole number, x") << "11010519491231002x" << QStringList { "李娜" };
        QTest::newRow("unknown whole number") << "110101199003071233" << QStringList {};
        QTest::newRow("% matches only %") << "%" << QStringList {};
        QTest::newRow("_ matches only _") << "_" << QStringList {};
        QTest::newRow("nobody") << "赵" << QStringList {};
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const struct
        {
            const char *name;
            const char *id;
            QDate day;
        } people[] = {
            { "张三", "110101199003071234", QDate(2026, 10, 5) },
            { "李娜", "11010519491231002X", QDate(2026, 10, 20) },
            { "张三丰", "320102198506151234", QDate(2026, 11, 1) },
            { "王芳", "", QDate(2026, 11, 3) },
            { "张伟", "440304200002291017", QDate(2026, 11, 28) },
        };
        for (const auto &p : people) {
            store.setClock(fixedClock(QDateTime(p.day, QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600)));
            QVERIFY2(store.save(consultation(QString::fromUtf8(p.name), QString::fromLatin1(p.id)),
                         &error),
                qPrintable(error));
        }
        const auto rows = store.list(ConsultationFilter::fromQuery(query), &error);
        QVERIFY2(rows, qPrintable(error));
        QStringList got;
        for (const ConsultationRow &r : *rows)
            got << r.clientName;
        QCOMPARE(got, names);
        QCOMPARE(store.count(&error, ConsultationFilter::fromQuery(query)), int(names.size()));
        const auto one = store.list(ConsultationFilter::fromQuery(query), &error, 1);
        QVERIFY(one);
        QCOMPARE(one->size(), std::min<qsizetype>(1, names.size()));
    }

    void listNeverCarriesAFullNumber()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const QString ids[] = { QStringLiteral("11010519491231002x"),
            QStringLiteral("110101 19900307 1233"), QStringLiteral("12345"), QString() };
        const QString masked[] = { QStringLiteral("110***********002X"),
            QStringLiteral("110***********1233"), QStringLiteral("*****"), QString() };
        const IdNumberStatus status[] = { IdNumberStatus::Valid, IdNumberStatus::Valid,
            IdNumberStatus::Malformed, IdNumberStatus::Empty };
        for (const QString &id : ids)
            QVERIFY2(store.save(consultation(QStringLiteral("某"), id), &error), qPrintable(error));
        const auto rows = store.list({}, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 4);
        for (int i = 0; i < 4; ++i) {
            const ConsultationRow &r = rows->at(3 - i); // newest first
            QCOMPARE(r.idMasked, masked[i]);
            QCOMPARE(r.idStatus, status[i]);
            const auto loaded = store.load(r.id, &error);
            QVERIFY2(loaded, qPrintable(error));
            QCOMPARE(loaded->idNumber, normalizeIdNumber(ids[i]));
        }
        const auto limited = store.list({}, &error, 2);
        QVERIFY(limited);
        QCOMPARE(limited->size(), 2);
    }

    void exportImportRoundTrip()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const auto id = store.save(
            consultation(QStringLiteral("张三"), QStringLiteral("11010519491231002X"), 7), &error);
        QVERIFY2(id, qPrintable(error));
        const auto bytes = store.exportJson(*id, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, CaseJson::serialize(sampleCase(7)));
        // The file carries the case, not the client's identity.
        QVERIFY(!bytes->contains("1231002X"));
        QVERIFY(!bytes->contains(QStringLiteral("张三").toUtf8()));

        Consultation details;
        details.clientName = QStringLiteral("张三（导入）");
        InputErrors errors;
        const auto imported = store.importJson(*bytes, details, &errors);
        QVERIFY(imported);
        QVERIFY(errors.isEmpty());
        QVERIFY(*imported != *id);
        const auto loaded = store.load(*imported, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->c, sampleCase(7));
        QCOMPARE(loaded->clientName, QStringLiteral("张三（导入）"));
        QCOMPARE(*store.exportJson(*imported, &error), *bytes);
    }

    void importOfABadFileSavesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << QByteArray("{ \"schema\": ") << "";
        QTest::newRow("bad month")
            << QByteArray(R"({"schema":"yibao-case/1","profile":"general","asOf":"2026-11-23",
                 "person":{"birth":"1975-05-12","sex":"female","category":"female_cadre"},
                 "periods":[{"from":"2016-13","to":"2016-12","kind":"employee","base":"5000.00",
                 "status":"paid"}]})")
            << "periods[0].from";
    }
    void importOfABadFileSavesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        InputErrors errors;
        QVERIFY(!store.importJson(bytes, Consultation(), &errors));
        QVERIFY(!errors.isEmpty());
        if (!path.isEmpty()) {
            QStringList paths;
            for (const InputError &e : errors)
                paths << e.path;
            QVERIFY2(paths.contains(path), qPrintable(paths.join(u", ")));
        }
        QCOMPARE(store.count(&error), 0);
    }

    void retention_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("kept");
        QTest::newRow("0 keeps everything")
            << 0 << QStringList { "今天", "29天前", "31天前", "400天前" };
        QTest::newRow("30 days") << 30 << QStringList { "今天", "29天前" };
        QTest::newRow("365 days") << 365 << QStringList { "今天", "29天前", "31天前" };
        QTest::newRow("1 day") << 1 << QStringList { "今天" };
    }
    void retention()
    {
        QFETCH(int, days);
        QFETCH(QStringList, kept);
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const QDateTime now(QDate(2026, 11, 28), QTime(15, 0), Qt::OffsetFromUTC, 8 * 3600);
        for (int ago : { 400, 31, 29, 0 }) {
            store.setClock(fixedClock(now.addDays(-ago)));
            const QString name
                = ago == 0 ? QStringLiteral("今天") : QStringLiteral("%1天前").arg(ago);
            QVERIFY2(store.save(consultation(name, QString()), &error), qPrintable(error));
        }
        store.setClock(fixedClock(now));
        const auto deleted = store.deleteOlderThan(days, &error);
        QVERIFY2(deleted, qPrintable(error));
        QCOMPARE(*deleted, 4 - int(kept.size()));
        QStringList got;
        const auto rows = store.list({}, &error);
        QVERIFY2(rows, qPrintable(error));
        for (const ConsultationRow &r : *rows)
            got << r.clientName;
        QCOMPARE(got, kept);
        // The cases went with their consultations.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM consultation_case")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(kept.size()));
    }

    void fileIsReadableByTheUserOnly()
    {
        const QString path = newPath();
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        QVERIFY2(
            store.save(consultation(QStringLiteral("张三"), QString()), &error), qPrintable(error));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeGroup
            | QFileDevice::ExeOther;
        int checked = 0;
        for (const QString &f : Database::companionFiles(path)) {
            if (!QFileInfo::exists(f))
                continue;
            ++checked;
            QVERIFY2(!(QFile::permissions(f) & others), qPrintable(f));
            QVERIFY(QFile::permissions(f) & QFileDevice::ReadOwner);
        }
        QVERIFY(checked >= 2); // the file and its -wal at least
    }

    void olderFileIsNarrowedToTheUser()
    {
        const QString path = newPath();
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
        }
        QVERIFY(QFile::setPermissions(path,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    // A full disk, made with RLIMIT_FSIZE (which binds root too): files may not grow past a
    // limit, and a write beyond it fails as on a full disk. Expected: the save that does
    // not fit fails with a message naming the database, and every consultation saved
    // before it is still there, whole.
    void fullDiskGivesAClearError()
    {
        const QString path = newPath();
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        QList<qint64> saved;
        for (int i = 0; i < 5; ++i) {
            const auto id = store.save(consultation(QStringLiteral("张三"), QString(), i), &error);
            QVERIFY2(id, qPrintable(error));
            saved << *id;
        }
        rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = rlim_t(
            std::max(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size())
            + 16 * 1024);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        auto restore = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        });
        bool failed = false;
        for (int i = 0; i < 200 && !failed; ++i) {
            Consultation c = consultation(QStringLiteral("李四"), QString(), 100 + i);
            c.note = QString(2000, QChar(0x6CE8));
            failed = !store.save(c, &error);
        }
        restore.dismiss();
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY2(failed, "the file limit never bit");
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot save the consultation")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the disk may be full")), qPrintable(error));
        qInfo("%s", qPrintable(error));

        db.close();
        Database again(path);
        QVERIFY2(again.open(&error), qPrintable(error));
        ConsultationStore reread(again);
        for (int i = 0; i < saved.size(); ++i) {
            const auto c = reread.load(saved.at(i), &error);
            QVERIFY2(c, qPrintable(error));
            QCOMPARE(c->c, sampleCase(i));
        }
    }

    // Two windows (two processes) on one file. State: a consultation saved at version 1.
    // Action: this window saves it; another process then saves the copy it read at
    // version 1. Expected: the second save is refused as a conflict (not written over the
    // first), and kept as a new consultation both are there.
    void concurrentSaveIsAConflictNotALoss()
    {
        const QString path = newPath();
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        const auto id = store.save(consultation(QStringLiteral("张三"), QString(), 1), &error);
        QVERIFY2(id, qPrintable(error));
        auto mine = store.load(*id, &error);
        QVERIFY2(mine, qPrintable(error));
        QCOMPARE(mine->version, qint64(1));

        // The other window saves first (it read version 1 too).
        QCOMPARE(
            runChild({ QStringLiteral("--save"), path, QString::number(*id), QStringLiteral("1") }),
            QStringLiteral("saved %1").arg(*id));
        const auto theirs = store.load(*id, &error);
        QVERIFY2(theirs, qPrintable(error));
        QCOMPARE(theirs->version, qint64(2));
        QCOMPARE(theirs->note, QStringLiteral("保存自另一个窗口"));

        // This window's save of version 1 is refused and changes nothing.
        mine->c = sampleCase(7);
        mine->note = QStringLiteral("本窗口");
        bool conflict = false;
        QVERIFY(!store.save(*mine, &error, &conflict));
        QVERIFY(conflict);
        QVERIFY2(error.contains(QStringLiteral("meanwhile")), qPrintable(error));
        QCOMPARE(store.load(*id, &error)->note, QStringLiteral("保存自另一个窗口"));

        // Kept as a new consultation: neither save is lost.
        Consultation asNew = *mine;
        asNew.id = 0;
        asNew.version = 0;
        const auto second = store.save(asNew, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(store.count(&error), 2);
        QCOMPARE(store.load(*id, &error)->note, QStringLiteral("保存自另一个窗口"));
        QCOMPARE(store.load(*second, &error)->c, sampleCase(7));

        // The other process now holds version 1 of a consultation at 2: refused too.
        QCOMPARE(
            runChild({ QStringLiteral("--save"), path, QString::number(*id), QStringLiteral("1") }),
            QStringLiteral("conflict"));
        // Overwrite (version 0) replaces it and counts on.
        mine->version = 0;
        QVERIFY2(store.save(*mine, &error), qPrintable(error));
        QCOMPARE(store.load(*id, &error)->note, QStringLiteral("本窗口"));
        QCOMPARE(store.load(*id, &error)->version, qint64(3));
    }

    // State: another process holds the write lock for 1.5 s. Action: a save here.
    // Expected: it waits for the lock (busy_timeout) and succeeds, instead of failing
    // with "database is locked".
    void secondProcessWaitsForTheLock()
    {
        const QString path = newPath();
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::BusyTimeoutMs);
        QVERIFY(q.exec(QStringLiteral("PRAGMA secure_delete")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();

        QProcess holder;
        holder.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--hold-lock"), path, QStringLiteral("1500") });
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));
        QElapsedTimer t;
        t.start();
        ConsultationStore store(db);
        const auto id = store.save(consultation(QStringLiteral("张三"), QString()), &error);
        const qint64 waited = t.elapsed();
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(waited >= 500, qPrintable(QString::number(waited))); // it did wait
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        QCOMPARE(db.meta(QStringLiteral("held")), QStringLiteral("x"));
    }

    // The figures the clerk saw are kept with the consultation as given, and a save
    // without them keeps none (never the previous save's).
    void keepsTheFiguresShownWhenSaved()
    {
        Database db(newPath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ConsultationStore store(db);
        Consultation c = consultation(QStringLiteral("张三"), QString());
        const Result shown = compute(c.c, *yibao::test::library().profiles().find(u"general"));
        c.resultJson = ResultJson::toCompactJson(shown, false);
        const auto id = store.save(c, &error);
        QVERIFY2(id, qPrintable(error));

        auto loaded = store.load(*id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->resultJson, c.resultJson);
        const auto figures = ResultJson::readFigures(loaded->resultJson, &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(figures->profileId, QStringLiteral("general"));
        QCOMPARE(
            figures->profileVersion, yibao::test::library().profiles().find(u"general")->version);
        QCOMPARE(figures->backPay.gapTotal->toYuanString(), QStringLiteral("6231.23"));
        QCOMPARE(figures->backPay.gapOwed->toYuanString(), QStringLiteral("4720.00"));
        QCOMPARE(figures->years.cumulativeMonths, shown.years.cumulativeMonths);
        QCOMPARE(figures->retirement.statutoryDate, QDate(2031, 10, 12));

        // saved again with other figures: those replace them
        Consultation again = *loaded;
        again.c = sampleCase(100); // base 5001.00
        const Result other = compute(again.c, *yibao::test::library().profiles().find(u"general"));
        again.resultJson = ResultJson::toCompactJson(other, false);
        QVERIFY2(store.save(again, &error), qPrintable(error));
        loaded = store.load(*id, &error);
        QCOMPARE(loaded->resultJson, again.resultJson);
        QVERIFY(loaded->resultJson != c.resultJson);
        // and without figures: none are kept
        again = *loaded;
        again.resultJson.clear();
        QVERIFY2(store.save(again, &error), qPrintable(error));
        loaded = store.load(*id, &error);
        QVERIFY(loaded->resultJson.isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT result_json IS NULL FROM consultation_case")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A file of schema 3 (before the figures were kept): its consultations open without
    // figures, and a save from then on keeps them.
    void migratesAVersion3FileWithoutFigures()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ConsultationStore store(db);
            const auto saved = store.save(consultation(QStringLiteral("李四"), QString()), &error);
            QVERIFY2(saved, qPrintable(error));
            id = *saved;
            // back to schema 3 as that program wrote it
            QSqlQuery q(db.connection());
            QVERIFY2(
                q.exec(QStringLiteral("ALTER TABLE consultation_case DROP COLUMN result_json")),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
        QCOMPARE(Database::SchemaVersion, 4);
        ConsultationStore store(db);
        auto loaded = store.load(id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->c, sampleCase());
        QCOMPARE(loaded->clientName, QStringLiteral("李四"));
        QVERIFY(loaded->resultJson.isEmpty()); // nothing was kept then
        const QByteArray figures = ResultJson::toCompactJson(
            compute(loaded->c, *yibao::test::library().profiles().find(u"general")), false);
        Consultation again = *loaded;
        again.resultJson = figures;
        QVERIFY2(store.save(again, &error), qPrintable(error));
        QCOMPARE(store.load(id, &error)->resultJson, figures);
    }

    void migratesAVersion1File()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            // The part of schema 1 that matters here: meta with a row, user_version 1.
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('corpus_version', 'p1-old')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::SchemaVersion);
        QCOMPARE(db.meta(QStringLiteral("corpus_version")), QStringLiteral("p1-old"));
        ConsultationStore store(db);
        const auto id = store.save(consultation(QStringLiteral("张三"), QString()), &error);
        QVERIFY2(id, qPrintable(error));
        // The corpus version recorded is the one loaded in this database.
        QCOMPARE(store.load(*id, &error)->corpusVersion, QStringLiteral("p1-old"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty()
        && (args.first() == QLatin1String("--hold-lock")
            || args.first() == QLatin1String("--save")))
        return storeChild(args);
    TestConsultationStore t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "tst_consultationstore.moc"
