#include "inputpanel.h"

#include <QThread>

#include <memory>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QVBoxLayout>

#include "pastearea.h"
#include "themepalette.h"

namespace {
constexpr int kProblemLineRole = Qt::UserRole + 1;
constexpr int kProblemErrorRole = Qt::UserRole + 2;
// The ExtraSelection format's mark: whether the line is an error (else a warning).
constexpr int kMarkErrorProperty = QTextFormat::UserProperty + 1;
} // namespace

InputPanel::InputPanel(QWidget *parent)
    : QWidget(parent), m_edit(new PasteArea(this)), m_summary(new QLabel(this)),
      m_problems(new QListWidget(this)), m_add(new QPushButton(tr("&Add to list"), this))
{
    m_edit->setObjectName(QStringLiteral("pasteArea"));
    m_edit->setAccessibleName(tr("URLs to add"));
    m_edit->setPlaceholderText(
        tr("Paste URLs here, one per line — or any text with links in it (a web page, Markdown, "
           "an e-mail).\nAfter a tab: name=, dir=, md5=/sha1=/sha256=/sha512=, mirror URLs, "
           "header=; img[001-250].jpg expands to 250 URLs.\nDrop text, links or list files (also "
           "aria2, Metalink, results CSV) anywhere on the window."));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(false);
    m_summary->setObjectName(QStringLiteral("pastePreview"));
    m_summary->setAccessibleName(tr("Paste preview"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("pasteProblems"));
    m_problems->setAccessibleName(tr("Problems found in the pasted text"));
    m_problems->setToolTip(
        tr("Lines that will not be downloaded, and why. Click to show the line."));
    m_problems->hide();

    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add the pasted URLs to the download list (Ctrl+Enter)"));
    m_add->setEnabled(false);
    // The one "Add from File…" button (the File menu has the same command, Ctrl+O).
    auto *fromFile = new QPushButton(tr("Add from &File…"), this);
    fromFile->setObjectName(QStringLiteral("addFromFileButton"));
    fromFile->setToolTip(tr("Add the URLs listed in a text file (Ctrl+O)"));
    auto *clear = new QPushButton(tr("Clear &Box"), this);
    clear->setObjectName(QStringLiteral("clearBoxButton"));
    clear->setToolTip(tr("Empty the paste area (the list of downloads stays)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(clear);
    buttons->addWidget(fromFile);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(200); // analyse once typing pauses, not per keystroke
    connect(&m_previewTimer, &QTimer::timeout, this, &InputPanel::refreshPreview);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { m_previewTimer.start(); });
    connect(m_add, &QPushButton::clicked, this, &InputPanel::submit);
    // Ctrl+Enter adds from the paste area itself, leaving the key free elsewhere.
    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(addKey, &QShortcut::activated, this, &InputPanel::submit);
    connect(m_edit, &PasteArea::largeTextPasted, this,
            [this](const QString &text) { submitText(text, tr("the clipboard")); });
    connect(fromFile, &QPushButton::clicked, this, &InputPanel::addFromFileRequested);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        m_problems->clear();
        refreshPreview();
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(kProblemLineRole).toInt();
        const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        m_edit->setFocus();
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    refreshPreview();
}

void InputPanel::setKnownUrls(std::function<QSet<QString>()> known)
{
    m_known = std::move(known);
}

QString InputPanel::text() const
{
    return m_edit->toPlainText();
}

void InputPanel::setText(const QString &text)
{
    if (!PasteArea::fitsEditor(text)) {
        submitText(text, tr("the pasted text")); // laying it out would freeze the window
        return;
    }
    m_edit->setPlainText(text);
    refreshPreview();
}

void InputPanel::focusEditor()
{
    m_edit->setFocus();
}

QWidget *InputPanel::editor() const
{
    return m_edit;
}

void InputPanel::resetAddButton()
{
    m_add->setEnabled(false);
    m_add->setText(tr("&Add to list"));
}

InputPanel::Analysis InputPanel::analyze(const QString &text) const
{
    return analyze(text, m_known ? m_known() : QSet<QString>());
}

InputPanel::Analysis InputPanel::analyze(const QString &text, const QSet<QString> &known)
{
    return PasteAnalysis::of(text, known);
}

void InputPanel::refreshPreview()
{
    m_previewTimer.stop();
    const quint64 generation = ++m_previewGeneration;
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        resetAddButton();
        m_edit->setExtraSelections({});
        if (m_problems->count() == 0) {
            m_problems->hide();
            m_summary->setText(tr("Paste or type URLs above."));
        }
        return;
    }
    auto show = [this](const Analysis &a) {
        int valid = 0;
        for (const auto &e : a.accepted)
            valid += e.valid ? 1 : 0;
        m_add->setEnabled(!a.accepted.isEmpty());
        m_add->setText(valid == 0   ? tr("&Add to list")
                       : valid == 1 ? tr("&Add 1 URL")
                                    : tr("&Add %n URLs", nullptr, valid));
        showAnalysis(
            a, valid == 1 ? tr("Ready to add: 1 URL") : tr("Ready to add: %n URLs", nullptr, valid),
            true);
    };
    if (text.size() < AsyncChars) {
        show(analyze(text));
        return;
    }
    m_add->setEnabled(false);
    m_summary->setText(tr("Reading %1 characters…").arg(QLocale().toString(text.size())));
    analyzeOnWorker(text, [this, generation, show](const Analysis &a) {
        if (generation == m_previewGeneration) // the text has not changed since
            show(a);
    });
}

void InputPanel::showAnalysis(const Analysis &a, const QString &headline, bool markLines)
{
    const QLocale locale;
    QStringList parts{headline};
    const int invalid = int(std::count_if(a.accepted.cbegin(), a.accepted.cend(),
                                          [](const UrlList::Entry &e) { return !e.valid; }));
    if (invalid > 0)
        parts << tr("%n invalid (listed, not downloaded)", nullptr, invalid);
    if (a.duplicates > 0)
        parts << (a.duplicates == 1 ? tr("1 duplicate kept once")
                                    : tr("%n duplicates kept once", nullptr, a.duplicates));
    if (a.alreadyKnown > 0)
        parts << tr("%1 already in the list").arg(a.alreadyKnown);
    if (a.extracted)
        parts << tr("links picked out of free text");
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    m_problems->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const Problem &p : a.problems) {
        auto *item = new QListWidgetItem(p.message, m_problems);
        item->setData(kProblemLineRole, p.line);
        item->setData(kProblemErrorRole, p.error);
        if (markLines && !p.message.contains(QLatin1String("range"))) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(p.line - 1));
            mark.format.setProperty(kMarkErrorProperty, p.error);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setToolTip(p.message);
            marks.append(mark);
        }
    }
    if (a.problemCount > a.problems.size())
        m_problems->addItem(
            tr("… and %1 more").arg(locale.toString(a.problemCount - a.problems.size())));
    m_edit->setExtraSelections(marks);
    recolour();
    // As tall as its lines, up to five: the table below matters more.
    const int lines = std::min(m_problems->count(), 5);
    m_problems->setFixedHeight(lines * m_problems->fontMetrics().height() * 5 / 4 +
                               2 * m_problems->frameWidth() + 4);
    m_problems->setVisible(lines > 0);
}

