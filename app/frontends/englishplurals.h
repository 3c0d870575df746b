#pragma once

#include <QTranslator>

// The English plurals of the texts written "%n download(s)": English, the source language, has
// no translation file, and without one Qt shows "1 download(s)". Installed on the application
// before any translation (which then wins), it turns "(s)" into "s" or nothing by the count;
// every other text is left to Qt. The headless mode installs nothing: its output is English.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};
