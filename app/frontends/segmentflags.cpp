#include "segmentflags.h"

#include "bandwidthlimiter.h"
#include "engineoptions.h"

namespace {
QCommandLineOption segments()
{
    return QCommandLineOption(
        QStringLiteral("segments"),
        QStringLiteral("Fetch a large body as up to N byte ranges at once (1-%1; 1: off). "
                       "'auto', the default, is up to %2, only for a body whose connection brings "
                       "less than %3 MiB/s, and only in slots that would otherwise stay idle: "
                       "every range counts against -j, --per-host and --rate, and queued items "
                       "go first.")
            .arg(EngineOptions::maxSegments)
            .arg(EngineOptions::autoSegments)
            .arg(EngineOptions::autoSegmentsBelowRate / (1024 * 1024)),
        QStringLiteral("N|auto"));
}

QCommandLineOption segmentMin()
{
    return QCommandLineOption(
        QStringLiteral("segment-min"),
        QStringLiteral("Only bodies of at least SIZE bytes are fetched in ranges (512k, 8M; "
                       "default 8M)."),
        QStringLiteral("SIZE"));
}
} // namespace

void SegmentFlags::add(QCommandLineParser *parser)
{
    parser->addOption(segments());
    parser->addOption(segmentMin());
}

std::optional<qint64> SegmentFlags::parseMinSize(const QString &text)
{
    // Sizes read as rates do, without the "/s": 512k, 8M, 1G (binary units).
    const QString value = text.trimmed();
    const std::optional<qint64> bytes =
        value.contains(u'/') ? std::nullopt : BandwidthLimiter::parseRate(value);
    if (!bytes || *bytes <= 0)
        return std::nullopt;
    return bytes;
}

bool SegmentFlags::read(const QCommandLineParser &parser, EngineOptions *engine, QString *error)
{
    if (parser.isSet(segments())) {
        const QString value = parser.value(segments()).trimmed();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (value.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
            engine->segments = EngineOptions::segmentsAuto;
        } else if (ok && n >= 1 && n <= EngineOptions::maxSegments) {
            engine->segments = n;
        } else {
            *error = QStringLiteral("--segments must be 'auto' or a number from 1 to %1, not %2")
                         .arg(EngineOptions::maxSegments)
                         .arg(value);
            return false;
        }
    }
    if (parser.isSet(segmentMin())) {
        const QString value = parser.value(segmentMin()).trimmed();
        const std::optional<qint64> bytes = parseMinSize(value);
        if (!bytes) {
            *error = QStringLiteral("--segment-min must be a size such as 512k or 8M, not %1")
                         .arg(value);
            return false;
        }
        engine->segmentMinBytes = *bytes;
    }
    return true;
}
