#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QClipboard;

// Watches the clipboard while it is switched on (opt-in) and offers the http(s) links of copied
// text that are neither in the list already nor dismissed before. It never adds anything: the
// window asks the user (ClipboardBar) and adds through the paste path.
class ClipboardWatcher final : public QObject
{
    Q_OBJECT

public:
    // Text past this many characters is not searched (a copied file, not a few links).
    static constexpr qsizetype MaxChars = 1024 * 1024;

    explicit ClipboardWatcher(QClipboard *clipboard, QObject *parent = nullptr);

    // The URLs already in the table, redacted as the table shows them.
    void setKnownUrls(std::function<QSet<QString>()> known);
    // Off: the clipboard is not read and any offer is withdrawn.
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // The links on offer now, in the order copied.
    QStringList offer() const { return m_offer; }
    // The user said no: these links are not offered again.
    void dismiss();
    // The offer was taken (added): it is withdrawn.
    void take();

    // The distinct http(s) links in `text`, in order (LinkFinder's rules).
    static QStringList linksIn(const QString &text);

Q_SIGNALS:
    // What is on offer changed; empty: nothing is.
    void offerChanged(const QStringList &links);

private:
    void readClipboard();
    void setOffer(const QStringList &links);

    QClipboard *m_clipboard;
    std::function<QSet<QString>()> m_known;
    QSet<QString> m_dismissed; // redacted, as the known ones
    QStringList m_offer;
    bool m_enabled = false;
};
