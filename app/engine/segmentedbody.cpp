#include "segmentedbody.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "filesink.h"
#include "requestbuilder.h"
#include "resumenegotiation.h"
#include "retrypolicy.h"

namespace {
constexpr int maxMainFailures = 3; // failed ranges in a row on the Transfer's own slot
constexpr qint64 chunkBytes = 256 * 1024;
} // namespace

SegmentedBody::SegmentedBody(QNetworkAccessManager *nam, const RequestBuilder *builder,
                             FileSink *sink, const QUrl &url, qint64 total, Validator validator,
                             qint64 minPiece, qint64 waitMaxMs, QObject *parent)
    : QObject(parent), m_nam(nam), m_builder(builder), m_sink(sink), m_url(url), m_total(total),
      m_validator(std::move(validator)), m_plan(total, minPiece), m_part(sink),
      m_checkpoint(sink, &m_part), m_minPiece(minPiece),
      m_waitMaxMs(std::max<qint64>(0, waitMaxMs)), m_mainWait(new QTimer(this))
{
    m_mainWait->setSingleShot(true);
    m_mainWait->setTimerType(Qt::PreciseTimer); // a Retry-After is a floor: not 5 % early
    connect(m_mainWait, &QTimer::timeout, this, &SegmentedBody::reclaimMain);
}

SegmentedBody::~SegmentedBody()
{
    stop(false);
}

bool SegmentedBody::begin(QString *error)
{
    if (!m_checkpoint.start(error) || !m_sink->flush(error) || !m_part.open(m_total, error))
        return false;
    m_plan.advance(0, m_sink->bytes());
    return m_checkpoint.save(m_plan, true, error);
}

bool SegmentedBody::writeFirst(const char *data, qint64 size, bool *rangeDone, QString *error)
{
    const SegmentPlan::Range &first = m_plan.range(m_firstRange);
    const qint64 n = std::min(size, first.end - first.next());
    if (n > 0 && !m_part.write(first.next(), data, n, error))
        return false;
    m_plan.advance(m_firstRange, n);
    *rangeDone = m_plan.range(m_firstRange).finished();
    if (!settle(error, *rangeDone))
        return false;
    Q_EMIT progressed();
    return true;
}

void SegmentedBody::firstEnded()
{
    if (!m_mainBusy)
        return;
    m_plan.release(m_firstRange);
    m_mainBusy = false;
    reclaimMain();
}

bool SegmentedBody::wantsMore() const
{
    if (m_done)
        return false;
    if (m_plan.hasUnclaimed())
        return true;
    SegmentPlan probe = m_plan; // would a split be worth it?
    return probe.claim() >= 0;
}

int SegmentedBody::moreWanted(int cap) const
{
    if (m_done)
        return 0;
    SegmentPlan probe = m_plan; // how many more workers would find a range worth a request
    int n = 0;
    while (n < cap && probe.claim() >= 0)
        ++n;
    return n;
}

bool SegmentedBody::openExtra()
{
    if (m_done)
        return false;
    const int id = m_plan.claim();
    if (id < 0)
        return false;
    ++m_extrasOpen;
    request(id, true);
    return true;
}

void SegmentedBody::reclaimMain()
{
    if (m_done || m_mainBusy || m_paused || m_mainWait->isActive())
        return;
    const int id = m_plan.claim();
    if (id < 0)
        return; // the extras fill the rest; a range they give back comes here
    m_mainBusy = true;
    request(id, false);
}

void SegmentedBody::request(int range, bool extra)
{
    const SegmentPlan::Range &r = m_plan.range(range);
    RequestBuilder::Resume resume;
    resume.range = "bytes=" + QByteArray::number(r.next()) + '-' + QByteArray::number(r.end - 1);
    resume.ifRange = !m_validator.etag.isEmpty() ? m_validator.etag : m_validator.lastModified;
    QNetworkReply *reply = m_nam->get(m_builder->request(m_url, true, resume));
    m_builder->prepare(reply);
    auto *worker = new Worker{reply, range, extra, false, r.next(), r.end - 1};
    m_workers.append(worker);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, worker] { onMetaData(worker); });
    connect(reply, &QNetworkReply::readyRead, this, [this, worker] { onReadyRead(worker); });
    connect(reply, &QNetworkReply::finished, this, [this, worker] { onFinished(worker); });
}

void SegmentedBody::onMetaData(Worker *worker)
{
    if (worker->checked || !worker->reply)
        return;
    QNetworkReply *reply = worker->reply;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return;
    const int status = statusAttribute.toInt();
    if (status >= 300 && status != 416) {
        // An error status (a 429 or 503 among them) ends this range like any failed request.
        endWorker(worker, false, status,
                  RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                               QDateTime::currentDateTimeUtc()));
        return;
    }
    const SegmentPlan::Range &r = m_plan.range(worker->range);
    const auto range = ResumeNegotiation::parseContentRange(reply->rawHeader("Content-Range"));
    QString wrong;
    if (status != 206)
        wrong = tr("a range request was answered with status %1").arg(status);
    else if (!range || range->first != worker->askedFirst || range->last != worker->askedLast ||
             range->first != r.next())
        wrong = tr("a range request was answered with another range");
    else if (range->total != m_total)
        wrong = tr("a range request was answered with another total length");
    else if (!m_validator.etag.isEmpty()
                 ? ResumeNegotiation::strongEtag(reply->rawHeader("ETag")) != m_validator.etag
                 : reply->rawHeader("Last-Modified") != m_validator.lastModified)
        wrong = tr("the file changed on the server during a segmented download");
    if (!wrong.isEmpty()) {
        Q_EMIT mismatch(wrong);
        return;
    }
    worker->checked = true;
}

