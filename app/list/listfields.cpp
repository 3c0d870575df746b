#include "listfields.h"

#include "urlsyntax.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ListFields ListFields::read(QStringView fields)
{
    ListFields out;
    bool haveName = false;
    bool haveSha = false;
    for (const QStringView raw : fields.tokenize(u'\t')) {
        const QStringView field = raw.trimmed();
        if (field.isEmpty())
            continue;
        if (field.startsWith(u"sha256", Qt::CaseInsensitive)) {
            const QStringView hex = field.mid(6);
            const bool wellFormed = hex.size() == 65 && hex.front() == u'=' &&
                                    std::all_of(hex.begin() + 1, hex.end(), UrlSyntax::isHexDigit);
            if (!wellFormed) {
                out.error = u"malformed sha256 field (expected sha256= and 64 hex digits)"_s;
                return out;
            }
            if (haveSha) {
                out.error = u"more than one sha256 field"_s;
                return out;
            }
            haveSha = true;
            out.sha256 = hex.mid(1).toLatin1().toLower();
            continue;
        }
        if (haveName) {
            out.error = u"more than one file name field"_s;
            return out;
        }
        haveName = true;
        out.wantedName = field.toString();
    }
    return out;
}
