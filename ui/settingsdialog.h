#pragma once

#include <QDialog>

#include "appsettings.h"

class QLabel;
class QPushButton;
class QTabWidget;
class SettingsPage;

// Edits every engine knob the headless mode has, in tabs by what the user thinks about
// (Downloads, Timeouts, Politeness, Connection, Requests), with "Restore Defaults". Each field's
// tooltip names its headless flag. What is typed is checked as it is typed, as the headless mode
// checks its flags: the error shows under the field, the tab holding it is marked, a line above
// the buttons says where, and OK stays disabled until it is fixed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

    // What is wrong with the fields, one line each; empty when OK may be pressed.
    QStringList problems() const;

private:
    void updateProblems();

    QTabWidget *m_tabs;
    QList<SettingsPage *> m_pages;
    QLabel *m_summary;
    QPushButton *m_ok = nullptr;
};
