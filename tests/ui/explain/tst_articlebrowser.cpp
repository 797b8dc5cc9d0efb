// SPDX-License-Identifier: GPL-3.0-or-later
// The article browser (ui/explain): the articles listed, a 2-character query (补缴)
// finds passages, activating a hit opens its article with the passage highlighted.
#include "explain/articlebrowser.h"
#include "explain/corpus.h"
#include "storage/corpusstore.h"
#include "storage/database.h"
#include "testlibrary.h"

#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace yibao;

class TstArticleBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lists_articles();
    void two_character_query_finds_passages();
    void activating_hit_shows_passage();
    void show_passage_highlights_related_item();
    void unknown_passage_refused();
    void own_database_in_test_location();
    void a_rule_named_comes_first();
    void never_stops_silently_at_twenty();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TstArticleBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("corpus.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    CorpusStore store(*m_db);
    QVERIFY2(store.ensureBundled(yibao::test::library(), &error), qPrintable(error));
}

void TstArticleBrowser::lists_articles()
{
    ArticleBrowser b(yibao::test::library(), m_db.get());
    QCOMPARE(b.articleIds(),
        QStringList({ QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("002"),
            QStringLiteral("003"), QStringLiteral("004") }));
    QVERIFY(b.showArticle(QStringLiteral("002")));
    QCOMPARE(b.currentArticle(), QStringLiteral("002"));
    QVERIFY(b.currentPassage().isEmpty());
    QVERIFY(b.textView()->toPlainText().contains(QStringLiteral("断")));
}

void TstArticleBrowser::two_character_query_finds_passages()
{
    // State: the bundled corpus. Action: search 补缴 (two characters: below the trigram
    // index). Expected: hits, each containing the word or the spelling people also use
    // (补交, resources/explain/searchterms.json), with a marked snippet.
    ArticleBrowser b(yibao::test::library(), m_db.get());
    b.search(QStringLiteral("补缴"));
    const QStringList hits = b.resultPassages();
    QVERIFY(hits.size() >= 5);
    for (const QString &id : hits) {
        const Passage *p = yibao::test::library().corpus().passage(id);
        QVERIFY2(p, qPrintable(id));
        const QString all = p->title + p->heading + p->text;
        QVERIFY2(all.contains(QStringLiteral("补缴")) || all.contains(QStringLiteral("补交")),
            qPrintable(id));
    }
    QVERIFY(b.statusText().contains(QString::number(hits.size())));
    // Clearing the query brings the article list back.
    b.search(QString());
    QCOMPARE(b.articleIds().size(), 5);
    QVERIFY(b.resultPassages().isEmpty());
}

void TstArticleBrowser::activating_hit_shows_passage()
{
    ArticleBrowser b(yibao::test::library(), m_db.get());
    b.resize(1000, 700);
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    b.search(QStringLiteral("补缴"));
    QSignalSpy spy(&b, &ArticleBrowser::passageShown);
    QListWidgetItem *first = b.listView()->item(0);
    QVERIFY(first);
    const QString id = b.resultPassages().first();
    QTest::mouseClick(
        b.listView()->viewport(), Qt::LeftButton, {}, b.listView()->visualItemRect(first).center());
    QCOMPARE(b.currentPassage(), id);
    QCOMPARE(b.currentArticle(), Corpus::articleOf(id));
    QCOMPARE(spy.count(), 1);
    const Passage *p = yibao::test::library().corpus().passage(id);
    const QString firstLine = p->text.section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(b.highlightedText().contains(firstLine),
        qPrintable(b.highlightedText() + QStringLiteral(" / ") + firstLine));
}

void TstArticleBrowser::show_passage_highlights_related_item()
{
    // 004#r7: a related item of article 004, its title line and text both highlighted.
    ArticleBrowser b(yibao::test::library(), m_db.get());
    QVERIFY(b.showPassage(QStringLiteral("004#r7")));
    QCOMPARE(b.currentArticle(), QStringLiteral("004"));
    const Passage *p = yibao::test::library().corpus().passage(QStringLiteral("004#r7"));
    QVERIFY(b.highlightedText().startsWith(p->title));
    QVERIFY(b.highlightedText().contains(p->text.section(QLatin1Char('\n'), 0, 0).trimmed()));
}

void TstArticleBrowser::unknown_passage_refused()
{
    ArticleBrowser b(yibao::test::library(), m_db.get());
    QVERIFY(b.showPassage(QStringLiteral("003#s2.1")));
    QVERIFY(!b.showPassage(QStringLiteral("001#s99")));
    QCOMPARE(b.currentPassage(), QStringLiteral("003#s2.1")); // what was shown stays
}

void TstArticleBrowser::own_database_in_test_location()
{
    // Without a database passed in, the browser opens the program's own, which test mode
    // moves out of the user's folder.
    ArticleBrowser b(yibao::test::library());
    b.search(QStringLiteral("断缴"));
    QVERIFY(!b.resultPassages().isEmpty());
}

void TstArticleBrowser::a_rule_named_comes_first()
{
    // State: the bundled corpus. Action: search 视同缴费, a rule's name. Expected: our
    // explanation of years.deemed first, before any passage; activating it shows its text.
    ArticleBrowser b(yibao::test::library(), m_db.get());
    b.search(QStringLiteral("视同缴费"));
    QVERIFY(b.resultRules().contains(QStringLiteral("years.deemed")));
    QListWidgetItem *first = b.listView()->item(0);
    QVERIFY(first);
    QVERIFY2(first->text().contains(QStringLiteral("视同")), qPrintable(first->text()));
    b.listView()->setCurrentItem(first);
    emit b.listView()->itemActivated(first);
    QVERIFY(!b.textView()->toPlainText().isEmpty());
}

void TstArticleBrowser::never_stops_silently_at_twenty()
{
    // State: the bundled corpus. Action: search 断缴 (more than 20 passages say it).
    // Expected: "共 N 条，显示前 20 条" with a link; following it shows all N.
    ArticleBrowser b(yibao::test::library(), m_db.get());
    b.search(QStringLiteral("断缴"));
    QCOMPARE(b.resultPassages().size(), 20);
    const QRegularExpression shown(QStringLiteral("共 (\\d+) 条，显示前 20 条"));
    const auto m = shown.match(b.statusText());
    QVERIFY2(m.hasMatch(), qPrintable(b.statusText()));
    const int total = m.captured(1).toInt();
    QVERIFY(total > 20);
    b.showAllHits();
    QCOMPARE(b.resultPassages().size(), total);
    QVERIFY(!b.statusText().contains(QStringLiteral("显示前")));
}

QTEST_MAIN(TstArticleBrowser)
#include "tst_articlebrowser.moc"
