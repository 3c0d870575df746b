#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// A bar over the table offering the links just copied: "3 links copied: Add · Dismiss". It
// never takes the keyboard focus when it appears and never adds on its own; Add and Dismiss are
// the user's answers (a Tab away, or a click).
class ClipboardBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ClipboardBar(QWidget *parent = nullptr);

    // Shows the offer, or hides the bar when `links` is empty.
    void offer(const QStringList &links);
    QStringList links() const { return m_links; }
    QString message() const;

Q_SIGNALS:
    void addRequested(const QStringList &links);
    void dismissRequested();

private:
    QLabel *m_label;
    QPushButton *m_add;
    QPushButton *m_dismiss;
    QStringList m_links;
};
