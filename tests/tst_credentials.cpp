// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets in a real Secret Service (gnome-keyring in the test session's
// private D-Bus), profiles in QSettings, the CLI's profiles, and a scan that
// the secret appears nowhere else. Run through scripts/with-test-session.sh.
#include "credentialstore.h"
#include "emulatorserver.h"
#include "profilestore.h"

#include "support/emulatorfixture.h"
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainShouldRoundTripThroughTheSecretService();
    void sessionSecretsShouldStayInMemoryAndBeForgotten();
    void profilesShouldKeepTheirSecretAcrossARename();
    void cliShouldStoreAProfileAndConnectWithIt();
    void anUnavailableKeychainShouldFailClearlyAndWriteNothing();
    void theSecretShouldAppearNowhereElse();
    void aLockedKeychainShouldFailClearly();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result cli(const QStringList &arguments, const QByteArray &input = QByteArray(),
        const QStringList &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SEQUENCE_CLIENT_ID"));
        env.remove(QStringLiteral("SEQUENCE_CLIENT_SECRET"));
        env.insert(
            QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("sequence.*=true")); // every log line we have
        for (const QString &pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SA_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            qFatal("sequence-admin-cli did not finish");
        Result result {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        m_logs += result.out + result.err;
        return result;
    }
    static std::unique_ptr<EmulatorServer> emulator(const QString &secret)
    {
        return satest::startEmulator(230, {}, secret);
    }
    QByteArray m_logs;
    const QString m_secret = QStringLiteral("sëcret-ключ-🔑-%1").arg(QCoreApplication::applicationPid());
};

void TestCredentials::initTestCase()
{
    // The real keyring of the test session, or nothing: never the user's own.
    QVERIFY2(!qEnvironmentVariableIsEmpty("SEQUENCE_ADMIN_TEST_SANDBOX"),
        "run the tests through scripts/with-test-session.sh (scripts/test.sh does)");
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("sequence-admin"));
}

void TestCredentials::keychainShouldRoundTripThroughTheSecretService()
{
    CredentialStore store(nullptr, QStringLiteral("sequence-admin-test"));
    const QString id = QStringLiteral("round-trip");
    QCOMPARE(store.writeNow(id, m_secret).status, CredentialStore::Status::Ok);
    CredentialStore::Result read = store.readNow(id);
    QCOMPARE(read.status, CredentialStore::Status::Ok);
    QCOMPARE(read.secret, m_secret); // non-ASCII unchanged
    QCOMPARE(store.writeNow(id, QStringLiteral("replaced")).status, CredentialStore::Status::Ok);
    QCOMPARE(store.readNow(id).secret, QStringLiteral("replaced"));
    QCOMPARE(store.removeNow(id).status, CredentialStore::Status::Ok);
    read = store.readNow(id);
    QCOMPARE(read.status, CredentialStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Another profile's key is another entry.
    QCOMPARE(store.readNow(QStringLiteral("never-written")).status, CredentialStore::Status::NotFound);
}

void TestCredentials::sessionSecretsShouldStayInMemoryAndBeForgotten()
{
    CredentialStore store;
    store.setSessionSecret(QStringLiteral("p1"), m_secret);
    QCOMPARE(store.sessionSecret(QStringLiteral("p1")), m_secret);
    QCOMPARE(
        store.readNow(QStringLiteral("p1")).status, CredentialStore::Status::NotFound); // not in the keychain
    store.forgetSessionSecrets();
    QVERIFY(store.sessionSecret(QStringLiteral("p1")).isEmpty());
}

void TestCredentials::profilesShouldKeepTheirSecretAcrossARename()
{
    QTemporaryDir dir;
    ProfileStore profiles(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("p.conf")), QSettings::IniFormat));
    Profile profile;
    profile.name = QStringLiteral("Production EU");
    profile.environment = Profile::Environment::ProductionEu;
    profile.baseUrl = Profile::urlFor(profile.environment);
    profile.clientId = QStringLiteral("client-1");
    profile = profiles.save(profile);
    QVERIFY(!profile.id.isEmpty());
    CredentialStore store(nullptr, QStringLiteral("sequence-admin-test"));
    QCOMPARE(store.writeNow(profile.id, m_secret).status, CredentialStore::Status::Ok);
    profile.name = QStringLiteral("Prod (EU)");
    profiles.save(profile);
    QCOMPARE(profiles.profiles().size(), 1);
    QCOMPARE(profiles.byName(QStringLiteral("Prod (EU)"))->id, profile.id);
    QCOMPARE(store.readNow(profiles.byName(QStringLiteral("Prod (EU)"))->id).secret, m_secret);
    profiles.setLastUsed(profile.id);
    QCOMPARE(profiles.lastUsed(), profile.id);
    profiles.remove(profile.id);
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(profiles.lastUsed().isEmpty());
    QCOMPARE(store.removeNow(profile.id).status, CredentialStore::Status::Ok);
}

