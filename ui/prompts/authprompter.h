#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

#include "result.h"

class QDialog;
class QWidget;

// Asks for a user name and password when downloads fail with 401 (or 407 from the proxy): once
// per host for the batch, in a dialog that does not block the event loop, so the rest of the
// batch keeps running while it shows. What is typed goes to the engine through
// credentialsEntered and nowhere else: not the table, not the settings, not the journal.
class AuthPrompter final : public QObject
{
    Q_OBJECT

public:
    explicit AuthPrompter(QWidget *window);

    // The proxy in use ("http://host:port"), so that a 407 can name it; empty: none known.
    void setProxy(const QString &proxyUrl);
    // Looks at finished items; 401/407 failures ask (or retry, once answered).
    void inspect(const QList<Result> &results);
    // The list was cleared: forget what was asked (the engine keeps what it was told).
    void reset();
    QDialog *dialog() const { return m_dialog; } // the prompt on screen, if any

Q_SIGNALS:
    // key: the host, or CredentialStore::proxyKey(); ids: the items to run again.
    void credentialsEntered(const QString &key, const QString &user, const QString &password,
                            const QList<ItemId> &ids);
    // Items that failed for want of credentials the user has already given.
    void retryRequested(const QList<ItemId> &ids);

private:
    void showNext();

    QWidget *m_window;
    QString m_proxyKey;
    QHash<QString, QList<ItemId>> m_waiting; // key -> items that failed, until answered
    QSet<QString> m_asked;
    QSet<QString> m_answered;
    QSet<ItemId> m_retried;
    QStringList m_queue; // one dialog at a time
    QPointer<QDialog> m_dialog;
};
