#include "clipboardwatcher.h"

#include <QClipboard>
#include <QUrl>

#include "linkfinder.h"
#include "urllist.h"

namespace {
QString keyOf(const QString &link)
{
    return UrlList::redacted(QUrl(link));
}
} // namespace

ClipboardWatcher::ClipboardWatcher(QClipboard *clipboard, QObject *parent)
    : QObject(parent), m_clipboard(clipboard)
{}

void ClipboardWatcher::setKnownUrls(std::function<QSet<QString>()> known)
{
    m_known = std::move(known);
}

void ClipboardWatcher::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (on) {
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardWatcher::readClipboard);
    } else {
        disconnect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardWatcher::readClipboard);
        setOffer({});
    }
}

QStringList ClipboardWatcher::linksIn(const QString &text)
{
    QStringList links;
    QSet<QString> seen;
    const QStringView all = QStringView(text).left(MaxChars);
    for (const QStringView line : all.tokenize(u'\n')) {
        qsizetype from = 0;
        for (QStringView link = LinkFinder::next(line, &from); !link.isEmpty();
             link = LinkFinder::next(line, &from)) {
            const QString found = link.toString();
            if (QUrl(found).isValid() && !seen.contains(keyOf(found))) {
                seen.insert(keyOf(found));
                links.append(found);
            }
        }
    }
    return links;
}

void ClipboardWatcher::readClipboard()
{
    const QSet<QString> known = m_known ? m_known() : QSet<QString>();
    QStringList fresh;
    for (const QString &link : linksIn(m_clipboard->text())) {
        const QString key = keyOf(link);
        if (!known.contains(key) && !m_dismissed.contains(key))
            fresh.append(link);
    }
    setOffer(fresh); // a copy without new links withdraws the last offer
}

void ClipboardWatcher::dismiss()
{
    for (const QString &link : std::as_const(m_offer))
        m_dismissed.insert(keyOf(link));
    setOffer({});
}

void ClipboardWatcher::take()
{
    setOffer({});
}

void ClipboardWatcher::setOffer(const QStringList &links)
{
    if (links == m_offer)
        return;
    m_offer = links;
    Q_EMIT offerChanged(m_offer);
}