void SegmentedBody::onReadyRead(Worker *worker)
{
    if (!worker->reply || m_paused)
        return;
    if (!worker->checked) {
        onMetaData(worker);
        if (!m_workers.contains(worker) || !worker->checked)
            return;
    }
    QByteArray buffer;
    QString error;
    for (;;) {
        const SegmentPlan::Range &r = m_plan.range(worker->range);
        const qint64 available = std::min(chunkBytes, worker->reply->bytesAvailable());
        if (available <= 0 || r.finished())
            break;
        const qint64 wanted = granted(available);
        if (wanted <= 0)
            break;
        buffer.resize(qsizetype(wanted));
        const qint64 n = worker->reply->read(buffer.data(), wanted);
        if (n <= 0)
            break;
        const qint64 kept = std::min(n, r.end - r.next());
        if (!m_part.write(r.next(), buffer.constData(), kept, &error)) {
            Q_EMIT failed(error, true);
            return;
        }
        m_plan.advance(worker->range, kept);
    }
    const bool finished = m_plan.range(worker->range).finished();
    if (finished)
        endWorker(worker, true, 206, std::nullopt);
    if (!settle(&error, finished)) {
        Q_EMIT failed(error, true);
        return;
    }
    Q_EMIT progressed();
}

void SegmentedBody::onFinished(Worker *worker)
{
    if (!worker->reply)
        return;
    onReadyRead(worker);
    if (!m_workers.contains(worker) || holdFinish(worker))
        return;
    const int status = worker->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Ended before its range did (a short segment, a cut connection): its rest is asked again.
    // A connection the server closed while we were paused is no failure of the range.
    endWorker(worker, worker->endedWhilePaused, status, std::nullopt);
}

void SegmentedBody::endWorker(Worker *worker, bool ok, int status,
                              std::optional<qint64> retryAfterMs)
{
    m_workers.removeOne(worker);
    if (QNetworkReply *reply = worker->reply) {
        disconnect(reply, nullptr, this, nullptr);
        if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
            reply->abort();
        reply->deleteLater();
    }
    m_plan.release(worker->range);
    const bool extra = worker->extra;
    delete worker;
    if (extra) {
        --m_extrasOpen;
        if (retryAfterMs) // the origin asked to wait: the Transfer's own slot waits as long
            holdMain(*retryAfterMs);
        Q_EMIT extraEnded(ok, status, retryAfterMs);
    } else {
        m_mainBusy = false;
        m_mainFailures = ok ? 0 : m_mainFailures + 1;
        if (m_mainFailures > maxMainFailures) {
            Q_EMIT failed(
                tr("a range failed %n times in a row (HTTP status %1)", nullptr, m_mainFailures)
                    .arg(status),
                false);
            return;
        }
        if (!ok) {
            if (status >= 400)
                Q_EMIT mainRefused(status, retryAfterMs);
            waitThenReclaim(retryAfterMs);
            return;
        }
    }
    reclaimMain();
}

void SegmentedBody::waitThenReclaim(std::optional<qint64> retryAfterMs)
{
    // 250 ms, 500 ms, 1 s... for the failures in a row; a Retry-After says how long itself.
    holdMain(retryAfterMs.value_or(qint64(250) << std::min(m_mainFailures - 1, 6)));
}

void SegmentedBody::holdMain(qint64 ms)
{
    const qint64 wait = std::min(ms, m_waitMaxMs);
    if (!m_mainWait->isActive() || m_mainWait->remainingTime() < wait)
        m_mainWait->start(int(wait));
}

bool SegmentedBody::settle(QString *error, bool force)
{
    if (!m_part.catchUp(m_plan.prefix(), error))
        return false;
    if (!m_plan.complete() && !m_checkpoint.save(m_plan, force, error))
        return false;
    if (m_plan.complete() && !m_done) {
        // No sidecar may be written after the commit removed it.
        if (!m_checkpoint.wait(error))
            return false;
        m_done = true;
        stop(true);
        m_part.close();
        Q_EMIT completed();
    }
    return true;
}

SegmentViews SegmentedBody::views() const
{
    SegmentViews views;
    for (int i = 0; i < m_plan.rangeCount(); ++i) {
        const SegmentPlan::Range &r = m_plan.range(i);
        views.append(SegmentView{r.start, r.end, r.done, r.busy});
    }
    std::sort(views.begin(), views.end(),
              [](const SegmentView &a, const SegmentView &b) { return a.start < b.start; });
    return views;
}

void SegmentedBody::stop(bool reportExtras)
{
    QString ignored; // stopping anyway; the part is kept or discarded after the save in flight
    m_checkpoint.wait(&ignored);
    const QList<Worker *> workers = std::exchange(m_workers, {});
    for (Worker *worker : workers) {
        if (QNetworkReply *reply = worker->reply) {
            disconnect(reply, nullptr, this, nullptr);
            if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
                reply->abort();
            reply->deleteLater();
        }
        if (worker->extra && reportExtras)
            Q_EMIT extraEnded(true, 0, std::nullopt);
        delete worker;
    }
    m_extrasOpen = 0;
    m_mainBusy = false;
    m_mainWait->stop();
}
