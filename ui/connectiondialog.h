// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sa {

class ApiClient;
class CredentialStore;
class UsersPageRequest;
class RoleRegistry;

// Connections: add, edit, duplicate, delete profiles; test one. The secret
// field is never filled with the stored secret: typing in it replaces it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QString currentProfileId() const { return m_currentId; }
    void selectProfile(const QString &id);

    // For tests.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *environmentField() const { return m_environment; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *secretField() const { return m_secret; }
    QLabel *secretState() const { return m_secretState; }
    QLabel *testResult() const { return m_testResult; }

public Q_SLOTS:
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    bool saveProfile();
    void testConnection();

Q_SIGNALS:
    void profilesChanged();
    void testFinished(bool ok);

private:
    void reload(const QString &select);
    void showProfile(const QString &id);
    void showSecretState();
    void environmentChanged();
    Profile profileFromForm() const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QString m_currentId;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLineEdit *m_clientId;
    QSpinBox *m_pageSize;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QLabel *m_testResult;
    QWidget *m_form;
    ApiClient *m_testClient;
    std::unique_ptr<RoleRegistry> m_testRegistry;
    QPointer<UsersPageRequest> m_test;
};

} // namespace sa
