// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keyboard mnemonics of a window or dialog: each Alt+letter leads to one
// control, and every label with a mnemonic has a buddy to lead to.
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QStringList>
#include <QWidget>

namespace satest {

inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return QChar();
}

// Empty when every visible control's mnemonic is unique and every label
// with one has a buddy; else one line per problem.
inline QStringList mnemonicProblems(QWidget *root)
{
    QMap<QChar, QStringList> owners;
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            text = group->title();
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->textFormat() == Qt::RichText || label->text().contains(QLatin1Char('<')))
                continue;
            text = label->text();
            if (!mnemonicOf(text).isNull() && !label->buddy())
                problems << QStringLiteral("label \"%1\" has a mnemonic but no buddy").arg(text);
        }
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners[key] << text;
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems
                << QStringLiteral("Alt+%1 leads to %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

// The same for a menu bar's or a menu's actions, and each submenu's in turn:
// within one menu, each letter opens or triggers one entry.
inline QStringList menuMnemonicProblems(const QList<QAction *> &actions, const QString &where)
{
    QMap<QChar, QStringList> owners;
    QStringList problems;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = mnemonicOf(action->text());
        if (!key.isNull())
            owners[key] << action->text();
        if (action->menu())
            problems << menuMnemonicProblems(action->menu()->actions(),
                where + QLatin1String(" > ") + QString(action->text()).remove(QLatin1Char('&')));
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: Alt+%2 leads to %3")
                            .arg(where, it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}
} // namespace satest
