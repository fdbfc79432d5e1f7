// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog and profile switching in the real window, offscreen,
// with secrets in the test session's gnome-keyring and emulators on loopback.
#include "apiclient.h"
#include "application.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "emulatordataset.h"
#include "emulatorserver.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "userstore.h"
#include "usertablemodel.h"

#include "support/emulatorfixture.h"
#include "support/mnemonics.h"
#include "support/profilefixture.h"
#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>

#include <QtTest>

using namespace sa;

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldAddAProfileStoreItsSecretAndTestIt();
    void shouldExplainARefusedCertificateWhenTesting();
    void shouldSwitchProfilesMidLoadWithoutStaleRows();
    void shouldAskForAMissingSecretAndKeepIt();
    void shouldLoadAgainOnceTheConnectionInUseTrustsItsCa();
    void shouldKeepUnsavedWorkUntilTheUserDecides();
    void shouldReadInOrderWithUniqueMnemonics();
    void shouldUseACorrectedSecretOnRetryAndRefresh();
    void shouldDeleteAProfileAndItsKeychainEntry();
    void shouldKeepTheSecretOutOfSettingsAndExports();

private:
    static std::unique_ptr<EmulatorServer> emulator(quint64 seed, qint64 users, const QString &secret)
    {
        return satest::startEmulator(users, {}, secret, seed);
    }
    // Waits for the window's error banner to show text.
    static bool bannerSays(MainWindow &window, QLatin1String text)
    {
        return QTest::qWaitFor(
            [&] { return window.banner()->isVisible() && window.bannerText()->text().contains(text); }, 5000);
    }
    Profile saveProfile(const QString &name, const QUrl &url)
    {
        return satest::saveProfile(*m_profiles, name, url);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    const QString m_secret = QStringLiteral("gui-sëcret-%1").arg(QCoreApplication::applicationPid());
};

void TestConnections::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("SEQUENCE_ADMIN_TEST_SANDBOX"),
        "run the tests through scripts/with-test-session.sh (scripts/test.sh does)");
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connections"));
}

void TestConnections::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = satest::profileStoreIn(*m_dir);
    m_credentials = std::make_unique<CredentialStore>(nullptr, QStringLiteral("sequence-admin-gui-test"));
    dialogs::setConfirmHook([](const QString &) { return true; });
}

void TestConnections::cleanup()
{
    for (const Profile &profile : m_profiles->profiles())
        m_credentials->removeNow(profile.id);
    dialogs::setHook({});
    dialogs::setSecretHook({});
    dialogs::setConfirmHook({});
}

void TestConnections::shouldAddAProfileStoreItsSecretAndTestIt()
{
    auto server = emulator(1, 230, m_secret);
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    QCOMPARE(dialog.list()->count(), 0);
    dialog.addProfile();
    QCOMPARE(dialog.list()->count(), 1);
    dialog.nameField()->setText(QStringLiteral("Local emulator"));
    dialog.environmentField()->setCurrentIndex(
        dialog.environmentField()->findData(int(Profile::Environment::Custom)));
    dialog.urlField()->setText(server->baseUrl().toString());
    dialog.clientIdField()->setText(QStringLiteral("demo-client"));
    dialog.secretField()->setText(m_secret); // keyClicks cannot type non-ASCII
    QVERIFY(dialog.saveProfile());
    QVERIFY(dialog.secretField()->text().isEmpty()); // never shown again
    const Profile saved = *m_profiles->byName(QStringLiteral("Local emulator"));
    QCOMPARE(m_credentials->readNow(saved.id).secret, m_secret);
    QVERIFY(QTest::qWaitFor(
        [&] { return dialog.secretState()->text().contains(QLatin1String("Stored in the system keychain")); },
        5000));

    // Test with the stored secret: success, with the account's size.
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.takeFirst().first().toBool(), true);
    QVERIFY2(dialog.testResult()->text().contains(QLatin1String("230 users")),
        qPrintable(dialog.testResult()->text()));
    // A wrong secret typed in: authentication failure, in words.
    dialog.secretField()->setText(QStringLiteral("wrong"));
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    QVERIFY(dialog.testResult()->text().startsWith(QLatin1String("Authentication failed")));
    // Renaming keeps the secret (same id).
    dialog.secretField()->clear();
    dialog.nameField()->setText(QStringLiteral("Renamed"));
    QVERIFY(dialog.saveProfile());
    QCOMPARE(m_profiles->byName(QStringLiteral("Renamed"))->id, saved.id);
    QCOMPARE(m_credentials->readNow(saved.id).secret, m_secret);
    // A duplicate gets a new id and no secret.
    dialog.duplicateProfile();
    QCOMPARE(m_profiles->profiles().size(), 2);
    const Profile copy = *m_profiles->byName(QStringLiteral("Renamed (copy)"));
    QVERIFY(copy.id != saved.id);
    QCOMPARE(m_credentials->readNow(copy.id).status, CredentialStore::Status::NotFound);
}

