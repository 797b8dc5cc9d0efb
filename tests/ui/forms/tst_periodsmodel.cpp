// SPDX-License-Identifier: GPL-3.0-or-later
// The contribution and event tables' models over a CaseDocument: what a typed value
// becomes, how a bad value is marked and kept, row edits, paste and undo.
#include "testlibrary.h"
#include "uifixture.h"

#include "forms/amountedit.h"
#include "forms/eventsmodel.h"
#include "forms/periodsmodel.h"
#include "model/casedocument.h"

#include "io/casejson.h"
#include "present/formulawords.h"

#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMetaProperty>
#include <QUndoStack>

#include <algorithm>

using namespace yibao;

namespace {

// A man with one employee period and a four-month gap in arrears (general profile).
const char *const CaseText = R"({
  "schema": "yibao-case/1", "profile": "general", "asOf": "2026-11-23",
  "person": { "birth": "1975-05-12", "sex": "male", "category": "male" },
  "periods": [
    { "from": "1997-07", "to": "2015-12", "kind": "employee", "base": "5000.00", "status": "paid" },
    { "from": "2016-01", "to": "2016-04", "kind": "employee", "base": "5000.00", "status": "arrears" },
    { "from": "2016-05", "to": "2026-10", "kind": "flexible", "base": "6326.00", "status": "paid" }
  ],
  "deemedMonths": 0,
  "retirement": { "date": null, "baseAtRetirement": "6326.00" },
  "events": [ { "date": "2016-03-15", "care": "inpatient" } ]
})";

using C = PeriodsModel::Column;

} // namespace

class TestPeriodsModel : public QObject
{
    Q_OBJECT

private:
    test::UiFixture *m_fixture = nullptr;
    CaseDocument *m_doc = nullptr;
    PeriodsModel *m_model = nullptr;
    EventsModel *m_events = nullptr;

    QModelIndex cell(int row, C c) const { return m_model->index(row, int(c)); }

private Q_SLOTS:
    void initTestCase() { m_fixture = new test::UiFixture; }
    void cleanupTestCase() { delete m_fixture; }

    void init()
    {
        m_doc = new CaseDocument(yibao::test::library());
        QString error;
        QVERIFY2(m_doc->openBytes(CaseText, &error), qPrintable(error));
        QVERIFY(m_doc->inputErrors().isEmpty());
        m_model = new PeriodsModel(m_doc, m_doc);
        m_events = new EventsModel(m_doc, m_doc);
        // Every model change below is checked for consistency as it happens.
        new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        new QAbstractItemModelTester(
            m_events, QAbstractItemModelTester::FailureReportingMode::QtTest, m_events);
    }

    void cleanup()
    {
        delete m_doc;
        QString modal;
        QVERIFY2(m_fixture->noModalSeen(&modal),
            qPrintable(QStringLiteral("unexpected dialog: ") + modal));
    }

