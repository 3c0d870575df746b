#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

// The window's language: the languages Fanout ships, the locale a choice stands for, and the
// translators installed for it at start (Fanout's own from :/i18n and Qt's own qtbase_XX.qm for
// the standard dialogs). The choice is AppSettings::language: empty follows the system
// (QLocale::system(), which reads LANGUAGE, LC_ALL and LANG), else a code such as "de".
// The headless mode installs none of this: its output stays English.
class UiLanguage final
{
public:
    struct Choice
    {
        QString code; // "" for the system's, "en", "de", ...
        QString name; // in its own language ("Deutsch"); the system's in the window's
    };

    // "System language" first, then English and every shipped translation.
    static QList<Choice> choices();

    // The locale the window uses for a stored choice: the system's for "" or an unknown code.
    static QLocale localeFor(const QString &code);

    // Installs Qt's and Fanout's translations for `locale` on the application (after whatever is
    // installed already, so they win over the English plurals) and makes `locale` the default for
    // numbers, sizes and times. English installs nothing. Returns the Fanout translation's
    // language ("de"), or "" when none was loaded.
    QString install(const QLocale &locale);

    ~UiLanguage();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
