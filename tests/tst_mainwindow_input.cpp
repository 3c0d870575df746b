#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "mainwindowfixture.h"
#include "resumebar.h"

// The window's input and table under the offscreen platform, no download needed: what a paste
// shows (invalid lines, duplicates, ranges, hostile lines, a million lines without a freeze),
// the paste box after Add, Clear List (asking first, never on an empty list), sorting by
// number, unique shortcuts, Ctrl+E from text fields, and a window that fits small screens.
class TestMainWindowInput final : public MainWindowFixture
{
    Q_OBJECT

public:
    TestMainWindowInput() : MainWindowFixture(QStringLiteral("tst_mainwindow_input")) {}

private Q_SLOTS:
    void pasteShowsRowsInvalidAndDuplicates()
    {
        const QString text = QStringLiteral("http://a.test/1\n"
                                            "http://a.test/1\n"
                                            "not a url\n"
                                            "ftp://a.test/x\n"
                                            "http://a.test/img[1-3].jpg\n");
        m_window->inputPanel()->setText(text);
        // The preview, before adding: counts, and each problem line with its reason.
        QTRY_VERIFY(m_window->inputPanel()->feedbackText().contains(QStringLiteral("Ready")));
        const QString preview = m_window->inputPanel()->feedbackText();
        QVERIFY2(preview.contains(QStringLiteral("4 URLs")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Line 2: duplicate of line 1")),
                 qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Line 3: invalid")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Line 4: invalid")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Line 5: range expands to 3 URLs")),
                 qPrintable(preview));
        paste(text);
        QCOMPARE(m_window->model()->rowCount(), 6);
        QCOMPARE(cell(0, Column::Url), QStringLiteral("http://a.test/1"));
        QCOMPARE(state(1), S::Invalid);
        QVERIFY2(cell(1, Column::Status).startsWith(QStringLiteral("Invalid: ")),
                 qPrintable(cell(1, Column::Status)));
        QCOMPARE(state(2), S::Invalid);
        QCOMPARE(cell(5, Column::Url), QStringLiteral("http://a.test/img3.jpg"));
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Queued — press Start"));
        QVERIFY(m_window->inputPanel()->text().isEmpty());

        // The same URL again is reported, not added twice.
        paste(QStringLiteral("http://a.test/1\nhttp://a.test/2\n"));
        QCOMPARE(m_window->model()->rowCount(), 7);
        QVERIFY(
            m_window->inputPanel()->feedbackText().contains(QStringLiteral("already in the list")));
    }

    void messyTextAndRangeLimit()
    {
        m_window->inputPanel()->setText(
            QStringLiteral("# Notes\nSee [the docs](https://docs.example.test/guide.pdf) and\n"
                           "<a href=\"https://cdn.example.test/a.zip\">this</a>, thanks!\n"));
        QTRY_VERIFY(m_window->inputPanel()->feedbackText().contains(QStringLiteral("2 URLs")));
        QVERIFY(m_window->inputPanel()->feedbackText().contains(QStringLiteral("free text")));
        m_window->inputPanel()->setText(QStringLiteral("http://h.test/[1-20000].jpg\n"));
        QTRY_VERIFY2(m_window->inputPanel()->feedbackText().contains(QStringLiteral("limit")),
                     qPrintable(m_window->inputPanel()->feedbackText()));
    }

