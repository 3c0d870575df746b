#pragma once

// The fixture of the window's end-to-end tests (tst_mainwindow_batch, tst_mainwindow_input): a
// TestServer for the test case, settings kept in a folder of its own, and before each test
// function a fresh MainWindow, shown, saving into an emptied out/; with the helpers that read
// its table and press its actions. A test class derives from it; Qt Test finds the inherited
// initTestCase(), init() and cleanup() slots by name and runs them for it. Header-only: list it
// in the test's SOURCES so that moc sees it.

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"
#include "transferview.h"

class MainWindowFixture : public QObject
{
    Q_OBJECT

public:
    // `application` names the test's settings and standard paths (its session journal), so
    // that two of these tests running at once never share them.
    explicit MainWindowFixture(const QString &application) : m_application(application) {}

protected:
    using Column = TransferModel::Column;
    using S = TransferModel::RowState;

    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals;
    std::unique_ptr<MainWindow> m_window;

    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QAction *action(const char *name) const
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        Q_ASSERT(a);
        return a;
    }
    QString cell(int row, Column c) const
    {
        return m_window->model()->index(row, int(c)).data().toString();
    }
    S state(int row) const
    {
        return S(m_window->model()->index(row, 0).data(TransferModel::StateRole).toInt());
    }
    int count(S s) const { return m_window->model()->summary().count(s); }
    void paste(const QString &text)
    {
        m_window->inputPanel()->setText(text);
        auto *add = m_window->findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add && add->isEnabled());
        add->click();
    }
    QString url(const QString &path) const { return m_server.urlString(path); }

    void answerClearList(QMessageBox::StandardButton button)
    {
        answerNextBox(this, QStringLiteral("clearListPrompt"), button);
    }
    int shownRows() const { return m_window->transferView()->table()->model()->rowCount(); }
    QString tabText(TransferModel::Group group) const
    {
        return m_window->transferView()->tabText(group);
    }

private:
    const QString m_application;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), m_application);
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }

    void init()
    {
        QFile::remove(SessionKeeper::defaultPath()); // no offer left by an earlier test
        QDir(outDir()).removeRecursively();
        QDir().mkpath(outDir());
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outDir();
        settings.engine.retries = 1;
        settings.engine.backoffBaseMs = 100;
        settings.engine.backoffMaxMs = 200;
        settings.engine.maxInFlight = 4;
        QSettings store;
        settings.save(store);
        store.remove(QStringLiteral("window/autoStart")); // each test starts with the default
        store.sync();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->settings().engine.outputDir, outDir());
    }
    void cleanup() { m_window.reset(); }
};
