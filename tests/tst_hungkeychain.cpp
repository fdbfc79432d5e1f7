// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Secret Service that takes every call and never answers (a stuck daemon,
// or a prompt nobody can see). ctest runs this on a D-Bus session of its own
// (dbus-run-session), where this process owns org.freedesktop.secrets.
#include "apiclient.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "usertablemodel.h"

#include "support/emulatorfixture.h"
#include "support/profilefixture.h"
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestHungKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldCallTheKeychainUnavailableWhenItDoesNotAnswer();
    void shouldAskForTheSecretInTheWindowWhenTheKeychainHangs();
    void shouldNotReenterOrCrashWhenSaveIsClickedTwiceAndTheDialogCloses();

private:
    // Holds every call; answers none until release().
    class SilentService : public QDBusVirtualObject
    {
    public:
        QString introspect(const QString &) const override { return QString(); }
        bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
        {
            m_held << message;
            return true;
        }
        int held() const { return int(m_held.size()); }
        // Lets the callers go, so nothing is left waiting when the test ends.
        void release(QDBusConnection connection)
        {
            for (const QDBusMessage &message : std::as_const(m_held))
                connection.send(message.createErrorReply(QDBusError::Failed, QStringLiteral("test over")));
            m_held.clear();
        }

    private:
        QList<QDBusMessage> m_held;
    };

    SilentService m_service;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    // One store for the whole test: its jobs must outlive the calls they hang in.
    std::unique_ptr<CredentialStore> m_credentials;
};

void TestHungKeychain::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hungkeychain"));
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "run under dbus-run-session (ctest does)");
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_service, QDBusConnection::SubPath));
    QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.secrets")),
        "another Secret Service owns the name: this test needs a session bus of its own");
    m_profiles = satest::profileStoreIn(m_dir);
    m_credentials = std::make_unique<CredentialStore>(nullptr, QStringLiteral("sequence-admin-hung-test"));
    m_credentials->setTimeout(2000);
}

void TestHungKeychain::cleanupTestCase()
{
    m_service.release(QDBusConnection::sessionBus());
    QTest::qWait(500);
}

void TestHungKeychain::shouldCallTheKeychainUnavailableWhenItDoesNotAnswer()
{
    QElapsedTimer clock;
    clock.start();
    const CredentialStore::Result result = m_credentials->readNow(QStringLiteral("some-profile"));
    QCOMPARE(result.status, CredentialStore::Status::Unavailable);
    QCOMPARE(result.message, QStringLiteral("The system keychain did not answer within 2 s"));
    QVERIFY2(m_service.held() > 0, "the call never reached the silent service");
    QVERIFY(clock.elapsed() >= 1900); // a coarse timer may fire up to 5% early
    // The next call queues behind the stuck one and times out too: no hang.
    QCOMPARE(m_credentials->writeNow(QStringLiteral("some-profile"), QStringLiteral("s")).status,
        CredentialStore::Status::Unavailable);
}

void TestHungKeychain::shouldAskForTheSecretInTheWindowWhenTheKeychainHangs()
{
    const QString secret = QStringLiteral("hung-keychain-secret");
    auto server = satest::startEmulator(120, {}, secret);
    const Profile profile = satest::saveProfile(*m_profiles, QStringLiteral("Local"), server->baseUrl());
    QStringList asked;
    dialogs::setSecretHook([&](const QString &text) {
        asked << text;
        return secret;
    });

    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.switchConnection(profile.id);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 15000));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("did not answer")), qPrintable(asked.first()));
    QVERIFY2(asked.first().contains(QLatin1String("for this session only")), qPrintable(asked.first()));
    QCOMPARE(m_credentials->sessionSecret(profile.id), secret);
    dialogs::setSecretHook({});
}

// A keychain that takes 2 s to answer (it never does; the store gives up
// after 2 s): Save clicked twice and the dialog closed meanwhile. Nothing
// waits in a nested event loop, the second click does nothing, and the late
// answer reaches no dead dialog (this suite also runs under ASan).
void TestHungKeychain::shouldNotReenterOrCrashWhenSaveIsClickedTwiceAndTheDialogCloses()
{
    QStringList warnings;
    dialogs::setHook([&](const QString &, const QString &text) { warnings << text; });
    const int before = int(m_profiles->profiles().size());
    auto *dialog = new ConnectionDialog(m_profiles.get(), m_credentials.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->addProfile();
    dialog->nameField()->setText(QStringLiteral("Slow keychain"));
    dialog->clientIdField()->setText(QStringLiteral("demo-client"));
    dialog->secretField()->setText(QStringLiteral("slow-secret"));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(clock.elapsed() < 1000, "Save waited for the keychain");
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // ignored: disabled
    QVERIFY(!dialog->saveProfile()); // and refused when called directly
    QPointer<ConnectionDialog> watched(dialog);
    dialog->close(); // nothing unsaved: it closes and goes
    QVERIFY(QTest::qWaitFor([&] { return watched.isNull(); }, 1000));
    // The keychain's late answer: the secret is kept for the session, once.
    QTest::qWait(2600);
    const QList<Profile> all = m_profiles->profiles();
    QCOMPARE(int(all.size()), before + 1);
    const std::optional<Profile> saved = m_profiles->byName(QStringLiteral("Slow keychain"));
    QVERIFY(saved);
    QCOMPARE(m_credentials->sessionSecret(saved->id), QStringLiteral("slow-secret"));
    QVERIFY(warnings.isEmpty()); // no dialog to warn from any more
    dialogs::setHook({});
}

QTEST_MAIN(TestHungKeychain)
#include "tst_hungkeychain.moc"
