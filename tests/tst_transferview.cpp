#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

#include "englishplurals.h"
#include "summarybar.h"
#include "transferview.h"
#include "urldelegate.h"

using Column = TransferModel::Column;
using Group = TransferModel::Group;
using RowState = TransferModel::RowState;

// The table's tabs, its filter and the summary bar agree on every count, in every state the
// rows can be in; URLs keep host:port and file name; the core columns fit the window; Tab leaves
// the table.
class TestTransferView final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;

    static ItemUpdate update(ItemId id, ItemState state, qint64 received = 0)
    {
        ItemUpdate u;
        u.id = id;
        u.state = state;
        u.attempt = 1;
        u.maxAttempts = 3;
        u.received = received;
        u.total = 1000;
        return u;
    }
    static Result result(ItemId id, Outcome outcome)
    {
        Result r;
        r.id = id;
        r.outcome = outcome;
        return r;
    }
    // The number a tab shows: "Unfinished (41)" -> 41.
    static int tabCount(const QString &text)
    {
        const auto match = QRegularExpression(QStringLiteral("\\((\\d+)\\)")).match(text);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    // The number the summary bar shows after a group's name: "Unfinished 41 (…)" -> 41.
    static int summaryCount(const QString &text, const QString &name)
    {
        const auto match =
            QRegularExpression(QStringLiteral("(^|· )%1 (\\d+)").arg(name)).match(text);
        return match.hasMatch() ? match.captured(2).toInt() : 0;
    }

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void countsAgree_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name : {"not started", "paused", "invalid", "retry wait", "finished"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void countsAgree()
    {
        QFETCH(QString, scenario);
        TransferModel model;
        model.setClock([this] { return m_now; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TransferView view(&model);
        SummaryBar bar;
        QString text;
        for (int i = 1; i <= 8; ++i)
            text += QStringLiteral("http://127.0.0.1:8080/f%1.bin\n").arg(i);
        text += QStringLiteral("not a url\nftp://nope/x\n");
        const UrlList list = UrlList::parse(text);
        QList<ItemId> ids;
        for (qsizetype i = 0; i < list.entries().size(); ++i)
            ids << ItemId(i + 1);
        model.addItems(ids, list.entries());
        if (scenario != QLatin1String("not started"))
            model.setRunState(TransferModel::RunState::Running);
        if (scenario == QLatin1String("paused")) {
            model.applyUpdates({update(1, ItemState::Active, 10), update(2, ItemState::Active)});
            model.setRunState(TransferModel::RunState::Paused);
        } else if (scenario == QLatin1String("retry wait")) {
            ItemUpdate wait = update(3, ItemState::RetryWait);
            wait.retryAtMs = m_now + 5000;
            model.applyUpdates({update(1, ItemState::Active, 10), wait});
            model.applyResults({result(4, Outcome::Failed), result(5, Outcome::Cancelled)});
        } else if (scenario == QLatin1String("finished")) {
            QList<Result> results;
            for (ItemId id = 1; id <= 8; ++id)
                results << result(id, id <= 5 ? Outcome::Ok : Outcome::Failed);
            model.applyResults(results);
        }
        model.flush();
        const TransferModel::Summary s = model.summary();
        bar.setSummary(s, model.history());
        const QString counts = bar.countsText();
        const QString names[] = {QString(),
                                 QStringLiteral("Unfinished"),
                                 QStringLiteral("Failed"),
                                 QStringLiteral("Done"),
                                 QStringLiteral("Cancelled"),
                                 QStringLiteral("Invalid")};
        for (int g = 0; g < TransferModel::GroupCount; ++g) {
            view.setGroup(Group(g));
            const int shown = view.filter()->rowCount();
            const int tab = tabCount(view.tabText(Group(g)));
            QCOMPARE(tab, shown);
            if (g == int(Group::All)) {
                QCOMPARE(shown, model.rowCount());
                continue;
            }
            QCOMPARE(s.count(Group(g)), shown);
            QVERIFY2(summaryCount(counts, names[g]) == shown,
                     qPrintable(QStringLiteral("%1: %2 in the bar, %3 in the tab")
                                    .arg(names[g], counts)
                                    .arg(shown)));
        }
        QCOMPARE(s.count(Group::Invalid), 2); // never counted as failed
        if (scenario == QLatin1String("paused")) {
            QVERIFY2(counts.contains(QStringLiteral("2 paused")), qPrintable(counts));
            QVERIFY2(!counts.contains(QStringLiteral("downloading")), qPrintable(counts));
        }
        if (scenario == QLatin1String("retry wait"))
            QVERIFY2(counts.contains(QStringLiteral("1 waiting to retry")), qPrintable(counts));
    }

    // Tab leaves the table (arrows move within it): it walked cell by cell, nine Tabs a row, so a
    // keyboard user never reached the widgets after a long list.
    void tabLeavesTheTable()
    {
        TransferModel model;
        TransferView view(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        model.addItems(
            {1, 2}, UrlList::parse(QStringLiteral("http://a.test/x\nhttp://b.test/y\n")).entries());
        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.filter()->index(0, 0));
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QVERIFY(view.focusWidget() != nullptr);
    }

    void searchEscapeAndClear()
    {
        TransferModel model;
        TransferView view(&model);
        view.show();
        const UrlList list = UrlList::parse(QStringLiteral("http://a.test/x\nhttp://b.test/y\n"));
        model.addItems({1, 2}, list.entries());
        QTest::keyClicks(view.searchBox(), QStringLiteral("b.test"));
        QCOMPARE(view.filter()->rowCount(), 1);
        view.searchBox()->setFocus();
        QTest::keyClick(view.searchBox(), Qt::Key_Escape);
        QCOMPARE(view.searchBox()->text(), QString());
        QCOMPARE(view.filter()->rowCount(), 2);
    }

    void urlKeepsHostPortAndFileName_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("deep path")
            << "http://127.0.0.1:18081/some/very/long/path/segments/here/file07.bin";
        QTest::newRow("query") << "http://127.0.0.1:18082/file/data/archive/big.iso?size=20M";
        QTest::newRow("https") << "https://downloads.example.test:8443/a/b/c/d/e/f/g/h/report.pdf";
        QTest::newRow("no middle") << "http://127.0.0.1:18922/hang-for-a-long-while";
    }
    void urlKeepsHostPortAndFileName()
    {
        QFETCH(QString, url);
        const QFontMetrics metrics(QApplication::font());
        const QString hostPort = url.section(QLatin1Char('/'), 2, 2);
        const QString file = url.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
        // Any column wide enough for "host:port/…/file" shows both, however long the path.
        const int width =
            std::max(metrics.horizontalAdvance(url) * 2 / 3,
                     metrics.horizontalAdvance(hostPort + QStringLiteral("/…/") + file) + 2);
        QVERIFY(width < metrics.horizontalAdvance(url));
        const QString shown = UrlDelegate::elide(url, metrics, width);
        QVERIFY2(metrics.horizontalAdvance(shown) <= width, qPrintable(shown));
        QVERIFY2(shown.contains(hostPort + QLatin1Char('/')), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1Char('/') + file), qPrintable(shown));
        QVERIFY2(shown != url, qPrintable(shown)); // something gave way
        QCOMPARE(UrlDelegate::elide(url, metrics, metrics.horizontalAdvance(url)), url);
    }

    // The core columns fit a 1280 px window, and at 800 px the Progress column is on screen.
    void coreColumnsFit_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("allCore");
        QTest::newRow("1280") << 1280 - 14 << true; // the window's margins and frame
        QTest::newRow("800") << 800 - 14 << false;
    }
    void coreColumnsFit()
    {
        QFETCH(int, width);
        QFETCH(bool, allCore);
        TransferModel model;
        TransferView view(&model);
        view.resize(width, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.table()->horizontalHeader();
        const int viewport = view.table()->viewport()->width();
        const auto rightEdge = [header](Column c) {
            return header->sectionViewportPosition(int(c)) + header->sectionSize(int(c));
        };
        QVERIFY2(
            rightEdge(Column::Progress) <= viewport,
            qPrintable(QStringLiteral("%1 > %2").arg(rightEdge(Column::Progress)).arg(viewport)));
        if (allCore) {
            for (Column c : {Column::Url, Column::File, Column::Status, Column::Progress,
                             Column::Size, Column::Speed, Column::Eta}) {
                QVERIFY(!header->isSectionHidden(int(c)));
                QVERIFY2(rightEdge(c) <= viewport,
                         qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                        .arg(int(c))
                                        .arg(rightEdge(c))
                                        .arg(viewport)));
            }
            QVERIFY(header->length() <= viewport + 1); // no horizontal scrolling
        }
        const QFontMetrics metrics = view.table()->fontMetrics();
        QVERIFY(header->sectionSize(int(Column::Speed)) >
                metrics.horizontalAdvance(QStringLiteral("1,023.9 KiB/s")));
    }
};

QTEST_MAIN(TestTransferView)
#include "tst_transferview.moc"
