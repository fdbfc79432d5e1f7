// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the connection dialog when there is no keychain at all:
// ctest runs this with DBUS_SESSION_BUS_ADDRESS=disabled:, so QtKeychain
// cannot reach a Secret Service. A secret is then used for the session only:
// asked for once, never written anywhere.
#include "apiclient.h"
#include "connectiondialog.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "usertablemodel.h"

#include "support/emulatorfixture.h"
#include "support/profilefixture.h"
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldAskOnceAndConnectForTheSessionOnly();
    void shouldSaveTheConnectionButNotItsSecret();

private:
    Profile saveProfile(const QString &name, const QUrl &url)
    {
        return satest::saveProfile(*m_profiles, name, url);
    }
    // Fails the test if any file under the temporary folder holds the secret.
    void verifyNoFileHolds(const QString &secret) const
    {
        QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    const QString m_secret = QStringLiteral("no-keychain-sëcret-%1").arg(QCoreApplication::applicationPid());
};

void TestNoKeychain::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("disabled:"));
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nokeychain"));
}

void TestNoKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = satest::profileStoreIn(*m_dir);
    m_credentials
        = std::make_unique<CredentialStore>(nullptr, QStringLiteral("sequence-admin-nokeychain-test"));
    // Really no keychain: what the rest of the test relies on.
    QCOMPARE(m_credentials->readNow(QStringLiteral("probe")).status, CredentialStore::Status::Unavailable);
}

void TestNoKeychain::cleanup()
{
    dialogs::setHook({});
    dialogs::setSecretHook({});
}

void TestNoKeychain::shouldAskOnceAndConnectForTheSessionOnly()
{
    auto server = satest::startEmulator(150, {}, m_secret);
    const Profile profile = saveProfile(QStringLiteral("Local"), server->baseUrl());
    const Profile other = saveProfile(QStringLiteral("Other"), server->baseUrl());
    QStringList asked;
    dialogs::setSecretHook([&](const QString &text) {
        asked << text;
        return m_secret;
    });
    QStringList warnings;
    dialogs::setHook([&](const QString &title, const QString &) { warnings << title; });

    ApiClient client;
    MainWindow window(&client, QStringLiteral("none"));
    window.setConnections(m_profiles.get(), m_credentials.get(), ConnectionSettings());
    window.switchConnection(profile.id);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 10000));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QLatin1String("for this session only")), qPrintable(asked.first()));
    QCOMPARE(warnings, QStringList()); // the prompt already said it; no second box
    QCOMPARE(m_credentials->sessionSecret(profile.id), m_secret);

    // Away and back: the session's secret is used, not asked for again.
    dialogs::setSecretHook([&](const QString &text) {
        asked << text;
        return QString(); // cancels the prompt for "Other"
    });
    window.switchConnection(other.id);
    QVERIFY(QTest::qWaitFor([&] { return asked.size() == 2; }, 5000)); // completions come queued
    window.switchConnection(profile.id);
    QVERIFY(QTest::qWaitFor([&] { return window.userModel()->rowCount() == 100; }, 10000));
    QCOMPARE(asked.size(), 2);
    verifyNoFileHolds(m_secret);
}

void TestNoKeychain::shouldSaveTheConnectionButNotItsSecret()
{
    auto server = satest::startEmulator(40, {}, m_secret);
    QStringList warnings;
    dialogs::setHook(
        [&](const QString &title, const QString &text) { warnings << title + QLatin1String(": ") + text; });
    ConnectionDialog dialog(m_profiles.get(), m_credentials.get());
    dialog.show();
    dialog.addProfile();
    dialog.nameField()->setText(QStringLiteral("Local"));
    dialog.environmentField()->setCurrentIndex(
        dialog.environmentField()->findData(int(Profile::Environment::Custom)));
    dialog.urlField()->setText(server->baseUrl().toString());
    dialog.clientIdField()->setText(QStringLiteral("demo-client"));
    dialog.secretField()->setText(m_secret);
    QSignalSpy idle(&dialog, &ConnectionDialog::idle);
    QVERIFY(dialog.saveProfile());
    QVERIFY(idle.count() == 1 || idle.wait(5000));

    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QLatin1String("Secret not saved: ")), qPrintable(warnings.first()));
    QVERIFY2(warnings.first().contains(QLatin1String("for this session only")), qPrintable(warnings.first()));
    const std::optional<Profile> saved = m_profiles->byName(QStringLiteral("Local"));
    QVERIFY(saved);
    QCOMPARE(m_credentials->sessionSecret(saved->id), m_secret);
    QVERIFY(QTest::qWaitFor(
        [&] { return dialog.secretState()->text().contains(QLatin1String("for this session only")); }, 5000));

    // The session's secret connects: Test connection succeeds without a keychain.
    QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
    dialog.secretField()->setText(m_secret);
    dialog.testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.takeFirst().first().toBool(), true);
    verifyNoFileHolds(m_secret);
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
