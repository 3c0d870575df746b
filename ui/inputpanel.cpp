#include "inputpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {
constexpr int kMaxShownProblems = 500; // beyond this the list says how many more
constexpr int kProblemLineRole = Qt::UserRole + 1;
} // namespace

InputPanel::InputPanel(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_summary(new QLabel(this)),
      m_problems(new QListWidget(this)), m_add(new QPushButton(tr("&Add to list"), this))
{
    m_edit->setObjectName(QStringLiteral("pasteArea"));
    m_edit->setAccessibleName(tr("URLs to add"));
    m_edit->setPlaceholderText(
        tr("Paste URLs here, one per line — or any text with links in it (a web page, Markdown, "
           "an e-mail).\nURL<Tab>name saves under that name; img[001-250].jpg expands to 250 "
           "URLs.\nDrop text, links or .txt files anywhere on the window."));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(false);
    m_summary->setObjectName(QStringLiteral("pastePreview"));
    m_summary->setAccessibleName(tr("Paste preview"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("pasteProblems"));
    m_problems->setAccessibleName(tr("Problems found in the pasted text"));
    m_problems->setToolTip(tr("Lines that will not be downloaded, and why. Click to show the line."));
    m_problems->hide();

    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add the pasted URLs to the download list (Ctrl+Enter)"));
    m_add->setEnabled(false);
    auto *fromFile = new QPushButton(tr("Add from &file…"), this);
    fromFile->setObjectName(QStringLiteral("addFromFileButton"));
    fromFile->setToolTip(tr("Add the URLs listed in a text file (Ctrl+O)"));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Empty the paste area"));

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
    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_edit, nullptr,
                                 nullptr, Qt::WidgetShortcut);
    connect(addKey, &QShortcut::activated, this, &InputPanel::submit);
    connect(fromFile, &QPushButton::clicked, this, &InputPanel::addFromFileRequested);
    connect(clear, &QPushButton::clicked, m_edit, &QPlainTextEdit::clear);
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

void InputPanel::setKnownUrlCheck(std::function<bool(const QString &)> isKnown)
{
    m_isKnown = std::move(isKnown);
}

QString InputPanel::text() const
{
    return m_edit->toPlainText();
}

void InputPanel::setText(const QString &text)
{
    m_edit->setPlainText(text);
    refreshPreview();
}

void InputPanel::focusEditor()
{
    m_edit->setFocus();
}

InputPanel::Analysis InputPanel::analyze(const QString &text) const
{
    Analysis a;
    UrlList::ParseOptions options;
    options.expandRanges = true;
    options.rangeLimit = RangeLimit;
    a.list = UrlList::parse(text, options);
    // Free text gives many "invalid" lines; if picking links out of it finds more, it was not
    // meant as a list.
    if (a.list.invalidCount() > 0) {
        UrlList extracted = UrlList::extract(text, options);
        if (extracted.validCount() > a.list.validCount()) {
            a.list = std::move(extracted);
            a.extracted = true;
        }
    }
    for (const UrlList::Entry &e : a.list.entries()) {
        if (m_isKnown && e.valid && m_isKnown(UrlList::redacted(e.url))) {
            ++a.alreadyKnown;
            a.problems.append({e.line, tr("Line %1: already in the list, skipped — %2")
                                           .arg(e.line)
                                           .arg(UrlList::redacted(e.url)),
                               false});
            continue;
        }
        a.accepted.append(e);
        if (!e.valid) {
            a.problems.append({e.line, tr("Line %1: invalid — %2 (%3)")
                                           .arg(e.line)
                                           .arg(e.reason, UrlList::redactedText(e.text)),
                               true});
        }
    }
    for (const UrlList::Duplicate &d : a.list.duplicates()) {
        a.problems.append(
            {d.line, tr("Line %1: duplicate of line %2, kept once").arg(d.line).arg(d.firstLine),
             false});
    }
    // Ranges: say how many URLs a line became, so a typo like [1-100000] does not surprise.
    QHash<int, int> perLine;
    for (const UrlList::Entry &e : std::as_const(a.accepted))
        ++perLine[e.line];
    for (auto it = perLine.cbegin(); it != perLine.cend(); ++it) {
        if (it.value() > 1) {
            a.problems.append({it.key(),
                               tr("Line %1: range expands to %2 URLs")
                                   .arg(it.key())
                                   .arg(QLocale().toString(it.value())),
                               false});
        }
    }
    std::stable_sort(a.problems.begin(), a.problems.end(),
                     [](const Problem &x, const Problem &y) { return x.line < y.line; });
    return a;
}

void InputPanel::refreshPreview()
{
    m_previewTimer.stop();
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_add->setEnabled(false);
        m_edit->setExtraSelections({});
        if (m_problems->count() == 0)
            m_summary->setText(tr("Paste or type URLs above."));
        return;
    }
    const Analysis a = analyze(text);
    int valid = 0;
    for (const auto &e : a.accepted)
        valid += e.valid ? 1 : 0;
    m_add->setEnabled(!a.accepted.isEmpty());
    m_add->setText(valid > 0 ? valid == 1 ? tr("&Add 1 URL") : tr("&Add %1 URLs").arg(valid) : tr("&Add to list"));
    showAnalysis(a, valid == 1 ? tr("Ready to add: 1 URL") : tr("Ready to add: %1 URLs").arg(valid), true);
}

void InputPanel::showAnalysis(const Analysis &a, const QString &headline, bool markLines)
{
    const QLocale locale;
    QStringList parts{headline};
    const int invalid = int(std::count_if(a.accepted.cbegin(), a.accepted.cend(),
                                          [](const UrlList::Entry &e) { return !e.valid; }));
    if (invalid > 0)
        parts << tr("%1 invalid (listed, not downloaded)").arg(invalid);
    if (!a.list.duplicates().isEmpty())
        parts << (a.list.duplicates().size() == 1 ? tr("1 duplicate kept once") : tr("%1 duplicates kept once").arg(a.list.duplicates().size()));
    if (a.alreadyKnown > 0)
        parts << tr("%1 already in the list").arg(a.alreadyKnown);
    if (a.extracted)
        parts << tr("links picked out of free text");
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    m_problems->clear();
    QList<QTextEdit::ExtraSelection> marks;
    for (const Problem &p : a.problems) {
        if (m_problems->count() >= kMaxShownProblems) {
            m_problems->addItem(tr("… and %1 more").arg(
                locale.toString(a.problems.size() - kMaxShownProblems)));
            break;
        }
        auto *item = new QListWidgetItem(p.message, m_problems);
        item->setData(kProblemLineRole, p.line);
        item->setForeground(p.error ? QColor(0xb0, 0x20, 0x20) : palette().color(QPalette::Text));
        if (markLines && !p.message.contains(QLatin1String("range"))) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_edit->document()->findBlockByNumber(p.line - 1));
            mark.format.setBackground(p.error ? QColor(255, 215, 215) : QColor(255, 240, 200));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.format.setToolTip(p.message);
            marks.append(mark);
        }
    }
    m_edit->setExtraSelections(marks);
    // As tall as its lines, up to five: the table below matters more.
    const int lines = std::min(m_problems->count(), 5);
    m_problems->setFixedHeight(lines * m_problems->fontMetrics().height() * 5 / 4 +
                               2 * m_problems->frameWidth() + 4);
    m_problems->setVisible(lines > 0);
}

void InputPanel::submit()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    submitText(text, tr("the paste area"));
    m_edit->clear();
    m_previewTimer.stop();
    m_edit->setExtraSelections({});
}

void InputPanel::submitText(const QString &text, const QString &source)
{
    const Analysis a = analyze(text);
    const int valid = int(std::count_if(a.accepted.cbegin(), a.accepted.cend(),
                                        [](const UrlList::Entry &e) { return e.valid; }));
    showAnalysis(a, (valid == 1 ? tr("Added 1 URL from %1").arg(source) : tr("Added %1 URLs from %2").arg(valid).arg(source)), false);
    if (a.accepted.isEmpty() && a.problems.isEmpty())
        m_summary->setText(tr("No URLs found in %1.").arg(source));
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
