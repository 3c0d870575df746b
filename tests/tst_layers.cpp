// The house by layer: every source file of app/ and ui/ includes only what its folder may
// (app/*/README.md): frontends -> engine -> politeness, list -> storage, web -> report, and
// nothing in app/ includes ui/. Reads the tree itself, so a new file is checked as it lands.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kRoot = QStringLiteral(FANOUT_SOURCE_DIR);

// "app/engine", "ui/table", ... for a path below the root.
QString folderOf(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    return parts.size() > 2 ? parts[0] + QLatin1Char('/') + parts[1] : parts[0];
}

QStringList sources()
{
    QStringList files;
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(kRoot + QLatin1Char('/') + top,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(kRoot).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

// What each folder may include besides itself.
QSet<QString> allowedFor(const QString &folder)
{
    const QString base = QStringLiteral("app/report");
    const QSet<QString> rules{QStringLiteral("app/list"), QStringLiteral("app/politeness"),
                              QStringLiteral("app/storage"), QStringLiteral("app/web"), base};
    if (folder == base)
        return {};
    // list/ checks a line's fields with storage's name rules and web's header rules.
    if (folder == QLatin1String("app/list"))
        return {base, QStringLiteral("app/storage"), QStringLiteral("app/web")};
    if (rules.contains(folder))
        return {base};
    if (folder == QLatin1String("app/engine"))
        return rules;
    QSet<QString> app = rules;
    app << QStringLiteral("app/engine");
    if (folder == QLatin1String("app/frontends"))
        return app;
    app << QStringLiteral("app/frontends");
    if (folder == QLatin1String("app")) // main.cpp: the headless runner or the window
        return app << QStringLiteral("ui/window");
    // ui/: all of app/, the other ui folders, but only window/ wires them together.
    for (const QString &ui : {QStringLiteral("ui/input"), QStringLiteral("ui/table"),
                              QStringLiteral("ui/glance"), QStringLiteral("ui/settings"),
                              QStringLiteral("ui/session"), QStringLiteral("ui/prompts")})
        app << ui;
    if (folder == QLatin1String("ui/window"))
        app << QStringLiteral("ui/window");
    return app;
}

} // namespace

class TestLayers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderIsKnown()
    {
        QSet<QString> folders;
        for (const QString &file : sources())
            folders << folderOf(file);
        const QSet<QString> expected{
            QStringLiteral("app"),         QStringLiteral("app/report"),
            QStringLiteral("app/list"),    QStringLiteral("app/politeness"),
            QStringLiteral("app/storage"), QStringLiteral("app/web"),
            QStringLiteral("app/engine"),  QStringLiteral("app/frontends"),
            QStringLiteral("ui/window"),   QStringLiteral("ui/input"),
            QStringLiteral("ui/table"),    QStringLiteral("ui/glance"),
            QStringLiteral("ui/settings"), QStringLiteral("ui/session"),
            QStringLiteral("ui/prompts")};
        // A file straight in ui/, or a new folder, needs its place in the rules first.
        QCOMPARE(folders - expected, QSet<QString>());
        for (const QString &folder : expected) {
            if (folder != QLatin1String("app"))
                QVERIFY2(
                    QFile::exists(kRoot + QLatin1Char('/') + folder + QStringLiteral("/README.md")),
                    qPrintable(folder));
        }
    }

    void includesPointOneWay_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : sources())
            QTest::newRow(qPrintable(file)) << file;
    }
    void includesPointOneWay()
    {
        QFETCH(QString, file);
        static QHash<QString, QString> home; // header name -> its folder
        if (home.isEmpty()) {
            for (const QString &f : sources()) {
                const QString name = f.section(QLatin1Char('/'), -1);
                QVERIFY2(!home.contains(name), qPrintable(QStringLiteral("two %1").arg(name)));
                home.insert(name, folderOf(f));
            }
        }
        QFile source(kRoot + QLatin1Char('/') + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        const QString folder = folderOf(file);
        const QSet<QString> allowed = allowedFor(folder);
        static const QRegularExpression include(QStringLiteral("^#include \"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        for (auto it = include.globalMatch(text); it.hasNext();) {
            const QString header = it.next().captured(1);
            QVERIFY2(home.contains(header),
                     qPrintable(QStringLiteral("%1 includes %2, which is not in app/ or ui/")
                                    .arg(file, header)));
            const QString target = home.value(header);
            QVERIFY2(target == folder || allowed.contains(target),
                     qPrintable(QStringLiteral("%1 (%2) must not include %3 (%4)")
                                    .arg(file, folder, header, target)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
