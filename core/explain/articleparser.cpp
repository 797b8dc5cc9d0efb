// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/articleparser.h"

#include "explain/quote.h"
#include "explain/topicfilter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <memory>
#include <vector>

namespace yibao {

namespace {

    const QString HeadingSeparator = QStringLiteral(" › ");

    struct Line
    {
        int number = 0; // 1-based
        int indent = 0; // leading spaces
        QString text; // without indentation and trailing blanks
    };

    bool endsLikeSentence(const QString &s)
    {
        // A line ending in one of these says something; a heading or short answer does not.
        static const QString terminal = QStringLiteral("。；;：:！？!?，,");
        return !s.isEmpty() && terminal.contains(s.back());
    }

    // "余额不清零" is a heading that its next paragraph belongs to; "转保前咨询当地医保部门,
    // 确认具体政策差异;" is an item of its own, and a paragraph after it is not part of it.
    bool isHeadingLike(const QString &s)
    {
        return s.size() <= 24 && !endsLikeSentence(s);
    }

    // 建议, 总结: a bare word on its own line, only recognised once numbered parts have begun.
    bool isPlainHeading(const QString &s)
    {
        static const QRegularExpression punct(QStringLiteral("[\\p{P}\\p{S}\\d\\s]"));
        return s.size() <= 8 && !s.contains(punct);
    }

    // A node of the outline. Each becomes a passage if it has text of its own beyond a heading.
    struct Node
    {
        enum class Type
        {
            Root,
            Section,
            Item,
            Bullet,
            Closing
        } type
            = Type::Root;
        int indent = -1;
        int line = 0;
        QString path; // "s2.1", "c", "c.2"
        QString head; // the marker line's text ("恢复医保参保", "一、…", "建议")
        QStringList body; // paragraphs attached below it
        QString heading; // the heads of its ancestors
        int children = 0;
        Node *parent = nullptr;
    };

    class Builder
    {
    public:
        Builder(const QString &articleId, Article *out)
            : m_articleId(articleId)
            , m_out(out)
        {
            m_root.path = QStringLiteral("s");
        }

        void section(const Line &l)
        {
            // Sections are level 1 whatever came before; a new one closes every open node.
            ++m_out->sectionCount;
            openNode(Node::Type::Section, &m_root, l, l.text);
            m_section = m_nodes.back().get();
            m_item = nullptr;
            m_bullet = nullptr;
        }

        void item(const Line &l, const QString &text)
        {
            ++m_out->itemCount;
            if (m_closing) {
                bulletOrItemInClosing(l, text);
                return;
            }
            openNode(Node::Type::Item, m_section ? m_section : &m_root, l, text);
            m_item = m_nodes.back().get();
            m_bullet = nullptr;
        }

        void bullet(const Line &l, const QString &text)
        {
            ++m_out->bulletCount;
            if (m_closing) {
                bulletOrItemInClosing(l, text);
                return;
            }
            Node *parent = m_item ? m_item : (m_section ? m_section : &m_root);
            openNode(Node::Type::Bullet, parent, l, text);
            m_bullet = m_nodes.back().get();
        }

        void closingHeading(const Line &l)
        {
            startClosing(l);
            m_closing->head = l.text;
        }

        // Returns false if the paragraph comes before any numbered part (the caller then
        // treats it as introduction).
        bool paragraph(const Line &l)
        {
            if (m_nodes.empty())
                return false;
            if (m_closing) {
                m_closing->body.append(l.text);
                return true;
            }
            // A deeper indent continues the bullet above ("• 《社会保险法》" + its article text).
            if (m_bullet && l.indent > m_bullet->indent) {
                m_bullet->body.append(l.text);
                return true;
            }
            // The body of an item: indented below it, or (004 writes bodies at column 0) the
            // first paragraph after an item that is only a heading.
            if (m_item
                && (l.indent > m_item->indent
                    || (m_item->body.isEmpty() && m_item->children == 0
                        && isHeadingLike(m_item->head)))) {
                m_item->body.append(l.text);
                return true;
            }
            if (m_section && m_section->children == 0 && !m_item) {
                m_section->body.append(l.text);
                return true;
            }
            // Anything else after the numbered parts is the article's conclusion.
            startClosing(l);
            m_closing->body.append(l.text);
            return true;
        }

        bool started() const { return !m_nodes.empty(); }

