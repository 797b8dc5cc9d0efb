// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a clerk uses it: a whole case typed from the keyboard gives the published
// figures, a wrong value is marked and kept, files round-trip, the title tells the file
// and whether it is saved, undo works from the menu, the language switches and the layout
// is remembered.
#include "testlibrary.h"
#include "uifixture.h"

#include "explain/articlebrowser.h"
#include "explain/explanationpane.h"
#include "forms/amountedit.h"
#include "forms/entrytable.h"
#include "forms/eventsform.h"
#include "forms/eventsmodel.h"
#include "forms/periodsform.h"
#include "forms/periodsmodel.h"
#include "forms/personform.h"
#include "forms/retirementform.h"
#include "model/casedocument.h"
#include "results/cardwidget.h"
#include "results/resultspane.h"
#include "timeline/timelinewidget.h"
#include "window/language.h"
#include "window/mainwindow.h"

#include "io/casejson.h"
#include "io/resultjson.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace yibao;
using test::pressKey;
using test::typeText;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every field of expected is in actual with the same value; actual may have more (the
// CLI's expected files leave out reasons and the trace).
bool contains(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path, QString *why)
{
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!contains(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), why))
                return false;
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            *why = QStringLiteral("%1: %2 entries, expected %3")
                       .arg(path)
                       .arg(a.size())
                       .arg(e.size());
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!contains(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), why))
                return false;
        return true;
    }
    if (expected != actual) {
        *why = QStringLiteral("%1: %2, expected %3")
                   .arg(path,
                       QString::fromUtf8(
                           QJsonDocument(QJsonArray { actual }).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(
                           QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact)));
        return false;
    }
    return true;
}

