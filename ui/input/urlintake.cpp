#include "urlintake.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include "inputpanel.h"

namespace {
constexpr qint64 kMaxListFile = 64 * 1024 * 1024; // a list, not a download
}

UrlIntake::UrlIntake(InputPanel *input, QWidget *window, QObject *parent)
    : QObject(parent), m_input(input), m_window(window)
{}

bool UrlIntake::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(path, file.errorString()), 0);
        return false;
    }
    if (file.size() > kMaxListFile) {
        Q_EMIT message(tr("%1 is too large for a URL list").arg(path), 0);
        return false;
    }
    m_input->submitText(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
    QSettings().setValue(QStringLiteral("window/lastListDir"), QFileInfo(path).absolutePath());
    return true;
}

void UrlIntake::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("window/lastListDir")).toString();
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Add URLs from a file"), dir,
                                     tr("Text files (*.txt *.csv *.list);;All files (*)"));
    if (!path.isEmpty())
        addFile(path);
}

void UrlIntake::pasteClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        Q_EMIT message(tr("The clipboard holds no text"), 5000);
    else
        m_input->submitText(text, tr("the clipboard"));
}

bool UrlIntake::accepts(const QMimeData *mime)
{
    return mime->hasUrls() || mime->hasText();
}

void UrlIntake::drop(const QMimeData *mime)
{
    QStringList links;
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile())
                addFile(url.toLocalFile());
            else
                links << url.toString();
        }
    } else if (mime->hasText()) {
        links << mime->text();
    }
    if (!links.isEmpty())
        m_input->submitText(links.join(QLatin1Char('\n')), tr("the dropped text"));
}
