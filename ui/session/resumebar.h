#pragma once

#include <QFrame>

#include "sessionkeeper.h"

class QDateTime;
class QLabel;
class QPushButton;

// A bar across the top of the window that offers to resume the batch an earlier run left
// unfinished, and says which folder it continues in (the batch's own, whatever Settings say
// now). Non-blocking (the window stays usable while it shows) so that tests and people who want
// a fresh list are not stopped by a modal question.
class ResumeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ResumeBar(QWidget *parent = nullptr);

    // Offers the session that resuming brings back as `plan`, last saved at `saved`;
    // `settingsFolder` is the one Settings name now.
    void offer(const SessionKeeper::Plan &plan, const QDateTime &saved,
               const QString &settingsFolder);
    // What the bar says, as plain text, the folder whole.
    QString message() const;

Q_SIGNALS:
    void resumeRequested();
    void discardRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The label's text with the folder on a line of its own, as wide as the label allows.
    void showFolder();

    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_discard;
    QString m_message; // the whole offer as plain text
    QString m_lead;    // the sentences before the folder (empty: no folder shown)
    QString m_folder;  // the folder, whole, with native separators
    QString m_end;     // the question after it
};
