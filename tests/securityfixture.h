#pragma once

// The fixture of Fanout's security promises checked end to end (tst_security_names,
// tst_security_trust): the TestServer, a fresh folder per test function with out/ inside it to
// save into, the engine options they start from (no retries, 5 s to connect and to stall), a
// batch on a real Engine, and the folder's tree. A test class derives from it, starts the server
// in its own initTestCase() (one of them starts nginx too); Qt Test finds the inherited init()
// slot by name and runs it for it. Header-only: list it in the test's SOURCES so that moc sees
// it.

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "engine.h"
#include "testserver.h"
#include "urllist.h"

class SecurityFixture : public QObject
{
    Q_OBJECT

protected:
    // Runs one batch on a real Engine and collects its results in the order the items were added.
    class Batch final
    {
    public:
        explicit Batch(const EngineOptions &options) : m_engine(options)
        {
            QObject::connect(&m_engine, &Engine::itemsFinished,
                             [this](const QList<Result> &results) {
                                 for (const Result &r : results)
                                     m_byId.insert(r.id, r);
                             });
            QObject::connect(&m_engine, &Engine::idle, [this] { ++m_idle; });
        }

        bool run(const QStringList &lines, int timeoutMs = 30000)
        {
            m_ids = m_engine.add(UrlList::parse(lines.join(u'\n')).entries());
            m_engine.start();
            return QTest::qWaitFor([this] { return m_idle > 0; }, timeoutMs);
        }

        QList<Result> results() const
        {
            QList<Result> out;
            for (const ItemId id : m_ids)
                out.append(m_byId.value(id));
            return out;
        }

    private:
        Engine m_engine;
        QList<ItemId> m_ids;
        QHash<ItemId, Result> m_byId;
        int m_idle = 0;
    };

    // Every entry below root (hidden ones too), relative, folders with a trailing '/'.
    static QStringList treeOf(const QString &root)
    {
        using namespace Qt::StringLiterals;
        QStringList entries;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            entries.append(QDir(root).relativeFilePath(path) + (info.isDir() ? u"/"_s : QString()));
        }
        entries.sort();
        return entries;
    }

    static QString percent(const QByteArray &raw)
    {
        return QString::fromLatin1(raw.toPercentEncoding());
    }

    EngineOptions options() const
    {
        EngineOptions o;
        o.outputDir = m_out;
        o.retries = 0;
        o.connectTimeoutMs = 5000;
        o.stallTimeoutMs = 5000;
        return o;
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_out;

private Q_SLOTS:
    void init()
    {
        using namespace Qt::StringLiterals;
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_out = m_root->filePath(u"out"_s);
        QVERIFY(QDir().mkpath(m_out));
        m_server.resetStats();
    }
};