    // No key is bound to two commands (Ctrl+L was, and did nothing).
    void shortcutsAreUnique()
    {
        QHash<QString, QString> owner;
        const auto claim = [&owner](const QKeySequence &key, const QString &name) {
            const QString text = key.toString(QKeySequence::PortableText);
            QVERIFY2(
                !owner.contains(text),
                qPrintable(QStringLiteral("%1: %2 and %3").arg(text, owner.value(text), name)));
            owner.insert(text, name);
        };
        for (const QAction *a : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : a->shortcuts())
                claim(key, a->objectName());
        }
        for (const QShortcut *s : m_window->findChildren<QShortcut *>())
            claim(s->key(), QStringLiteral("QShortcut"));
        QVERIFY(owner.contains(QStringLiteral("Ctrl+L")));
        QCOMPARE(owner.value(QStringLiteral("Ctrl+Shift+L")), QStringLiteral("actionLimitSpeed"));
    }

    // Ctrl+E exports from the search box and from the paste box too (text fields claimed it).
    void exportKeyWorksFromTextFields()
    {
        paste(QStringLiteral("http://a.test/1"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy exported(action("actionExportCsv"), &QAction::triggered);
        QTimer closer; // the save dialog that opens is closed again
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        closer.start();
        QWidget *fields[] = {m_window->transferView()->searchBox(),
                             m_window->inputPanel()->editor()};
        for (QWidget *field : fields) {
            QApplication::setActiveWindow(m_window.get());
            field->setFocus();
            QTRY_VERIFY2(field->hasFocus(),
                         qPrintable(QStringLiteral("focus: %1, active: %2")
                                        .arg(QApplication::focusWidget()
                                                 ? QApplication::focusWidget()->objectName()
                                                 : QStringLiteral("none"))
                                        .arg(QApplication::activeWindow()
                                                 ? QApplication::activeWindow()->objectName()
                                                 : QStringLiteral("none"))));
            const int before = int(exported.count());
            QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
            QTRY_COMPARE(exported.count(), before + 1);
        }
    }

    // Clear List asks first, then empties the search too (a leftover search hid the next
    // list's rows while the tab said "All (1)"), and the numbers start at 1 again.
    void clearListAsksAndStartsAfresh()
    {
        paste(QStringLiteral("http://a.test/1\nhttp://a.test/2\nhttp://a.test/3"));
        QCOMPARE(m_window->model()->rowCount(), 3);
        QTest::keyClicks(m_window->transferView()->searchBox(), QStringLiteral("a.test/2"));
        QCOMPARE(shownRows(), 1);
        answerClearList(QMessageBox::Cancel);
        action("actionClearList")->trigger();
        QCOMPARE(m_window->model()->rowCount(), 3); // kept
        answerClearList(QMessageBox::Yes);
        action("actionClearList")->trigger();
        QCOMPARE(m_window->model()->rowCount(), 0);
        QCOMPARE(m_window->transferView()->searchBox()->text(), QString());
        paste(QStringLiteral("http://b.test/new"));
        QCOMPARE(cell(0, Column::Number), QStringLiteral("1"));
        QCOMPARE(shownRows(), 1);
        QTRY_COMPARE(tabText(TransferModel::Group::All), QStringLiteral("All (1)"));
        QCOMPARE(cell(0, Column::Status), QStringLiteral("Queued — press Start"));
    }

    // Clear List is there only for rows: on an empty list it was enabled and, with the offer of
    // an unfinished batch shown, threw that batch's journal away without a question.
    void clearListWaitsForRows()
    {
        QVERIFY(!action("actionClearList")->isEnabled());
        paste(QStringLiteral("http://127.0.0.1:9/unfinished.bin"));
        QTRY_VERIFY(action("actionClearList")->isEnabled());
        m_window.reset(); // the row never ran: the next window offers it
        QVERIFY(QFile::exists(SessionKeeper::defaultPath()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->resumeBar()->isVisibleTo(m_window.get()));
        QVERIFY(!action("actionClearList")->isEnabled());
        action("actionClearList")->trigger();
        QVERIFY(m_window->resumeBar()->isVisibleTo(m_window.get()));
        QVERIFY(QFile::exists(SessionKeeper::defaultPath()));
    }

    // After Add the box is empty, and so are the problem lines and the button's count.
    void pasteBoxResetsAfterAdd()
    {
        m_window->inputPanel()->setText(
            QStringLiteral("http://a.test/1\nhttp://a.test/2\nnot a url\n"));
        auto *add = m_window->findChild<QPushButton *>(QStringLiteral("addButton"));
        QCOMPARE(add->text(), QStringLiteral("&Add 2 URLs"));
        QVERIFY(m_window->inputPanel()->feedbackText().contains(QStringLiteral("Line 3")));
        add->click();
        QCOMPARE(m_window->model()->rowCount(), 3);
        QVERIFY(m_window->inputPanel()->text().isEmpty());
        const QString feedback = m_window->inputPanel()->feedbackText();
        QVERIFY2(feedback.startsWith(QStringLiteral("Added 2 URLs")), qPrintable(feedback));
        QVERIFY2(!feedback.contains(QStringLiteral("Line 3")), qPrintable(feedback));
        QCOMPARE(add->text(), QStringLiteral("&Add to list"));
        QVERIFY(!add->isEnabled());
        // One "Add from File" button; the two clears say which is which.
        QStringList texts;
        for (const QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
            texts << b->text().remove(QLatin1Char('&'));
        QCOMPARE(texts.count(QStringLiteral("Add from File…")), 1);
        QVERIFY(texts.contains(QStringLiteral("Clear Box")));
        QVERIFY(!texts.contains(QStringLiteral("Clear")));
    }

    // The default window fits 1280 × 800 with every core column on screen; at 800 × 600 the
    // Progress column is still on screen.
    void windowFitsSmallScreens()
    {
        QVERIFY(m_window->width() <= 1280 && m_window->height() <= 800);
        QVERIFY(m_window->minimumSizeHint().width() <= 800);
        QHeaderView *header = m_window->transferView()->table()->horizontalHeader();
        const auto rightEdge = [header](Column c) {
            return header->sectionViewportPosition(int(c)) + header->sectionSize(int(c));
        };
        const int viewport = m_window->transferView()->table()->viewport()->width();
        for (Column c : {Column::Url, Column::File, Column::Status, Column::Progress, Column::Size,
                         Column::Speed, Column::Eta})
            QVERIFY2(rightEdge(c) <= viewport, qPrintable(QString::number(int(c))));
        m_window->resize(800, 600);
        QTRY_VERIFY(m_window->width() <= 800);
        QTRY_VERIFY(rightEdge(Column::Progress) <=
                    m_window->transferView()->table()->viewport()->width());
    }

    // The table opens sorted by number, which is the model's own order (the filter does no
    // sorting then); descending and back, with rows added in between, still reads right.
    void tableSortsByNumberBothWays()
    {
        QTableView *table = m_window->transferView()->table();
        auto shownNumbers = [table] {
            QList<int> numbers;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                numbers << table->model()->index(row, int(Column::Number)).data().toInt();
            return numbers;
        };
        paste(QStringLiteral("http://a.test/1\nhttp://a.test/2\nhttp://a.test/3"));
        QTRY_COMPARE(m_window->model()->rowCount(), 3);
        QCOMPARE(shownNumbers(), (QList<int>{1, 2, 3}));
        table->sortByColumn(int(Column::Number), Qt::DescendingOrder);
        QCOMPARE(shownNumbers(), (QList<int>{3, 2, 1}));
        paste(QStringLiteral("http://a.test/4"));
        QTRY_COMPARE(m_window->model()->rowCount(), 4);
        QCOMPARE(shownNumbers(), (QList<int>{4, 3, 2, 1}));
        table->sortByColumn(int(Column::Url), Qt::DescendingOrder);
        QCOMPARE(shownNumbers(), (QList<int>{4, 3, 2, 1}));
        table->sortByColumn(int(Column::Number), Qt::AscendingOrder);
        QCOMPARE(shownNumbers(), (QList<int>{1, 2, 3, 4}));
        paste(QStringLiteral("http://a.test/5\nhttp://a.test/6"));
        QTRY_COMPARE(m_window->model()->rowCount(), 6);
        QCOMPARE(shownNumbers(), (QList<int>{1, 2, 3, 4, 5, 6}));
    }

    // Lines a hostile paste may hold each get a message of their own, short and readable.
    void hostileLinesGetClearMessages()
    {
        const QString longUrl = QStringLiteral("http://long.test/") + QString(100 * 1024, u'a');
        QString text = QStringLiteral("http://ok.test/a\n") + longUrl + u'\n';
        text += QStringLiteral("http://nul.test/a") + QChar(0) + QStringLiteral("b\n");
        text += QString::fromUtf8("http://bad.test/\xff\xfe.bin\n");
        text += QStringLiteral("   \t  \n");
        m_window->inputPanel()->setText(text);
        const QString preview = m_window->inputPanel()->feedbackText();
        QVERIFY2(preview.contains(QStringLiteral("Ready to add: 1 URL")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("Line 2: invalid — URL too long")),
                 qPrintable(preview.left(500)));
        QVERIFY2(preview.contains(QStringLiteral("characters)")), qPrintable(preview.left(500)));
        QVERIFY2(preview.size() < 2000, "a 100 KB line is not echoed in full");
        QVERIFY2(preview.contains(QStringLiteral("Line 3: invalid — contains control characters")),
                 qPrintable(preview.left(800)));
        QVERIFY2(preview.contains(QChar(0x2400)), "the NUL is shown as a visible symbol");
        QVERIFY(!preview.contains(QChar(0)));
        QVERIFY2(preview.contains(QStringLiteral("Line 4: invalid — contains invalid characters "
                                                 "(the input is not valid UTF-8)")),
                 qPrintable(preview.left(800)));
    }

    // A million lines: refused with a message, the window answering throughout. Measured with a
    // 10 ms timer that records how late it fires: the longest gap is the longest freeze.
    void millionLinePasteDoesNotFreeze()
    {
        QString text;
        text.reserve(30 * 1000000);
        for (int i = 0; i < 1000000; ++i)
            text += QStringLiteral("http://many.test/file%1.bin\n").arg(i);
        QApplication::clipboard()->setText(text);
        text.clear();
        auto *area = m_window->findChild<QPlainTextEdit *>(QStringLiteral("pasteArea"));
        QVERIFY(area);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        QTimer beat;
        beat.setInterval(10);
        connect(&beat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last - 10);
            last = now;
        });
        clock.start();
        beat.start();
        QTimer::singleShot(20, area, [area] {
            area->setFocus();
            area->paste();
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->inputPanel()->feedbackText().contains(QStringLiteral("Not added")), 30000);
        const qint64 total = clock.elapsed();
        beat.stop();
        const QString feedback = m_window->inputPanel()->feedbackText();
        qInfo("1,000,000-line paste: answered in %lld ms, longest GUI stall %lld ms", total, worst);
        QVERIFY2(feedback.contains(QStringLiteral("1,000,000 lines")), qPrintable(feedback));
        QVERIFY2(feedback.contains(QStringLiteral("200,000")), qPrintable(feedback));
        QVERIFY(area->toPlainText().isEmpty()); // never laid out in the editor
        QCOMPARE(m_window->model()->rowCount(), 0);
        // 100 ms is the point where people notice a window hang; the worker does the reading.
        QVERIFY2(worst < 100, qPrintable(QStringLiteral("stalled %1 ms").arg(worst)));
        QApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestMainWindowInput)
#include "tst_mainwindow_input.moc"