void TestConnections::shouldExplainARefusedCertificateWhenTesting()
{
    // HTTPS with a certificate of the test CA, which this machine does not trust.
    EmulatorOptions options;
    options.clientSecret = m_secret;
    auto server = satest::startTlsEmulator(options);
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    dialog.addProfile();
    dialog.nameField()->setText(QStringLiteral("Behind an inspecting proxy"));
    dialog.environmentField()->setCurrentIndex(
        dialog.environmentField()->findData(int(Profile::Environment::Custom)));
    dialog.urlField()->setText(server->baseUrl().toString());
    dialog.clientIdField()->setText(QStringLiteral("demo-client"));
    dialog.secretField()->setText(m_secret);
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    const QString text = dialog.testResult()->text();
    QVERIFY2(text.startsWith(QLatin1String("Could not connect: The certificate of 127.0.0.1 is issued by")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("install its CA certificate")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Your credentials were not sent.")), qPrintable(text));
    QCOMPARE(server->requestCount(), qint64(0));

    // The organisation's CA, given to this connection: the test connects,
    // and the saved profile keeps the file for the window and the CLI.
    dialog.caFileField()->setText(QStringLiteral(SA_TEST_DATA_DIR "/tls/ca.pem"));
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.takeFirst().first().toBool(), true);
    QVERIFY2(dialog.testResult()->text().contains(QLatin1String("250 users")),
        qPrintable(dialog.testResult()->text()));
    QVERIFY(dialog.saveProfile());
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 5000));
    const Profile saved = *m_profiles->byName(QStringLiteral("Behind an inspecting proxy"));
    QCOMPARE(saved.caFile, QFileInfo(QStringLiteral(SA_TEST_DATA_DIR "/tls/ca.pem")).absoluteFilePath());
    // A file that holds no certificate is refused on save, and the profile keeps the good one.
    QString warned;
    dialogs::setHook([&](const QString &, const QString &message) { warned = message; });
    dialog.caFileField()->setText(QStringLiteral(SA_TEST_DATA_DIR "/tls/server.key"));
    QVERIFY(!dialog.saveProfile());
    QVERIFY2(warned.contains(QLatin1String("holds no PEM certificate")), qPrintable(warned));
    QCOMPARE(m_profiles->byId(saved.id)->caFile, saved.caFile);
}

void TestConnections::shouldSwitchProfilesMidLoadWithoutStaleRows()
{
    auto first = emulator(1, 3000, m_secret);
    auto second = emulator(2, 700, m_secret);
    const Profile a = saveProfile(QStringLiteral("A"), first->baseUrl());
    const Profile b = saveProfile(QStringLiteral("B"), second->baseUrl());
    QCOMPARE(m_credentials->writeNow(a.id, m_secret).status, CredentialStore::Status::Ok);
    QCOMPARE(m_credentials->writeNow(b.id, m_secret).status, CredentialStore::Status::Ok);
    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.show();
    window.switchConnection(a.id);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() >= 100; }, 5000));
    window.userModel()->fetchAll();
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() >= 500; }, 5000));
    QVERIFY(window.userModel()->isFetchingAll()); // mid-load
    window.switchConnection(b.id);
    QCOMPARE(window.userModel()->rowCount(), 0); // A's rows go at once
    QVERIFY(QTest::qWaitFor(
        [&] { return window.userModel()->totalCount() == 700 && window.userModel()->rowCount() > 0; }, 5000));
    window.userModel()->fetchAll();
    QVERIFY(QTest::qWaitFor(
        [&] { return !window.userModel()->isFetchingAll() && !window.userModel()->isLoading(); }, 10000));
    QTest::qWait(100); // a late reply from A would land now
    QCOMPARE(window.userModel()->rowCount(), 700);
    for (int row = 0; row < 700; ++row)
        QVERIFY(second->dataset().indexOfId(window.userModel()->store().id(row)) == row);
    QCOMPARE(window.currentConnection(), b.id);
    QCOMPARE(m_profiles->lastUsed(), b.id);
    QVERIFY(window.windowTitle().contains(QLatin1String("B")));
}

