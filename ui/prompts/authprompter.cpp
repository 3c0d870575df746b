#include "authprompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

#include "credentialstore.h"

AuthPrompter::AuthPrompter(QWidget *window) : QObject(window), m_window(window) {}

void AuthPrompter::setProxy(const QString &proxyUrl)
{
    const QUrl url(proxyUrl);
    m_proxyKey = url.host().isEmpty()
                     ? QString()
                     : CredentialStore::proxyKey(url.host(), quint16(url.port(8080)));
}

void AuthPrompter::inspect(const QList<Result> &results)
{
    QList<ItemId> again;
    for (const Result &r : results) {
        if (r.outcome != Outcome::Failed || (r.httpStatus != 401 && r.httpStatus != 407))
            continue;
        // The host that challenged is the one the last request went to (after redirects).
        const QString key = r.httpStatus == 407
                                ? m_proxyKey
                                : QUrl(r.finalUrl.isEmpty() ? r.url : r.finalUrl).host();
        if (key.isEmpty())
            continue;
        if (m_answered.contains(key)) {
            // Started before the answer came: run once more with it. A second 401 stands.
            if (!m_retried.contains(r.id)) {
                m_retried.insert(r.id);
                again.append(r.id);
            }
            continue;
        }
        m_waiting[key].append(r.id);
        if (!m_asked.contains(key)) {
            m_asked.insert(key);
            m_queue.append(key);
        }
    }
    if (!again.isEmpty())
        Q_EMIT retryRequested(again);
    showNext();
}

void AuthPrompter::reset()
{
    m_waiting.clear();
    m_asked.clear();
    m_answered.clear();
    m_retried.clear();
    m_queue.clear();
    if (m_dialog)
        m_dialog->reject();
}

void AuthPrompter::showNext()
{
    if (m_dialog || m_queue.isEmpty())
        return;
    const QString key = m_queue.takeFirst();
    const bool proxy = key == m_proxyKey;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("credentialDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(proxy ? tr("Proxy password") : tr("Password needed"));
    dialog->setAccessibleName(dialog->windowTitle());
    const int waiting = int(m_waiting.value(key).size());
    auto *text = new QLabel(
        (proxy ? tr("The proxy %1 asks for a user name and password.")
               : tr("%1 asks for a user name and password."))
                .arg(proxy ? key.section(QLatin1Char(':'), 1) : key) +
            QLatin1Char(' ') +
            (waiting == 1 ? tr("1 download waits for them.")
                          : tr("%n downloads wait for them.", nullptr, waiting)) +
            QLatin1Char('\n') + tr("They are used for this batch only and are never saved."),
        dialog);
    text->setWordWrap(true);
    auto *user = new QLineEdit(dialog);
    user->setObjectName(QStringLiteral("credentialUser"));
    user->setAccessibleName(tr("User name"));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("credentialPassword"));
    password->setAccessibleName(tr("Password"));
    password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(text);
    form->addRow(tr("&User name:"), user);
    form->addRow(tr("&Password:"), password);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, key, user, password] {
        m_answered.insert(key);
        const QList<ItemId> ids = m_waiting.take(key);
        for (ItemId id : ids)
            m_retried.insert(id);
        const QString secret = password->text();
        password->clear(); // not left in a widget longer than needed
        Q_EMIT credentialsEntered(key, user->text(), secret, ids);
    });
    connect(dialog, &QDialog::rejected, this, [this, key] { m_waiting.remove(key); });
    // After the dialog is gone: the next host's prompt, if several asked at once.
    connect(dialog, &QObject::destroyed, this, [this] {
        QMetaObject::invokeMethod(this, &AuthPrompter::showNext, Qt::QueuedConnection);
    });
    m_dialog = dialog;
    dialog->open(); // window-modal but not blocking: downloads carry on meanwhile
}