void TestCredentials::cliShouldStoreAProfileAndConnectWithIt()
{
    auto server = emulator(m_secret);
    const QString url = server->baseUrl().toString();
    Result added = cli(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("local"),
            QStringLiteral("--base-url"), url, QStringLiteral("--client-id"), QStringLiteral("demo-client")},
        m_secret.toUtf8() + '\n');
    QVERIFY2(added.code == 0, added.err.constData());
    // The secret is not an argument anywhere: only on standard input.
    const Result listed = cli({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY(listed.out.contains("local"));
    QVERIFY(listed.out.contains("demo-client"));
    const Result users = cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("local")});
    QVERIFY2(users.code == 0, users.err.constData());
    QCOMPARE(users.out.trimmed().split('\n').size(), 231); // header + every user
    // SEQUENCE_PROFILE picks the profile as --profile does.
    const Result fromEnvironment
        = cli({QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("ndjson")}, {},
            {QStringLiteral("SEQUENCE_PROFILE=local")});
    QVERIFY2(fromEnvironment.code == 0, fromEnvironment.err.constData());
    QCOMPARE(fromEnvironment.out.count('\n'), 230);
    QTemporaryDir dir;
    const Result exported = cli({QStringLiteral("export"), QStringLiteral("--profile"),
        QStringLiteral("local"), QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--output"), dir.filePath(QStringLiteral("r.json"))});
    QCOMPARE(exported.code, 0);
    QFile report(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(!report.readAll().contains(m_secret.toUtf8()));

    // A profile whose stored secret is wrong: the authentication exit code.
    added = cli(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("stale"),
            QStringLiteral("--base-url"), url, QStringLiteral("--client-id"), QStringLiteral("demo-client")},
        "an-old-secret");
    QCOMPARE(added.code, 0);
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("stale")}).code, 3);

    // Removing a profile removes its keychain entry.
    const QString staleId = ProfileStore().byName(QStringLiteral("stale"))->id;
    CredentialStore store;
    QCOMPARE(store.readNow(staleId).status, CredentialStore::Status::Ok);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("stale")}).code, 0);
    QCOMPARE(store.readNow(staleId).status, CredentialStore::Status::NotFound);
    QVERIFY(!ProfileStore().byName(QStringLiteral("stale")));
    // --secret-file: refused while others can read it, used once it is private.
    QTemporaryDir secrets;
    const QString secretFile = secrets.filePath(QStringLiteral("secret"));
    {
        QFile file(secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_secret.toUtf8() + "\n");
    }
    QVERIFY(QFile::setPermissions(secretFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const QStringList fromFile {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("filed"),
        QStringLiteral("--base-url"), url, QStringLiteral("--client-id"), QStringLiteral("demo-client"),
        QStringLiteral("--secret-file"), secretFile};
    const Result exposed = cli(fromFile);
    QCOMPARE(exposed.code, 2);
    QVERIFY2(exposed.err.contains("chmod 600"), exposed.err.constData());
    QVERIFY(!ProfileStore().byName(QStringLiteral("filed")));
    QVERIFY(QFile::setPermissions(secretFile, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(cli(fromFile).code, 0);
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("filed")}).code, 0);
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("filed")}).code, 0);
    // Usage errors.
    QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x"),
                     QStringLiteral("--base-url"), url, QStringLiteral("--client-id"), QStringLiteral("c")})
                 .code,
        2); // no secret on stdin
    QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("nobody")}).code, 2);

    // Over TLS with the test CA: the profile keeps --ca-file (as an absolute
    // path) and every later command trusts it; without it, nothing is sent.
    sa::EmulatorOptions tls;
    tls.users = 230;
    tls.clientSecret = m_secret;
    auto secure = satest::startTlsEmulator(tls);
    const QStringList addTls {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("inspected"),
        QStringLiteral("--base-url"), secure->baseUrl().toString(), QStringLiteral("--client-id"),
        QStringLiteral("demo-client")};
    QCOMPARE(cli(addTls, m_secret.toUtf8() + '\n').code, 0);
    const Result refused
        = cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("inspected")});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains("which this computer does not trust"), refused.err.constData());
    QCOMPARE(secure->requestCount(), qint64(0));
    QCOMPARE(
        cli(addTls
                + QStringList {QStringLiteral("--ca-file"), QStringLiteral(SA_TEST_DATA_DIR "/tls/ca.pem")},
            m_secret.toUtf8() + '\n')
            .code,
        0);
    QCOMPARE(ProfileStore().byName(QStringLiteral("inspected"))->caFile,
        QFileInfo(QStringLiteral(SA_TEST_DATA_DIR "/tls/ca.pem")).absoluteFilePath());
    const Result trusted
        = cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("inspected")});
    QVERIFY2(trusted.code == 0, trusted.err.constData());
    QCOMPARE(trusted.out.trimmed().split('\n').size(), 231); // header + every user
    QCOMPARE(
        cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("inspected")}).code, 0);
}

