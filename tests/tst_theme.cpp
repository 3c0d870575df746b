#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "appsettings.h"
#include "apptheme.h"
#include "inputpanel.h"
#include "mainwindow.h"
#include "progressdelegate.h"
#include "resumebar.h"
#include "sessionkeeper.h"
#include "settingsdialog.h"
#include "testsettings.h"
#include "themepalette.h"
#include "transfermodel.h"

using Theme = ThemePalette::Theme;

// View > Theme: Dark is a complete palette, switching changes the application's palette and is
// kept in QSettings, and what the window paints follows the palette in force: the progress bars
// (rendered into an image and read back), the tinted bars, error labels and marked lines.
class TestTheme final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_started;

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    // A 60% bar painted by the delegate with the application's palette.
    static QImage paintBar()
    {
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem;
        item->setData(0.6, TransferModel::ProgressRole);
        model.setItem(0, 0, item);
        ProgressDelegate delegate;
        QImage image(300, 24, QImage::Format_ARGB32);
        image.fill(Qt::magenta); // nothing the bar draws is magenta
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = image.rect();
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled;
        option.fontMetrics = QFontMetrics(QApplication::font());
        delegate.paint(&painter, option, model.index(0, 0));
        return image;
    }
    static bool near(const QColor &a, const QColor &b, int tolerance = 40)
    {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                   std::abs(a.blue() - b.blue()) <=
               tolerance;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_theme"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_started = QApplication::palette();
    }
    void init()
    {
        QFile::remove(SessionKeeper::defaultPath());
        QSettings().remove(QStringLiteral("window/theme"));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        AppTheme().apply(Theme::System);
    }

    void darkIsACompletePalette()
    {
        const QPalette dark = ThemePalette::dark();
        const QPalette light = ThemePalette::light();
        QVERIFY(ThemePalette::isDark(dark));
        QVERIFY(!ThemePalette::isDark(light));
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto r = QPalette::ColorRole(role);
            if (r == QPalette::NoRole)
                continue;
            for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
                QVERIFY2(dark.isBrushSet(group, r), qPrintable(QString::number(role)));
        }
        // Disabled text is told apart from enabled text, and the text reads on its grounds.
        QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) !=
                dark.color(QPalette::Active, QPalette::Text));
        QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() >
                150);
        QVERIFY(dark.color(QPalette::WindowText).lightness() -
                    dark.color(QPalette::Window).lightness() >
                150);
    }

    void switchingChangesThePaletteAndIsKept()
    {
        QVERIFY(action("actionThemeSystem")->isChecked());
        action("actionThemeDark")->trigger();
        QVERIFY(action("actionThemeDark")->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemePalette::dark().color(QPalette::Window));
        QCOMPARE(m_window->palette().color(QPalette::Base),
                 ThemePalette::dark().color(QPalette::Base));
        QCOMPARE(QSettings().value(QStringLiteral("window/theme")).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(AppSettings::load(QSettings()).desktop.theme, Theme::Dark);

        // The next window starts dark, before it shows.
        m_window.reset();
        AppTheme().apply(Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 m_started.color(QPalette::Window));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(action("actionThemeDark")->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemePalette::dark().color(QPalette::Window));

        action("actionThemeLight")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 ThemePalette::light().color(QPalette::Window));
        action("actionThemeSystem")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_started.color(QPalette::Base));
        QCOMPARE(AppSettings::load(QSettings()).desktop.theme, Theme::System);
    }

    void progressBarPaintsWithThePalette_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::newRow("light") << Theme::Light;
        QTest::newRow("dark") << Theme::Dark;
    }
    void progressBarPaintsWithThePalette()
    {
        QFETCH(Theme, theme);
        action(theme == Theme::Dark ? "actionThemeDark" : "actionThemeLight")->trigger();
        const QPalette palette = QApplication::palette();
        const QImage image = paintBar();
        // Above the text: the filled part is the highlight, the rest the bar's own ground,
        // which is dark on a dark palette and light on a light one.
        const QColor filled = image.pixelColor(image.width() / 4, 5);
        const QColor empty = image.pixelColor(image.width() * 9 / 10, 5);
        QVERIFY2(near(filled, palette.color(QPalette::Highlight), 90),
                 qPrintable(filled.name() + QStringLiteral(" vs ") +
                            palette.color(QPalette::Highlight).name()));
        QVERIFY2(theme == Theme::Dark ? empty.lightness() < 100 : empty.lightness() > 180,
                 qPrintable(empty.name()));
    }

    void tintsFollowTheTheme()
    {
        // The resume bar, a settings error line and a marked paste line, drawn in light...
        ResumeBar *bar = m_window->resumeBar();
        SettingsDialog dialog(AppSettings::defaults(), m_window.get());
        auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemSummary"));
        QVERIFY(problems);
        InputPanel *input = m_window->inputPanel();
        input->findChild<QPlainTextEdit *>(QStringLiteral("pasteArea"))
            ->setPlainText(QStringLiteral("ftp://not.http/x\nhttp://example.test/a"));
        auto *list = input->findChild<QListWidget *>(QStringLiteral("pasteProblems"));
        QTRY_VERIFY(list->count() > 0);
        const auto check = [&](const QPalette &p) {
            QCOMPARE(bar->palette().color(QPalette::Window), ThemePalette::infoBar(p));
            QCOMPARE(problems->palette().color(QPalette::WindowText), ThemePalette::errorText(p));
            QCOMPARE(list->item(0)->foreground().color(), ThemePalette::errorText(p));
            const auto marks =
                input->findChild<QPlainTextEdit *>(QStringLiteral("pasteArea"))->extraSelections();
            QVERIFY(!marks.isEmpty());
            QCOMPARE(marks.first().format.background().color(), ThemePalette::errorMark(p));
        };
        action("actionThemeLight")->trigger();
        check(ThemePalette::light());
        // ... are drawn again from the dark palette, with no fixed colour left over.
        action("actionThemeDark")->trigger();
        check(ThemePalette::dark());
        QVERIFY(ThemePalette::errorText(ThemePalette::dark()).lightness() >
                ThemePalette::errorText(ThemePalette::light()).lightness());
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
