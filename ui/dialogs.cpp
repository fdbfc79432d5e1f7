// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace sa::dialogs {

namespace {
Hook &hook()
{
    static Hook instance;
    return instance;
}
} // namespace

SecretHook &secretHook()
{
    static SecretHook instance;
    return instance;
}

ConfirmHook &confirmHook()
{
    static ConfirmHook instance;
    return instance;
}

void setSecretHook(SecretHook hook)
{
    secretHook() = std::move(hook);
}

QString askSecret(QWidget *parent, const QString &title, const QString &text)
{
    if (secretHook())
        return secretHook()(text);
    return QInputDialog::getText(parent, title, text, QLineEdit::Password);
}

void setConfirmHook(ConfirmHook hook)
{
    confirmHook() = std::move(hook);
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (confirmHook())
        return confirmHook()(text);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

TextHook &textHook()
{
    static TextHook hook;
    return hook;
}

void setTextHook(TextHook hook)
{
    textHook() = std::move(hook);
}

QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (textHook())
        return textHook()(label);
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? answer.trimmed() : QString();
}

UnsavedHook &unsavedHook()
{
    static UnsavedHook hook;
    return hook;
}

void setUnsavedHook(UnsavedHook hook)
{
    unsavedHook() = std::move(hook);
}

Unsaved askUnsaved(QWidget *parent, const QString &title, const QString &text)
{
    if (unsavedHook())
        return unsavedHook()(text);
    QMessageBox box(QMessageBox::Question, title, text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

void setHook(Hook replacement)
{
    hook() = std::move(replacement);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (hook()) {
        hook()(title, text);
        return;
    }
    // Plain text: warnings quote servers and files, whose text must not
    // be read as markup (links, images).
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (hook()) {
        hook()(title, text);
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void about(QWidget *parent, const QString &title, const QString &text)
{
    if (hook()) {
        hook()(title, text);
        return;
    }
    QMessageBox::about(parent, title, text);
}

} // namespace sa::dialogs