void TestCredentials::anUnavailableKeychainShouldFailClearlyAndWriteNothing()
{
    const QStringList noBus {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=disabled:")};
    const Result added = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("nowhere"),
                                 QStringLiteral("--environment"), QStringLiteral("sandbox"),
                                 QStringLiteral("--client-id"), QStringLiteral("c")},
        m_secret.toUtf8(), noBus);
    QCOMPARE(added.code, 6);
    QVERIFY2(added.err.contains("keychain is not available"), added.err.constData());
    // ...and what to do instead.
    QVERIFY2(added.err.contains("SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET"), added.err.constData());
    QVERIFY2(added.err.contains("desktop session"), added.err.constData());
    QVERIFY(added.err.contains("not saved"));
    QVERIFY(!ProfileStore().byName(QStringLiteral("nowhere")));
    // An existing profile cannot be used without its secret: exit 6, not a crash or a prompt.
    const Result users
        = cli({QStringLiteral("users"), QStringLiteral("--profile"), QStringLiteral("local")}, {}, noBus);
    QCOMPARE(users.code, 6);
    QVERIFY2(users.err.contains("SEQUENCE_CLIENT_ID and SEQUENCE_CLIENT_SECRET"), users.err.constData());
}

void TestCredentials::theSecretShouldAppearNowhereElse()
{
    const QByteArray utf8 = m_secret.toUtf8();
    const QByteArray header = QByteArray("demo-client:" + utf8).toBase64();
    QVERIFY(!m_logs.isEmpty());
    QVERIFY(m_logs.contains("GET")); // the logs were captured, with the API's category on
    QVERIFY(!m_logs.contains(utf8));
    QVERIFY(!m_logs.contains(header));
    int scanned = 0;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        QDirIterator it(
            qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++scanned;
            QVERIFY2(!bytes.contains(utf8) && !bytes.contains(header), qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 0); // at least the settings file
    QVERIFY(QFile::exists(ProfileStore().fileName()));
}

void TestCredentials::aLockedKeychainShouldFailClearly()
{
    // In a D-Bus session and keyring of its own: locking the shared one
    // would lock it for every test that runs after this one.
    QTemporaryDir home;
    QProcess session;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("CLI"), QStringLiteral(SA_CLI_PATH));
    session.setProcessEnvironment(env);
    const QString script = QStringLiteral(
        "echo -n locked-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
        "dbus-send --session --dest=org.freedesktop.secrets --print-reply /org/freedesktop/secrets "
        "org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login "
        ">/dev/null || exit 90\n"
        "printf secret | \"$CLI\" profiles add locked --environment dev --client-id c\n"
        "code=$?\n"
        "\"$CLI\" profiles list\n"
        "exit $code\n");
    QSignalSpy finished(&session, &QProcess::finished);
    session.start(QStringLiteral("dbus-run-session"),
        {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    QVERIFY(finished.wait(60000));
    const QByteArray err = session.readAllStandardError();
    const QByteArray out = session.readAllStandardOutput();
    QVERIFY2(session.exitCode() == 6, err.constData());
    QVERIFY2(err.contains("Cannot create an item in a locked collection"), err.constData());
    QVERIFY(err.contains("The profile was not saved"));
    QVERIFY(!out.contains("locked")); // nothing was written anywhere
    // Session-only use still works, in memory.
    CredentialStore store;
    store.setSessionSecret(QStringLiteral("while-locked"), m_secret);
    QCOMPARE(store.sessionSecret(QStringLiteral("while-locked")), m_secret);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
