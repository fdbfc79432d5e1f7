// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace sa {

// The one seam for message boxes: tests install a hook that records the
// message instead of showing a modal box that would block them.
namespace dialogs {
using Hook = std::function<void(const QString &title, const QString &text)>;
void setHook(Hook hook);
void warning(QWidget *parent, const QString &title, const QString &text);
// A plain-text message that is not a warning (a result); same hook.
void information(QWidget *parent, const QString &title, const QString &text);
// The About box; tests see it through the same hook as warnings.
void about(QWidget *parent, const QString &title, const QString &text);
// Asks for a secret in a password field; empty when cancelled.
using SecretHook = std::function<QString(const QString &text)>;
void setSecretHook(SecretHook hook);
QString askSecret(QWidget *parent, const QString &title, const QString &text);
// Asks yes or no; tests answer through the warning hook's twin.
using ConfirmHook = std::function<bool(const QString &text)>;
void setConfirmHook(ConfirmHook hook);
bool confirm(QWidget *parent, const QString &title, const QString &text);
// Asks for a line of text; empty when cancelled.
using TextHook = std::function<QString(const QString &label)>;
void setTextHook(TextHook hook);
QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text = QString());
// Unsaved changes: save them, throw them away, or stay where one was.
enum class Unsaved { Save, Discard, Cancel };
using UnsavedHook = std::function<Unsaved(const QString &text)>;
void setUnsavedHook(UnsavedHook hook);
Unsaved askUnsaved(QWidget *parent, const QString &title, const QString &text);
} // namespace dialogs

} // namespace sa