QString sharedCase(const char *name)
{
    return QStringLiteral(YIBAO_PUBLIC_CASES "/") + QLatin1String(name);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::UiFixture *m_fixture = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_files;

    CaseDocument *doc() const { return m_window->document(); }
    QModelIndex periodCell(int row, PeriodsModel::Column c) const
    {
        return m_window->periodsForm()->model()->index(row, int(c));
    }

    void showWindow()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = new test::UiFixture;
        QVERIFY(m_files.isValid());
    }
    void cleanupTestCase() { delete m_fixture; }

    void init()
    {
        Language::apply(QStringLiteral("zh_CN"));
        m_window = new MainWindow(yibao::test::library());
    }

    void cleanup()
    {
        // Throw away the test's edits so that closing asks nothing.
        doc()->undoStack()->setClean();
        delete m_window;
        m_window = nullptr;
        QString modal;
        QVERIFY2(m_fixture->noModalSeen(&modal),
            qPrintable(QStringLiteral("unexpected dialog: ") + modal));
    }

    // State: a new case. Action: case 01 typed field by field, Tab and Enter moving on.
    // Expected: the figures of the published expected result.
    void typing_a_whole_case_gives_the_published_figures()
    {
        const QByteArray expected = readFile(sharedCase("01-continuous-career-male.expected.json"));
        QVERIFY2(!expected.isEmpty(), "the public case 01 is missing from tests/cli/cases/public");
        showWindow();

        m_window->asOfEdit()->setDate(QDate(2026, 11, 23));

        m_window->formTabs()->setCurrentIndex(0);
        m_window->personForm()->birthEdit()->setFocus();
        typeText(QStringLiteral("1968-03-20"));
        pressKey(Qt::Key_Return);
        QCOMPARE(doc()->draft().birth, QStringLiteral("1968-03-20"));
        QCOMPARE(QApplication::focusWidget(), m_window->personForm()->sexCombo()); // Enter moved on

        m_window->formTabs()->setCurrentIndex(1);
        EntryTable *table = m_window->periodsForm()->table();
        table->setFocus();
        table->setCurrentIndex(periodCell(0, PeriodsModel::Column::From));
        typeText(QStringLiteral("1992-07"));
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("2026-10"));
        pressKey(Qt::Key_Tab); // into the kind: 单位职工 is already chosen
        pressKey(Qt::Key_Tab);
        typeText(QStringLiteral("8000"));
        pressKey(Qt::Key_Return); // Enter moves on like Tab
        pressKey(Qt::Key_Tab); // status 已缴 stays
        pressKey(Qt::Key_Escape);
        const PeriodDraft typed = doc()->draft().periods.value(0);
        QCOMPARE(typed.from, QStringLiteral("1992-07"));
        QCOMPARE(typed.to, QStringLiteral("2026-10"));
        QCOMPARE(typed.kind, QStringLiteral("employee"));
        QCOMPARE(typed.base, QStringLiteral("8000.00"));
        QCOMPARE(typed.status, QStringLiteral("paid"));

        m_window->formTabs()->setCurrentIndex(2);
        m_window->retirementForm()->baseEdit()->setFocus();
        typeText(QStringLiteral("8000"));
        pressKey(Qt::Key_Return);
        QCOMPARE(m_window->retirementForm()->baseEdit()->text(), QStringLiteral("8000.00"));

        m_window->formTabs()->setCurrentIndex(3);
        EntryTable *events = m_window->eventsForm()->table();
        events->setFocus();
        pressKey(Qt::Key_Insert);
        QCOMPARE(m_window->eventsForm()->model()->rowCount(), 1);
        typeText(QStringLiteral("2026-10-08"));
        pressKey(Qt::Key_Return);
        pressKey(Qt::Key_Escape);

        QVERIFY2(doc()->inputErrors().isEmpty(),
            qPrintable(doc()->inputErrors().isEmpty() ? QString()
                                                      : doc()->inputErrors().first().toString()));
        QVERIFY(!m_window->errorList()->isVisible());
        QString why;
        const QJsonObject actual = ResultJson::toJson(doc()->result(), false);
        QVERIFY2(contains(QJsonDocument::fromJson(expected).object(), actual,
                     QStringLiteral("result"), &why),
            qPrintable(why));
        // The cards show the same: no gap card, and the event card is there.
        const QStringList cards = m_window->resultsPane()->cardIds();
        QVERIFY(cards.contains(QStringLiteral("retirement")));
        QVERIFY(cards.contains(QStringLiteral("events[0]")));
        QVERIFY(!cards.contains(QStringLiteral("gaps[0]")));
    }

    // State: a new case. Action: each public case typed from the keyboard alone — text
    // typed, choices made with Home/Down in the combo boxes, Tab and Enter moving on,
    // Insert adding rows. Expected: the figures of its published expected result.
    void typing_each_public_case_gives_its_figures_data()
    {
        QTest::addColumn<QString>("casePath");
        const QDir cases(QStringLiteral(YIBAO_PUBLIC_CASES));
        QVERIFY2(!cases.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files).isEmpty(),
            "no public cases in tests/cli/cases/public");
        for (const auto &name :
            cases.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << cases.filePath(name);
    }
    void typing_each_public_case_gives_its_figures()
    {
        QFETCH(QString, casePath);
        QString expectedPath = casePath;
        expectedPath.replace(QLatin1String(".yibao.json"), QLatin1String(".expected.json"));
        const QByteArray expected = readFile(expectedPath);
        InputErrors errors;
        const auto c = CaseJson::parse(readFile(casePath), &errors);
        QVERIFY(c);
        QVERIFY(!expected.isEmpty());
        showWindow();
        auto choose = [](QComboBox *combo, const QString &id) {
            combo->setFocus();
            pressKey(Qt::Key_Home);
            for (int i = 0; i < combo->count() && combo->currentData().toString() != id; ++i)
                pressKey(Qt::Key_Down);
            QCOMPARE(combo->currentData().toString(), id);
        };
        // In a cell's combo editor (it has focus): Home, then Down until the id shows.
        auto chooseInCell = [](const QStringList &ids, const QString &id) {
            pressKey(Qt::Key_Home);
            for (int i = 0; i < ids.indexOf(id); ++i)
                pressKey(Qt::Key_Down);
        };
        // Typing over a cell or field: its text is selected when the editor opens.
        auto typeOrClear = [](const QString &text) {
            if (text.isEmpty())
                pressKey(Qt::Key_Backspace);
            else
                typeText(text);
        };

        choose(m_window->profileCombo(), c->profile);
        m_window->asOfEdit()->setDate(c->asOf);
        if (c->payOn)
            m_window->payOnEdit()->setDate(*c->payOn);

        m_window->formTabs()->setCurrentIndex(0);
        m_window->personForm()->birthEdit()->setFocus();
        typeText(c->person.birth.toString(Qt::ISODate));
        pressKey(Qt::Key_Return);
        choose(m_window->personForm()->sexCombo(), sexId(c->person.sex));
        choose(m_window->personForm()->categoryCombo(), categoryId(c->person.category));

        m_window->formTabs()->setCurrentIndex(1);
        EntryTable *table = m_window->periodsForm()->table();
        table->setFocus();
        table->setCurrentIndex(periodCell(0, PeriodsModel::Column::From));
        for (qsizetype i = 0; i < c->periods.size(); ++i) {
            const ContributionPeriod &p = c->periods.at(i);
            if (i > 0) {
                pressKey(Qt::Key_Insert);
                while (table->currentIndex().column() > int(PeriodsModel::Column::From))
                    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
            }
            QCOMPARE(table->currentIndex(), periodCell(int(i), PeriodsModel::Column::From));
            typeText(p.from.toString());
            pressKey(Qt::Key_Tab);
            typeText(p.to.toString());
            pressKey(Qt::Key_Tab);
            chooseInCell(
                { u"employee"_qs, u"flexible"_qs, u"resident"_qs, u"deemed"_qs }, kindId(p.kind));
            pressKey(Qt::Key_Tab);
            typeOrClear(p.base ? p.base->toYuanString() : QString());
            pressKey(Qt::Key_Tab);
            chooseInCell(
                { u"paid"_qs, u"arrears"_qs, u"backpaid"_qs, u"planned"_qs }, statusId(p.status));
            pressKey(Qt::Key_Tab);
            typeOrClear(p.paidOn ? p.paidOn->toString(Qt::ISODate) : QString());
            pressKey(Qt::Key_Return);
            pressKey(Qt::Key_Escape);
        }

        m_window->formTabs()->setCurrentIndex(2);
        RetirementForm *retirement = m_window->retirementForm();
        if (c->retirement.date) {
            retirement->statutoryCheck()->setFocus();
            pressKey(Qt::Key_Space);
            retirement->dateEdit()->setFocus();
            typeText(c->retirement.date->toString(Qt::ISODate));
            pressKey(Qt::Key_Return);
        }
        retirement->baseEdit()->setFocus();
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeOrClear(c->retirement.baseAtRetirement ? c->retirement.baseAtRetirement->toYuanString()
                                                   : QString());
        pressKey(Qt::Key_Return);
        retirement->deemedSpin()->setFocus();
        pressKey(Qt::Key_A, Qt::ControlModifier);
        typeText(QString::number(c->deemedMonths));
        pressKey(Qt::Key_Return);

        m_window->formTabs()->setCurrentIndex(3);
        EntryTable *events = m_window->eventsForm()->table();
        events->setFocus();
        for (const MedicalEvent &e : c->events) {
            pressKey(Qt::Key_Insert);
            typeText(e.date.toString(Qt::ISODate));
            pressKey(Qt::Key_Tab);
            chooseInCell(
                { u"outpatient"_qs, u"pharmacy"_qs, u"inpatient"_qs, u"special_outpatient"_qs },
                careId(e.care));
            pressKey(Qt::Key_Return);
            pressKey(Qt::Key_Escape);
        }

        QVERIFY2(doc()->inputErrors().isEmpty(),
            qPrintable(doc()->inputErrors().isEmpty() ? QString()
                                                      : doc()->inputErrors().first().toString()));
        QVERIFY(doc()->caseData() == *c);
        QString why;
        const QJsonObject actual = ResultJson::toJson(doc()->result(), false);
        QVERIFY2(contains(QJsonDocument::fromJson(expected).object(), actual,
                     QStringLiteral("result"), &why),
            qPrintable(why));
        // The cards show the same result: one card per gap and per event.
        const QStringList cards = m_window->resultsPane()->cardIds();
        QVERIFY(cards.contains(QStringLiteral("retirement")));
        QCOMPARE(cards.filter(QStringLiteral("gaps[")).size(), doc()->result().gaps.size());
        QCOMPARE(cards.filter(QStringLiteral("events[")).size(), c->events.size());
    }

    // Action: an amount with three decimals typed into the base cell. Expected: the text
    // stays, the cell is marked, the CLI's message is under the table and in the list.
    void typed_bad_amount_is_marked_shown_and_kept()
    {
        QString error;
        QVERIFY2(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error), qPrintable(error));
        showWindow();
        m_window->formTabs()->setCurrentIndex(1);
        EntryTable *table = m_window->periodsForm()->table();
        table->setFocus();
        const QModelIndex base = periodCell(1, PeriodsModel::Column::Base);
        table->setCurrentIndex(base);
        typeText(QStringLiteral("5000.123"));
        pressKey(Qt::Key_Return);
        pressKey(Qt::Key_Escape);
        table->setCurrentIndex(base);

        // in the window's language, naming the field; the list names the row as well
        const QString message = QStringLiteral("缴费基数“5000.123”超过两位小数（金额精确到分）");
        QCOMPARE(base.data(Qt::EditRole).toString(), QStringLiteral("5000.123"));
        QCOMPARE(base.data(int(PeriodsModel::Role::Error)).toString(), message);
        QVERIFY(base.data(Qt::BackgroundRole).isValid());
        QLabel *label = m_window->periodsForm()->messageLabel();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QCOMPARE(m_window->errorList()->count(), 1);
        QVERIFY(m_window->errorList()->isVisible());
        QCOMPARE(
            m_window->errorList()->item(0)->text(), QStringLiteral("缴费记录第 2 行：") + message);
        QVERIFY(m_window->resultsPane()->hasInputErrors());
        // no 明白纸 of input that is not there any more
        for (QAction *a : m_window->menuBar()->actions().first()->menu()->actions())
            if (a->text().contains(QStringLiteral("明白纸")))
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        // the last good result is still there
        QVERIFY(doc()->hasResult());
        QCOMPARE(doc()->caseData().periods.at(1).base, Money::parseYuan(u"5000.00"));
        // and shown, dimmed and marked, under the error
        QVERIFY(m_window->resultsPane()->cardWidget(QStringLiteral("gaps[0]"))->isStale());
        QCOMPARE(m_window->resultsPane()->cardIds().constFirst(), ResultsPane::errorsCardId());
        // YIBAO_TEST_SHOTS=DIR keeps a picture of it for a person to look at.
        if (const QString dir = qEnvironmentVariable("YIBAO_TEST_SHOTS"); !dir.isEmpty()) {
            m_window->resize(1440, 900);
            QTest::qWait(300);
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/errors-keep-results.png")));
        }

        // Clicking the message goes to the cell.
        m_window->formTabs()->setCurrentIndex(0);
        QTest::mouseClick(m_window->errorList()->viewport(), Qt::LeftButton, {},
            m_window->errorList()->visualItemRect(m_window->errorList()->item(0)).center());
        QCOMPARE(m_window->formTabs()->currentIndex(), 1);
        QCOMPARE(table->currentIndex(), base);
    }

    void open_save_reopen_gives_the_same_case_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("example") << QStringLiteral(YIBAO_EXAMPLE_CASE);
        const QDir cases(QStringLiteral(YIBAO_PUBLIC_CASES));
        for (const auto &name :
            cases.entryList({ QStringLiteral("*.yibao.json") }, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << cases.filePath(name);
    }
    void open_save_reopen_gives_the_same_case()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readFile(path);
        InputErrors errors;
        const auto original = CaseJson::parse(bytes, &errors);
        QVERIFY(original);
        QString error;
        QVERIFY2(m_window->openFile(path, &error), qPrintable(error));
        QVERIFY(doc()->inputErrors().isEmpty());
        QVERIFY(doc()->caseData() == *original);
        const QString copy = m_files.filePath(QFileInfo(path).fileName());
        QVERIFY2(m_window->saveFile(copy, &error), qPrintable(error));
        // byte for byte the CLI's own serialisation of the case
        QCOMPARE(readFile(copy), CaseJson::serialize(*original));
        CaseDocument again(yibao::test::library());
        QVERIFY2(again.open(copy, &error), qPrintable(error));
        QVERIFY(again.inputErrors().isEmpty());
        QVERIFY(again.caseData() == *original);
        QCOMPARE(again.draft(), doc()->draft());
    }

    // A case with a wrong value is saved as typed, and opens again with it marked.
    void a_case_with_a_wrong_value_is_saved_as_typed()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QVERIFY(m_window->periodsForm()->model()->setData(
            periodCell(1, PeriodsModel::Column::To), QStringLiteral("2016-13")));
        const QString path = m_files.filePath(QStringLiteral("typed.yibao.json"));
        QVERIFY2(m_window->saveFile(path, &error), qPrintable(error));
        QVERIFY(!m_window->isWindowModified());
        CaseDocument again(yibao::test::library());
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.draft(), doc()->draft());
        QCOMPARE(again.inputErrors().size(), 1);
        QCOMPARE(again.inputErrors().first().path, QStringLiteral("periods[1].to"));
    }

    void a_file_that_is_not_a_case_is_refused_with_the_parser_message()
    {
        const QString path = m_files.filePath(QStringLiteral("broken.yibao.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"yibao-case/1\",\n  \"asOf\": }");
        f.close();
        QString error;
        QVERIFY(!m_window->openFile(path, &error));
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
        QVERIFY(doc()->filePath().isEmpty());
    }

    // A wrong value in a file opens marked, not refused: nothing in it is lost.
    void a_case_with_wrong_values_opens_with_them_marked()
    {
        const QString path = m_files.filePath(QStringLiteral("wrong.yibao.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "yibao-case/1", "asOf": "2026-11-23",
                 "person": {"birth": "1975-05-12", "sex": "male", "category": "female_cadre"},
                 "periods": [{"from": "2016-01", "to": "2016-13", "kind": "employee", "base": "5000", "status": "paid"}]})");
        f.close();
        QString error;
        QVERIFY2(m_window->openFile(path, &error), qPrintable(error));
        QCOMPARE(doc()->inputErrors().size(), 2);
        QCOMPARE(periodCell(0, PeriodsModel::Column::To).data(Qt::EditRole).toString(),
            QStringLiteral("2016-13"));
        QVERIFY(!m_window->personForm()->categoryCombo()->toolTip().isEmpty());
        QCOMPARE(m_window->personForm()->categoryCombo()->currentData().toString(),
            QStringLiteral("female_cadre"));
        // YIBAO_TEST_SHOTS=DIR keeps a picture of the marked window for a person to look at.
        if (const QString dir = qEnvironmentVariable("YIBAO_TEST_SHOTS"); !dir.isEmpty()) {
            m_window->resize(1440, 900);
            showWindow();
            m_window->periodsForm()->table()->setCurrentIndex(
                periodCell(0, PeriodsModel::Column::To));
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/wrong-values.png")));
        }
    }

    void title_shows_the_file_and_the_modified_mark()
    {
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("未命名[*]")));
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("example.yibao.json[*]")));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->periodsForm()->model()->setData(
            periodCell(0, PeriodsModel::Column::Base), QStringLiteral("5100")));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->undoAction()->isEnabled());
        QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("第1行")));
        m_window->undoAction()->trigger();
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(
            periodCell(0, PeriodsModel::Column::Base).data().toString(), QStringLiteral("5000.00"));
        m_window->redoAction()->trigger();
        QCOMPARE(
            periodCell(0, PeriodsModel::Column::Base).data().toString(), QStringLiteral("5100.00"));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(m_window->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    }

    void retirement_tab_shows_the_statutory_date()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QStringList texts;
        for (const QLabel *l : m_window->retirementForm()->findChildren<QLabel *>())
            texts.append(l->text());
        QVERIFY2(
            texts.contains(QStringLiteral("法定退休日期：%1（%2岁%3个月）")
                               .arg(doc()->result().retirement.statutoryDate.toString(Qt::ISODate))
                               .arg(doc()->result().retirement.ageYears)
                               .arg(doc()->result().retirement.ageMonths)),
            qPrintable(texts.join(u'|')));
    }

    // Screen readers name every input of the forms and the top bar. With
    // YIBAO_TEST_SHOTS=DIR each tab is also kept as a picture, in both languages.
    void every_input_has_an_accessible_name()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        m_window->resize(1440, 900);
        showWindow();
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w)
                || qobject_cast<EntryTable *>(w);
            if (!input || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // the line edit inside a spin box or combo box is named through its owner
            if (!m_window->formTabs()->isAncestorOf(w) && w != m_window->profileCombo()
                && w != m_window->asOfEdit() && w != m_window->payOnEdit())
                continue; // the other panes are named by their own authors
            if (w->accessibleName().isEmpty())
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
                    + w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

        const QString dir = qEnvironmentVariable("YIBAO_TEST_SHOTS");
        if (dir.isEmpty())
            return;
        for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
            m_window->setLanguage(lang);
            for (int tab = 0; tab < m_window->formTabs()->count(); ++tab) {
                m_window->formTabs()->setCurrentIndex(tab);
                QTest::qWait(200); // pictures only: let nested layouts settle
                QVERIFY(m_window->grab().save(
                    dir + QStringLiteral("/tab%1-%2.png").arg(tab).arg(lang)));
            }
        }
        m_window->setLanguage(QStringLiteral("zh_CN"));
    }

    void recent_files_remember_what_was_opened()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QCOMPARE(m_window->recentFiles().value(0),
            QFileInfo(QStringLiteral(YIBAO_EXAMPLE_CASE)).absoluteFilePath());
    }

    void profile_and_as_of_edit_the_case()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QComboBox *profile = m_window->profileCombo();
        const int beijing = profile->findData(QStringLiteral("beijing"));
        QVERIFY(beijing >= 0);
        profile->setCurrentIndex(beijing);
        Q_EMIT profile->activated(beijing);
        QCOMPARE(doc()->result().profileId, QStringLiteral("beijing"));
        m_window->asOfEdit()->setDate(QDate(2026, 12, 1));
        QCOMPARE(doc()->result().asOf, QDate(2026, 12, 1));
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QCOMPARE(doc()->result().profileId, QStringLiteral("general"));
        QCOMPARE(profile->currentData().toString(), QStringLiteral("general"));
    }

    void sex_change_keeps_the_category_in_agreement()
    {
        QComboBox *sex = m_window->personForm()->sexCombo();
        sex->setCurrentIndex(sex->findData(QStringLiteral("female")));
        Q_EMIT sex->activated(sex->currentIndex());
        // a woman's category is asked for, not chosen for the clerk
        QCOMPARE(doc()->draft().category, QString());
        QComboBox *category = m_window->personForm()->categoryCombo();
        QCOMPARE(category->count(), 2);
        QCOMPARE(category->currentIndex(), -1);
        QVERIFY(category->findData(QStringLiteral("male")) < 0);
        sex->setCurrentIndex(sex->findData(QStringLiteral("male")));
        Q_EMIT sex->activated(sex->currentIndex());
        QCOMPARE(doc()->draft().category, QStringLiteral("male"));
    }

    // Action: English chosen, then Chinese again. Expected: the visible texts follow and
    // the choice is remembered.
    // Qt's own dialogs (file, print, message boxes) speak Chinese in the Chinese window:
    // qtbase_zh_CN from QLibraryInfo's translations (qt6-translations-l10n) is loaded.
    void qt_dialogs_follow_the_language()
    {
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                     + QStringLiteral("/qtbase_zh_CN.qm")),
            "qt6-translations-l10n is not installed (scripts/common.sh names it)");
        m_window->setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
        QFileDialog dialog(m_window);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        QStringList texts;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("文件名")),
            qPrintable(texts.join(QLatin1Char('|'))));
        m_window->setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        m_window->setLanguage(QStringLiteral("zh_CN"));
    }

    void language_switch_changes_visible_texts()
    {
        QCOMPARE(m_window->formTabs()->tabText(1), QStringLiteral("缴费记录(&O)"));
        m_window->setLanguage(QStringLiteral("en"));
        QCOMPARE(m_window->formTabs()->tabText(1), QStringLiteral("C&ontributions"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(m_window->periodsForm()->model()->headerData(3, Qt::Horizontal).toString(),
            QStringLiteral("Base (yuan)"));
        QCOMPARE(Language::saved(), QStringLiteral("en"));
        m_window->setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(m_window->formTabs()->tabText(1), QStringLiteral("缴费记录(&O)"));
        QCOMPARE(Language::saved(), QStringLiteral("zh_CN"));
    }

    // A new case shows nothing of the case before it.
    void new_case_forgets_the_previous_figures()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QVERIFY(!m_window->resultsPane()->cardIds().isEmpty());
        m_window->newCase(); // nothing modified: no question
        QVERIFY(!doc()->hasResult());
        const QStringList ids = m_window->resultsPane()->cardIds();
        QVERIFY2(ids.isEmpty() || ids == QStringList { ResultsPane::errorsCardId() },
            qPrintable(ids.join(u',')));
        QCOMPARE(m_window->periodsForm()->model()->rowCount(), 1);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("未命名")));
        // the panes keep their places: forms, results, explanation
        QCOMPARE(m_window->splitter()->widget(1), m_window->resultsPane());
        QCOMPARE(m_window->splitter()->widget(2), m_window->explanationPane());
    }

    // Ctrl+V in the table takes a spreadsheet's rows from the clipboard.
    void ctrl_v_pastes_rows_from_the_clipboard()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        showWindow();
        m_window->formTabs()->setCurrentIndex(1);
        PeriodsModel *model = m_window->periodsForm()->model();
        const int rows = model->rowCount();
        QApplication::clipboard()->setText(
            QStringLiteral("2026-11\t2026-12\t灵活就业\t6326\t计划缴费\n"));
        EntryTable *table = m_window->periodsForm()->table();
        table->setFocus();
        table->setCurrentIndex(model->index(rows - 1, 0));
        pressKey(Qt::Key_Insert);
        QCOMPARE(model->rowCount(), rows + 1);
        table->setCurrentIndex(model->index(rows, 0));
        pressKey(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(
            model->index(rows, int(PeriodsModel::Column::Status)).data(Qt::EditRole).toString(),
            QStringLiteral("planned"));
        QVERIFY2(
            doc()->inputErrors().isEmpty(), qPrintable(doc()->inputErrors().value(0).toString()));
    }

    // Delete empties the selected cells (one undo step); Ctrl+Delete removes the rows.
    void delete_empties_cells_and_ctrl_delete_removes_rows()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        showWindow();
        m_window->formTabs()->setCurrentIndex(1);
        EntryTable *table = m_window->periodsForm()->table();
        PeriodsModel *model = m_window->periodsForm()->model();
        table->setFocus();
        table->setCurrentIndex(periodCell(1, PeriodsModel::Column::Base));
        pressKey(Qt::Key_Delete);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(
            periodCell(1, PeriodsModel::Column::Base).data(Qt::EditRole).toString(), QString());
        QVERIFY(!periodCell(1, PeriodsModel::Column::Base)
                     .data(int(PeriodsModel::Role::Error))
                     .toString()
                     .isEmpty());
        doc()->undoStack()->undo();
        QCOMPARE(periodCell(1, PeriodsModel::Column::Base).data(Qt::EditRole).toString(),
            QStringLiteral("5000.00"));
        table->selectRow(1);
        pressKey(Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(
            periodCell(1, PeriodsModel::Column::From).data().toString(), QStringLiteral("2016-05"));
    }

    // The split action asks for the month in a dialog; the answer splits the row.
    void split_asks_for_the_month_and_splits()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        showWindow();
        PeriodsForm *form = m_window->periodsForm();
        form->table()->setCurrentIndex(periodCell(0, PeriodsModel::Column::From));
        const int rows = form->model()->rowCount();
        m_fixture->expectModal([](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("2005-01"));
            dialog->accept();
        });
        form->splitRow();
        QVERIFY(!m_fixture->expectedModalPending());
        QCOMPARE(form->model()->rowCount(), rows + 1);
        QCOMPARE(
            periodCell(1, PeriodsModel::Column::From).data().toString(), QStringLiteral("2005-01"));
        QVERIFY(doc()->inputErrors().isEmpty());
    }

    // A click on the timeline selects the period's row; a card selects its explanation.
    void timeline_and_cards_are_wired()
    {
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        showWindow();
        auto *timeline = m_window->findChild<TimelineWidget *>();
        QVERIFY(timeline);
        Q_EMIT timeline->periodActivated(2);
        QCOMPARE(m_window->periodsForm()->table()->currentIndex().row(), 2);
        QVERIFY(m_window->resultsPane()->selectCard(QStringLiteral("gaps[0]")));
        QVERIFY2(m_window->explanationPane()->title().contains(QStringLiteral("2016")),
            qPrintable(m_window->explanationPane()->title()));
        QVERIFY(m_window->explanationPane()->traceTree()->topLevelItemCount() > 0);
    }

    // What one keystroke costs with a long history: 37 yearly rows and a planned tail,
    // every edit re-validating, recomputing and refilling the cards and the timeline.
    // Reported by QBENCHMARK, not asserted.
    void edit_of_a_45_year_case_benchmark()
    {
        CaseDraft d;
        d.asOf = QStringLiteral("2026-11-23");
        d.birth = QStringLiteral("1972-05-12");
        for (int y = 1990; y <= 2026; ++y) {
            PeriodDraft p;
            p.from = QStringLiteral("%1-01").arg(y);
            p.to = y == 2026 ? QStringLiteral("2026-10") : QStringLiteral("%1-12").arg(y);
            p.base = QStringLiteral("%1.00").arg(3000 + 200 * (y - 1990));
            p.status = y % 7 == 3 ? QStringLiteral("arrears") : QStringLiteral("paid");
            d.periods.append(p);
        }
        PeriodDraft planned;
        planned.from = QStringLiteral("2026-12");
        planned.to = QStringLiteral("2034-12");
        planned.base = QStringLiteral("9000.00");
        planned.status = QStringLiteral("planned");
        d.periods.append(planned);
        doc()->edit(d, QStringLiteral("long case"));
        QVERIFY2(
            doc()->inputErrors().isEmpty(), qPrintable(doc()->inputErrors().value(0).toString()));
        showWindow();
        PeriodsModel *model = m_window->periodsForm()->model();
        int i = 0;
        QBENCHMARK
        {
            QVERIFY(model->setData(periodCell(20, PeriodsModel::Column::Base),
                QStringLiteral("%1").arg(7000 + (++i % 50))));
        }
        QVERIFY(doc()->inputErrors().isEmpty());
    }

    // A passage activated in the explanation opens the article browser at that passage.
    void passage_opens_the_article_browser()
    {
        showWindow();
        QVERIFY(!m_window->findChild<ArticleBrowser *>());
        Q_EMIT m_window->explanationPane()->passageActivated(QStringLiteral("003#s1.1"));
        auto *browser = m_window->findChild<ArticleBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->isVisible());
        QCOMPARE(browser->currentPassage(), QStringLiteral("003#s1.1"));
        // Escape closes the source text, as it closes a dialog
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        browser->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(browser));
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : browser, Qt::Key_Escape);
        QTRY_VERIFY(!browser->isVisible());
    }

    // Ctrl+= / Ctrl+- / Ctrl+0 scale the window's text and the tables' rows; the size is
    // kept for the next start.
    void zoom_scales_the_text_and_is_kept()
    {
        QString error;
        QVERIFY2(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error), qPrintable(error));
        showWindow();
        m_window->formTabs()->setCurrentIndex(1);
        EntryTable *table = m_window->periodsForm()->table();
        table->setFocus();
        const qreal size = m_window->font().pointSizeF();
        const int row = table->verticalHeader()->defaultSectionSize();
        pressKey(Qt::Key_Equal, Qt::ControlModifier);
        pressKey(Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_window->zoomPercent(), 120);
        QVERIFY(m_window->font().pointSizeF() > size * 1.15);
        QVERIFY(table->font().pointSizeF() > size * 1.15);
        QVERIFY(table->verticalHeader()->defaultSectionSize() > row);
        QCOMPARE(QSettings().value(QStringLiteral("window/zoom")).toInt(), 120);
        // a new window starts at the kept size
        {
            MainWindow again(yibao::test::library());
            QCOMPARE(again.zoomPercent(), 120);
        }
        pressKey(Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(m_window->zoomPercent(), 110);
        pressKey(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->zoomPercent(), 100);
        QCOMPARE(m_window->font().pointSizeF(), size);
        QCOMPARE(table->verticalHeader()->defaultSectionSize(), row);
        QCOMPARE(QSettings().value(QStringLiteral("window/zoom")).toInt(), 100);
    }

    // A 计算日期 in the future or more than a year back is marked beside the field; it
    // is a warning, not an input error.
    void as_of_far_from_today_is_marked()
    {
        QString error;
        QVERIFY2(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error), qPrintable(error));
        showWindow();
        m_window->resize(1440, 900); // the whole toolbar in view, as at the counter
        const QDate today = QDate::currentDate();
        m_window->asOfEdit()->setDate(today);
        QTRY_VERIFY(!m_window->asOfWarning()->isVisible());
        m_window->asOfEdit()->setDate(today.addDays(10));
        QTRY_VERIFY(m_window->asOfWarning()->isVisible()); // the toolbar lays out later
        QVERIFY(m_window->asOfWarning()->text().contains(QStringLiteral("今天之后")));
        m_window->asOfEdit()->setDate(today.addYears(-2));
        QTRY_VERIFY(m_window->asOfWarning()->isVisible()); // the toolbar lays out later
        QVERIFY(m_window->asOfWarning()->text().contains(QStringLiteral("一年多以前")));
        for (const InputError &e : doc()->inputErrors())
            QVERIFY2(e.path != QLatin1String("asOf"), qPrintable(e.toString()));
        m_window->asOfEdit()->setDate(today.addMonths(-3));
        QTRY_VERIFY(!m_window->asOfWarning()->isVisible());
    }

    // A new case opens on 个人信息 with nothing marked: empty is not wrong yet.
    void a_new_case_opens_on_the_person_tab_without_errors()
    {
        showWindow();
        QCOMPARE(m_window->formTabs()->currentIndex(), 0);
        QVERIFY(doc()->isPristine());
        QVERIFY(doc()->inputErrors().isEmpty());
        QVERIFY(!m_window->resultsPane()->hasInputErrors());
        QVERIFY(!m_window->errorList()->isVisible());
        QVERIFY(m_window->personForm()->birthEdit()->toolTip().isEmpty());
        // the first thing typed makes the missing fields count
        m_window->personForm()->birthEdit()->setFocus();
        typeText(QStringLiteral("1970-03-01"));
        pressKey(Qt::Key_Return);
        QVERIFY(!doc()->isPristine());
        QVERIFY(!doc()->inputErrors().isEmpty());
        QVERIFY(m_window->resultsPane()->hasInputErrors());
    }

    // Choosing 女 asks for 女干部 or 女工人 instead of choosing one for the clerk.
    void choosing_female_asks_for_the_category()
    {
        showWindow();
        PersonForm *person = m_window->personForm();
        QComboBox *sex = person->sexCombo();
        QComboBox *category = person->categoryCombo();
        sex->setFocus();
        pressKey(Qt::Key_Home);
        QCOMPARE(sex->currentData().toString(), QStringLiteral("male"));
        QCOMPARE(doc()->draft().category, QStringLiteral("male"));
        pressKey(Qt::Key_Down);
        QCOMPARE(sex->currentData().toString(), QStringLiteral("female"));
        QCOMPARE(doc()->draft().category, QString());
        QCOMPARE(category->currentIndex(), -1);
        QVERIFY(!category->placeholderText().isEmpty());
        const auto wrong = std::find_if(doc()->inputErrors().cbegin(), doc()->inputErrors().cend(),
            [](const InputError &e) { return e.path == QLatin1String("person.category"); });
        QVERIFY(wrong != doc()->inputErrors().cend());
        QVERIFY(!category->toolTip().isEmpty());
        category->setFocus();
        pressKey(Qt::Key_End);
        QCOMPARE(doc()->draft().category, QStringLiteral("female_worker"));
        QVERIFY(category->toolTip().isEmpty());
    }

    // Every Alt letter of the window (menus, toolbar labels, tab names, the labels and
    // buttons of every form tab) is used once, in both languages.
    void alt_letters_are_unique_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("en") << "en";
    }
    void alt_letters_are_unique()
    {
        QFETCH(QString, lang);
        m_window->setLanguage(lang);
        QHash<QChar, QStringList> users;
        const auto note = [&](const QString &text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at >= 0 && at + 1 < text.size() && text.at(at + 1) != QLatin1Char('&'))
                users[text.at(at + 1).toUpper()] << text;
        };
        for (QAction *a : m_window->menuBar()->actions())
            note(a->text());
        for (const QLabel *l : m_window->findChildren<QLabel *>())
            if (l->buddy())
                note(l->text());
        for (const QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
            note(b->text());
        QTabWidget *tabs = m_window->formTabs();
        QCOMPARE(tabs->count(), 4);
        for (int i = 0; i < tabs->count(); ++i) {
            QVERIFY2(tabs->tabText(i).contains(QLatin1Char('&')), qPrintable(tabs->tabText(i)));
            note(tabs->tabText(i));
        }
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                qPrintable(QStringLiteral("Alt+%1: %2").arg(it.key()).arg(it.value().join(" | "))));
        m_window->setLanguage(QStringLiteral("zh_CN"));
    }

    // Alt and a tab's letter shows that tab.
    void alt_letter_shows_the_tab()
    {
        showWindow();
        m_window->formTabs()->setCurrentIndex(1);
        m_window->asOfEdit()->setFocus();
        pressKey(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(m_window->formTabs()->currentIndex(), 0);
        pressKey(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(m_window->formTabs()->currentIndex(), 2);
        pressKey(Qt::Key_V, Qt::AltModifier);
        QCOMPARE(m_window->formTabs()->currentIndex(), 3);
        pressKey(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(m_window->formTabs()->currentIndex(), 1);
    }

    // From the first field of 个人信息, Tab walks the fields of each tab and from a tab's
    // last field into the next tab's first field, never into the results.
    void tab_walks_from_tab_to_tab()
    {
        QString error;
        QVERIFY2(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error), qPrintable(error));
        showWindow();
        QTabWidget *tabs = m_window->formTabs();
        tabs->setCurrentIndex(0);
        m_window->personForm()->birthEdit()->setFocus();
        QList<int> tabsSeen { 0 };
        for (int i = 0; i < 200 && tabs->currentIndex() < 3; ++i) {
            pressKey(Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            // the cursor stays in the forms
            QVERIFY2(tabs->isAncestorOf(focus) || focus == tabs,
                qPrintable(focus->metaObject()->className()));
            if (tabsSeen.constLast() != tabs->currentIndex()) {
                QCOMPARE(tabs->currentIndex(), tabsSeen.constLast() + 1);
                // the first field of the new tab has the cursor
                QVERIFY(tabs->currentWidget()->isAncestorOf(focus));
                tabsSeen << tabs->currentIndex();
            }
        }
        QCOMPARE(tabsSeen, QList<int>({ 0, 1, 2, 3 }));
    }

    // Ctrl+Z in a spin box undoes the document's last step; Ctrl+Y and Ctrl+Shift+Z redo.
    void undo_in_a_spin_box_goes_through_the_document()
    {
        QString error;
        QVERIFY2(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error), qPrintable(error));
        showWindow();
        m_window->formTabs()->setCurrentIndex(2);
        auto *deemed = m_window->retirementForm()->findChild<QSpinBox *>();
        QVERIFY(deemed);
        const int before = deemed->value();
        deemed->setFocus();
        pressKey(Qt::Key_Up);
        QCOMPARE(deemed->value(), before + 1);
        QCOMPARE(doc()->draft().deemedMonths, before + 1);
        QVERIFY(doc()->undoStack()->canUndo());
        pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc()->draft().deemedMonths, before);
        QCOMPARE(deemed->value(), before);
        pressKey(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(doc()->draft().deemedMonths, before + 1);
        pressKey(Qt::Key_Z, Qt::ControlModifier);
        pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc()->draft().deemedMonths, before + 1);
        QCOMPARE(deemed->value(), before + 1);
    }

    // State: an edit not saved. Action: close. Expected: the window asks Save / Discard /
    // Cancel; Cancel keeps the window and the edit, Discard closes.
    void closing_with_unsaved_changes_asks_first()
    {
        showWindow();
        QString error;
        QVERIFY(m_window->openFile(QStringLiteral(YIBAO_EXAMPLE_CASE), &error));
        QVERIFY(m_window->periodsForm()->model()->setData(
            periodCell(0, PeriodsModel::Column::Base), QStringLiteral("5100")));
        QStringList buttons;
        auto answer = [&buttons](QMessageBox::StandardButton which) {
            return [&buttons, which](QWidget *w) {
                auto *box = qobject_cast<QMessageBox *>(w);
                QVERIFY(box);
                buttons.clear();
                for (QAbstractButton *b : box->buttons())
                    buttons.append(QString::number(int(box->standardButton(b))));
                box->button(which)->click();
            };
        };
        m_fixture->expectModal(answer(QMessageBox::Cancel));
        QVERIFY(!m_window->close());
        QVERIFY(!m_fixture->expectedModalPending());
        QCOMPARE(buttons.size(), 3);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isWindowModified());
        m_fixture->expectModal(answer(QMessageBox::Discard));
        QVERIFY(m_window->close());
        QVERIFY(!m_fixture->expectedModalPending());
    }

    void splitter_sizes_are_remembered()
    {
        showWindow();
        m_window->splitter()->setSizes({ 600, 300, 500 });
        const QList<int> sizes = m_window->splitter()->sizes();
        m_window->close();
        delete m_window;
        m_window = new MainWindow(yibao::test::library());
        showWindow();
        QCOMPARE(m_window->splitter()->sizes(), sizes);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
