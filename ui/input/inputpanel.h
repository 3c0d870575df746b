#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

#include "pasteanalysis.h"
#include "urllist.h"

class QLabel;
class QListWidget;
class PasteArea;
class QPushButton;

// Where URLs come in: a paste area that previews, as the user types or pastes, what will be
// added (valid URLs, invalid lines with their reason, duplicates, range expansions) and marks
// the problem lines in place. Text that is not a clean list (a web page, Markdown, an e-mail)
// yields its http(s) links. Nothing pasted disappears without a word. Large texts are read on a
// worker thread, so a million-line paste never freezes the window; past MaxEntries the text is
// refused with a message instead of filling memory.
class InputPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RangeLimit = PasteAnalysis::RangeLimit;
    static constexpr qsizetype MaxEntries = PasteAnalysis::MaxEntries;
    static constexpr qsizetype MaxChars = PasteAnalysis::MaxChars;
    static constexpr int MaxShownProblems = PasteAnalysis::MaxShownProblems;
    using Problem = PasteAnalysis::Problem;
    using Analysis = PasteAnalysis;

    explicit InputPanel(QWidget *parent = nullptr);

    // The URLs already in the table (redacted); such lines are skipped, with a word. A copy
    // is taken per analysis, so the worker thread never reads the window's set.
    void setKnownUrls(std::function<QSet<QString>()> known);
    Analysis analyze(const QString &text) const;
    // Thread-safe: what analyze() does, given the known URLs.
    static Analysis analyze(const QString &text, const QSet<QString> &known);
    // Texts at least this long are analysed on a worker thread.
    static constexpr qsizetype AsyncChars = 256 * 1024;
    bool isBusy() const { return m_busy > 0; }

    QString text() const;
    void setText(const QString &text);
    // Adds text (clipboard, drop, file), reporting in the feedback list; at once when short,
    // from a worker thread's analysis when long. `source` names it ("clipboard", a file name).
    void submitText(const QString &text, const QString &source);
    // The same, with notes about the text (what converting a file left out) listed among the
    // problems, by line.
    void submitText(const QString &text, const QString &source, const QList<Problem> &notes);
    QString feedbackText() const; // the summary line and every problem, for tests
    void focusEditor();
    QWidget *editor() const;

Q_SIGNALS:
    void entriesSubmitted(const QList<UrlList::Entry> &entries);
    void addFromFileRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshPreview();
    // Colours the problem lines and the marked lines from the palette in force.
    void recolour();
    void submit();
    // submitText(); `fromBox`: the paste area's own text, whose problem lines go with it.
    void submitFrom(const QString &text, const QString &source, bool fromBox,
                    const QList<Problem> &notes = {});
    void resetAddButton();
    void showAnalysis(const Analysis &analysis, const QString &headline, bool markLines);
    void finishSubmit(const Analysis &analysis, const QString &source, bool fromBox,
                      const QList<Problem> &notes);
    // analyze() on a worker thread; `done` runs in this panel's thread, unless it is gone.
    void analyzeOnWorker(const QString &text, std::function<void(const Analysis &)> done);
    void setBusy(bool busy);

    PasteArea *m_edit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QPushButton *m_add;
    QTimer m_previewTimer;
    std::function<QSet<QString>()> m_known;
    int m_busy = 0;                  // analyses running on the worker thread
    quint64 m_previewGeneration = 0; // a newer preview makes an older one's result stale
};