        void finish()
        {
            for (const auto &n : m_nodes) {
                const bool hasText = !n->body.isEmpty() || n->children == 0;
                if (!hasText)
                    continue;
                Passage p;
                p.id = m_articleId + QLatin1Char('#') + n->path;
                p.article = m_articleId;
                p.kind = (n->type == Node::Type::Closing || n->path.startsWith(QLatin1Char('c')))
                    ? PassageKind::Closing
                    : PassageKind::Section;
                p.heading = n->heading;
                p.title = m_out->title;
                QStringList lines;
                if (!n->head.isEmpty())
                    lines.append(n->head);
                lines.append(n->body);
                p.text = lines.join(QLatin1Char('\n'));
                p.line = n->line;
                m_out->passages.append(p);
            }
        }

    private:
        void openNode(Node::Type type, Node *parent, const Line &l, const QString &head)
        {
            auto n = std::make_unique<Node>();
            n->type = type;
            n->indent = l.indent;
            n->line = l.number;
            n->head = head;
            n->parent = parent;
            ++parent->children;
            n->path = parent == &m_root
                ? QStringLiteral("s%1").arg(parent->children)
                : parent->path + QLatin1Char('.') + QString::number(parent->children);
            QStringList heads;
            for (Node *a = parent; a && a != &m_root; a = a->parent)
                if (!a->head.isEmpty())
                    heads.prepend(a->head);
            n->heading = heads.join(HeadingSeparator);
            m_nodes.push_back(std::move(n));
        }

        void startClosing(const Line &l)
        {
            if (m_closing)
                return;
            auto n = std::make_unique<Node>();
            n->type = Node::Type::Closing;
            n->indent = l.indent;
            n->line = l.number;
            n->path = QStringLiteral("c");
            m_closing = n.get();
            m_nodes.push_back(std::move(n));
            m_section = m_item = m_bullet = nullptr;
        }

        void bulletOrItemInClosing(const Line &l, const QString &text)
        {
            auto n = std::make_unique<Node>();
            n->type = Node::Type::Bullet;
            n->indent = l.indent;
            n->line = l.number;
            n->head = text;
            n->parent = m_closing;
            ++m_closing->children;
            n->path = QStringLiteral("c.%1").arg(m_closing->children);
            n->heading = m_closing->head;
            m_nodes.push_back(std::move(n));
        }

        QString m_articleId;
        Article *m_out;
        Node m_root;
        std::vector<std::unique_ptr<Node>> m_nodes; // in file order
        Node *m_section = nullptr;
        Node *m_item = nullptr;
        Node *m_bullet = nullptr;
        Node *m_closing = nullptr;
    };

    void parseRelated(const QList<Line> &lines, const QString &articleId,
        const QString &relatedHeading, Article *out)
    {
        // Each item is: title, snippet line(s), then "SOURCE YYYY-MM-DD" which ends it.
        static const QRegularExpression dateLine(
            QStringLiteral("^(\\S{1,12})\\s+(\\d{4}-\\d{2}-\\d{2})$"));
        QList<Line> pending;
        auto flush = [&](const QString &source, const QString &date) {
            if (pending.isEmpty())
                return;
            ++out->relatedCount;
            const QString id
                = articleId + QStringLiteral("#r") + QString::number(out->relatedCount);
            const QString title = pending.first().text;
            QStringList snippet;
            for (qsizetype i = 1; i < pending.size(); ++i)
                snippet.append(pending.at(i).text);
            const TopicFilter::Verdict verdict
                = TopicFilter::classify(title, snippet.join(QLatin1Char('\n')));
            if (verdict != TopicFilter::Verdict::Keep) {
                out->excluded.append({ id, TopicFilter::reasonId(verdict), title,
                    snippet.join(QLatin1Char('\n')), pending.first().number });
            } else {
                Passage p;
                p.id = id;
                p.article = articleId;
                p.kind = PassageKind::Related;
                p.heading = relatedHeading;
                p.title = title;
                p.text = snippet.isEmpty() ? title : snippet.join(QLatin1Char('\n'));
                p.source = source;
                p.date = date;
                p.line = pending.first().number;
                out->passages.append(p);
            }
            pending.clear();
        };
        for (const Line &l : lines) {
            const auto m = dateLine.match(l.text);
            if (m.hasMatch() && !pending.isEmpty()) {
                flush(m.captured(1), m.captured(2));
                continue;
            }
            pending.append(l);
        }
        flush(QString(), QString());
    }

} // namespace

QString ArticleParser::articleIdFromFileName(const QString &fileName)
{
    static const QRegularExpression prefix(QStringLiteral("^(\\d{3})(?:_|\\.|$)"));
    const auto m = prefix.match(QFileInfo(fileName).fileName());
    return m.hasMatch() ? m.captured(1) : QString();
}

Article ArticleParser::parse(
    const QString &text, const QString &articleId, const QString &fileName, const QString &origin)
{
    Article a;
    a.id = articleId;
    a.fileName = fileName;
    a.origin = origin;

    QList<Line> main, related;
    QString relatedHeading;
    {
        const QStringList raw = text.split(QLatin1Char('\n'));
        bool inRelated = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QString s = raw.at(i);
            // Files from Windows end lines with "\r\n"; a byte order mark may lead the file.
            if (s.endsWith(QLatin1Char('\r')))
                s.chop(1);
            if (i == 0 && s.startsWith(QChar(0xFEFF)))
                s.remove(0, 1);
            int indent = 0;
            while (indent < s.size()
                && (s.at(indent) == QLatin1Char(' ') || s.at(indent) == QLatin1Char('\t')
                    || s.at(indent) == QChar(0x3000)))
                ++indent;
            const QString body = s.mid(indent).trimmed();
            if (body.isEmpty())
                continue;
            if (!inRelated && indent == 0 && body == QStringLiteral("相关推荐")) {
                inRelated = true;
                relatedHeading = body;
                continue;
            }
            (inRelated ? related : main).append({ int(i + 1), indent, body });
        }
    }

