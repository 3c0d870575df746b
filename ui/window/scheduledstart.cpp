#include "scheduledstart.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>

#include "starttime.h"
#include "summarybar.h"

ScheduledStart::ScheduledStart(SummaryBar *bar, QObject *parent)
    : QObject(parent), m_bar(bar), m_wait(this)
{
    connect(&m_wait, &StartWait::tick, this, &ScheduledStart::show);
    connect(&m_wait, &StartWait::due, this, [this] {
        m_bar->setScheduledStart({});
        Q_EMIT queuedNoteChanged({});
        Q_EMIT due();
    });
    connect(m_bar, &SummaryBar::scheduledStartCancelled, this, &ScheduledStart::cancel);
}

void ScheduledStart::ask(QWidget *parent)
{
    QString text =
        m_wait.isWaiting()
            ? m_wait.at().toLocalTime().toString(QStringLiteral("HH:mm"))
            : QDateTime::currentDateTime().addSecs(3600).toString(QStringLiteral("HH:mm"));
    QString problem;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(
            parent, tr("Start At"),
            (problem.isEmpty() ? QString() : problem + QStringLiteral("\n\n")) +
                tr("Start the rows that wait for Start at\nHH:MM (local time, the next such "
                   "moment) or a date and time (2026-12-24T06:00:00+01:00):"),
            QLineEdit::Normal, text, &ok);
        if (!ok)
            return;
        QString error;
        const auto at = StartTime::parse(text, QDateTime::currentDateTime(), &error);
        if (at) {
            schedule(*at);
            return;
        }
        problem = tr("“%1” is not a time Fanout understands.").arg(text);
    }
}

void ScheduledStart::schedule(const QDateTime &at)
{
    m_wait.start(at);
    if (m_wait.isWaiting())
        Q_EMIT queuedNoteChanged(tr("Queued — starts at %1").arg(when()));
}

void ScheduledStart::cancel()
{
    m_wait.cancel();
    m_bar->setScheduledStart({});
    Q_EMIT queuedNoteChanged({});
}

QString ScheduledStart::when() const
{
    const QDateTime at = m_wait.at().toLocalTime();
    return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                             : QLocale().toString(at, QLocale::ShortFormat);
}

void ScheduledStart::show(qint64 msLeft)
{
    m_bar->setScheduledStart(tr("Starts at %1 (in %2)").arg(when(), StartTime::remaining(msLeft)));
}
