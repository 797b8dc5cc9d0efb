// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/articlebrowser.h"

#include "explain/corpus.h"
#include "explain/explanation.h"
#include "explain/passagesearch.h"
#include "explain/searchquery.h"
#include "explain/snippetdelegate.h"
#include "policy/parameterkeys.h"
#include "storage/corpusstore.h"
#include "storage/database.h"
#include "window/language.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace yibao {

namespace {

    constexpr int KindRole = Qt::UserRole + 1; // "article", "passage" or "rule"
    constexpr int IdRole = Qt::UserRole + 2;
    const QString TargetAnchor = QStringLiteral("target");

    QString marked(const QString &text, const QStringList &terms, const QString &style)
    {
        QList<bool> on(text.size(), false);
        for (const QString &t : terms) {
            if (t.isEmpty())
                continue;
            for (qsizetype at = text.indexOf(t, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(t, at + t.size(), Qt::CaseInsensitive)) {
                for (qsizetype i = at; i < at + t.size(); ++i)
                    on[i] = true;
            }
        }
        QString html;
        bool open = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (on.at(i) != open) {
                html += on.at(i) ? QStringLiteral("<span style=\"%1\">").arg(style)
                                 : QStringLiteral("</span>");
                open = on.at(i);
            }
            html += QString(text.at(i)).toHtmlEscaped();
        }
        if (open)
            html += QStringLiteral("</span>");
        return html;
    }

    const QString TermStyle
        = QStringLiteral("background-color:#ffe27a; color:#000; font-weight:bold;");

    // The lines of the file a passage was read from: the passage's own lines are the file's
    // without list markers and indentation, so each is looked for, in order, from the line the
    // passage starts on.
    QList<int> passageLines(const QStringList &fileLines, const Passage &p)
    {
        QList<int> lines;
        int j = std::max(0, p.line - 1);
        for (const QString &raw : p.text.split(QLatin1Char('\n'))) {
            const QString t = raw.trimmed();
            if (t.isEmpty())
                continue;
            int k = j;
            while (k < fileLines.size() && k < j + 40 && !fileLines.at(k).contains(t))
                ++k;
            if (k >= fileLines.size() || k >= j + 40)
                break;
            lines << k;
            j = k + 1;
        }
        return lines;
    }

} // namespace

ArticleBrowser::ArticleBrowser(const Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setUp();
    openDatabase();
    listArticles();
}

ArticleBrowser::ArticleBrowser(const Library &library, Database *db, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_db(db)
{
    setUp();
    if (m_db && m_db->isOpen())
        m_search = std::make_unique<PassageSearch>(m_db->connection(), m_library);
    else
        m_dbError = tr("资料库没有打开");
    listArticles();
}

ArticleBrowser::~ArticleBrowser() = default;

void ArticleBrowser::setUp()
{
    auto *outer = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(split);

    auto *left = new QWidget(split);
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_query = new QLineEdit(left);
    m_query->setClearButtonEnabled(true);
    lv->addWidget(m_query);
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::RichText);
    connect(m_status, &QLabel::linkActivated, this, [this] { showAllHits(); });
    lv->addWidget(m_status);
    m_list = new QListWidget(left);
    m_list->setItemDelegate(new SnippetDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    lv->addWidget(m_list, 1);

    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(right);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    rv->addWidget(m_title);
    m_text = new QTextBrowser(right);
    m_text->setOpenLinks(false);

    rv->addWidget(m_text, 1);

    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 360, 640 });

    retranslate();
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &q) {
        m_allHits = false; // a new query starts with the first hits again
        search(q);
    });
    connect(m_list, &QListWidget::itemActivated, this, &ArticleBrowser::activate);
    connect(m_list, &QListWidget::itemClicked, this, &ArticleBrowser::activate);
    resize(1000, 700);
}

void ArticleBrowser::retranslate()
{
    setWindowTitle(tr("资料原文"));
    m_query->setPlaceholderText(tr("搜索资料，如：补缴、断缴、3个月"));
    m_query->setAccessibleName(tr("搜索资料"));
    m_list->setAccessibleName(tr("文章和搜索结果"));
    m_text->setAccessibleName(tr("文章全文"));
}

void ArticleBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_query) {
        retranslate();
        search(m_query->text()); // the status line and the list's texts
    }
}

bool ArticleBrowser::openDatabase()
{
    m_ownDb = std::make_unique<Database>(Database::defaultPath());
    QString error;
    if (!m_ownDb->open(&error)) {
        m_dbError = tr("资料库无法打开，搜索不可用：%1").arg(error);
        m_ownDb.reset();
        return false;
    }
    CorpusStore store(*m_ownDb);
    if (!store.ensureBundled(m_library, &error)) {
        m_dbError = tr("资料库无法载入文章，搜索不可用：%1").arg(error);
        m_ownDb.reset();
        return false;
    }
    m_db = m_ownDb.get();
    m_search = std::make_unique<PassageSearch>(m_db->connection(), m_library);
    return true;
}