void InputPanel::recolour()
{
    // From the palette in force, so that a theme change recolours what is shown.
    const QPalette &colours = palette();
    for (int i = 0; i < m_problems->count(); ++i) {
        QListWidgetItem *item = m_problems->item(i);
        if (item->data(kProblemErrorRole).isValid())
            item->setForeground(item->data(kProblemErrorRole).toBool()
                                    ? ThemePalette::errorText(colours)
                                    : colours.color(QPalette::Text));
    }
    QList<QTextEdit::ExtraSelection> marks = m_edit->extraSelections();
    for (QTextEdit::ExtraSelection &mark : marks)
        mark.format.setBackground(mark.format.boolProperty(kMarkErrorProperty)
                                      ? ThemePalette::errorMark(colours)
                                      : ThemePalette::warningMark(colours));
    m_edit->setExtraSelections(marks);
}

void InputPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolour();
}

void InputPanel::submit()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    submitFrom(text, tr("the paste area"), true);
    m_edit->clear();
    m_previewTimer.stop();
    ++m_previewGeneration;
    m_edit->setExtraSelections({});
    resetAddButton(); // the box is empty: nothing to add until something is pasted again
}

void InputPanel::submitText(const QString &text, const QString &source)
{
    submitFrom(text, source, false);
}

void InputPanel::submitText(const QString &text, const QString &source, const QList<Problem> &notes)
{
    submitFrom(text, source, false, notes);
}

void InputPanel::submitFrom(const QString &text, const QString &source, bool fromBox,
                            const QList<Problem> &notes)
{
    if (text.size() < AsyncChars) {
        finishSubmit(analyze(text), source, fromBox, notes);
        return;
    }
    // Parsing a long list takes a while: on a worker, with the window answering meanwhile.
    setBusy(true);
    m_summary->setText(
        tr("Reading %1 characters from %2…").arg(QLocale().toString(text.size()), source));
    analyzeOnWorker(text, [this, source, fromBox, notes](const Analysis &a) {
        setBusy(false);
        finishSubmit(a, source, fromBox, notes);
    });
}

void InputPanel::analyzeOnWorker(const QString &text, std::function<void(const Analysis &)> done)
{
    auto result = std::make_shared<Analysis>();
    QThread *worker = QThread::create([text, known = m_known ? m_known() : QSet<QString>(),
                                       result] { *result = analyze(text, known); });
    // The thread deletes itself when done; the hand-over is dropped if the panel is gone.
    connect(worker, &QThread::finished, this, [result, done] { done(*result); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void InputPanel::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    m_edit->setReadOnly(m_busy > 0);
}

void InputPanel::finishSubmit(const Analysis &analysis, const QString &source, bool fromBox,
                              const QList<Problem> &notes)
{
    Analysis a = analysis;
    if (!notes.isEmpty()) {
        a.problems += notes;
        std::stable_sort(a.problems.begin(), a.problems.end(),
                         [](const Problem &x, const Problem &y) { return x.line < y.line; });
        a.problemCount += notes.size();
        if (a.problems.size() > MaxShownProblems)
            a.problems.resize(MaxShownProblems);
    }
    if (!a.refusal.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        m_summary->setText(a.refusal);
        return;
    }
    const int valid = int(std::count_if(a.accepted.cbegin(), a.accepted.cend(),
                                        [](const UrlList::Entry &e) { return e.valid; }));
    showAnalysis(a, tr("Added %n URL(s) from %1", nullptr, valid).arg(source), false);
    if (a.accepted.isEmpty() && a.problems.isEmpty())
        m_summary->setText(tr("No URLs found in %1.").arg(source));
    if (fromBox) {
        // The lines those problems point at left the box with the Add: the headline stays,
        // and the invalid lines are rows of their own in the table.
        m_problems->clear();
        m_problems->hide();
    }
    if (!a.accepted.isEmpty())
        Q_EMIT entriesSubmitted(a.accepted);
}

QString InputPanel::feedbackText() const
{
    QStringList lines{m_summary->text()};
    for (int i = 0; i < m_problems->count(); ++i)
        lines << m_problems->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}