void TestConnections::shouldUseACorrectedSecretOnRetryAndRefresh()
{
    auto server = emulator(1, 150, m_secret);
    const Profile profile = saveProfile(QStringLiteral("Typo"), server->baseUrl());
    QCOMPARE(
        m_credentials->writeNow(profile.id, QStringLiteral("a-typo")).status, CredentialStore::Status::Ok);
    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.switchConnection(profile.id);
    window.show();
    QVERIFY(bannerSays(window, QLatin1String("401")));
    // The admin fixes the secret (Connections, or another program), then Retry.
    QCOMPARE(m_credentials->writeNow(profile.id, m_secret).status, CredentialStore::Status::Ok);
    QVERIFY(window.retryButton()->isVisible());
    QTest::mouseClick(window.retryButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));
    QVERIFY(!window.banner()->isVisible());
    // And Refresh (F5) reads it again too: a secret changed back is used at once.
    QCOMPARE(
        m_credentials->writeNow(profile.id, QStringLiteral("revoked")).status, CredentialStore::Status::Ok);
    window.refresh();
    QVERIFY(bannerSays(window, QLatin1String("401")));
    QCOMPARE(window.userModel()->rowCount(), 0);
}

void TestConnections::shouldLoadAgainOnceTheConnectionInUseTrustsItsCa()
{
    EmulatorOptions options;
    options.users = 140;
    options.clientSecret = m_secret;
    auto server = satest::startTlsEmulator(options);
    const Profile profile = saveProfile(QStringLiteral("Inspected"), server->baseUrl());
    QCOMPARE(m_credentials->writeNow(profile.id, m_secret).status, CredentialStore::Status::Ok);
    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.switchConnection(profile.id);
    window.show();
    QVERIFY(bannerSays(window, QLatin1String("which this computer does not trust")));
    QVERIFY(!window.retryButton()->isVisible()); // the same certificate would come back
    QCOMPARE(server->requestCount(), qint64(0));
    // The admin adds the organisation's CA to the connection and saves it:
    // the window loads again with it, no switching away and back.
    ConnectionDialog *dialog = window.manageConnections();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->nameField()->text(), QStringLiteral("Inspected"));
    dialog->caFileField()->setText(QStringLiteral(SA_TEST_DATA_DIR "/tls/ca.pem"));
    QVERIFY(dialog->saveProfile());
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 10000));
    QVERIFY(!window.banner()->isVisible());
    dialog->close();
}

void TestConnections::shouldKeepUnsavedWorkUntilTheUserDecides()
{
    const Profile a
        = saveProfile(QStringLiteral("A"), QUrl(QStringLiteral("https://sandbox.sequencehq.com/api")));
    const Profile b
        = saveProfile(QStringLiteral("B"), QUrl(QStringLiteral("https://sandbox.sequencehq.com/api")));
    QStringList asked;
    dialogs::Unsaved answer = dialogs::Unsaved::Cancel;
    dialogs::setUnsavedHook([&](const QString &text) {
        asked << text;
        return answer;
    });
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    dialog.selectProfile(a.id);
    QVERIFY(!dialog.hasUnsavedChanges());
    // An edit as typed, and a pasted secret.
    dialog.clientIdField()->selectAll();
    QTest::keyClicks(dialog.clientIdField(), QStringLiteral("edited-client"));
    dialog.secretField()->setText(QStringLiteral("pasted-secret"));
    QVERIFY(dialog.hasUnsavedChanges());
    auto rowOf = [&](const QString &id) {
        for (int i = 0; i < dialog.list()->count(); ++i) {
            if (dialog.list()->item(i)->data(Qt::UserRole).toString() == id)
                return i;
        }
        return -1;
    };
    // Another connection, Cancel: nothing moves, nothing is lost.
    dialog.list()->setCurrentRow(rowOf(b.id));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("\u201cA\u201d")), qPrintable(asked.first()));
    QCOMPARE(dialog.currentProfileId(), a.id);
    QCOMPARE(dialog.list()->currentRow(), rowOf(a.id));
    QCOMPARE(dialog.clientIdField()->text(), QStringLiteral("edited-client"));
    QCOMPARE(dialog.secretField()->text(), QStringLiteral("pasted-secret"));
    // Closing asks too; Cancel keeps the dialog open.
    dialog.reject();
    QCOMPARE(asked.size(), 2);
    QVERIFY(dialog.isVisible());
    // Discard: on to B, and A is as it was.
    answer = dialogs::Unsaved::Discard;
    dialog.list()->setCurrentRow(rowOf(b.id));
    QCOMPARE(dialog.currentProfileId(), b.id);
    QCOMPARE(m_profiles->byId(a.id)->clientId, QStringLiteral("demo-client"));
    QCOMPARE(m_credentials->readNow(a.id).status, CredentialStore::Status::NotFound);
    // Save: the edit is kept when leaving.
    QTest::keyClicks(dialog.nameField(), QStringLiteral(" renamed"));
    answer = dialogs::Unsaved::Save;
    dialog.list()->setCurrentRow(rowOf(a.id));
    QCOMPARE(m_profiles->byId(b.id)->name, QStringLiteral("B renamed"));
    QCOMPARE(dialog.currentProfileId(), a.id);
    // Add makes nothing until saved: not in the store, so not in the window.
    const int before = int(m_profiles->profiles().size());
    asked.clear();
    dialog.addProfile();
    QCOMPARE(int(m_profiles->profiles().size()), before);
    QVERIFY(dialog.hasUnsavedChanges());
    answer = dialogs::Unsaved::Discard;
    dialog.reject();
    QCOMPARE(asked.size(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(int(m_profiles->profiles().size()), before);
    dialogs::setUnsavedHook({});
}

void TestConnections::shouldReadInOrderWithUniqueMnemonics()
{
    ConnectionDialog empty(m_profiles.get(), m_credentials.get());
    empty.show();
    QVERIFY(empty.emptyHint()->isVisible()); // says what to do when there is nothing
    QVERIFY(empty.emptyHint()->text().contains(QLatin1String("Add")));
    empty.hide();

    const Profile a
        = saveProfile(QStringLiteral("A"), QUrl(QStringLiteral("https://sandbox.sequencehq.com/api")));
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    dialog.selectProfile(a.id);
    QVERIFY(!dialog.emptyHint()->isVisible());
    const QStringList problems = satest::mnemonicProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    {
        // German labels are longer and their letters differ: checked too.
        application::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        ConnectionDialog german(m_profiles.get(), m_credentials.get());
        german.show();
        german.selectProfile(a.id);
        const QStringList germanProblems = satest::mnemonicProblems(&german);
        application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(german.windowTitle() != dialog.windowTitle()); // it did speak German
        QVERIFY2(germanProblems.isEmpty(), qPrintable(germanProblems.join(QLatin1Char('\n'))));
    }
    // Tab reads the form from top to bottom.
    QList<QWidget *> order {dialog.nameField(), dialog.environmentField(), dialog.urlField(),
        dialog.clientIdField(), dialog.secretField(), dialog.showSecretButton()};
    for (int i = 0; i + 1 < order.size(); ++i) {
        QWidget *next = order[i]->nextInFocusChain();
        while (next && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QVERIFY2(next == order[i + 1],
            qPrintable(QStringLiteral("after %1 comes %2")
                           .arg(QString::fromLatin1(order[i]->metaObject()->className()),
                               next ? QString::fromLatin1(next->metaObject()->className())
                                    : QStringLiteral("nothing"))));
    }
    // The secret can be shown to check a paste, and hidden again.
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
    dialog.showSecretButton()->click();
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Normal);
    dialog.showSecretButton()->click();
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
}

void TestConnections::shouldAskForAMissingSecretAndKeepIt()
{
    auto server = emulator(1, 150, m_secret);
    const Profile profile = saveProfile(QStringLiteral("No secret yet"), server->baseUrl());
    QStringList asked;
    dialogs::setSecretHook([&](const QString &text) {
        asked << text;
        return m_secret;
    });
    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.switchConnection(profile.id);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QLatin1String("No secret is stored")));
    QCOMPARE(m_credentials->readNow(profile.id).secret, m_secret); // kept for next time
}

