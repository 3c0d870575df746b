#pragma once

#include <QString>

class QFontMetrics;

// A folder inside a word-wrapped label's sentences, as rich text: a paragraph of its own that
// word wrap never breaks (it would break after any "/", even the first one), a long folder
// elided in the middle, where its start and its last folders stay readable. The whole path
// belongs in the label's tooltip. Shared by the quit question and the resume bar.
class FolderLine final
{
public:
    // The paragraph for `folder` (as shown: native separators), measured with `metrics`, the
    // label's font: at most about 60 characters wide, and at most `maxWidth` pixels when given
    // (a label narrower than that would cut the line off).
    static QString paragraph(const QFontMetrics &metrics, const QString &folder, int maxWidth = -1);
};
