#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "appsettings.h"
#include "englishplurals.h"
#include "itemupdate.h"
#include "mainwindow.h"
#include "sessionkeeper.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "transfermodel.h"
#include "urllist.h"

// What a screen reader gets: every control of the main window and of the settings dialog has
// an accessible name, and the table's painted progress bars have words.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EnglishPlurals m_plurals;

    static bool isControl(const QWidget *w)
    {
        return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
               qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
               qobject_cast<const QAbstractItemView *>(w) ||
               qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QTabBar *>(w);
    }
    // The controls of `root` without a name a screen reader could say ("class objectName").
    static QStringList unnamed(QWidget *root)
    {
        QStringList out;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            // What the keyboard reaches, and every item view (Qt's own helper buttons, such as
            // a line edit's clear button or a table's corner, are mouse-only and unnamed).
            if (!isControl(w) ||
                (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractItemView *>(w)))
                continue;
            // A spin box's or combo box's own line edit is spoken as the box.
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
            const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty() || name == QLatin1String("…"))
                out << QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")),
                        QStringLiteral("tst_accessibility"));
        QCoreApplication::installTranslator(&m_plurals);
        QFile::remove(SessionKeeper::defaultPath());
    }

    void everyControlOfTheWindowHasAName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList missing = unnamed(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void everyControlOfTheSettingsHasAName()
    {
        SettingsDialog dialog(AppSettings::defaults());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList missing = unnamed(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void progressIsReadable()
    {
        TransferModel model;
        const UrlList list = UrlList::parse(QStringLiteral(
            "http://example.test/a\nhttp://example.test/b\nhttp://example.test/c\n"));
        model.addItems({1, 2, 3}, list.entries());
        ItemUpdate a;
        a.id = 1;
        a.state = ItemState::Active;
        a.received = 1280 * 1024;
        a.total = 3 * 1024 * 1024;
        ItemUpdate b = a;
        b.id = 2;
        b.total = -1;
        model.applyUpdates({a, b});
        model.flush();
        const auto text = [&model](int row) {
            return model.index(row, int(TransferModel::Column::Progress))
                .data(Qt::AccessibleTextRole)
                .toString();
        };
        QCOMPARE(text(0), QStringLiteral("41%, 1.25 MiB of 3.00 MiB"));
        QCOMPARE(text(1), QStringLiteral("1.25 MiB of an unknown size"));
        QCOMPARE(text(2), QStringLiteral("Not started"));
        // What a screen reader gets from the table itself.
        QTableView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell =
            table->tableInterface()->cellAt(0, int(TransferModel::Column::Progress));
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), text(0));
        // Only the painted column needs it: the others are read from their text.
        QVERIFY(!model.index(0, int(TransferModel::Column::Url))
                     .data(Qt::AccessibleTextRole)
                     .isValid());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