void TestConnections::shouldDeleteAProfileAndItsKeychainEntry()
{
    const Profile profile
        = saveProfile(QStringLiteral("Doomed"), QUrl(QStringLiteral("https://sandbox.sequencehq.com/api")));
    QCOMPARE(m_credentials->writeNow(profile.id, m_secret).status, CredentialStore::Status::Ok);
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.selectProfile(profile.id);
    QCOMPARE(dialog.currentProfileId(), profile.id);
    QSignalSpy changed(&dialog, &ConnectionDialog::profilesChanged);
    dialog.deleteProfile();
    // The keychain answers later; the dialog never waits for it in a nested loop.
    QVERIFY(changed.count() == 1 || changed.wait(5000));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_profiles->byId(profile.id));
    QCOMPARE(m_credentials->readNow(profile.id).status, CredentialStore::Status::NotFound);
}

void TestConnections::shouldKeepTheSecretOutOfSettingsAndExports()
{
    auto server = emulator(1, 120, m_secret);
    const Profile profile = saveProfile(QStringLiteral("Hygiene"), server->baseUrl());
    QCOMPARE(m_credentials->writeNow(profile.id, m_secret).status, CredentialStore::Status::Ok);
    {
        ApiClient client;
        MainWindow window(&client, QStringLiteral("none"));
        window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
        window.switchConnection(profile.id);
        QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 5000));
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        window.exportUsers(ReportWriter::Format::Json, m_dir->filePath(QStringLiteral("report.json")));
        QVERIFY(exported.wait(10000));
        window.close(); // saves its settings
    }
    const QByteArray secret = m_secret.toUtf8();
    const QByteArray header = QByteArray("demo-client:" + secret).toBase64();
    QStringList folders {m_dir->path()};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        folders << qEnvironmentVariable(variable);
    int scanned = 0;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++scanned;
            QVERIFY2(!bytes.contains(secret) && !bytes.contains(header), qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned >= 3); // profiles, the window's settings, the report
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
