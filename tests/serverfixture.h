#pragma once

// The fixture of the tests that run against the misbehaving TestServer (tst_engine_*,
// tst_hostile_*, tst_politeness, tst_realsites, tst_resume, tst_starttime): one server for the
// test case, the URL of one of its routes by address or by the name localhost; before each test
// function its statistics reset and a fresh temporary folder (m_dir) to save into. A test class
// derives from it; Qt Test finds the inherited initTestCase() and init() slots by name and runs
// them for it. Header-only: list it in the test's SOURCES so that moc sees it.

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "testserver.h"

class ServerFixture : public QObject
{
    Q_OBJECT

protected:
    QString url(const QString &pathAndQuery) const { return m_server.urlString(pathAndQuery); }
    // The same server under a second host name: another origin to the engine.
    QString viaLocalhost(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://localhost:%1%2").arg(m_server.port()).arg(pathAndQuery);
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server.resetStats();
    }
};
