// SPDX-License-Identifier: GPL-3.0-or-later
// The counter workflow inside one process: consultations saved, listed, filtered, reopened,
// exported and imported; the ID number flagged and masked; the CSV preview and its one
// undoable import; the autosave slot following the document. The database is a file in a
// temporary directory, never the user's.
#include "../window/uifixture.h"
#include "testlibrary.h"

#include "counter/consultationlistdialog.h"
#include "counter/consultationmodel.h"
#include "counter/counterworkflow.h"
#include "counter/csvimportdialog.h"
#include "counter/saveconsultationdialog.h"
#include "counter/savedfiguresnotice.h"
#include "domain/idnumber.h"
#include "forms/periodsform.h"
#include "forms/periodsmodel.h"
#include "io/resultjson.h"
#include "model/casedocument.h"
#include "policy/profileloader.h"
#include "results/resultspane.h"
#include "rules/engine.h"
#include "storage/autosavestore.h"
#include "storage/database.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace yibao;

namespace {

// An ID number with the right check digit for the 17 digits given.
QString validId(const QString &digits17)
{
    return digits17 + idNumberCheckDigit(digits17);
}

QString wrongId(const QString &digits17)
{
    const QChar right = idNumberCheckDigit(digits17);
    return digits17 + (right == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestCounterWorkflow : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    CounterWorkflow *m_counter = nullptr;

    Consultation details(const QString &name, const QString &id, const QString &note = {})
    {
        Consultation c;
        c.clientName = name;
        c.idNumber = id;
        c.note = note;
        return c;
    }

    qint64 saveExample(const Consultation &d)
    {
        QString error;
        if (!m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        const auto id = m_counter->saveConsultation(d, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    }

    QString dbPath() const { return m_dir.filePath(QStringLiteral("db/yibao.sqlite")); }

    // The window goes without a clean exit (as when killed): its autosave stays behind,
    // its slot's lock is let go. A new window takes its place for the rest of the test.
    void abandonWindow()
    {
        delete m_window;
        m_window = new MainWindow(yibao::test::library());
        m_counter = new CounterWorkflow(m_window, dbPath());
        m_counter->start(CounterWorkflow::RestoreMode::Never);
        QVERIFY2(m_counter->databaseOpen(), qPrintable(m_counter->databaseError()));
    }

    void typeBase(MainWindow *w, const QString &base)
    {
        CaseDocument *doc = w->document();
        CaseDraft d = doc->draft();
        if (d.periods.isEmpty())
            d.periods.append(PeriodDraft {});
        d.periods[0].base = base;
        doc->edit(d, QStringLiteral("type"));
    }

    // PNGs of the dialogs, to look at; only when YIBAO_SHOT_DIR names a folder.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("YIBAO_SHOT_DIR");
        if (dir.isEmpty())
            return;
        w->show();
        QCoreApplication::processEvents();
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("yibao.sqlite")));
        m_window = new MainWindow(yibao::test::library());
        m_counter
            = new CounterWorkflow(m_window, m_dir.filePath(QStringLiteral("db/yibao.sqlite")));
        m_counter->start(CounterWorkflow::RestoreMode::Never);
        QVERIFY2(m_counter->databaseOpen(), qPrintable(m_counter->databaseError()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->setClean(); // no "save changes?" on close
        delete m_window;
        m_window = nullptr;
        for (const QString &f :
            Database::companionFiles(m_dir.filePath(QStringLiteral("db/yibao.sqlite"))))
            QFile::remove(f);
        QString which;
        QVERIFY2(m_fixture.noModalSeen(&which), qPrintable(which));
    }

    void menuIsAdded()
    {
        QVERIFY(m_counter->menu());
        QCOMPARE(m_counter->menu()->title(), QStringLiteral("咨询(&C)"));
        // save, list, damaged copies, separator, CSV
        QCOMPARE(m_counter->menu()->actions().size(), 5);
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file->actions().contains(m_counter->menu()->actions().constLast()));
        shoot(file, QStringLiteral("file-menu"));
        shoot(m_counter->menu(), QStringLiteral("counter-menu"));
        QVERIFY(m_counter->statusNote().isEmpty());
    }

    void saveListReopenGivesTheSameCase()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        const Case original = m_window->document()->caseData();
        const QString id = validId(QStringLiteral("11010519491231002"));
        const auto saved = m_counter->saveConsultation(
            details(QStringLiteral("张三"), id, QStringLiteral("补缴咨询")), &error);
        QVERIFY2(saved, qPrintable(error));

        m_window->newCase();
        const CaseDraft fresh = m_window->document()->draft();
        QVERIFY(!(fresh == CaseDraft::fromCase(original)));

        ConsultationListDialog list(*m_counter->consultations());
        QCOMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.selectedId(), *saved);
        QCOMPARE(list.model()->index(0, ConsultationModel::NameColumn).data().toString(),
            QStringLiteral("张三"));

        QVERIFY2(m_counter->openConsultation(list.selectedId(), &error), qPrintable(error));
        QVERIFY(m_window->document()->caseData() == original);
        QVERIFY(
            m_window->document()->filePath().isEmpty()); // 保存 must not overwrite the last file
        QCOMPARE(m_counter->currentConsultation().id, *saved);
        QCOMPARE(m_counter->currentConsultation().idNumber, id);
        // The 明白纸 names the client.
        QCOMPARE(m_window->clientIdentity().name, QStringLiteral("张三"));
        QCOMPARE(m_window->clientIdentity().idNumber, id);
        m_window->newCase();
        QCOMPARE(m_window->clientIdentity(), yibao::ClientIdentity {});
        QVERIFY2(m_counter->openConsultation(*saved, &error), qPrintable(error));
        QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("现行版本")));

        // Saved with an older version of the profile: reopening says so, naming both.
        {
            QSqlQuery q(m_counter->database()->connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE consultation SET profile_version = '2020.01' WHERE id = %1")
                    .arg(*saved)));
            m_window->newCase();
            QVERIFY2(m_counter->openConsultation(*saved, &error), qPrintable(error));
            const QString said = m_window->statusBar()->currentMessage();
            QVERIFY2(said.contains(QStringLiteral("2020.01"))
                    && said.contains(yibao::test::library().profiles().find(u"general")->version),
                qPrintable(said));
        }

        // The dialog offers to update it, or to save a new record.
        {
            SaveConsultationDialog dialog;
            dialog.setDetails(m_counter->currentConsultation());
            QCOMPARE(dialog.idEdit()->text(), id); // the full number, in its edit field only
            QVERIFY(!dialog.asNewBox()->isHidden());
            QVERIFY(!dialog.saveAsNew());
            SaveConsultationDialog newOne;
            QVERIFY(newOne.asNewBox()->isHidden());
        }
        // Saving again updates the same consultation.
        QVERIFY(m_counter->saveConsultation(
            details(QStringLiteral("张三"), id, QStringLiteral("第二次")), &error));
        list.refresh();
        QCOMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->index(0, ConsultationModel::NoteColumn).data().toString(),
            QStringLiteral("第二次"));
    }

    // A consultation saved under an older version of its profile, reopened: a notice above
    // the panes says so and offers the figures the clerk saw then beside today's; the
    // result cards show today's.
    void reopenedUnderAnotherVersionShowsTheSavedFigures()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        const auto id = m_counter->saveConsultation(details(QStringLiteral("张三"), {}), &error);
        QVERIFY2(id, qPrintable(error));
        // The figures of the window are kept with today's version; reopened under the
        // same version, nothing is said.
        const QString today = yibao::test::library().profiles().find(u"general")->version;
        QCOMPARE(m_counter->currentConsultation().profileVersion, today);
        QCOMPARE(m_counter->currentConsultation().resultJson,
            ResultJson::toCompactJson(m_window->document()->result(), false));
        m_window->newCase();
        QVERIFY2(m_counter->openConsultation(*id, &error), qPrintable(error));
        QVERIFY(!m_counter->savedFiguresNotice());
        QVERIFY(!m_window->notice());

        // State: saved by a program whose general profile, version 2025.06, had the
        // employer's rate at 8 % (today 9.8 %), with the figures it showed then.
        PolicyProfile older = *yibao::test::library().profiles().find(u"general");
        older.version = QStringLiteral("2025.06");
        for (ParamValue &v : older.params[QStringLiteral("rate.employee.employer")].values)
            v.rate = *Rate::parsePercent(u"8");
        const Result then = compute(m_window->document()->caseData(), older);
        {
            QSqlQuery q(m_counter->database()->connection());
            QVERIFY(q.prepare(QStringLiteral(
                "UPDATE consultation SET profile_version = '2025.06' WHERE id = ?")));
            q.addBindValue(*id);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral(
                "UPDATE consultation_case SET result_json = ? WHERE consultation = ?")));
            q.addBindValue(QString::fromUtf8(ResultJson::toCompactJson(then, false)));
            q.addBindValue(*id);
            QVERIFY(q.exec());
        }
        // Action: reopen it.
        m_window->newCase();
        QVERIFY2(m_counter->openConsultation(*id, &error), qPrintable(error));
        // Expected: the notice, naming both versions and how many headline figures differ.
        SavedFiguresNotice *notice = m_counter->savedFiguresNotice();
        QVERIFY(notice);
        QCOMPARE(m_window->notice(), notice);
        QVERIFY(notice->isVisibleTo(m_window));
        const QString said = notice->label()->text();
        QVERIFY2(said.contains(QStringLiteral("2025.06")) && said.contains(today)
                && said.contains(QStringLiteral("有 2 项主要数字不同")),
            qPrintable(said));
        QVERIFY(!notice->compareButton()->isHidden());
        // the cards show today's figures
        const auto cardLine = [this](const QString &card, const QString &line) {
            for (const Card &c : m_window->resultsPane()->cards())
                if (c.id == card && c.line(line))
                    return c.line(line)->value;
            return QString();
        };
        QCOMPARE(cardLine(u"backpay"_qs, u"gapTotal"_qs), QStringLiteral("6231.23 元"));

        // Action: 对比保存时的结果. Expected: then beside now, the changed rows marked.
        // (from the keyboard: Alt+H, a letter no other field of the window takes)
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_window->asOfEdit()->setFocus();
        test::pressKey(Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(m_counter->savedFiguresDialog()); // a mnemonic animates the click first
        SavedFiguresDialog *dialog = m_counter->savedFiguresDialog();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QAbstractItemModelTester tester(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto row = [&dialog](const QString &key) {
            QStringList texts;
            const QStandardItemModel *m = dialog->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, SavedFiguresDialog::LabelColumn).data(Qt::UserRole) != key)
                    continue;
                for (int c = 0; c < SavedFiguresDialog::ColumnCount; ++c)
                    texts << m->index(r, c).data().toString();
            }
            return texts;
        };
        QCOMPARE(row(u"backpay.gapTotal"_qs),
            (QStringList { QStringLiteral("补缴费用"),
                QStringLiteral("断缴补缴合计（本金＋滞纳金）"), QStringLiteral("5511.23 元"),
                QStringLiteral("6231.23 元"), QStringLiteral("有变化") }));
        QCOMPARE(row(u"backpay.gapOwed"_qs),
            (QStringList { QString(), QStringLiteral("尚欠（按缴款日计）"),
                QStringLiteral("4000.00 元"), QStringLiteral("4720.00 元"),
                QStringLiteral("有变化") }));
        QCOMPARE(row(u"years.cumulativeMonths"_qs),
            (QStringList { QStringLiteral("缴费年限"), QStringLiteral("累计缴费"),
                QStringLiteral("29年（348个月）"), QStringLiteral("29年（348个月）"), QString() }));
        QCOMPARE(row(u"retirement.statutoryDate"_qs).value(2), QStringLiteral("2031年10月12日"));
        QCOMPARE(dialog->model()->headerData(SavedFiguresDialog::SavedColumn, Qt::Horizontal),
            QVariant(QStringLiteral("保存时（2025.06 版）")));
        QCOMPARE(dialog->model()->headerData(SavedFiguresDialog::NowColumn, Qt::Horizontal),
            QVariant(QStringLiteral("现在（%1 版）").arg(today)));
        QVERIFY2(dialog->headingLabel()->text().contains(QStringLiteral("2026-11-23")),
            qPrintable(dialog->headingLabel()->text()));
        shoot(m_window, QStringLiteral("saved-figures-notice"));
        shoot(dialog, QStringLiteral("saved-figures-dialog"));

        // Action: edit the case while the dialog is open (the 2016 gap's base 5000 → 6000 in
        // the periods table), then undo it. Expected: the column of now follows:
        // principal 4 × round(6000 × 11.8 %) = 2832.00, the late fee capped at it, 5664.00
        // owed; back to 4720.00 after the undo.
        {
            QAbstractItemModel *periods = m_window->periodsForm()->model();
            int gapRow = -1;
            for (int r = 0; r < periods->rowCount(); ++r)
                if (periods->index(r, int(PeriodsModel::Column::From)).data(Qt::EditRole)
                    == QStringLiteral("2016-01"))
                    gapRow = r;
            QVERIFY(gapRow >= 0);
            QVERIFY(periods->setData(
                periods->index(gapRow, int(PeriodsModel::Column::Base)), u"6000.00"_qs));
            QTRY_COMPARE(row(u"backpay.gapOwed"_qs).value(SavedFiguresDialog::NowColumn),
                QStringLiteral("5664.00 元"));
            QCOMPARE(row(u"backpay.gapOwed"_qs).value(SavedFiguresDialog::SavedColumn),
                QStringLiteral("4000.00 元"));
            QVERIFY(m_counter->savedFiguresDialog() == dialog && dialog->isVisible());
            m_window->document()->undoStack()->undo();
            QTRY_COMPARE(row(u"backpay.gapOwed"_qs).value(SavedFiguresDialog::NowColumn),
                QStringLiteral("4720.00 元"));
        }

        // In the English window: the same figures in English words.
        m_window->setLanguage(QStringLiteral("en"));
        auto restoreChinese
            = qScopeGuard([this] { m_window->setLanguage(QStringLiteral("zh_CN")); });
        // (the window's LanguageChange reaches the counter through the event loop)
        QTRY_VERIFY2(notice->label()->text().contains(QStringLiteral("2 headline figures differ")),
            qPrintable(notice->label()->text()));
        QCOMPARE(notice->compareButton()->text(),
            QStringLiteral("Compare with the results w&hen saved…"));
        m_counter->showSavedFigures();
        dialog = m_counter->savedFiguresDialog();
        QVERIFY(dialog);
        QCOMPARE(row(u"backpay.gapTotal"_qs),
            (QStringList { QStringLiteral("Back-pay"),
                QStringLiteral("Gap back-pay in total (principal + late fee)"),
                QStringLiteral("5511.23 yuan"), QStringLiteral("6231.23 yuan"),
                QStringLiteral("changed") }));
        shoot(m_window, QStringLiteral("saved-figures-notice-en"));
        shoot(dialog, QStringLiteral("saved-figures-dialog-en"));
        restoreChinese.dismiss();
        m_window->setLanguage(QStringLiteral("zh_CN"));

        // Saved again: the figures kept are today's, and the notice goes.
        QVERIFY2(m_counter->saveConsultation(details(QStringLiteral("张三"), {}), &error),
            qPrintable(error));
        QVERIFY(!m_counter->savedFiguresNotice());
        QVERIFY(!m_window->notice());
        QVERIFY(!m_counter->savedFiguresDialog() || !m_counter->savedFiguresDialog()->isVisible());

        // A consultation saved before the figures were kept: said, nothing to compare.
        {
            QSqlQuery q(m_counter->database()->connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE consultation SET profile_version = '2025.06' WHERE id = %1")
                    .arg(*id)));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE consultation_case SET result_json = NULL WHERE consultation = %1")
                               .arg(*id)));
        }
        m_window->newCase();
        QVERIFY2(m_counter->openConsultation(*id, &error), qPrintable(error));
        notice = m_counter->savedFiguresNotice();
        QVERIFY(notice);
        QVERIFY2(notice->label()->text().contains(QStringLiteral("保存时的结果未存档")),
            qPrintable(notice->label()->text()));
        QVERIFY(notice->compareButton()->isHidden());
        QVERIFY(m_counter->savedFigureComparison().isEmpty());
        shoot(m_window, QStringLiteral("saved-figures-not-kept"));
        // the notice can be closed; the case stays
        QTest::mouseClick(notice->closeButton(), Qt::LeftButton);
        QVERIFY(!m_window->notice());
        QCOMPARE(cardLine(u"backpay"_qs, u"gapTotal"_qs), QStringLiteral("6231.23 元"));
    }

    // Enter after the name goes to the ID number, Enter there to the note; only the
    // button saves.
    void enterInTheSaveDialogMovesOn()
    {
        SaveConsultationDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.nameEdit()->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Zhang"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.idEdit());
        QVERIFY(dialog.isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
        QCOMPARE(QApplication::focusWidget(), dialog.noteEdit());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Zhang"));
        dialog.reject();
    }

    // A saved consultation is a saved case: quitting does not ask, and the title names
    // the client (masked), never 未命名.
    void savedExampleIsCleanAndNamedInTheTitle()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        typeBase(m_window, QStringLiteral("5001.00"));
        QVERIFY(m_window->document()->isModified());
        QVERIFY2(m_counter->saveConsultation(details(QStringLiteral("王小明"), {}), &error),
            qPrintable(error));
        QVERIFY(!m_window->document()->isModified());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("王*明")),
            qPrintable(m_window->windowTitle()));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("王小明")));
        // saved without a name or ID: the title says it is a consultation, not 未命名
        m_window->newCase();
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        const auto id = m_counter->saveConsultation(details({}, {}), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("咨询记录 %1").arg(*id)),
            qPrintable(m_window->windowTitle()));
    }

    void caseWithErrorsIsNotSavedAsConsultation()
    {
        CaseDocument *doc = m_window->document();
        CaseDraft d = doc->draft();
        d.periods[0].base = QStringLiteral("5OOO");
        doc->edit(d, QStringLiteral("typo"));
        QString error;
        QVERIFY(!m_counter->saveConsultation(details(QStringLiteral("李四"), {}), &error));
        QVERIFY2(error.contains(QStringLiteral("需要修改")), qPrintable(error));
        QCOMPARE(*m_counter->consultations()->count(&error), 0);
    }

    void modelPassesTheTesterAndMasksIds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString()
                               << QStringList { QStringLiteral("王五"), QStringLiteral("李四"),
                                      QStringLiteral("张三") };
        QTest::newRow("last 4 of 张三")
            << QStringLiteral("%1") << QStringList { QStringLiteral("张三") };
        QTest::newRow("name 李") << QStringLiteral("李") << QStringList { QStringLiteral("李四") };
        QTest::newRow("nobody") << QStringLiteral("赵") << QStringList {};
        QTest::newRow("this month") << QStringLiteral("2026-06")
                                    << QStringList { QStringLiteral("王五"), QStringLiteral("李四"),
                                           QStringLiteral("张三") };
        QTest::newRow("李 this month") << QStringLiteral("李 ") + QStringLiteral("2026-06")
                                       << QStringList { QStringLiteral("李四") };
        QTest::newRow("last year") << QStringLiteral("2025-06") << QStringList {};
    }

    void modelPassesTheTesterAndMasksIds()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        const QString zhang = validId(QStringLiteral("11010519491231002"));
        const QString li = validId(QStringLiteral("44030619800101123"));
        // Saved a minute apart in June 2026 (noon UTC, the same day in every time zone).
        auto minute = std::make_shared<int>(0);
        m_counter->consultations()->setClock(
            [minute] { return QDateTime(QDate(2026, 6, 15), QTime(12, (*minute)++), Qt::UTC); });
        QVERIFY(saveExample(details(QStringLiteral("张三"), zhang)));
        QVERIFY(saveExample(details(QStringLiteral("李四"), li)));
        QVERIFY(saveExample(details(QStringLiteral("王五"), {})));

        ConsultationListDialog list(*m_counter->consultations());
        QAbstractItemModelTester tester(
            list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.filterEdit()->setText(
            query.contains(QLatin1String("%1")) ? query.arg(zhang.right(4)) : query);
        QStringList got;
        for (int r = 0; r < list.model()->rowCount(); ++r)
            got << list.model()->index(r, ConsultationModel::NameColumn).data().toString();
        QCOMPARE(got, names);

        // The full number is nowhere in the list, only its masked form.
        for (int r = 0; r < list.model()->rowCount(); ++r)
            for (int c = 0; c < list.model()->columnCount(); ++c) {
                const QString text = list.model()->index(r, c).data().toString();
                QVERIFY2(!text.contains(zhang) && !text.contains(li), qPrintable(text));
            }
        if (names == QStringList { QStringLiteral("张三") })
            QCOMPARE(list.model()->index(0, ConsultationModel::IdColumn).data().toString(),
                QStringLiteral("110***********") + zhang.right(4));
        if (query.isEmpty())
            shoot(&list, QStringLiteral("consultation-list"));
    }

    // The ID number's birth date and sex digit are compared with 个人信息.
    void idNumberIsComparedWithThePerson()
    {
        const QString id = validId(QStringLiteral("11010519491231002")); // 17th digit 2: a woman
        SaveConsultationDialog dialog;
        dialog.setToday(QDate(2026, 6, 15));
        dialog.setPerson(QDate(1949, 12, 31), QStringLiteral("female"));
        dialog.idEdit()->setText(id);
        QVERIFY2(!dialog.idHint()->text().contains(QStringLiteral("不一致")),
            qPrintable(dialog.idHint()->text()));
        dialog.setPerson(QDate(1950, 1, 1), QStringLiteral("male"));
        const QString hint = dialog.idHint()->text();
        QVERIFY2(hint.contains(
                     QStringLiteral("出生日期 1949-12-31 与个人信息的出生日期 1950-01-01 不一致")),
            qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("第 17 位表示女性")), qPrintable(hint));
        // flagged, not refused
        QCOMPARE(dialog.details().idNumber, id);
    }

    void wrongCheckDigitIsFlaggedNotRefused()
    {
        SaveConsultationDialog dialog;
        dialog.setToday(QDate(2026, 11, 28));
        const QString wrong = wrongId(QStringLiteral("11010519491231002"));
        dialog.nameEdit()->setText(QStringLiteral("张三"));
        dialog.idEdit()->setText(wrong);
        QCOMPARE(
            dialog.idEdit()->property("idStatus").toString(), QStringLiteral("wrong_check_digit"));
        QVERIFY2(dialog.idHint()->text().contains(idNumberCheckDigit(wrong.left(17))),
            qPrintable(dialog.idHint()->text()));
        dialog.noteEdit()->setPlainText(QStringLiteral("校验位待核对"));
        shoot(&dialog, QStringLiteral("save-consultation-wrong-id"));
        dialog.idEdit()->setText(validId(QStringLiteral("11010519491231002")));
        QCOMPARE(dialog.idEdit()->property("idStatus").toString(), QStringLiteral("valid"));
        dialog.idEdit()->setText(wrong);

        // Saved all the same, and the list marks it.
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QVERIFY2(m_counter->saveConsultation(dialog.details(), &error), qPrintable(error));
        ConsultationListDialog list(*m_counter->consultations());
        QCOMPARE(list.model()->rowCount(), 1);
        QVERIFY(list.model()
                    ->index(0, ConsultationModel::IdColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("⚠")));
        QVERIFY(!list.model()
                     ->index(0, ConsultationModel::IdColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }

    void exportThenImportGivesTheSameCase()
    {
        const qint64 id = saveExample(
            details(QStringLiteral("张三"), validId(QStringLiteral("11010519491231002"))));
        QVERIFY(id);
        const Case original = m_window->document()->caseData();
        ConsultationListDialog list(*m_counter->consultations());
        const QString path = m_dir.filePath(QStringLiteral("export.yibao.json"));
        QString error;
        QVERIFY2(list.exportTo(id, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("张三")); // the file carries the case, not the client
        const auto imported = list.importFrom(path, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(list.model()->rowCount(), 2);
        QVERIFY(m_counter->openConsultation(*imported, &error));
        QVERIFY(m_window->document()->caseData() == original);

        // A file that is not a case is refused with its name.
        const QString bad = m_dir.filePath(QStringLiteral("bad.yibao.json"));
        writeFile(bad, "{ not json");
        QVERIFY(!list.importFrom(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("bad.yibao.json")), qPrintable(error));
        QVERIFY(list.removeId(*imported, &error));
        QCOMPARE(list.model()->rowCount(), 1);
    }

    void csvPreviewListsRejectedLinesAndImportIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("history.csv"));
        writeFile(path,
            QStringLiteral("所属期,险种,缴费基数,状态,到账日期\n" // 1
                           "2016-01,职工,5000,已缴,\n" // 2
                           "2016-02,职工,5000,,\n" // 3 no status: 已缴, with a note
                           "2016-13,职工,5000,已缴,\n" // 4 no month 13
                           "2016-03,职工,五千,作废,\n" // 5 neither amount nor status
                           "2016-04,职工,6000,已缴,\n") // 6
                .toUtf8());
        CaseDocument *doc = m_window->document();
        const CaseDraft before = doc->draft(); // a new case: one empty period
        QStringList errorLines;
        QString summary;
        int periods = 0;
        connect(m_counter, &CounterWorkflow::csvPreviewShown, this, [&](QDialog *d) {
            auto *dialog = qobject_cast<CsvImportDialog *>(d);
            QVERIFY(dialog);
            QAbstractItemModelTester t1(
                dialog->periodsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester t2(
                dialog->errorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (int r = 0; r < dialog->errorsModel()->rowCount(); ++r)
                errorLines << dialog->errorsModel()->index(r, 0).data().toString();
            periods = dialog->periodsModel()->rowCount();
            summary = dialog->summaryLabel()->text();
            QVERIFY(dialog->replaces()); // the case had no periods yet
            QCOMPARE(doc->draft(), before); // nothing changes before the confirmation
            shoot(dialog, QStringLiteral("csv-preview"));
            QMetaObject::invokeMethod(dialog, &QDialog::accept, Qt::QueuedConnection);
        });
        QVERIFY(m_counter->importCsvFile(path));
        QCOMPARE(errorLines,
            (QStringList { QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("5") }));
        // two lines, not three errors; the notes in the window's language
        QVERIFY2(summary.contains(QStringLiteral("2 行不能导入")), qPrintable(summary));
        QVERIFY2(
            summary.contains(QStringLiteral("第 3 行没有填状态，按已缴读取")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("paid")), qPrintable(summary));
        QCOMPARE(periods, 2); // 2016-01..02 merged, 2016-04
        QCOMPARE(doc->draft().periods.size(), 2);
        QCOMPARE(doc->draft().periods.at(0).from, QStringLiteral("2016-01"));
        QCOMPARE(doc->draft().periods.at(0).to, QStringLiteral("2016-02"));
        QCOMPARE(doc->draft().periods.at(1).base, QStringLiteral("6000.00"));
        doc->undoStack()->undo();
        QCOMPARE(doc->draft(), before);
    }

    void csvPreviewCancelledChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("history2.csv"));
        writeFile(path, QStringLiteral("所属期,缴费基数\n2016-01,5000\n").toUtf8());
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        const CaseDraft before = m_window->document()->draft();
        connect(m_counter, &CounterWorkflow::csvPreviewShown, this, [](QDialog *d) {
            QVERIFY(!qobject_cast<CsvImportDialog *>(d)->replaces()); // the case has periods
            QMetaObject::invokeMethod(d, &QDialog::reject, Qt::QueuedConnection);
        });
        QVERIFY(!m_counter->importCsvFile(path));
        QCOMPARE(m_window->document()->draft(), before);
        QVERIFY(!m_window->document()->isModified());
    }

    // The reasons of rejected lines come in the window's language, naming the column; the
    // tooltip names the line too.
    void csvReasonsInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("amountRow");
        QTest::addColumn<QString>("amountLine");
        QTest::addColumn<QString>("monthReason");
        QTest::addColumn<QString>("notThere");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList { QStringLiteral("3"),
                                      QStringLiteral("3（缴费基数）"),
                                      QStringLiteral("“缴费基数”列的“五千”不是金额：应为最多两位"
                                                     "小数的数字，如 5000.00") }
                               << QStringLiteral("第 3 行：“缴费基数”列的“五千”不是金额")
                               << QStringLiteral("“所属期”列的“2016-13”不是月份")
                               << QStringLiteral("is not");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList { QStringLiteral("3"), QStringLiteral("3 (缴费基数)"),
                                   QStringLiteral("Column \"缴费基数\": \"五千\" is not an amount "
                                                  "in yuan; expected a number with at most two "
                                                  "decimals, like 5000.00") }
                            << QStringLiteral("Line 3: Column \"缴费基数\": \"五千\" is not an")
                            << QStringLiteral("Column \"所属期\": \"2016-13\" is not a month")
                            << QStringLiteral("不是");
    }

    void csvReasonsInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, amountRow);
        QFETCH(QString, amountLine);
        QFETCH(QString, monthReason);
        QFETCH(QString, notThere);
        const QString path = m_dir.filePath(QStringLiteral("reasons.csv"));
        writeFile(path,
            QStringLiteral("所属期,险种,缴费基数,状态\n" // 1
                           "2016-01,职工,5000,已缴\n" // 2
                           "2016-02,职工,五千,已缴\n" // 3 not an amount
                           "2016-13,职工,5000,已缴\n") // 4 no month 13
                .toUtf8());
        m_window->setLanguage(language);
        QCoreApplication::processEvents(); // the window's LanguageChange
        auto restore = qScopeGuard([this] { m_window->setLanguage(QStringLiteral("zh_CN")); });
        QList<QStringList> rows;
        QString kind;
        QStringList tips;
        connect(m_counter, &CounterWorkflow::csvPreviewShown, this, [&](QDialog *d) {
            auto *dialog = qobject_cast<CsvImportDialog *>(d);
            QVERIFY(dialog);
            const QStandardItemModel *m = dialog->errorsModel();
            for (int r = 0; r < m->rowCount(); ++r) {
                rows << QStringList { m->index(r, 0).data().toString(),
                    m->index(r, 1).data().toString(), m->index(r, 2).data().toString() };
                tips << m->index(r, 2).data(Qt::ToolTipRole).toString();
            }
            kind = dialog->periodsModel()->index(0, 3).data().toString();
            shoot(dialog, QStringLiteral("csv-reasons-") + language);
            QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        });
        QVERIFY(!m_counter->importCsvFile(path));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), amountRow);
        // the kind of the line that reads, in the window's words too
        QCOMPARE(kind,
            language == QLatin1String("en") ? QStringLiteral("Employee")
                                            : QStringLiteral("单位职工"));
        QVERIFY2(tips.at(0).startsWith(amountLine), qPrintable(tips.at(0)));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("4"));
        QVERIFY2(rows.at(1).at(2).startsWith(monthReason), qPrintable(rows.at(1).at(2)));
        for (const QStringList &r : rows)
            QVERIFY2(!r.at(2).contains(notThere), qPrintable(r.at(2)));
    }

    void appendKeepsTheExistingPeriods()
    {
        CaseDraft d;
        PeriodDraft old;
        old.from = QStringLiteral("2010-01");
        old.to = QStringLiteral("2010-12");
        d.periods = { old };
        ContributionPeriod p;
        p.from = YearMonth(2016, 1);
        p.to = YearMonth(2016, 3);
        p.base = Money::fromFen(500000);
        const CaseDraft appended = CsvImportDialog::mergedDraft(d, { p }, false);
        QCOMPARE(appended.periods.size(), 2);
        QCOMPARE(appended.periods.at(0).from, QStringLiteral("2010-01"));
        QCOMPARE(appended.periods.at(1).base, QStringLiteral("5000.00"));
        QCOMPARE(CsvImportDialog::mergedDraft(d, { p }, true).periods.size(), 1);
    }

    void autosaveFollowsTheDocument()
    {
        CaseDocument *doc = m_window->document();
        AutosaveStore *slot = m_counter->autosaveStore();
        QString error;
        QVERIFY(!slot->load(&error));
        CaseDraft d = doc->draft();
        d.periods[0].base = QStringLiteral("5OOO"); // wrong, and kept as typed
        doc->edit(d, QStringLiteral("typo"));
        m_counter->flushAutosave();
        const auto saved = slot->load(&error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->caseJson.contains("5OOO"));

        // A second window started while this one runs does not take its case.
        {
            MainWindow next(yibao::test::library());
            CounterWorkflow again(&next, dbPath());
            again.start(CounterWorkflow::RestoreMode::Always);
            QVERIFY(!next.document()->isModified());
            QVERIFY(next.document()->draft().periods.at(0).base.isEmpty());
            QCOMPARE(again.autosaveStore()->all(&error)->size(), 1);
        }
        QVERIFY(slot->load(&error)); // still there

        // Saved to a file: the slot is emptied.
        QVERIFY(m_window->saveFile(m_dir.filePath(QStringLiteral("saved.yibao.json")), &error));
        QVERIFY(!slot->load(&error));
        QVERIFY(error.isEmpty());
    }

    void askedAtStartAndRestored()
    {
        CaseDocument *doc = m_window->document();
        CaseDraft d = doc->draft();
        d.periods[0].base = QStringLiteral("4321");
        doc->edit(d, QStringLiteral("type"));
        m_counter->flushAutosave();
        abandonWindow();

        MainWindow next(yibao::test::library());
        CounterWorkflow again(&next, dbPath());
        again.start(CounterWorkflow::RestoreMode::Ask);
        next.show();
        QString question;
        m_fixture.expectModal([&question](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            question = box->text();
            shoot(box, QStringLiteral("restore-question"));
            box->button(QMessageBox::Yes)->click();
        });
        again.afterShown();
        QTRY_VERIFY(!m_fixture.expectedModalPending());
        QVERIFY2(question.contains(QStringLiteral("恢复")), qPrintable(question));
        QTRY_COMPARE(next.document()->draft().periods.at(0).base, QStringLiteral("4321"));
        QVERIFY(next.document()->isModified());
        // It is the restoring window's slot now, the gone window's is not left behind.
        QString error;
        const auto all = again.autosaveStore()->all(&error);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().slot, again.autosaveStore()->slot());
    }

    void declinedRestoreDeletesTheSlot()
    {
        CaseDocument *doc = m_window->document();
        CaseDraft d = doc->draft();
        d.periods[0].base = QStringLiteral("4321");
        doc->edit(d, QStringLiteral("type"));
        m_counter->flushAutosave();
        abandonWindow();
        // The window running meanwhile has an unsaved case of its own.
        typeBase(m_window, QStringLiteral("9999"));
        m_counter->flushAutosave();

        MainWindow next(yibao::test::library());
        CounterWorkflow again(&next, dbPath());
        again.start(CounterWorkflow::RestoreMode::Ask);
        next.show();
        int asked = 0;
        m_fixture.expectModal([&asked](QWidget *w) {
            ++asked;
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box->text().contains(QStringLiteral("恢复")));
            box->button(QMessageBox::No)->click();
        });
        again.afterShown();
        QTRY_VERIFY(!m_fixture.expectedModalPending());
        QCOMPARE(asked, 1); // the gone window's case only
        QVERIFY(next.document()->draft().periods.at(0).base.isEmpty());
        QString error;
        QVERIFY(!again.autosaveStore()->load(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Declining deleted that one only: the running window's is still there.
        const auto running = m_counter->autosaveStore()->load(&error);
        QVERIFY2(running, qPrintable(error));
        QVERIFY(running->caseJson.contains("9999"));
        QCOMPARE(again.autosaveStore()->all(&error)->size(), 1);
    }

    // Two windows on one consultation. State: both opened it; A saved it again. Action: B
    // saves. Expected: B is asked; "keep mine as new" keeps both saves, "overwrite"
    // replaces, "reload theirs" shows A's in B.
    void concurrentSaveAsks_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep mine as new") << int(CounterWorkflow::ConflictChoice::KeepMineAsNew);
        QTest::newRow("overwrite") << int(CounterWorkflow::ConflictChoice::Overwrite);
        QTest::newRow("reload theirs") << int(CounterWorkflow::ConflictChoice::ReloadTheirs);
    }
    void concurrentSaveAsks()
    {
        QFETCH(int, choice);
        const qint64 id = saveExample(details(QStringLiteral("张三"), {}));
        QVERIFY(id);
        MainWindow other(yibao::test::library());
        CounterWorkflow b(&other, dbPath());
        b.start(CounterWorkflow::RestoreMode::Never);
        QString error;
        QVERIFY2(b.openConsultation(id, &error), qPrintable(error));
        int asked = 0;
        b.setConflictResolver([&](const Consultation &theirs) {
            ++asked;
            [&] { QCOMPARE(theirs.note, QStringLiteral("A")); }();
            return CounterWorkflow::ConflictChoice(choice);
        });

        typeBase(m_window, QStringLiteral("6000"));
        QVERIFY2(m_counter->saveConsultation(
                     details(QStringLiteral("张三"), {}, QStringLiteral("A")), &error),
            qPrintable(error));
        typeBase(&other, QStringLiteral("7000"));
        const auto saved
            = b.saveConsultation(details(QStringLiteral("张三"), {}, QStringLiteral("B")), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(asked, 1);
        ConsultationStore *store = m_counter->consultations();
        const auto a = store->load(id, &error);
        QVERIFY2(a, qPrintable(error));
        switch (CounterWorkflow::ConflictChoice(choice)) {
        case CounterWorkflow::ConflictChoice::KeepMineAsNew: {
            QVERIFY(*saved != id);
            QCOMPARE(store->count(&error), 2);
            QCOMPARE(a->note, QStringLiteral("A"));
            QCOMPARE(a->c.periods.at(0).base->toYuanString(), QStringLiteral("6000.00"));
            const auto mine = store->load(*saved, &error);
            QCOMPARE(mine->note, QStringLiteral("B"));
            QCOMPARE(mine->c.periods.at(0).base->toYuanString(), QStringLiteral("7000.00"));
            break;
        }
        case CounterWorkflow::ConflictChoice::Overwrite:
            QCOMPARE(*saved, id);
            QCOMPARE(store->count(&error), 1);
            QCOMPARE(a->note, QStringLiteral("B"));
            QCOMPARE(a->version, qint64(3));
            break;
        default:
            QCOMPARE(*saved, id);
            QCOMPARE(a->note, QStringLiteral("A"));
            QCOMPARE(other.document()->draft().periods.at(0).base, QStringLiteral("6000.00"));
            QVERIFY(!other.document()->isModified());
            QCOMPARE(b.currentConsultation().version, a->version);
        }
        other.document()->undoStack()->setClean();
    }

    // A full disk (RLIMIT_FSIZE: no file may grow past 4 KB, for root too) during the
    // autosave and during a save. Expected: the clear message, the case kept in the window,
    // and once space returns the autosave is written by the retry timer, without an edit.
    void fullDiskAutosaveRetriesWhenSpaceReturns()
    {
        m_window->show();
        m_counter->setAutosaveRetryInterval(50);
        QString error;
        QVERIFY(saveExample(details(QStringLiteral("张三"), {})));
        rlimit old {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        auto restore = qScopeGuard([&] {
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        });
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);

        typeBase(m_window, QStringLiteral("5123"));
        m_counter->flushAutosave();
        QVERIFY2(m_counter->statusNote().contains(QStringLiteral("自动保存失败")),
            qPrintable(m_counter->statusNote()));
        QVERIFY(m_counter->autosaveRetryPending());
        const auto boxes = m_window->findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.constFirst()->text().contains(QStringLiteral("磁盘已满")),
            qPrintable(boxes.constFirst()->text()));
        // Still full: it keeps trying, and says nothing more.
        QTest::qWait(200);
        QVERIFY(m_counter->autosaveRetryPending());
        QCOMPARE(m_window->findChildren<QMessageBox *>().size(), 1);

        // A save meets the same disk: the same clear message, nothing saved.
        const auto failed
            = m_counter->saveConsultation(details(QStringLiteral("李四"), {}), &error);
        QVERIFY(!failed);
        QVERIFY2(error.contains(QStringLiteral("磁盘已满")), qPrintable(error));

        // Space returns: written by the timer, no edit needed.
        restore.dismiss();
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QTRY_VERIFY_WITH_TIMEOUT(!m_counter->autosaveRetryPending(), 5000);
        const auto slot = m_counter->autosaveStore()->load(&error);
        QVERIFY2(slot, qPrintable(error));
        QVERIFY(slot->caseJson.contains("5123"));
        QVERIFY(m_counter->statusNote().isEmpty());
        QVERIFY2(m_counter->saveConsultation(details(QStringLiteral("李四"), {}), &error),
            qPrintable(error));
        boxes.constFirst()->close();
    }

    void storageErrorTextIsTheSameForFullAndIoError()
    {
        const QString full = CounterWorkflow::storageErrorText(
            QStringLiteral("SQL error: database or disk is full (in: COMMIT)"));
        const QString io = CounterWorkflow::storageErrorText(
            QStringLiteral("SQL error: disk I/O error (in: COMMIT)"));
        QVERIFY(full.startsWith(QStringLiteral("磁盘已满")));
        QCOMPARE(full.section(QLatin1Char('\n'), 0, 0), io.section(QLatin1Char('\n'), 0, 0));
        QVERIFY(io.contains(QStringLiteral("disk I/O error"))); // the technical words after it
    }

    void damagedDatabaseIsToldOnceTheWindowIsUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged/yibao.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, 'x'));
        f.close();

        MainWindow window(yibao::test::library());
        CounterWorkflow counter(&window, path);
        counter.start(CounterWorkflow::RestoreMode::Never);
        QVERIFY(counter.databaseOpen());
        QVERIFY(counter.recoveryReport().recovered);
        QVERIFY(counter.findChildren<QMessageBox *>().isEmpty()); // not before the window is up
        window.show();
        counter.afterShown();
        const auto boxes = window.findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(!boxes.constFirst()->isModal());
        QMessageBox *box = boxes.constFirst();
        QVERIFY2(
            box->text().contains(QDir::toNativeSeparators(counter.recoveryReport().damagedPath)),
            qPrintable(box->text()));
        // A short summary; integrity_check's words under 详细信息, never taller than the
        // screen.
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().count(QLatin1Char('\n')) <= 8, qPrintable(box->text()));
        QVERIFY(!box->text().contains(counter.recoveryReport().problem));
        QVERIFY(box->detailedText().contains(counter.recoveryReport().problem));
        auto *details = box->findChild<QAbstractButton *>(QStringLiteral("detailsButton"));
        QVERIFY(details);
        QCOMPARE(details->text(), QStringLiteral("详细信息…"));
        details->click();
        QTRY_COMPARE(details->text(), QStringLiteral("隐藏详细信息"));
        box->adjustSize();
        QVERIFY(box->height() < box->screen()->availableGeometry().height());
        shoot(box, QStringLiteral("database-recovered"));
        // The moved-aside copy is listed, with a delete action.
        QCOMPARE(counter.damagedCopies(), QStringList { counter.recoveryReport().damagedPath });
        box->close();
    }

    void retentionDeletesOldConsultationsAtStart()
    {
        ConsultationStore *store = m_counter->consultations();
        store->setClock([] { return QDateTime::currentDateTimeUtc().addDays(-40); });
        QVERIFY(saveExample(details(QStringLiteral("旧"), {})));
        store->setClock([] { return QDateTime::currentDateTimeUtc(); });
        QVERIFY(saveExample(details(QStringLiteral("新"), {})));
        QSettings().setValue(QLatin1String(ConsultationListDialog::RetentionKey), 30);

        MainWindow next(yibao::test::library());
        CounterWorkflow again(&next, m_dir.filePath(QStringLiteral("db/yibao.sqlite")));
        again.start(CounterWorkflow::RestoreMode::Never);
        QSettings().remove(QLatin1String(ConsultationListDialog::RetentionKey));
        ConsultationListDialog list(*again.consultations());
        QCOMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->index(0, ConsultationModel::NameColumn).data().toString(),
            QStringLiteral("新"));
    }

    // The moved-aside damaged files hold full ID numbers: listed, deletable, and removed
    // by the retention setting.
    void damagedCopiesFallUnderRetention()
    {
        const QString path = m_dir.filePath(QStringLiteral("copies/yibao.sqlite"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString oldCopy = path + QStringLiteral(".damaged-20250101-080000");
        const QString newCopy = path + QStringLiteral(".damaged-20261128-091502");
        writeFile(oldCopy, "old");
        writeFile(oldCopy + QStringLiteral("-wal"), "old wal");
        writeFile(newCopy, "new");
        {
            QFile f(oldCopy);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.setFileTime(
                QDateTime::currentDateTime().addDays(-40), QFileDevice::FileModificationTime));
        }
        QSettings().setValue(QLatin1String(ConsultationListDialog::RetentionKey), 30);
        MainWindow window(yibao::test::library());
        CounterWorkflow counter(&window, path);
        counter.start(CounterWorkflow::RestoreMode::Never);
        QSettings().remove(QLatin1String(ConsultationListDialog::RetentionKey));
        QVERIFY(!QFileInfo::exists(oldCopy));
        QVERIFY(!QFileInfo::exists(oldCopy + QStringLiteral("-wal")));
        QCOMPARE(counter.damagedCopies(), QStringList { newCopy });
        QString error;
        QVERIFY(!counter.deleteDamagedCopy(path, &error)); // only the copies
        QVERIFY(QFileInfo::exists(path));
        QVERIFY2(counter.deleteDamagedCopy(newCopy, &error), qPrintable(error));
        QVERIFY(counter.damagedCopies().isEmpty());
    }

    void failedAutosaveIsSaidNotSilent()
    {
        m_window->show();
        m_counter->database()->close(); // every write fails from here on, as on a full disk
        CaseDocument *doc = m_window->document();
        CaseDraft d = doc->draft();
        d.periods[0].base = QStringLiteral("5000");
        doc->edit(d, QStringLiteral("type"));
        m_counter->flushAutosave();
        QVERIFY2(m_counter->statusNote().contains(QStringLiteral("自动保存失败")),
            qPrintable(m_counter->statusNote()));
        const auto boxes = m_window->findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1); // once, not at every keystroke
        d.periods[0].base = QStringLiteral("6000");
        doc->edit(d, QStringLiteral("type"));
        m_counter->flushAutosave();
        QCOMPARE(m_window->findChildren<QMessageBox *>().size(), 1);
        QCOMPARE(doc->draft().periods.at(0).base, QStringLiteral("6000")); // nothing lost
        shoot(m_window, QStringLiteral("window-autosave-failed"));
        boxes.constFirst()->close();
    }

    void unwritableLocationKeepsTheWindowWorking()
    {
        // A file where the database's folder should be: it cannot be created.
        const QString blocker = m_dir.filePath(QStringLiteral("blocked"));
        writeFile(blocker, "not a folder");
        MainWindow window(yibao::test::library());
        CounterWorkflow counter(&window, blocker + QStringLiteral("/yibao.sqlite"));
        counter.start(CounterWorkflow::RestoreMode::Never);
        QVERIFY(!counter.databaseOpen());
        QVERIFY2(counter.databaseError().contains(QStringLiteral("blocked")),
            qPrintable(counter.databaseError()));
        QVERIFY2(counter.statusNote().contains(QStringLiteral("不自动保存")),
            qPrintable(counter.statusNote()));
        QVERIFY(!counter.menu()->actions().at(0)->isEnabled());
        QString error;
        QVERIFY(!counter.saveConsultation(details(QStringLiteral("张三"), {}), &error));
        QVERIFY(!error.isEmpty());
        // Typing still works.
        CaseDraft d = window.document()->draft();
        d.periods[0].base = QStringLiteral("5000");
        window.document()->edit(d, QStringLiteral("type"));
        counter.flushAutosave();
        QCOMPARE(window.document()->draft().periods.at(0).base, QStringLiteral("5000"));
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestCounterWorkflow)
#include "tst_counterworkflow.moc"
