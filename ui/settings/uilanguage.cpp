#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace {
// The translations resources/translations/ ships, by code, with their names in themselves.
const struct
{
    const char *code;
    const char *name;
} kShipped[] = {{"en", "English"}, {"de", "Deutsch"}, {"fr", "Français"}, {"es", "Español"}};

// The translation context of the names below (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
};
} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    QList<Choice> out{{QString(), Text::tr("System language")}};
    for (const auto &language : kShipped)
        out.append({QString::fromLatin1(language.code), QString::fromUtf8(language.name)});
    return out;
}

QLocale UiLanguage::localeFor(const QString &code)
{
    for (const auto &language : kShipped) {
        if (code == QLatin1String(language.code)) {
            // Keep the system's region when it speaks the chosen language (de_AT stays de_AT).
            const QLocale system = QLocale::system();
            const QLocale chosen(code);
            return system.language() == chosen.language() ? system : chosen;
        }
    }
    return QLocale::system();
}

QString UiLanguage::install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    QString loaded;
    const auto add = [this](std::unique_ptr<QTranslator> translator) {
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    };
    // The first of the locale's UI languages that Fanout ships; English needs no file.
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("en"))
            return {};
        auto fanout = std::make_unique<QTranslator>();
        if (!fanout->load(QStringLiteral(":/i18n/fanout_") + code))
            continue;
        // Qt's own texts (the standard dialogs' buttons), when the system has them.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + code,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(std::move(qt));
        add(std::move(fanout));
        loaded = code;
        break;
    }
    return loaded;
}

UiLanguage::~UiLanguage()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}
