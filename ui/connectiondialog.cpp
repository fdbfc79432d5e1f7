// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "dialogs.h"
#include "roleregistry.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
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
    , m_caFile(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_secretState(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_form(new QWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_showSecret(new QToolButton(this))
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

    m_caFile->setPlaceholderText(tr("none: the system's CAs only"));
    m_caFile->setToolTip(tr("A PEM file of CA certificates to trust for https besides the system's: those "
                            "of your organisation's TLS-inspecting proxy, or of a private endpoint."));
    auto *browseCa = new QPushButton(tr("&Browse\u2026"), this);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates"),
            QFileInfo(m_caFile->text()).absolutePath(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
            markDirty();
        }
    });

    // One mnemonic per control: N E U D T Z F B in the form, A P L S O C below.
    auto *add = new QPushButton(tr("&Add"), this);
    m_duplicateButton = new QPushButton(tr("Du&plicate"), this);
    m_deleteButton = new QPushButton(tr("De&lete"), this);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_testButton = new QPushButton(tr("Test c&onnection"), this);
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::environmentChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id == m_currentId && !(m_isNew && !id.isEmpty()))
            return;
        if (!confirmLeave()) {
            // Stay on the draft: the selection goes back to it.
            const QSignalBlocker blocker(m_list);
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(Qt::UserRole).toString() == m_currentId)
                    m_list->setCurrentRow(i);
            }
            return;
        }
        // (An unsaved draft that was left goes; reload shows what was chosen.)
        reload(id);
    });
    // Every edit makes the form a draft to save.
    connect(m_name, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);
    connect(m_clientId, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);
    connect(m_caFile, &QLineEdit::textEdited, this, &ConnectionDialog::markDirty);
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            markDirty();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ConnectionDialog::markDirty);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &ConnectionDialog::markDirty);
    // The secret can be shown while it is typed or pasted, to check it.
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setToolTip(tr("Show the secret as typed"));
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    m_emptyHint->setText(tr("No saved connections yet. Click Add to connect to your Sequence account: you "
                            "need the client id and secret of an API client, from Sequence's settings."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("Client I&D:"), m_clientId);
    auto *secretLabel = new QLabel(tr("Client secre&t:"), m_form);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);
    form->addRow(QString(), m_secretState);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    auto *caLabel = new QLabel(tr("CA &file (optional):"), m_form);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(m_testButton);
    actions->addStretch(1);
    form->addRow(actions);
    form->addRow(m_testResult);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_emptyHint);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    // Tab follows the form from top to bottom, then its buttons.
    QWidget::setTabOrder(m_list, m_name);
    QWidget::setTabOrder(m_name, m_environment);
    QWidget::setTabOrder(m_environment, m_url);
    QWidget::setTabOrder(m_url, m_clientId);
    QWidget::setTabOrder(m_clientId, m_secret);
    QWidget::setTabOrder(m_secret, m_showSecret);
    QWidget::setTabOrder(m_showSecret, m_pageSize);
    QWidget::setTabOrder(m_pageSize, m_caFile);
    QWidget::setTabOrder(m_caFile, browseCa);
    QWidget::setTabOrder(browseCa, m_saveButton);
    QWidget::setTabOrder(m_saveButton, m_testButton);
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
    m_emptyHint->setVisible(all.isEmpty());
    m_duplicateButton->setEnabled(!all.isEmpty());
    m_deleteButton->setEnabled(!all.isEmpty() && m_pending == 0);
    m_dirty = false;
    m_isNew = false;
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
    m_dirty = false;
    m_filling = true;
    m_name->setText(profile->name);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(int(profile->environment))));
    m_url->setText(profile->baseUrl.toString());
    m_clientId->setText(profile->clientId);
    m_pageSize->setValue(profile->pageSize);
    m_caFile->setText(profile->caFile);
    m_secret->clear(); // never the stored secret
    m_testResult->clear();
    environmentChanged();
    m_filling = false;
    showSecretState();
}

