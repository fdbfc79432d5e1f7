// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportwriter.h"

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
    ExportDialog(
        int matching, int loaded, qint64 total, bool filtered, bool complete, QWidget *parent = nullptr);

    ReportWriter::Format format() const;
    void setFormat(ReportWriter::Format format);
    QString path() const;
    // Load the users not loaded yet before writing.
    bool loadFirst() const;
    void setLoadFirst(bool loadFirst);
    void setPath(const QString &path);

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
