#pragma once

#include <QTranslator>

// The English plurals of the texts written "%n download(s)": Fanout ships no translation
// files, and without one Qt shows "1 download(s)". Installed on the application, it turns
// "(s)" into "s" or nothing by the count; every other text is left to Qt.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};
