#include "clearlistprompt.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

namespace {
// The translation context of the prompt's texts (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClearListPrompt)
};
} // namespace

namespace ClearListPrompt {

bool confirm(QWidget *parent, const TransferModel::Summary &s)
{
    if (s.total == 0)
        return true;
    QString text = Text::tr("Remove all %n row(s) from the list?", nullptr, s.total);
    const int unfinished = s.count(TransferModel::Group::Unfinished);
    if (unfinished > 0)
        text += QLatin1Char(' ') +
                Text::tr("%n unfinished download(s) will be cancelled.", nullptr, unfinished);
    QMessageBox box(QMessageBox::Question, Text::tr("Clear List"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("clearListPrompt"));
    box.button(QMessageBox::Yes)->setText(Text::tr("Clear List"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace ClearListPrompt
