#include "clearlistprompt.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

namespace ClearListPrompt {

bool confirm(QWidget *parent, const TransferModel::Summary &s)
{
    if (s.total == 0)
        return true;
    const auto tr = [](const char *text, int n) {
        return QCoreApplication::translate("ClearListPrompt", text, nullptr, n);
    };
    QString text = tr("Remove all %n row(s) from the list?", s.total);
    const int unfinished = s.count(TransferModel::Group::Unfinished);
    if (unfinished > 0)
        text += QLatin1Char(' ') + tr("%n unfinished download(s) will be cancelled.", unfinished);
    QMessageBox box(QMessageBox::Question, tr("Clear List", 0), text,
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("clearListPrompt"));
    box.button(QMessageBox::Yes)->setText(tr("Clear List", 0));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace ClearListPrompt
