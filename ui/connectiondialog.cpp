// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "roleregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sa {

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_pageSize(new QSpinBox(this))
    , m_secret(new QLineEdit(this))
    , m_secretState(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_form(new QWidget(this))
    , m_testClient(new ApiClient(this))
    , m_testRegistry(std::make_unique<RoleRegistry>())
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    resize(760, 420);
    m_list->setAccessibleName(tr("Connections"));
    m_environment->addItem(tr("Production (EU)"), int(Profile::Environment::ProductionEu));
    m_environment->addItem(tr("Sandbox"), int(Profile::Environment::Sandbox));
    m_environment->addItem(tr("Dev"), int(Profile::Environment::Dev));
    m_environment->addItem(tr("Custom URL"), int(Profile::Environment::Custom));
    m_pageSize->setRange(1, 100);
    m_pageSize->setValue(100);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    m_secretState->setWordWrap(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText); // it quotes the server
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *duplicate = new QPushButton(tr("D&uplicate"), this);
    auto *remove = new QPushButton(tr("De&lete"), this);
    auto *save = new QPushButton(tr("&Save"), this);
    auto *test = new QPushButton(tr("&Test connection"), this);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(duplicate, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::environmentChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    form->addRow(QString(), m_secretState);
    form->addRow(tr("&Page size:"), m_pageSize);
    auto *actions = new QHBoxLayout;
    actions->addWidget(save);
    actions->addWidget(test);
    actions->addStretch(1);
    form->addRow(actions);
    form->addRow(m_testResult);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    reload(QString());
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_test)
        m_test->abandon();
}

void ConnectionDialog::reload(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    const QList<Profile> all = m_profiles->profiles();
    for (int i = 0; i < all.size(); ++i) {
        auto *item = new QListWidgetItem(all[i].name, m_list);
        item->setData(Qt::UserRole, all[i].id);
        if (all[i].id == select)
            row = i;
    }
    m_form->setEnabled(!all.isEmpty());
    if (all.isEmpty()) {
        m_currentId.clear();
        return;
    }
    m_list->setCurrentRow(row);
    showProfile(all[row].id);
}

void ConnectionDialog::selectProfile(const QString &id)
{
    reload(id);
}

void ConnectionDialog::showProfile(const QString &id)
{
    const std::optional<Profile> profile = m_profiles->byId(id);
    if (!profile)
        return;
    m_currentId = id;
    m_name->setText(profile->name);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(int(profile->environment))));
    m_url->setText(profile->baseUrl.toString());
    m_clientId->setText(profile->clientId);
    m_pageSize->setValue(profile->pageSize);
    m_secret->clear(); // never the stored secret
    m_testResult->clear();
    environmentChanged();
    showSecretState();
}

void ConnectionDialog::showSecretState()
{
    const QString id = m_currentId;
    m_secretState->setText(tr("Checking the system keychain\u2026"));
    m_credentials->read(id, [this, id](const CredentialStore::Result &result) {
        if (id != m_currentId)
            return;
        switch (result.status) {
        case CredentialStore::Status::Ok:
            m_secretState->setText(tr("Stored in the system keychain. Type a new secret to replace it."));
            m_secret->setPlaceholderText(tr("stored in keychain"));
            break;
        case CredentialStore::Status::NotFound:
            m_secretState->setText(m_credentials->sessionSecret(id).isEmpty()
                    ? tr("No secret stored. Paste the API client's secret here.")
                    : tr("Held for this session only; it was not saved."));
            m_secret->setPlaceholderText(QString());
            break;
        case CredentialStore::Status::Unavailable:
            m_secretState->setText(
                tr("%1. A secret typed here is used for this session only and is not saved.")
                    .arg(result.message));
            break;
        }
    });
}

void ConnectionDialog::environmentChanged()
{
    const auto environment = Profile::Environment(m_environment->currentData().toInt());
    const bool custom = environment == Profile::Environment::Custom;
    m_url->setReadOnly(!custom);
    if (!custom)
        m_url->setText(Profile::urlFor(environment).toString());
}

Profile ConnectionDialog::profileFromForm() const
{
    Profile profile = m_profiles->byId(m_currentId).value_or(Profile());
    profile.name = m_name->text().trimmed();
    profile.environment = Profile::Environment(m_environment->currentData().toInt());
    profile.baseUrl = QUrl(m_url->text().trimmed());
    profile.clientId = m_clientId->text().trimmed();
    profile.pageSize = m_pageSize->value();
    return profile;
}

