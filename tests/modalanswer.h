#pragma once

// Answers a window's question in a test: the next modal QMessageBox with this object name gets
// `button` clicked as soon as it shows (the question blocks the test's own call, so a timer
// answers from inside its event loop). Header-only, Qt Widgets.

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

inline void answerNextBox(QObject *owner, const QString &objectName,
                          QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, objectName, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName)
            return;
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}
