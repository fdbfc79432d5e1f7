// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sa {

// Asks for a report format and a file. Says which users will be exported:
// those matching the current filters, with any pages not loaded yet.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // complete: every user of the account is loaded. When not, the dialog
    // offers to load the rest first (the default) or to write a partial
    // report, and warns that a partial csv cannot say so itself.
    // account names the default file: "<account>-users-<date>.<ext>".
    ExportDialog(int matching, int loaded, qint64 total, bool filtered, bool complete,
        const QString &account = QString(), QWidget *parent = nullptr);

    // "acme-production-users-2026-11-29.csv": the account (or a user) as a
    // file name, what the report holds, the date, the format's suffix.
    static QString defaultFileName(const QString &account, const QDate &date, const QString &suffix,
        const QString &what = QStringLiteral("users"));

    ReportWriter::Format format() const;
    void setFormat(ReportWriter::Format format);
    QString path() const;
    // Load the users not loaded yet before writing.
    bool loadFirst() const;
    void setLoadFirst(bool loadFirst);
    void setPath(const QString &path);
    // Exports the users selected by hand instead: the summary says how many,
    // nothing is loaded first, and the default name says "selected-users".
    void setSelection(int count, const QString &account);

    // Checks the path before closing: a missing folder is created (when the
    // user agrees) or the dialog stays open; an existing file is replaced
    // only when the user says so.
    void accept() override;

private:
    void browse();
    void updateSuffix();

    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_summary;
    QCheckBox *m_loadFirst;
    QLabel *m_partialWarning;
    bool m_partial = false;
    void updateWarning();
};

} // namespace sa
