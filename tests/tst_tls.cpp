// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// HTTPS for real: the emulator serves TLS with the test certificates of
// tests/data/tls, and the client, QNetworkAccessManager's TLS included,
// must load over it when the certificate is good and stop before sending a
// request (so the secret) when it is not, in words that say what to do.
#include "apiclient.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "roleregistry.h"
#include "userloader.h"
#include "userstore.h"

#include "support/clirun.h"
#include "support/emulatorfixture.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QtTest>

using namespace sa;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldRefuseAnUntrustedCertificateBeforeSendingAnything();
    void shouldRefuseACertificateOfTheTrustedCa_data();
    void shouldRefuseACertificateOfTheTrustedCa();
    void shouldLoadEveryUserOnceOverTls();
    void cliShouldExplainTheRefusedCertificate();
    void aCaFileThatIsNoCertificateShouldStopBeforeConnecting();
    void cliShouldTrustItsCaFile();
    void guiRunsShouldEndOnTheRefusedCertificate_data();
    void guiRunsShouldEndOnTheRefusedCertificate();

private:
    static std::unique_ptr<EmulatorServer> startTlsEmulator(const char *certificate, qint64 users = 250)
    {
        EmulatorOptions options;
        options.users = users;
        return satest::startTlsEmulator(options, certificate);
    }
    // The test CA trusted by this connection alone (ConnectionSettings::caFile,
    // the CLI's --ca-file), as an organisation's own CA would be.
    static ConnectionSettings trustingTestCa(const QUrl &baseUrl)
    {
        ConnectionSettings settings = satest::demoSettings(baseUrl);
        settings.caFile = satest::tlsFile("ca.pem");
        return settings;
    }
    // One page asked for; the finished request's error.
    static ApiError fetchOnePage(const ConnectionSettings &settings, int *attempts, int *retries)
    {
        ApiClient client;
        client.setSettings(settings);
        RoleRegistry registry;
        UsersPageRequest *request = client.fetchUsersPage(&registry, 10);
        QSignalSpy retrying(request, &ApiRequest::retrying);
        QSignalSpy finished(request, &ApiRequest::finished);
        if (!finished.wait(20000))
            qFatal("the request did not finish");
        *attempts = request->attempts();
        *retries = int(retrying.count());
        return request->error();
    }
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(satest::tlsFile("ca.pem"));
    QCOMPARE(ca.size(), 1);
    // The premise of the refusal tests: nothing here trusts the test CA.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca.first()));
}

void TestTls::shouldRefuseAnUntrustedCertificateBeforeSendingAnything()
{
    auto emulator = startTlsEmulator("server");
    int attempts = 0;
    int retries = 0;
    const ApiError error = fetchOnePage(satest::demoSettings(emulator->baseUrl()), &attempts, &retries);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QVERIFY2(error.message.contains(QStringLiteral("\u201cSequence Admin test CA\u201d")),
        qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("CA certificate in the system's certificate store")),
        qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("Your credentials were not sent.")));
    // A connection was made and refused at the handshake: no request, so no
    // Authorization header, ever reached the server, and it was not retried.
    QVERIFY(emulator->connectionCount() >= 1);
    QCOMPARE(emulator->requestCount(), qint64(0));
    QCOMPARE(attempts, 1);
    QCOMPARE(retries, 0);
}

void TestTls::shouldRefuseACertificateOfTheTrustedCa_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QString>("message");
    QTest::newRow("expired") << QByteArray("expired")
                             << QStringLiteral("The certificate of 127.0.0.1 expired on 2020-12-31. "
                                               "Your credentials were not sent.");
    QTest::newRow("another name") << QByteArray("wrong-host")
                                  << QStringLiteral(
                                         "The certificate of 127.0.0.1 is for wrong-host.invalid, not for "
                                         "127.0.0.1; check the base URL. Your credentials were not sent.");
}

void TestTls::shouldRefuseACertificateOfTheTrustedCa()
{
    QFETCH(QByteArray, certificate);
    QFETCH(QString, message);
    auto emulator = startTlsEmulator(certificate.constData());
    int attempts = 0;
    int retries = 0;
    const ApiError error = fetchOnePage(trustingTestCa(emulator->baseUrl()), &attempts, &retries);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QCOMPARE(error.message, message);
    QCOMPARE(emulator->requestCount(), qint64(0));
    QCOMPARE(retries, 0);
}

void TestTls::shouldLoadEveryUserOnceOverTls()
{
    auto emulator = startTlsEmulator("server", 1234);
    ApiClient client;
    client.setSettings(trustingTestCa(emulator->baseUrl()));
    UserLoader loader(&client, 100);
    QSignalSpy done(&loader, &UserLoader::fetchAllFinished);
    loader.fetchAll();
    QVERIFY(done.wait(60000));
    QVERIFY2(done.first().first().toBool(), qPrintable(loader.lastError().toString()));
    QVERIFY(loader.isComplete());
    QCOMPARE(loader.loadedCount(), 1234);
    QCOMPARE(loader.duplicatesSkipped(), 0);
    QSet<QString> ids;
    for (int row = 0; row < loader.loadedCount(); ++row)
        ids.insert(loader.store().id(row));
    QCOMPARE(ids.size(), 1234);
    QVERIFY(ids.contains(emulator->dataset().userId(1233)));
    QCOMPARE(emulator->requestCount(), qint64(13));
}

