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
class QToolButton;

namespace sa {

class ApiClient;
class CredentialStore;
class UsersPageRequest;
class RoleRegistry;

// Connections: add, edit, duplicate, delete profiles; test one. The secret
// field is never filled with the stored secret: typing in it replaces it.
// Edits are a draft until Save: leaving a changed draft (another
// connection, Add, Close) asks to save, discard or stay, and Add makes
// nothing until it is saved. The keychain is asked asynchronously: no slot
// waits in a nested event loop, and while a call is pending the buttons
// that would start another are disabled.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QString currentProfileId() const { return m_currentId; }
    void selectProfile(const QString &id);

    bool hasUnsavedChanges() const { return m_dirty; }
    // Keychain calls started by this dialog and not finished yet.
    bool isBusy() const { return m_pending > 0; }

    // For tests.
    QListWidget *list() const { return m_list; }
    QPushButton *saveButton() const { return m_saveButton; }
    QToolButton *showSecretButton() const { return m_showSecret; }
    QLabel *emptyHint() const { return m_emptyHint; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *environmentField() const { return m_environment; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLabel *secretState() const { return m_secretState; }
    QLabel *testResult() const { return m_testResult; }

public Q_SLOTS:
    void addProfile();
    void duplicateProfile();
    void deleteProfile();
    // Saves the draft; its secret goes to the keychain in the background
    // (idle() follows). False, with the reason shown, when the draft is not valid.
    bool saveProfile();
    void testConnection();
    void reject() override;

Q_SIGNALS:
    void profilesChanged();
    void testFinished(bool ok);
    // No keychain call of this dialog is pending any more.
    void idle();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reload(const QString &select);
    void markDirty();
    // True when the draft may be left: unchanged, saved, or discarded.
    bool confirmLeave();
    void setBusy(int delta);
    void startTest(const Profile &profile, QString secret);
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
    QLineEdit *m_caFile;
    QLineEdit *m_secret;
    QLabel *m_secretState;
    QLabel *m_testResult;
    QWidget *m_form;
    QLabel *m_emptyHint;
    QToolButton *m_showSecret;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_testButton = nullptr;
    bool m_dirty = false;
    bool m_filling = false; // the form is being filled from a profile: not an edit
    bool m_isNew = false; // the draft is an added connection, not saved yet
    int m_pending = 0;
    ApiClient *m_testClient;
    std::unique_ptr<RoleRegistry> m_testRegistry;
    QPointer<UsersPageRequest> m_test;
};

} // namespace sa