void ArticleBrowser::listArticles()
{
    m_list->clear();
    QList<QPair<QString, QString>> articles; // id, title
    for (const Article &a : m_library.corpus().articles())
        articles << qMakePair(a.id, a.title);
    if (m_db) {
        QString error;
        if (const auto infos = CorpusStore(*m_db).articles(&error)) {
            for (const ArticleInfo &i : *infos) {
                if (i.origin == QLatin1String("user"))
                    articles << qMakePair(i.id, i.title);
            }
        }
    }
    for (const auto &a : articles) {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(a.first, a.second), m_list);
        item->setData(KindRole, QStringLiteral("article"));
        item->setData(IdRole, a.first);
        item->setToolTip(a.second);
    }
    m_status->setText(m_dbError.isEmpty()
            ? tr("共 %n 篇文章", nullptr, static_cast<int>(articles.size()))
            : m_dbError);
}

void ArticleBrowser::search(const QString &query)
{
    if (m_query->text() != query) {
        const QSignalBlocker block(m_query);
        m_query->setText(query);
    }
    m_terms = SearchQuery::parse(query).terms();
    if (m_terms.isEmpty()) {
        listArticles();
        return;
    }
    m_list->clear();
    if (!m_search) {
        m_status->setText(m_dbError);
        return;
    }
    QString error;
    const auto found = m_search->find(
        query, m_allHits ? PassageSearch::RankWindow : PassageSearch::DefaultLimit, &error);
    if (!found) {
        m_status->setText(tr("搜索失败：%1").arg(error.toHtmlEscaped()));
        return;
    }
    const QList<SearchHit> *hits = &found->hits;
    // a query naming a rule or parameter (等待期, 视同缴费…) shows our explanation first
    const QString lang = Language::current();
    for (const QString &subject : found->subjects) {
        const Explanations &texts = m_library.explanations();
        const bool rule = texts.hasRule(subject);
        const QString title = rule ? texts.ruleTitle(subject, lang) : parameterLabel(subject, lang);
        const QString text
            = rule ? texts.ruleText(subject, lang) : texts.parameterText(subject, lang);
        auto *item = new QListWidgetItem(m_list);
        item->setData(KindRole, QStringLiteral("rule"));
        item->setData(IdRole, subject);
        item->setText(title + QLatin1Char('\n') + text);
        item->setData(SnippetDelegate::HtmlRole,
            QStringLiteral("<b>%1</b> <span style=\"color:#666;\">%2</span><br>%3")
                .arg(title.toHtmlEscaped(), tr("本程序的解释").toHtmlEscaped(),
                    text.toHtmlEscaped()));
        item->setToolTip(text);
    }
    for (const SearchHit &h : *hits) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(KindRole, QStringLiteral("passage"));
        item->setData(IdRole, h.passage);
        item->setText(h.title + QLatin1Char('\n') + h.snippet.plain); // for accessibility and tests
        QString snippet;
        qsizetype at = 0;
        for (const auto &m : h.snippet.marks) {
            snippet += h.snippet.plain.mid(at, m.first - at).toHtmlEscaped();
            snippet += QStringLiteral("<span style=\"%1\">").arg(TermStyle)
                + h.snippet.plain.mid(m.first, m.second).toHtmlEscaped()
                + QStringLiteral("</span>");
            at = m.first + m.second;
        }
        snippet += h.snippet.plain.mid(at).toHtmlEscaped();
        QString meta = h.passage;
        if (!h.date.isEmpty())
            meta += QStringLiteral(" · ") + h.date;
        item->setData(SnippetDelegate::HtmlRole,
            QStringLiteral("<b>%1</b> <span style=\"color:#666;\">%2</span><br>%3")
                .arg(h.title.toHtmlEscaped(), meta.toHtmlEscaped(), snippet));
        item->setToolTip(h.text);
    }
    if (hits->isEmpty())
        m_status->setText(tr("没有找到“%1”").arg(query.toHtmlEscaped()));
    else if (found->total > hits->size())
        // never stop silently at the first hits: say how many there are and offer the rest
        m_status->setText(tr("共 %1 条，显示前 %2 条").arg(found->total).arg(hits->size())
            + QStringLiteral(" <a href=\"all\">%1</a>").arg(tr("显示全部").toHtmlEscaped()));
    else
        m_status->setText(tr("找到 %n 段", nullptr, static_cast<int>(hits->size())));
}

void ArticleBrowser::showAllHits()
{
    m_allHits = true;
    search(m_query->text());
}

QStringList ArticleBrowser::resultRules() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(KindRole).toString() == QLatin1String("rule"))
            ids << m_list->item(i)->data(IdRole).toString();
    return ids;
}

void ArticleBrowser::showRule(const QString &subject)
{
    const Explanations &texts = m_library.explanations();
    const QString lang = Language::current();
    const bool rule = texts.hasRule(subject);
    m_title->setText(rule ? texts.ruleTitle(subject, lang) : parameterLabel(subject, lang));
    m_text->setPlainText(rule ? texts.ruleText(subject, lang) : texts.parameterText(subject, lang));
}

QStringList ArticleBrowser::resultPassages() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KindRole).toString() == QLatin1String("passage"))
            ids << m_list->item(i)->data(IdRole).toString();
    }
    return ids;
}

