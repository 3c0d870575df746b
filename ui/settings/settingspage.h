#pragma once

#include <QScrollArea>

struct AppSettings;
class DecimalSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// One tab of the settings dialog: a scrolling form that loads its fields from AppSettings,
// stores them back, and names what is wrong with them under the field concerned. It also builds
// the rows every tab shares, so that each field gets a label with a mnemonic, an accessible name
// and a tooltip naming its headless flag.
class SettingsPage : public QScrollArea
{
    Q_OBJECT

public:
    virtual void load(const AppSettings &settings) = 0;
    virtual void store(AppSettings *settings) const = 0;

    // What is wrong with the fields, one line each; empty when the page may be saved.
    QStringList problems() const;
    // Checks the fields again and shows or hides their error lines.
    void validate();

    // "<b>--flag ARG</b>: what it does", for a field's tooltip. The flag comes first, so a user
    // who knows the command line finds the field, and tests find every flag.
    static QString flagTip(const QString &flag, const QString &what);
    // Rich text as a tooltip about 50 characters wide.
    static QString tip(const QString &html);

    // As wide as the form, so that nothing is cut on the right; as tall as the form up to a
    // bound that keeps the dialog within an 800 x 600 screen (the page scrolls down past it).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void problemsChanged();

protected:
    explicit SettingsPage(QWidget *parent);

    // Sets each error line from the fields (showError); called by validate().
    virtual void check() {}

    QFormLayout *form() const { return m_form; }
    QWidget *body() const { return m_body; }
    // A grey line of explanation at the top of the page.
    void addIntro(const QString &text);
    // "label: field" with tooltip on both; named is the widget that takes the focus and the
    // label's accessible name (the field itself, or the edit inside a composite field).
    void addRow(const QString &label, QWidget *field, QWidget *named, const QString &tip);
    // A field without a label (a check box), with its tooltip.
    void addWide(QWidget *field, const QString &tip);
    // A red line under the last row, hidden while it has nothing to say.
    QLabel *addErrorRow(const QString &objectName);
    static void showError(QLabel *label, const QString &message);

    DecimalSpinBox *secondsBox(const QString &objectName, const QString &offText);
    // edit with a "…" button that opens a file chooser, or a folder chooser when filter is empty.
    QWidget *withBrowse(QLineEdit *edit, const QString &title, const QString &filter);
    // Runs validate() whenever one of these changes.
    void watch(const QList<QWidget *> &fields);

private:
    QWidget *m_body;
    QFormLayout *m_form;
    QList<QLabel *> m_errors;
};