    // State: the case above. Action: a value typed into a cell. Expected: the tidy form.
    void typed_value_is_tidied_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("from 1997/7") << int(C::From) << "1997/7"
                                     << "1997-07"
                                     << "1997-07";
        QTest::newRow("from 1997年7月") << int(C::From) << "1997年7月"
                                        << "1997-07"
                                        << "1997-07";
        QTest::newRow("from 199707") << int(C::From) << "199707"
                                     << "1997-07"
                                     << "1997-07";
        QTest::newRow("base 8000") << int(C::Base) << "8000"
                                   << "8000.00"
                                   << "8000.00";
        QTest::newRow("base 8,000.5") << int(C::Base) << "8,000.5"
                                      << "8000.50"
                                      << "8000.50";
        QTest::newRow("kind 灵活就业") << int(C::Kind) << "灵活就业"
                                       << "flexible"
                                       << "灵活就业";
        QTest::newRow("kind flexible") << int(C::Kind) << "flexible"
                                       << "flexible"
                                       << "灵活就业";
        QTest::newRow("status 欠费") << int(C::Status) << "欠费"
                                     << "arrears"
                                     << "欠费";
        // the words of print-outs, read by core's one reader as the CSV import reads them
        QTest::newRow("kind 职工") << int(C::Kind) << "职工"
                                   << "employee"
                                   << "单位职工";
        QTest::newRow("kind 在职") << int(C::Kind) << "在职"
                                   << "employee"
                                   << "单位职工";
        QTest::newRow("status 正常") << int(C::Status) << "正常"
                                     << "paid"
                                     << "已缴";
        QTest::newRow("status 未缴") << int(C::Status) << "未缴"
                                     << "arrears"
                                     << "欠费";
        QTest::newRow("status 待缴") << int(C::Status) << "待缴"
                                     << "planned"
                                     << "计划缴费";
        QTest::newRow("from 2020.3") << int(C::From) << "2020.3"
                                     << "2020-03"
                                     << "2020-03";
        QTest::newRow("from full-width") << int(C::From) << "２０２０／３"
                                         << "2020-03"
                                         << "2020-03";
        QTest::newRow("base ４５００") << int(C::Base) << "４５００"
                                       << "4500.00"
                                       << "4500.00";
        QTest::newRow("base ¥4500") << int(C::Base) << "¥4500"
                                    << "4500.00"
                                    << "4500.00";
        QTest::newRow("base 4500元") << int(C::Base) << "4500元"
                                     << "4500.00"
                                     << "4500.00";
    }
    void typed_value_is_tidied()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        const QModelIndex i = m_model->index(0, column);
        QVERIFY(m_model->setData(i, typed));
        QCOMPARE(i.data(Qt::EditRole).toString(), stored);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), shown);
    }

    // Action: a value that does not parse. Expected: kept as typed, marked, with the
    // CLI's message for that field; the last good result stays available.
    void bad_cell_is_marked_and_kept_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        // the window's words for the field (core's catalogue), not the CLI's
        QTest::newRow("base 5000.123") << int(C::Base) << "5000.123"
                                       << "缴费基数“5000.123”超过两位小数（金额精确到分）";
        QTest::newRow("base -5") << int(C::Base) << "-5"
                                 << "缴费基数“-5”是负数，应大于 0";
        QTest::newRow("base 4千5abc")
            << int(C::Base) << "4千5abc"
            << "缴费基数“4千5abc”含汉字数字，未按金额读取：请全部写成数字（如 4500）";
        QTest::newRow("to 2016-13") << int(C::To) << "2016-13"
                                    << "截止月份“2016-13”不是有效月份（如 2020-03，月份 01–12）";
        QTest::newRow("kind employe") << int(C::Kind) << "employe"
                                      << "类型“employe”无法识别，请从列表中选择";
    }
    void bad_cell_is_marked_and_kept()
    {
        QFETCH(int, column);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        const Money before = *m_doc->result().backPay.gapTotal;
        const QModelIndex i = m_model->index(1, column);
        QVERIFY(m_model->setData(i, typed));
        QCOMPARE(i.data(Qt::EditRole).toString(), typed);
        QCOMPARE(i.data(int(PeriodsModel::Role::Error)).toString(), message);
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), message);
        QVERIFY(i.data(Qt::BackgroundRole).isValid());
        QVERIFY(!m_model->index(0, column).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m_doc->inputErrors().size(), 1);
        QCOMPARE(
            m_doc->inputErrors().first().path, i.data(int(PeriodsModel::Role::Path)).toString());
        QVERIFY(m_doc->hasResult());
        QCOMPARE(*m_doc->result().backPay.gapTotal, before);
        // undo brings back the good value and clears the mark
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->inputErrors().isEmpty());
        QVERIFY(i.data(int(PeriodsModel::Role::Error)).toString().isEmpty());
    }

    void overlapping_rows_are_marked()
    {
        QVERIFY(m_model->setData(cell(1, C::From), QStringLiteral("2015-12")));
        const QString e = cell(1, C::Base).data(int(PeriodsModel::Role::Error)).toString();
        QVERIFY2(e.contains(QStringLiteral("与第 1 行（1997-07–2015-12）重叠")), qPrintable(e));
        QVERIFY(cell(0, C::From).data(int(PeriodsModel::Role::Error)).toString().isEmpty());
    }

    void add_row_continues_the_row_above()
    {
        const int row = m_model->addRow(2);
        QCOMPARE(row, 3);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(cell(3, C::From).data(Qt::EditRole).toString(), QStringLiteral("2026-11"));
        QCOMPARE(cell(3, C::Kind).data(Qt::EditRole).toString(), QStringLiteral("flexible"));
        QCOMPARE(cell(3, C::Base).data(Qt::EditRole).toString(), QStringLiteral("6326.00"));
        QVERIFY(
            !cell(3, C::To).data(int(PeriodsModel::Role::Error)).toString().isEmpty()); // "missing"
    }

    void split_then_merge_gives_the_row_back()
    {
        const PeriodDraft original = m_doc->draft().periods.at(0);
        QString why;
        QVERIFY2(m_model->splitRow(0, YearMonth(2005, 1), &why), qPrintable(why));
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(cell(0, C::To).data().toString(), QStringLiteral("2004-12"));
        QCOMPARE(cell(1, C::From).data().toString(), QStringLiteral("2005-01"));
        QCOMPARE(cell(1, C::To).data().toString(), QStringLiteral("2015-12"));
        QVERIFY(m_doc->inputErrors().isEmpty());
        QVERIFY2(m_model->mergeRows(0, 1, &why), qPrintable(why));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_doc->draft().periods.at(0), original);
    }

    void split_outside_the_row_is_refused()
    {
        QString why;
        QVERIFY(!m_model->splitRow(1, YearMonth(2016, 1), &why));
        QVERIFY(!why.isEmpty());
        QCOMPARE(m_model->rowCount(), 3);
    }

    void merge_of_rows_that_do_not_touch_is_refused()
    {
        m_doc->edit(
            [&] {
                CaseDraft d = m_doc->draft();
                d.periods[2].from = QStringLiteral("2016-06");
                return d;
            }(),
            QStringLiteral("gap"));
        QString why;
        QVERIFY(!m_model->mergeRows(1, 2, &why));
        QVERIFY(why.contains(QLatin1Char('2')));
        QCOMPARE(m_model->rowCount(), 3);
    }

    void delete_rows()
    {
        m_model->removeRows({ 2, 1 });
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, C::From).data().toString(), QStringLiteral("1997-07"));
        m_doc->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 3);
    }

    // A spreadsheet's copy: tab-separated, names in Chinese, one row per line.
    void paste_rows_from_a_spreadsheet()
    {
        m_model->removeRows({ 0, 1, 2 });
        QCOMPARE(m_model->rowCount(), 0);
        // a spreadsheet row with the words of a print-out (职工, 正常, 欠缴)
        const QString text = QStringLiteral("1997-07\t2015-12\t职工\t5000\t正常\n"
                                            "2016/1\t2016/4\t在职\t5,000.00\t欠缴\r\n"
                                            "2016-05\t2026-10\tflexible\t6326\tpaid\n");
        QCOMPARE(m_model->paste(QModelIndex(), text), 3);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(cell(1, C::From).data().toString(), QStringLiteral("2016-01"));
        QCOMPARE(cell(1, C::Base).data().toString(), QStringLiteral("5000.00"));
        QCOMPARE(cell(1, C::Status).data(Qt::EditRole).toString(), QStringLiteral("arrears"));
        QVERIFY(m_doc->inputErrors().isEmpty());
        InputErrors none;
        const Case expected = *CaseJson::parse(CaseText, &none);
        QCOMPARE(m_doc->caseData().periods, expected.periods);
        // one paste is one undo step
        m_doc->undoStack()->undo();
        QCOMPARE(m_model->rowCount(), 0);
    }

    void paste_into_a_column_changes_only_that_column()
    {
        QCOMPARE(m_model->paste(cell(0, C::Base), QStringLiteral("7000\n7100\n")), 2);
        QCOMPARE(cell(0, C::Base).data().toString(), QStringLiteral("7000.00"));
        QCOMPARE(cell(1, C::Base).data().toString(), QStringLiteral("7100.00"));
        QCOMPARE(cell(2, C::Base).data().toString(), QStringLiteral("6326.00"));
        QCOMPARE(cell(1, C::From).data().toString(), QStringLiteral("2016-01"));
    }

    // Every edit undone gives the first draft and result back; redone, the last ones.
    void undo_redo_round_trip()
    {
        const CaseDraft first = m_doc->draft();
        const Money firstTotal = *m_doc->result().backPay.gapTotal;
        QVERIFY(m_model->setData(cell(1, C::Base), QStringLiteral("6000")));
        m_model->addRow(2);
        QVERIFY(m_model->setData(cell(3, C::To), QStringLiteral("2026-11")));
        QVERIFY(m_model->setData(cell(3, C::Status), QStringLiteral("planned")));
        QVERIFY(m_events->setData(m_events->index(0, 1), QStringLiteral("pharmacy")));
        m_model->removeRows({ 0 });
        const CaseDraft last = m_doc->draft();
        const Money lastTotal = *m_doc->result().backPay.gapTotal;
        QVERIFY(lastTotal != firstTotal);
        QCOMPARE(m_doc->undoStack()->count(), 6);
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->draft(), first);
        QCOMPARE(*m_doc->result().backPay.gapTotal, firstTotal);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!m_doc->isModified());
        while (m_doc->undoStack()->canRedo())
            m_doc->undoStack()->redo();
        QCOMPARE(m_doc->draft(), last);
        QCOMPARE(*m_doc->result().backPay.gapTotal, lastTotal);
        QVERIFY(m_doc->isModified());
    }

    // The amount editor: its USER property is the amount, and leaving it tidies the text.
    void amount_edit_value_and_tidy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("tidied");
        QTest::newRow("5000") << "5000" << true << qint64(500000) << "5000.00";
        QTest::newRow("5,000.5") << "5,000.5" << true << qint64(500050) << "5000.50";
        QTest::newRow("0.05") << "0.05" << true << qint64(5) << "0.05";
        QTest::newRow("5000.123") << "5000.123" << false << qint64(0) << "5000.123";
        QTest::newRow("-5") << "-5" << false << qint64(0) << "-5";
        QTest::newRow("full-width") << "４５００" << true << qint64(450000) << "4500.00";
        QTest::newRow("yuan") << "4500元" << true << qint64(450000) << "4500.00";
        QTest::newRow("yen") << "¥4500" << true << qint64(450000) << "4500.00";
        // kept as typed, never read as 45
        QTest::newRow("4千5abc") << "4千5abc" << false << qint64(0) << "4千5abc";
    }
    void amount_edit_value_and_tidy()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(qint64, fen);
        QFETCH(QString, tidied);
        QWidget top;
        auto *edit = new AmountEdit(&top);
        auto *other = new QLineEdit(&top);
        top.show();
        QVERIFY(QTest::qWaitForWindowActive(&top));
        edit->setFocus();
        if (std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.unicode() < 128; })) {
            QTest::keyClicks(edit, typed);
        } else {
            // what an input method commits (full-width digits, 千, ¥)
            QInputMethodEvent commit;
            commit.setCommitString(typed);
            QCoreApplication::sendEvent(edit, &commit);
        }
        QCOMPARE(edit->text(), typed);
        QCOMPARE(edit->isValid(), valid);
        QCOMPARE(edit->metaObject()->userProperty().read(edit).value<Money>().fen(), fen);
        other->setFocus();
        QCOMPARE(edit->text(), tidied);
    }

    // Nothing typed is dropped: "5O0O" stays (and is marked by the case's error).
    void amount_edit_keeps_what_is_typed()
    {
        AmountEdit edit;
        QTest::keyClicks(&edit, QStringLiteral("5O0O"));
        QCOMPARE(edit.text(), QStringLiteral("5O0O"));
        QVERIFY(!edit.isValid());
    }

    // Arrears reaching the retirement: shown as "退休后" with the engine's warning, not as
    // red arrears.
    void arrears_after_retirement_show_as_retired()
    {
        QString error;
        QVERIFY2(m_doc->openBytes(R"({
  "schema": "yibao-case/1", "profile": "general", "asOf": "2024-06-15",
  "person": { "birth": "1960-01-10", "sex": "male", "category": "male" },
  "periods": [
    { "from": "1990-01", "to": "2020-12", "kind": "employee", "base": "5000.00", "status": "paid" },
    { "from": "2021-01", "to": "2021-12", "kind": "flexible", "base": "4000.00", "status": "arrears" }
  ]})",
                     &error),
            qPrintable(error));
        QVERIFY(m_doc->inputErrors().isEmpty());
        QVERIFY(!m_doc->result().warnings.isEmpty());
        const QModelIndex status = cell(1, C::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("退休后"));
        QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("arrears"));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
            warningText(m_doc->result().warnings.first(), TextLanguage::Chinese));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("记为欠费")));
        QVERIFY(status.data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell(0, C::Status).data().toString(), QStringLiteral("已缴"));
    }

    void events_model_edits_and_marks()
    {
        QCOMPARE(m_events->rowCount(), 1);
        QCOMPARE(m_events->index(0, 1).data().toString(), QStringLiteral("住院"));
        const int row = m_events->addRow(0);
        QCOMPARE(row, 1);
        QVERIFY(m_events->setData(m_events->index(1, 0), QStringLiteral("2025/8/2")));
        QVERIFY(m_events->setData(m_events->index(1, 1), QStringLiteral("药店购药")));
        QCOMPARE(m_events->index(1, 0).data().toString(), QStringLiteral("2025-08-02"));
        QCOMPARE(m_events->index(1, 1).data(Qt::EditRole).toString(), QStringLiteral("pharmacy"));
        QVERIFY(m_doc->inputErrors().isEmpty());
        QCOMPARE(m_doc->result().events.size(), 2);
        QVERIFY(m_events->setData(m_events->index(1, 0), QStringLiteral("2025-02-30")));
        QCOMPARE(m_events->index(1, 0).data(Qt::EditRole).toString(), QStringLiteral("2025-02-30"));
        QVERIFY(!m_events->index(1, 0).data(int(EventsModel::Role::Error)).toString().isEmpty());
        m_events->removeRows({ 1 });
        QCOMPARE(m_events->rowCount(), 1);
        QVERIFY(m_doc->inputErrors().isEmpty());
    }
};

QTEST_MAIN(TestPeriodsModel)
#include "tst_periodsmodel.moc"
