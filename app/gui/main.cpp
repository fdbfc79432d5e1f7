// sequence-admin: the desktop console.
#include "apiclient.h"
#include "emulatorserver.h"
#include "mainwindow.h"
#include "sa_version.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sequence-admin"));
    QApplication::setOrganizationName(QStringLiteral("SequenceAdmin"));
    QApplication::setApplicationDisplayName(QStringLiteral(SA_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(SA_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("sequence-admin"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Browse the users of a Sequence account, their roles and permissions.\n"
        "Without --base-url it opens on the built-in emulator's demo data (--demo).\n"
        "With --base-url it reads the credentials from SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Start the built-in emulator and connect to it."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users in the demo data (default 1250)."), QStringLiteral("n"),
        QStringLiteral("1250"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
        QStringLiteral("Seed of the demo data (default 1)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption urlOption(QStringLiteral("base-url"),
        QStringLiteral("Base URL of the API, e.g. https://eu.sequencehq.com/api."), QStringLiteral("url"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke-test"),
        QStringLiteral("Exit 0 once the first page of users is shown, non-zero on "
                       "an error or after 60 s."));
    parser.addOptions({demoOption, usersOption, seedOption, urlOption, smokeOption});
    parser.process(app);

    sa::ConnectionSettings settings;
    QString connectionName;
    std::unique_ptr<sa::EmulatorHost> emulator;
    if (parser.isSet(urlOption)) {
        settings.baseUrl = QUrl::fromUserInput(parser.value(urlOption));
        settings.clientId = qEnvironmentVariable("SEQUENCE_CLIENT_ID");
        settings.clientSecret = qEnvironmentVariable("SEQUENCE_CLIENT_SECRET");
        connectionName = settings.baseUrl.host();
    } else {
        sa::EmulatorOptions options;
        bool ok = false;
        options.users = parser.value(usersOption).toLongLong(&ok);
        if (!ok || options.users < 0) {
            std::fprintf(stderr, "sequence-admin: --users takes a non-negative number\n");
            return 2;
        }
        options.seed = parser.value(seedOption).toULongLong(&ok);
        emulator = std::make_unique<sa::EmulatorHost>(options);
        QString error;
        if (!emulator->start(QHostAddress::LocalHost, 0, &error)) {
            QMessageBox::critical(nullptr, QStringLiteral(SA_APP_NAME),
                QApplication::translate("main", "The built-in emulator could not start: %1").arg(error));
            return 1;
        }
        settings.baseUrl = emulator->baseUrl();
        settings.clientId = options.clientId;
        settings.clientSecret = options.clientSecret;
        connectionName = QApplication::translate("main", "Demo (built-in emulator)");
    }

    sa::ApiClient client;
    client.setSettings(settings);
    sa::MainWindow window(&client, connectionName);
    window.show();

    if (parser.isSet(smokeOption)) {
        sa::UserTableModel *model = window.userModel();
        QObject::connect(model, &sa::UserTableModel::firstPageLoaded, &app, [&] {
            std::printf("smoke-test: %d users shown\n", model->rowCount());
            std::fflush(stdout);
            QApplication::exit(model->rowCount() > 0 ? 0 : 3);
        });
        QObject::connect(model, &sa::UserTableModel::errorChanged, &app, [&] {
            std::fprintf(stderr, "smoke-test: %s\n", qPrintable(model->errorMessage()));
            QApplication::exit(4);
        });
        QTimer::singleShot(60000, &app, [] {
            std::fprintf(stderr, "smoke-test: no users after 60 s\n");
            QApplication::exit(5);
        });
    }
    const int code = app.exec();
    return code;
}