void TestTls::cliShouldExplainTheRefusedCertificate()
{
    auto emulator = startTlsEmulator("server");
    const satest::CliResult result = satest::runCli({QStringLiteral("users"), QStringLiteral("--base-url"),
        emulator->baseUrl().toString(), QStringLiteral("--no-store"), QStringLiteral("--quiet")});
    const QString err = QString::fromUtf8(result.err);
    QCOMPARE(result.code, 2); // as for a refused base URL
    QVERIFY(result.out.isEmpty());
    QVERIFY2(err.contains(QStringLiteral(
                 "is issued by \u201cSequence Admin test CA\u201d, which this computer does not "
                 "trust")),
        qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Retrying")), qPrintable(err));
    QCOMPARE(emulator->requestCount(), qint64(0));
}

void TestTls::aCaFileThatIsNoCertificateShouldStopBeforeConnecting()
{
    auto emulator = startTlsEmulator("server");
    ConnectionSettings settings = satest::demoSettings(emulator->baseUrl());
    settings.caFile = satest::tlsFile("server.key"); // a key, not a certificate
    QVERIFY(ApiClient::checkCaFile(settings.caFile).contains(QLatin1String("holds no PEM certificate")));
    int attempts = 0;
    int retries = 0;
    const ApiError error = fetchOnePage(settings, &attempts, &retries);
    QCOMPARE(error.kind, ApiError::Kind::Configuration);
    QCOMPARE(error.message,
        settings.caFile + QStringLiteral(" holds no PEM certificate (-----BEGIN CERTIFICATE-----)."));
    QCOMPARE(emulator->connectionCount(), qint64(0));
    settings.caFile = satest::tlsFile("missing.pem");
    QVERIFY(ApiClient::checkCaFile(settings.caFile)
                .startsWith(QLatin1String("Cannot use the CA certificates in ")));
}

void TestTls::cliShouldTrustItsCaFile()
{
    auto emulator = startTlsEmulator("server", 321);
    const QStringList users {QStringLiteral("users"), QStringLiteral("--base-url"),
        emulator->baseUrl().toString(), QStringLiteral("--no-store"), QStringLiteral("--quiet"),
        QStringLiteral("--format"), QStringLiteral("csv")};
    const satest::CliResult trusted
        = satest::runCli(users + QStringList {QStringLiteral("--ca-file"), satest::tlsFile("ca.pem")});
    QVERIFY2(trusted.code == 0, trusted.err.constData());
    QCOMPARE(satest::csvIds(trusted.out).size(), 321);
    QCOMPARE(emulator->requestCount(), qint64(4));
    // A file that is no certificate is a usage error, said before any request.
    const satest::CliResult bad
        = satest::runCli(users + QStringList {QStringLiteral("--ca-file"), satest::tlsFile("server.key")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("holds no PEM certificate"), bad.err.constData());
    QCOMPARE(emulator->requestCount(), qint64(4));
}

void TestTls::guiRunsShouldEndOnTheRefusedCertificate_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("smoke test") << QStringList {QStringLiteral("--smoke-test")} << QByteArray("smoke-test: ");
    QTest::newRow("screenshots") << QStringList {QStringLiteral("--screenshots"), QDir::tempPath()}
                                 << QByteArray("screenshots: ");
    QTest::newRow("bench") << QStringList {QStringLiteral("--bench-load-all")}
                           << QByteArray("bench-load-all: ");
}

// The window's automated runs (README's smoke test, the screenshots, the
// stall benchmark) end with the reason instead of waiting for users forever.
void TestTls::guiRunsShouldEndOnTheRefusedCertificate()
{
    QFETCH(QStringList, mode);
    QFETCH(QByteArray, prefix);
    auto emulator = startTlsEmulator("server");
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEQUENCE_CLIENT_ID"), QStringLiteral("demo-client"));
    env.insert(QStringLiteral("SEQUENCE_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    QSignalSpy finished(&gui, &QProcess::finished);
    gui.start(QStringLiteral(SA_GUI_PATH),
        QStringList {
            QStringLiteral("--base-url"), emulator->baseUrl().toString(), QStringLiteral("--no-store")}
            + mode);
    QVERIFY(finished.wait(90000));
    const QByteArray err = gui.readAllStandardError();
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QVERIFY2(gui.exitCode() == 4, err.constData());
    QVERIFY2(err.contains(QByteArray(prefix + "The certificate of 127.0.0.1 is issued by")), err.constData());
    QCOMPARE(emulator->requestCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