    static const QRegularExpression sectionRe(QStringLiteral("^[一二三四五六七八九十]+、"));
    static const QRegularExpression itemRe(QStringLiteral("^\\d{1,2}[.．]\\s+(.*)$"));
    static const QRegularExpression bulletRe(QStringLiteral("^[•·●▪]\\s*(.*)$"));
    static const QRegularExpression disclaimerRe(QStringLiteral("^提示[:：]"));

    Builder builder(articleId, &a);
    Passage intro;
    QStringList introLines;
    for (qsizetype i = 0; i < main.size(); ++i) {
        const Line &l = main.at(i);
        if (i == 0) {
            a.title = l.text;
            continue;
        }
        if (l.indent == 0 && disclaimerRe.match(l.text).hasMatch()) {
            // The site's "本内容不能代替面诊" line: true of every page, about none of them.
            a.excluded.append(
                { QString(), QStringLiteral("disclaimer"), QString(), l.text, l.number });
            continue;
        }
        if (l.indent == 0 && sectionRe.match(l.text).hasMatch()) {
            builder.section(l);
            continue;
        }
        if (const auto m = itemRe.match(l.text); m.hasMatch()) {
            builder.item(l, m.captured(1).trimmed());
            continue;
        }
        if (const auto m = bulletRe.match(l.text); m.hasMatch()) {
            builder.bullet(l, m.captured(1).trimmed());
            continue;
        }
        if (builder.started() && l.indent == 0 && isPlainHeading(l.text)) {
            builder.closingHeading(l);
            continue;
        }
        if (builder.paragraph(l))
            continue;
        // Before the numbered parts: the short answer, then the introduction.
        const bool isSecondLine = i == 1;
        const bool moreFollows = i + 1 < main.size();
        if (isSecondLine && moreFollows && l.indent == 0 && l.text.size() <= 30
            && !endsLikeSentence(l.text)) {
            a.answer = l.text;
            Passage p;
            p.id = articleId + QStringLiteral("#a");
            p.article = articleId;
            p.kind = PassageKind::Answer;
            p.title = a.title;
            p.text = l.text;
            p.line = l.number;
            a.passages.append(p);
            continue;
        }
        if (introLines.isEmpty())
            intro.line = l.number;
        introLines.append(l.text);
    }
    if (!introLines.isEmpty()) {
        intro.id = articleId + QStringLiteral("#i");
        intro.article = articleId;
        intro.kind = PassageKind::Intro;
        intro.title = a.title;
        intro.text = introLines.join(QLatin1Char('\n'));
        a.passages.append(intro);
    }
    builder.finish();
    parseRelated(related, articleId, relatedHeading, &a);
    // Formulas written in LaTeX read as plain text in every view, search and quote.
    for (Passage &p : a.passages)
        p.text = plainPassageText(p.text);
    return a;
}

} // namespace yibao
