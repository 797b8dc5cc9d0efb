// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/library.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

namespace yibao {

class Database;
class PassageSearch;

// The source articles, whole: a list of the articles (or, while a query is typed, the
// passages it finds, with snippets marking the matched words), and the text of the
// chosen article with the target passage highlighted and scrolled to. Usable as a window
// of its own or inside a dialog.
//
// Search uses the corpus database (PassageSearch; 1- and 2-character queries such as 补缴
// work). Without a database passed in, the browser opens the program's own at
// Database::defaultPath() and loads the bundled corpus into it if needed; should that
// fail, the articles can still be read and the search box says why it is off.
class ArticleBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleBrowser(const Library &library, QWidget *parent = nullptr);
    // db must outlive the browser and have the corpus loaded (CorpusStore::ensureBundled).
    ArticleBrowser(const Library &library, Database *db, QWidget *parent = nullptr);
    ~ArticleBrowser() override;

    // Opens the passage's article with the passage highlighted; false for an unknown id.
    bool showPassage(const QString &passageId);
    bool showArticle(const QString &articleId);
    void search(const QString &query);

    QString currentArticle() const { return m_article; }
    QString currentPassage() const { return m_passage; }
    QString highlightedText() const { return m_highlighted; } // the target passage's lines as shown
    QStringList resultPassages() const; // the passages the current query found, ranked
    QStringList resultRules() const; // the rules and parameters the query names, shown first
    // every hit of the current query instead of the first PassageSearch::DefaultLimit
    void showAllHits();
    QStringList articleIds() const; // the list when no query is typed
    QString statusText() const;
    QTextBrowser *textView() const { return m_text; }
    QListWidget *listView() const { return m_list; }

signals:
    void passageShown(const QString &passageId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUp();
    void retranslate();
    bool openDatabase();
    void listArticles();
    void activate(QListWidgetItem *item);
    void showRule(const QString &subject);
    void scrollToTarget();

    Library m_library;
    Database *m_db = nullptr;
    std::unique_ptr<Database> m_ownDb;
    std::unique_ptr<PassageSearch> m_search;
    QString m_dbError;
    QString m_article;
    QString m_passage;
    QString m_highlighted;
    QStringList m_terms; // the query's words, marked in the article too
    bool m_allHits = false; // the clerk asked for every hit of this query

    QLineEdit *m_query = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace yibao
