#pragma once

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

#include "urllist.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Where URLs come in: a paste area that previews, as the user types or pastes, what will be
// added (valid URLs, invalid lines with their reason, duplicates, range expansions) and marks
// the problem lines in place. Text that is not a clean list (a web page, Markdown, an e-mail)
// yields its http(s) links. Nothing pasted disappears without a word.
class InputPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RangeLimit = 10000;

    struct Problem
    {
        int line = 0;
        QString message;
        bool error = false; // invalid (red) rather than skipped or informational
    };
    struct Analysis
    {
        UrlList list;
        bool extracted = false;         // links picked out of free text
        QList<UrlList::Entry> accepted; // what will be added, invalid lines included
        QList<Problem> problems;
        int alreadyKnown = 0;
    };

    explicit InputPanel(QWidget *parent = nullptr);

    // Whether a URL (entry text) is already in the table; such lines are skipped, with a word.
    void setKnownUrlCheck(std::function<bool(const QString &)> isKnown);
    Analysis analyze(const QString &text) const;

    QString text() const;
    void setText(const QString &text);
    // Adds text at once (clipboard, drop, file), reporting in the feedback list. `source` names
    // it there ("clipboard", a file name).
    void submitText(const QString &text, const QString &source);
    QString feedbackText() const; // the summary line and every problem, for tests
    void focusEditor();

Q_SIGNALS:
    void entriesSubmitted(const QList<UrlList::Entry> &entries);
    void addFromFileRequested();

private:
    void refreshPreview();
    void submit();
    void showAnalysis(const Analysis &analysis, const QString &headline, bool markLines);

    QPlainTextEdit *m_edit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_add;
    QTimer m_previewTimer;
    std::function<bool(const QString &)> m_isKnown;
};
