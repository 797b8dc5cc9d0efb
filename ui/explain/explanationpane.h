// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/library.h"
#include "present/explanationmodel.h"
#include "rules/trace.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace yibao {

// The right pane: why the selected card's figures are what they are. Top to bottom:
//   1. our own explanation of each step, with the case's numbers (explainStep);
//   2. the quoted source passages that state the rule and its parameters, with the words
//      that matter highlighted (the terms of core/present/highlight) — right under the explanation;
//   3. when a linked passage says something else than the profile, a block
//      "资料说法不一" with each variant (our note and the passage) and what the profile
//      uses (the parameter's value and source, or the rule's result);
//   4. the outside sources (laws, decisions) cited for the rule and its parameters;
//   5. the computation as a tree: step → inputs, parameters (value, effective date,
//      source, profile), formula, result; folded but for each step's formula and result,
//      the formula column wrapping; inputs whose value is zero are left out, as
//      PolicyEngine hides its zero lines; unknown parameters are marked in words.
// A passage is activated by a click on its title line (or Tab to it and Enter); the
// window opens it in the article browser.
class ExplanationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPane(const Library &library, QWidget *parent = nullptr);

    // A new card renders at once; the same card again (same title and profile, pane
    // visible) renders RefreshDelayMs later, the newest steps winning.
    void showCard(const QString &title, const QList<TraceStep> &steps, const QString &profileId);
    void clear();
    void setLanguage(const QString &lang); // "zh_CN" or "en"
    QString language() const { return m_language; }

    // What is shown, for tests and the printed report.
    QString title() const;
    QString explanationText() const; // the plain text of part 1
    QTreeWidget *traceTree() const { return m_tree; }
    QStringList shownPassages() const; // part 3, in order
    bool hasConflicts() const { return !m_conflictPassages.isEmpty(); }
    QStringList conflictPassages() const { return m_conflictPassages; }
    QString conflictText() const; // the plain text of part 4
    QTextBrowser *sourcesView() const { return m_sources; } // parts 2–4
    QString sourcesHtml() const { return m_sourcesHtml; } // as rendered into sourcesView
    // Renders a refresh that is waiting for typing to pause (see showCard).
    void flush();
    static constexpr int RefreshDelayMs = 150;
    QStringList citations() const { return m_citations; }

    // HTML of text with every occurrence of terms wrapped in a highlight. A term that
    // starts with a digit matches only where no digit precedes it ("3个月" not in "13个月").
    static QString highlightedHtml(const QString &text, const QStringList &terms);

signals:
    void passageActivated(const QString &passageId);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void clearContent();
    QLabel *addHeading(const QString &text);
    QString passageHtml(const QString &passageId, const QStringList &terms) const;
    void fitSources();
    void scrollToConflicts();
    void fillTree();
    void updateTreeHeight();

    Library m_library;
    QString m_title;
    QList<TraceStep> m_steps;
    QString m_profileId;
    QString m_language = QStringLiteral("zh_CN");
    bool m_hasCard = false;

    QLabel *m_heading = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_sources = nullptr;
    QTimer *m_refresh = nullptr;
    QString m_sourcesHtml;
    bool m_sourcesPending = false; // m_sourcesHtml waits for the pane to be shown
    QList<QWidget *> m_dynamic; // everything render() adds, deleted by clearContent()
    QString m_explanationText;
    QStringList m_passages;
    QStringList m_conflictPassages;
    QString m_conflictText;
    QStringList m_citations;
    QHash<QString, PassageCitation> m_cited; // passage id → as the model cites it
    QList<StepExplanation> m_explained; // m_steps in the model's words, same order
};

} // namespace yibao