void ConnectionDialog::markDirty()
{
    if (!m_filling)
        m_dirty = true;
}

bool ConnectionDialog::confirmLeave()
{
    if (!m_dirty)
        return true;
    const QString name
        = m_name->text().trimmed().isEmpty() ? tr("the new connection") : m_name->text().trimmed();
    switch (dialogs::askUnsaved(this, tr("Unsaved changes"),
        tr("\u201c%1\u201d has changes that are not saved. Save them?").arg(name))) {
    case dialogs::Unsaved::Save:
        return saveProfile();
    case dialogs::Unsaved::Discard:
        m_dirty = false;
        m_secret->clear();
        return true;
    case dialogs::Unsaved::Cancel:
        break;
    }
    return false;
}

void ConnectionDialog::reject()
{
    if (!confirmLeave())
        return;
    QDialog::reject();
}

void ConnectionDialog::closeEvent(QCloseEvent *event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ConnectionDialog::setBusy(int delta)
{
    m_pending += delta;
    const bool busy = m_pending > 0;
    // No second Save or Delete while the keychain works on the first.
    m_saveButton->setEnabled(!busy);
    m_deleteButton->setEnabled(!busy && m_list->count() > 0);
    if (!busy)
        Q_EMIT idle();
}

void ConnectionDialog::showSecretState()
{
    const QString id = m_currentId;
    if (id.isEmpty()) {
        m_secretState->setText(tr("Paste the API client's secret here; it goes to the system keychain."));
        return;
    }
    m_secretState->setText(tr("Checking the system keychain\u2026"));
    QPointer<ConnectionDialog> self(this);
    m_credentials->read(id, [this, self, id](const CredentialStore::Result &result) {
        if (!self || id != m_currentId)
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
    profile.caFile = m_caFile->text().trimmed();
    if (!profile.caFile.isEmpty())
        profile.caFile = QFileInfo(profile.caFile).absoluteFilePath();
    return profile;
}

bool ConnectionDialog::saveProfile()
{
    if ((m_currentId.isEmpty() && !m_isNew) || m_pending > 0)
        return false;
    Profile profile = profileFromForm();
    QString problem;
    if (profile.name.isEmpty())
        problem = tr("Give the connection a name.");
    else if (const auto other = m_profiles->byName(profile.name); other && other->id != profile.id)
        problem = tr("Another connection is already called \u201c%1\u201d.").arg(profile.name);
    else if (profile.clientId.isEmpty())
        problem = tr("Give the API client's id.");
    else
        problem = ApiClient::checkBaseUrl(profile.baseUrl);
    if (problem.isEmpty() && !profile.caFile.isEmpty())
        problem = ApiClient::checkCaFile(profile.caFile);
    if (!problem.isEmpty()) {
        dialogs::warning(this, tr("Connection not saved"), problem);
        return false;
    }
    profile = m_profiles->save(profile);
    QString secret = m_secret->text();
    m_secret->clear();
    m_dirty = false;
    m_isNew = false;
    if (!secret.isEmpty()) {
        setBusy(+1);
        QPointer<ConnectionDialog> self(this);
        CredentialStore *credentials = m_credentials;
        const QString id = profile.id;
        m_credentials->write(
            id, secret, [self, credentials, id, secret](const CredentialStore::Result &written) mutable {
                if (written.status != CredentialStore::Status::Ok) {
                    // Kept for the session even when the dialog is gone.
                    credentials->setSessionSecret(id, secret);
                    if (self)
                        dialogs::warning(self, tr("Secret not saved"),
                            tr("%1. The secret was not saved; it will be used for this session only.")
                                .arg(written.message));
                }
                secret.fill(QLatin1Char('\0'));
                if (self) {
                    self->setBusy(-1);
                    if (self->m_currentId == id)
                        self->showSecretState();
                }
            });
        secret.fill(QLatin1Char('\0'));
    }
    reload(profile.id);
    Q_EMIT profilesChanged();
    return true;
}

void ConnectionDialog::addProfile()
{
    if (!confirmLeave())
        return;
    if (m_isNew)
        reload(QString());
    // A draft only: nothing is stored (nor shown in the window) until Save.
    QString name = tr("New connection");
    for (int n = 2; m_profiles->byName(name); ++n)
        name = tr("New connection %1").arg(n);
    {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(tr("%1 (not saved)").arg(name), m_list);
        item->setData(Qt::UserRole, QString());
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        m_list->setCurrentItem(item);
    }
    m_isNew = true;
    m_currentId.clear();
    m_form->setEnabled(true);
    m_emptyHint->hide();
    m_filling = true;
    m_name->setText(name);
    m_environment->setCurrentIndex(m_environment->findData(int(Profile::Environment::ProductionEu)));
    m_url->setText(Profile::urlFor(Profile::Environment::ProductionEu).toString());
    m_clientId->clear();
    m_pageSize->setValue(100);
    m_caFile->clear();
    m_secret->clear();
    m_secret->setPlaceholderText(QString());
    m_testResult->clear();
    environmentChanged();
    m_filling = false;
    m_dirty = true; // a new connection is unsaved until saved
    showSecretState();
    m_name->setFocus();
    m_name->selectAll();
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
    if (m_isNew) { // an unsaved draft: nothing to delete but the draft
        m_isNew = false;
        m_dirty = false;
        reload(QString());
        return;
    }
    const std::optional<Profile> profile = m_profiles->byId(m_currentId);
    if (!profile || m_pending > 0
        || !dialogs::confirm(this, tr("Delete connection"),
            tr("Delete \u201c%1\u201d and its secret from the system keychain?").arg(profile->name)))
        return;
    setBusy(+1);
    QPointer<ConnectionDialog> self(this);
    ProfileStore *profiles = m_profiles;
    const Profile doomed = *profile;
    m_credentials->remove(doomed.id, [self, profiles, doomed](const CredentialStore::Result &removed) {
        if (removed.status == CredentialStore::Status::Unavailable) {
            if (self) {
                self->setBusy(-1);
                dialogs::warning(self, tr("Connection kept"),
                    tr("%1. The connection was kept so its secret does not stay behind.")
                        .arg(removed.message));
            }
            return;
        }
        profiles->remove(doomed.id);
        if (self) {
            self->setBusy(-1);
            self->reload(QString());
            Q_EMIT self->profilesChanged();
        }
    });
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
    // The draft as it stands: the secret typed, else the one held or stored.
    QString secret = m_secret->text();
    if (secret.isEmpty())
        secret = m_credentials->sessionSecret(profile.id);
    if (!secret.isEmpty() || profile.id.isEmpty()) {
        startTest(profile, secret);
        return;
    }
    m_testResult->setText(tr("Reading the secret from the system keychain\u2026"));
    QPointer<ConnectionDialog> self(this);
    m_credentials->read(profile.id, [self, profile](const CredentialStore::Result &result) {
        if (self)
            self->startTest(profile, result.secret);
    });
}

void ConnectionDialog::startTest(const Profile &profile, QString secret)
{
    if (secret.isEmpty()) {
        m_testResult->setText(tr("Type the client secret first."));
        Q_EMIT testFinished(false);
        return;
    }
    ConnectionSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.clientId = profile.clientId;
    settings.clientSecret = secret;
    settings.caFile = profile.caFile;
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
            m_testResult->setText(
                total ? tr("Connected. The account has %Ln users.", nullptr, int(*total)) : tr("Connected."));
        } else if (error.kind == ApiError::Kind::Authentication) {
            m_testResult->setText(tr("Authentication failed: %1").arg(error.toString()));
        } else {
            m_testResult->setText(tr("Could not connect: %1").arg(error.toString()));
        }
        Q_EMIT testFinished(!error.isError());
    });
}

} // namespace sa
