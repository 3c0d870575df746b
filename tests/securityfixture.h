#pragma once

// The fixture of Fanout's security promises checked end to end (tst_security_names,
// tst_security_trust): the TestServer, a fresh folder per test function with out/ inside it to
// save into, the engine options they start from (no retries, 5 s to connect and to stall) for an
// EngineBatch, and the folder's tree. A test class derives from it, starts the server in its own
// initTestCase() (one of them starts nginx too); Qt Test finds the inherited init() slot by name
// and runs it for it. Header-only: list it in the test's SOURCES so that moc sees it.

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "enginebatch.h"
#include "testserver.h"

class SecurityFixture : public QObject
{
    Q_OBJECT

protected:
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