bool ConnectionDialog::saveProfile()
{
    if (m_currentId.isEmpty())
        return false;
    const Profile profile = profileFromForm();
    QString problem;
    if (profile.name.isEmpty())
        problem = tr("Give the connection a name.");
    else if (const auto other = m_profiles->byName(profile.name); other && other->id != profile.id)
        problem = tr("Another connection is already called \u201c%1\u201d.").arg(profile.name);
    else if (profile.clientId.isEmpty())
        problem = tr("Give the API client's id.");
    else
        problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (!problem.isEmpty()) {
        dialogs::warning(this, tr("Connection not saved"), problem);
        return false;
    }
    m_profiles->save(profile);
    QString secret = m_secret->text();
    m_secret->clear();
    if (!secret.isEmpty()) {
        const CredentialStore::Result written = m_credentials->writeNow(profile.id, secret);
        if (written.status != CredentialStore::Status::Ok) {
            m_credentials->setSessionSecret(profile.id, secret);
            dialogs::warning(this, tr("Secret not saved"),
                tr("%1. The secret was not saved; it will be used for this session only.")
                    .arg(written.message));
        }
        secret.fill(QLatin1Char('\0'));
    }
    reload(profile.id);
    Q_EMIT profilesChanged();
    return true;
}

void ConnectionDialog::addProfile()
{
    Profile profile;
    QString name = tr("New connection");
    for (int n = 2; m_profiles->byName(name); ++n)
        name = tr("New connection %1").arg(n);
    profile.name = name;
    profile.baseUrl = Profile::urlFor(profile.environment);
    profile = m_profiles->save(profile);
    reload(profile.id);
    m_name->setFocus();
    m_name->selectAll();
    Q_EMIT profilesChanged();
}

void ConnectionDialog::duplicateProfile()
{
    std::optional<Profile> profile = m_profiles->byId(m_currentId);
    if (!profile)
        return;
    profile->id.clear(); // a new id: the copy has no secret until one is given
    QString name = tr("%1 (copy)").arg(profile->name);
    for (int n = 2; m_profiles->byName(name); ++n)
        name = tr("%1 (copy %2)").arg(profile->name).arg(n);
    profile->name = name;
    const Profile copy = m_profiles->save(*profile);
    reload(copy.id);
    Q_EMIT profilesChanged();
}

void ConnectionDialog::deleteProfile()
{
    const std::optional<Profile> profile = m_profiles->byId(m_currentId);
    if (!profile
        || !dialogs::confirm(this, tr("Delete connection"),
            tr("Delete \u201c%1\u201d and its secret from the system keychain?").arg(profile->name)))
        return;
    const CredentialStore::Result removed = m_credentials->removeNow(profile->id);
    if (removed.status == CredentialStore::Status::Unavailable) {
        dialogs::warning(this, tr("Connection kept"),
            tr("%1. The connection was kept so its secret does not stay behind.").arg(removed.message));
        return;
    }
    m_profiles->remove(profile->id);
    reload(QString());
    Q_EMIT profilesChanged();
}

void ConnectionDialog::testConnection()
{
    const Profile profile = profileFromForm();
    const QString problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (!problem.isEmpty()) {
        m_testResult->setText(problem);
        Q_EMIT testFinished(false);
        return;
    }
    QString secret = m_secret->text();
    if (secret.isEmpty())
        secret = m_credentials->sessionSecret(profile.id);
    if (secret.isEmpty())
        secret = m_credentials->readNow(profile.id).secret;
    if (secret.isEmpty()) {
        m_testResult->setText(tr("Type the client secret first."));
        Q_EMIT testFinished(false);
        return;
    }
    ConnectionSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.clientId = profile.clientId;
    settings.clientSecret = secret;
    settings.maxAttempts = 1;
    settings.timeoutMs = 15000;
    m_testClient->setSettings(settings);
    secret.fill(QLatin1Char('\0'));
    if (m_test)
        m_test->abandon();
    m_testResult->setText(tr("Connecting\u2026"));
    m_test = m_testClient->fetchUsersPage(m_testRegistry.get(), 1);
    connect(m_test, &ApiRequest::finished, this, [this, request = m_test.data()] {
        const ApiError &error = request->error();
        if (!error.isError()) {
            const auto total = request->page().pagination.totalResultSize;
            m_testResult->setText(total
                    ? tr("Connected. The account has %1 users.").arg(QLocale().toString(*total))
                    : tr("Connected."));
        } else if (error.kind == ApiError::Kind::Authentication) {
            m_testResult->setText(tr("Authentication failed: %1").arg(error.toString()));
        } else {
            m_testResult->setText(tr("Could not connect: %1").arg(error.toString()));
        }
        Q_EMIT testFinished(!error.isError());
    });
}

} // namespace sa
