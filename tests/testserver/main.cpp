// fanout-testserver: runs TestServer until killed, for manual runs and screenshots.

#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fanout-testserver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("HTTP/1.1 test server on 127.0.0.1 that misbehaves on purpose."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    QTextStream err(stderr);
    if (!ok || port > 65535) {
        err << "invalid --port\n";
        return 2;
    }
    TestServer server;
    if (!server.start(quint16(port))) {
        err << "cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.port() << Qt::endl;
    return app.exec();
}
