#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A bar across the top of the window that offers to resume the batch an earlier run left
// unfinished. Non-blocking (the window stays usable while it shows) so that tests and people
// who want a fresh list are not stopped by a modal question.
class ResumeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ResumeBar(QWidget *parent = nullptr);

    void offer(const QString &message);
    QString message() const;

Q_SIGNALS:
    void resumeRequested();
    void discardRequested();

private:
    QLabel *m_label;
    QPushButton *m_resume;
    QPushButton *m_discard;
};