QStringList ArticleBrowser::articleIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(KindRole).toString() == QLatin1String("article"))
            ids << m_list->item(i)->data(IdRole).toString();
    }
    return ids;
}

QString ArticleBrowser::statusText() const
{
    return m_status->text();
}

void ArticleBrowser::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    const QString kind = item->data(KindRole).toString();
    if (kind == QLatin1String("passage"))
        showPassage(id);
    else if (kind == QLatin1String("rule"))
        showRule(id);
    else
        showArticle(id);
}

bool ArticleBrowser::showArticle(const QString &articleId)
{
    m_passage.clear();
    const bool ok = showPassage(articleId + QStringLiteral("#"));
    return ok;
}

bool ArticleBrowser::showPassage(const QString &passageId)
{
    const QString articleId = Corpus::articleOf(passageId);
    const bool wholeArticle = passageId.endsWith(QLatin1Char('#'));
    const Article *bundled = m_library.corpus().article(articleId);
    std::optional<Passage> target;
    if (!wholeArticle) {
        if (const Passage *p = m_library.corpus().passage(passageId))
            target = *p;
        else if (m_db) {
            QString error;
            target = CorpusStore(*m_db).passage(passageId, &error);
        }
        if (!target)
            return false;
    }

    QString html;
    QString highlighted;
    QString title;
    if (bundled) {
        // A bundled article is shown from its file, as it is, so that nothing the parser
        // left out (hospital lists, disclaimers) goes missing from the reader's view.
        QString raw;
        for (const Corpus::File &f : Corpus::bundledFiles()) {
            if (f.fileName == bundled->fileName)
                raw = QString::fromUtf8(f.bytes);
        }
        const QStringList lines = raw.split(QLatin1Char('\n'));
        QList<int> mark = target ? passageLines(lines, *target) : QList<int>();
        // A related item's title line belongs to it too.
        if (target && !mark.isEmpty() && !target->title.isEmpty()
            && target->kind == PassageKind::Related) {
            for (int k = mark.first() - 1; k >= std::max(0, mark.first() - 3); --k) {
                if (lines.at(k).trimmed() == target->title) {
                    mark.prepend(k);
                    break;
                }
            }
        }
        // The anchor sits two lines above, so that the passage is read in its context.
        const int anchorLine = mark.isEmpty() ? -1 : std::max(1, mark.first() - 2);
        title = bundled->title;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (i == 0 && line == bundled->title)
                continue; // the title is above the text
            const bool on = mark.contains(i);
            if (i == anchorLine)
                html += QStringLiteral("<a name=\"%1\"></a>").arg(TargetAnchor);
            if (line.isEmpty()) {
                html += QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
                continue;
            }
            const QString body = marked(line, m_terms, TermStyle);
            html += on ? QStringLiteral("<p style=\"margin:0; background-color:#dcebff; "
                                        "border-left:4px solid #2a62b8;\">%1</p>")
                             .arg(body)
                       : QStringLiteral("<p style=\"margin:0;\">%1</p>").arg(body);
            if (on)
                highlighted += (highlighted.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        }
    } else if (m_db) {
        // A user's article: shown from its passages, as the database keeps them.
        QString error;
        const auto passages = CorpusStore(*m_db).passagesOf(articleId, &error);
        if (!passages || passages->isEmpty())
            return false;
        title = passages->first().title;
        QString lastHeading;
        for (const Passage &p : *passages) {
            if (!p.heading.isEmpty() && p.heading != lastHeading)
                html += QStringLiteral("<h3>%1</h3>").arg(p.heading.toHtmlEscaped());
            lastHeading = p.heading;
            const bool on = target && p.id == target->id;
            if (on)
                html += QStringLiteral("<a name=\"%1\"></a>").arg(TargetAnchor);
            const QString body = marked(p.text, m_terms, TermStyle)
                                     .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += on ? QStringLiteral("<p style=\"background-color:#dcebff;\">%1</p>").arg(body)
                       : QStringLiteral("<p>%1</p>").arg(body);
            if (on)
                highlighted = p.text;
        }
    } else {
        return false;
    }

    m_article = articleId;
    m_passage = wholeArticle ? QString() : passageId;
    m_highlighted = highlighted;
    m_title->setText(tr("%1（%2）").arg(title, articleId));
    m_text->setHtml(html);
    setWindowTitle(tr("资料原文 — %1").arg(title));
    scrollToTarget();
    // The document is laid out once the view has its size: scroll again then.
    QTimer::singleShot(0, this, &ArticleBrowser::scrollToTarget);
    // The list shows where the reader is: the article, or the search hit.
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(IdRole).toString();
        if (id
            == (item->data(KindRole).toString() == QLatin1String("article") ? m_article
                                                                            : m_passage)) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(item);
            break;
        }
    }
    if (!m_passage.isEmpty())
        emit passageShown(m_passage);
    return true;
}

void ArticleBrowser::scrollToTarget()
{
    if (m_passage.isEmpty())
        m_text->verticalScrollBar()->setValue(0);
    else
        m_text->scrollToAnchor(TargetAnchor);
}

void ArticleBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scrollToTarget();
}

} // namespace yibao
