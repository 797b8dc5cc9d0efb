// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagetest.h"

#include "io/casejson.h"
#include "storage/autosavestore.h"

#include <QSqlQuery>

using namespace yibao;

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
};

QTEST_GUILESS_MAIN(TestAutosaveStore)
#include "tst_autosavestore.moc"
