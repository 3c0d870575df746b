#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include "shortcutpassthrough.h"

namespace {
// A field that claims every key, as QLineEdit does with Ctrl+E and the like under the X11 key
// bindings (the desktop case the window's Ctrl+E failed in).
class GreedyField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};
} // namespace

// The window's commands keep their keys while a text field has the focus.
class TestShortcutPassThrough final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandKeysReachTheirActions()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new GreedyField(&window);
        layout->addWidget(field);
        auto *exportCsv = new QAction(QStringLiteral("Export"), &window);
        exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        window.addAction(exportCsv);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus());
        QSignalSpy triggered(exportCsv, &QAction::triggered);

        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 0); // the field took it: the case to fix

        ShortcutPassThrough::install({exportCsv}, {field});
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        // Typing stays the field's, and so do keys no command uses.
        QTest::keyClicks(field, QStringLiteral("abc"));
        QCOMPARE(field->text(), QStringLiteral("abc"));
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        // A disabled command leaves its key to the field.
        exportCsv->setEnabled(false);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
    }
};

QTEST_MAIN(TestShortcutPassThrough)
#include "tst_shortcutpassthrough.moc"
