#include "settingspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include "appsettings.h"
#include "decimalspinbox.h"
#include "themetint.h"

namespace {
QString accessibleText(QString label)
{
    return label.remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
}
} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QScrollArea(parent), m_body(new QWidget(this)), m_form(new QFormLayout)
{
    // The form keeps its rows' heights when the page is taller; the stretch takes the rest.
    auto *column = new QVBoxLayout(m_body);
    column->addLayout(m_form);
    column->addStretch(1);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    setWidget(m_body);
}

QStringList SettingsPage::problems() const
{
    QStringList out;
    for (const QLabel *label : m_errors) {
        if (!label->text().isEmpty())
            out.append(label->text());
    }
    return out;
}

void SettingsPage::validate()
{
    check();
    Q_EMIT problemsChanged();
}

QString SettingsPage::flagTip(const QString &flag, const QString &what)
{
    return tip(QStringLiteral("<b>%1</b>: %2").arg(flag.toHtmlEscaped(), what.toHtmlEscaped()));
}

QString SettingsPage::tip(const QString &html)
{
    // Qt narrows a wrapped tooltip to a quarter of 80 characters when the text is short; a
    // fixed-width table keeps lines of about 50.
    const int width = QFontMetrics(QToolTip::font()).averageCharWidth() * 50;
    return QStringLiteral("<table width=\"%1\"><tr><td>%2</td></tr></table>").arg(width).arg(html);
}

QSize SettingsPage::sizeHint() const
{
    constexpr int tallest = 400;
    // Room for a line or two of error under a field without a scroll bar appearing.
    const int slack = 3 * fontMetrics().lineSpacing();
    const QSize form = m_body->sizeHint();
    return QSize(minimumSizeHint().width(),
                 std::min(form.height() + slack, tallest) + 2 * frameWidth());
}

QSize SettingsPage::minimumSizeHint() const
{
    constexpr int shortest = 120;
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return QSize(m_body->minimumSizeHint().width() + bar + 2 * frameWidth(), shortest);
}

void SettingsPage::addIntro(const QString &text)
{
    auto *label = new QLabel(text, m_body);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(label);
}

void SettingsPage::addRow(const QString &label, QWidget *field, QWidget *named, const QString &tip)
{
    auto *title = new QLabel(label, m_body);
    title->setBuddy(named);
    title->setToolTip(tip);
    field->setToolTip(tip);
    named->setToolTip(tip);
    named->setAccessibleName(accessibleText(label));
    m_form->addRow(title, field);
}

void SettingsPage::addWide(QWidget *field, const QString &tip)
{
    field->setToolTip(tip);
    m_form->addRow(QString(), field);
}

QLabel *SettingsPage::addErrorRow(const QString &objectName)
{
    auto *label = new QLabel(m_body);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // As wide as the field above: a wrapped label otherwise picks a narrow "balanced" width.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setTextFormat(Qt::PlainText); // file names and header text are the user's
    ThemeTint::keep(label, &ThemeTint::errorText);
    label->hide();
    m_form->addRow(QString(), label);
    m_errors.append(label);
    return label;
}

void SettingsPage::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

DecimalSpinBox *SettingsPage::secondsBox(const QString &objectName, const QString &offText)
{
    auto *box = new DecimalSpinBox(m_body);
    box->setObjectName(objectName);
    box->setDecimals(3); // milliseconds, as the headless mode keeps them
    box->setRange(0, AppSettings::Limits::seconds);
    box->setSingleStep(1);
    box->setSuffix(tr(" s"));
    if (!offText.isEmpty())
        box->setSpecialValueText(offText);
    return box;
}

QWidget *SettingsPage::withBrowse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const bool folder = filter.isEmpty();
    auto *box = new QWidget(m_body);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(box);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(folder ? tr("Choose a folder") : tr("Choose a file"));
    browse->setAccessibleName(title);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    box->setFocusProxy(edit);
    setTabOrder(edit, browse); // the button is next to its field, not after the whole form
    connect(browse, &QToolButton::clicked, edit, [edit, title, filter, folder] {
        const QString chosen =
            folder ? QFileDialog::getExistingDirectory(edit, title, edit->text())
                   : QFileDialog::getOpenFileName(edit, title, edit->text(), filter);
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    return box;
}

void SettingsPage::watch(const QList<QWidget *> &fields)
{
    for (QWidget *field : fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            connect(edit, &QLineEdit::textChanged, this, &SettingsPage::validate);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            connect(text, &QPlainTextEdit::textChanged, this, &SettingsPage::validate);
        else if (auto *button = qobject_cast<QAbstractButton *>(field))
            connect(button, &QAbstractButton::toggled, this, &SettingsPage::validate);
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            connect(combo, &QComboBox::currentIndexChanged, this, &SettingsPage::validate);
        else if (auto *spin = qobject_cast<QSpinBox *>(field))
            connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::validate);
        else if (auto *seconds = qobject_cast<QDoubleSpinBox *>(field))
            connect(seconds, &QDoubleSpinBox::valueChanged, this, &SettingsPage::validate);
    }
}
