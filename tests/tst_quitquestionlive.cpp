#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#include "appsettings.h"
#include "englishplurals.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "queuedrows.h"
#include "quitquestion.h"
#include "resumebar.h"
#include "sessionkeeper.h"
#include "testserver.h"
#include "testsettings.h"

using S = TransferModel::RowState;

// The quit question while the batch runs on behind it: its count follows the rows as they end
// (the singular sentence included), and once none is left unfinished it closes by itself and
// the window closes. The model is driven by hand for the words, and a real window downloads
// from the test server for the whole path.
class TestQuitQuestionLive final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    EnglishPlurals m_plurals; // "2 downloads", as GuiApp has it

    QString folder(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QMessageBox *openQuestion()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("quitQuestion") || !box->isVisible())
            return nullptr;
        return box;
    }
    static void click(QMessageBox *box, const char *button)
    {
        box->findChild<QPushButton *>(QString::fromLatin1(button))->click();
    }

    // Asks the question about `model` and runs `act` once inside it, as soon as it shows. A
    // question still open 3 s after `act` is answered Cancel and *leftOpen set, so a question
    // that never closes fails the test instead of hanging it. Returns mayQuit's answer.
    static bool askActing(const TransferModel &model, const std::function<void(QMessageBox *)> &act,
                          bool *leftOpen = nullptr)
    {
        EngineOptions batch;
        batch.outputDir = QStringLiteral("/tmp/walk/out");
        QTimer poll;
        poll.setInterval(20);
        QTimer watchdog;
        watchdog.setSingleShot(true);
        watchdog.setInterval(3000);
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            QMessageBox *box = openQuestion();
            if (!box)
                return;
            poll.stop();
            watchdog.start();
            act(box);
        });
        QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&] {
            if (QMessageBox *box = openQuestion()) {
                if (leftOpen)
                    *leftOpen = true;
                click(box, "quitCancelButton");
            }
        });
        poll.start();
        return QuitQuestion::mayQuit(nullptr, model, batch, true);
    }

    static void setActive(TransferModel &model, ItemId id)
    {
        ItemUpdate u;
        u.id = id;
        u.state = ItemState::Active;
        u.attempt = 1;
        u.received = 1000;
        model.applyUpdates({u});
    }

    static void saveSettings(const QString &outputDir)
    {
        AppSettings settings = AppSettings::defaults();
        settings.engine.outputDir = outputDir;
        settings.engine.maxInFlight = 4;
        settings.engine.retries = 0;
        QSettings store;
        settings.save(store);
        store.sync();
    }
    // A slow download (`size` bytes at about 100 kB/s) saved as big<k>.bin.
    QString slow(int size, int k) const
    {
        return m_server.urlString(
                   QStringLiteral("/ranged?size=%1&drip=4000&interval=40&k=%2").arg(size).arg(k)) +
               QStringLiteral("\tbig%1.bin").arg(k);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Its own settings and session journal: never shared with tst_quitquestion's.
        isolateSettings(folder("config"), QStringLiteral("tst_quitquestionlive"));
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_server.start());
    }

    // Rows ending, failing or starting while the question is open: its text is the count of
    // now, its details and buttons stay as they were.
    void theCountFollowsTheRows()
    {
        TransferModel model;
        addQueuedRows(model, 4);
        QStringList texts;
        QString detailsBefore;
        QString detailsAfter;
        const bool quit = askActing(model, [&](QMessageBox *box) {
            texts << box->text();
            detailsBefore = box->informativeText();
            endRow(model, 1);
            model.flush(); // what the model's timer does: emits summaryChanged
            texts << box->text();
            setActive(model, 2); // started: still unfinished
            model.flush();
            texts << box->text();
            endRow(model, 3, Outcome::Failed);
            model.flush();
            texts << box->text();
            detailsAfter = box->informativeText();
            QVERIFY(box->isVisible());
            QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("quitContinueLaterButton"));
            QCOMPARE(box->escapeButton()->objectName(), QStringLiteral("quitCancelButton"));
            click(box, "quitCancelButton");
        });
        QVERIFY(!quit); // Cancel with rows left: the window stays
        QCOMPARE(texts, (QStringList{QStringLiteral("4 downloads are not finished yet."),
                                     QStringLiteral("3 downloads are not finished yet."),
                                     QStringLiteral("3 downloads are not finished yet."),
                                     QStringLiteral("2 downloads are not finished yet.")}));
        QVERIFY(detailsBefore.contains(QStringLiteral("/tmp/walk/out")));
        QCOMPARE(detailsAfter, detailsBefore);
        // The question is gone: the rows go on changing without it.
        endRow(model, 2);
        endRow(model, 4);
        model.flush();
    }

    // The English sentence for one is its own ("1 download is", not "1 downloads are"), on the
    // way down and back up (a row retried while the question is open).
    void oneAndManyAreWordedAsNow_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<ItemId>>("endedBefore");
        QTest::addColumn<QList<ItemId>>("endedWhileOpen");
        QTest::addColumn<QList<ItemId>>("retriedWhileOpen");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<QString>("then");
        const QString one = QStringLiteral("1 download is not finished yet.");
        const QString two = QStringLiteral("2 downloads are not finished yet.");
        const QString three = QStringLiteral("3 downloads are not finished yet.");
        QTest::newRow("2 to 1") << 2 << QList<ItemId>{} << QList<ItemId>{1} << QList<ItemId>{}
                                << two << one;
        QTest::newRow("3 to 1") << 3 << QList<ItemId>{} << QList<ItemId>{1, 3} << QList<ItemId>{}
                                << three << one;
        QTest::newRow("1 to 2") << 2 << QList<ItemId>{1} << QList<ItemId>{} << QList<ItemId>{1}
                                << one << two;
    }
    void oneAndManyAreWordedAsNow()
    {
        QFETCH(int, rows);
        QFETCH(QList<ItemId>, endedBefore);
        QFETCH(QList<ItemId>, endedWhileOpen);
        QFETCH(QList<ItemId>, retriedWhileOpen);
        QFETCH(QString, opened);
        QFETCH(QString, then);
        TransferModel model;
        addQueuedRows(model, rows);
        for (ItemId id : endedBefore)
            endRow(model, id, Outcome::Failed);
        model.flush();
        QString first;
        QString second;
        askActing(model, [&](QMessageBox *box) {
            first = box->text();
            for (ItemId id : endedWhileOpen)
                endRow(model, id);
            for (ItemId id : retriedWhileOpen)
                model.resetForRetry(id);
            model.flush();
            second = box->text();
            click(box, "quitCancelButton");
        });
        QCOMPARE(first, opened);
        QCOMPARE(second, then);
    }

    // The last rows end while the question is open: it closes by itself, unanswered, and the
    // window may close (as when nothing was unfinished). Rows that failed or were cancelled
    // are finished too. Through flush() and through the model's own timer alike.
    void everyRowEndingClosesTheQuestion_data()
    {
        QTest::addColumn<bool>("flushNow");
        QTest::newRow("flushed") << true;
        QTest::newRow("model's timer") << false;
    }
    void everyRowEndingClosesTheQuestion()
    {
        QFETCH(bool, flushNow);
        TransferModel model;
        addQueuedRows(model, 3);
        setActive(model, 1);
        model.flush();
        bool leftOpen = false;
        QPointer<QMessageBox> question;
        const bool quit = askActing(
            model,
            [&](QMessageBox *box) {
                question = box;
                endRow(model, 1);
                endRow(model, 2, Outcome::Failed);
                endRow(model, 3, Outcome::Cancelled);
                if (flushNow) {
                    model.flush();
                    QVERIFY(!box->isVisible());
                }
            },
            &leftOpen);
        QVERIFY(!leftOpen);
        QVERIFY(quit);
        QVERIFY(!question); // destroyed with mayQuit's frame: nothing is left on screen
        QVERIFY(!QApplication::activeModalWidget());
    }

    // A button pressed before the last row's change arrives decides: Cancel stays Cancel.
    void anAnswerGivenFirstStands()
    {
        TransferModel model;
        addQueuedRows(model, 1);
        const bool quit = askActing(model, [&](QMessageBox *box) {
            click(box, "quitCancelButton");
            endRow(model, 1);
            model.flush();
        });
        QVERIFY(!quit);
    }

    // The whole path: a real window downloads two files from the test server while the user
    // has pressed close; the question counts 2, then 1, then closes with the window by itself.
    // The batch has ended, so the next start offers nothing to resume.
    void theWindowClosesWhenItsLastDownloadEnds()
    {
        QFile::remove(SessionKeeper::defaultPath());
        QDir(folder("batch")).removeRecursively();
        QDir().mkpath(folder("batch"));
        saveSettings(folder("batch"));
        {
            MainWindow w;
            w.show();
            w.inputPanel()->setText(slow(120000, 0) + QLatin1Char('\n') + slow(300000, 1));
            w.findChild<QPushButton *>(QStringLiteral("addButton"))->click();
            w.findChild<QAction *>(QStringLiteral("actionStart"))->trigger();
            QTRY_COMPARE(w.model()->summary().count(S::Active), 2);

            QStringList texts; // each text the question showed, in order
            bool leftOpen = false;
            QTimer poll;
            poll.setInterval(10);
            connect(&poll, &QTimer::timeout, &poll, [&] {
                if (QMessageBox *box = openQuestion()) {
                    if (texts.isEmpty() || texts.last() != box->text())
                        texts << box->text();
                }
            });
            QTimer::singleShot(15000, &w, [&] {
                if (QMessageBox *box = openQuestion()) {
                    leftOpen = true;
                    click(box, "quitCancelButton");
                }
            });
            poll.start();
            const bool closed = w.close(); // the question holds it until the downloads end
            poll.stop();
            QVERIFY(!leftOpen);
            QVERIFY(closed);
            QVERIFY(!w.isVisible());
            QCOMPARE(texts, (QStringList{QStringLiteral("2 downloads are not finished yet."),
                                         QStringLiteral("1 download is not finished yet.")}));
            QCOMPARE(w.model()->summary().count(S::Done), 2);
        }
        for (int k = 0; k < 2; ++k) {
            const QString file = folder("batch") + QStringLiteral("/big%1.bin").arg(k);
            QCOMPARE(QFileInfo(file).size(), k == 0 ? 120000 : 300000);
        }
        MainWindow next;
        QVERIFY(!next.resumeBar()->isVisibleTo(&next));
    }
};

QTEST_MAIN(TestQuitQuestionLive)
#include "tst_quitquestionlive.moc"
