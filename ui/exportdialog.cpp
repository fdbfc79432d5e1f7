// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sa {

ExportDialog::ExportDialog(int matching, int loaded, qint64 total, bool filtered, bool complete,
    const QString &account, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_loadFirst(new QCheckBox(tr("&Load the users not loaded yet first"), this))
    , m_partialWarning(new QLabel(this))
{
    setWindowTitle(tr("Export permission report"));
    setObjectName(QStringLiteral("exportDialog"));
    m_format->addItem(tr("CSV, one row per permission (csv)"), int(ReportWriter::Format::Csv));
    m_format->addItem(
        tr("CSV, one column per permission (matrix-csv)"), int(ReportWriter::Format::MatrixCsv));
    m_format->addItem(tr("JSON, as the API sends it (json)"), int(ReportWriter::Format::Json));
    m_format->addItem(tr("JSON, one user per line (ndjson)"), int(ReportWriter::Format::Ndjson));
    m_format->addItem(tr("HTML report (html)"), int(ReportWriter::Format::Html));
    m_format->addItem(tr("PDF report (pdf)"), int(ReportWriter::Format::Pdf));
    m_format->setAccessibleName(tr("Report format"));
    m_path->setAccessibleName(tr("Output file"));
    m_summary->setWordWrap(true);

    const QLocale locale;
    const bool partial = !complete;
    QString text = filtered ? tr("Exports the users that match the current filters: %1 of the %2 loaded.")
                                  .arg(locale.toString(matching), locale.toString(loaded))
                            : tr("Exports all %Ln loaded users.", nullptr, loaded);
    if (partial && total > loaded)
        text += QLatin1Char(' ')
            + tr("The other %Ln users of the account are not loaded yet.", nullptr, int(total - loaded));
    m_summary->setText(text);
    m_loadFirst->setChecked(true);
    m_loadFirst->setVisible(partial);
    m_loadFirst->setToolTip(
        tr("Without it, the report holds only the users loaded so far and says it is partial."));
    m_partialWarning->setObjectName(QStringLiteral("partialWarning"));
    m_partialWarning->setWordWrap(true);
    m_partialWarning->setText(tr("Partial report: only the users loaded so far are written. A csv file "
                                 "cannot say so itself; html, pdf and json reports say it at the top."));
    m_partialWarning->hide();
    m_partial = partial;
    connect(m_loadFirst, &QCheckBox::toggled, this, &ExportDialog::updateWarning);

    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row of a layout gets a label without a buddy: this one needs it for Alt+I.
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_loadFirst);
    layout->addWidget(m_partialWarning);
    layout->addWidget(buttons);

    QSettings settings;
    const int last = m_format->findData(settings.value(QStringLiteral("export/format"), 0).toInt());
    m_format->setCurrentIndex(std::max(last, 0));
    const QString folder = settings
                               .value(QStringLiteral("export/folder"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    // A name of its own per account and day: last quarter's report is never
    // the default target of this one.
    m_path->setText(QDir(folder).filePath(
        defaultFileName(account, QDate::currentDate(), ReportWriter::fileSuffix(format()))));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateWarning);
    updateWarning();
}

bool ExportDialog::loadFirst() const
{
    return m_loadFirst->isChecked();
}

void ExportDialog::setLoadFirst(bool loadFirst)
{
    m_loadFirst->setChecked(loadFirst);
}

void ExportDialog::setSelection(int count, const QString &account)
{
    m_summary->setText(tr("Exports the %Ln selected users, and no others.", nullptr, count));
    m_partial = false;
    m_loadFirst->setChecked(false);
    m_loadFirst->hide();
    m_path->setText(QFileInfo(path()).dir().filePath(defaultFileName(account, QDate::currentDate(),
        ReportWriter::fileSuffix(format()), QStringLiteral("selected-users"))));
    updateWarning();
}

void ExportDialog::updateWarning()
{
    // Shown for every partial report; for csv it is the only place that says so.
    const bool partial = m_partial && !loadFirst();
    m_partialWarning->setVisible(partial);
    QFont font = m_partialWarning->font();
    font.setBold(
        partial && (format() == ReportWriter::Format::Csv || format() == ReportWriter::Format::MatrixCsv));
    m_partialWarning->setFont(font);
}

ReportWriter::Format ExportDialog::format() const
{
    return ReportWriter::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ReportWriter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateSuffix()
{
    QFileInfo info(path());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(
        QDir(info.path())
            .filePath(info.completeBaseName() + QLatin1Char('.') + ReportWriter::fileSuffix(format())));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString ExportDialog::defaultFileName(
    const QString &account, const QDate &date, const QString &suffix, const QString &what)
{
    QString name;
    for (const QChar c : account.toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("sequence");
    return QStringLiteral("%1-%2-%3.%4").arg(name, what, date.toString(Qt::ISODate), suffix);
}

void ExportDialog::accept()
{
    const QFileInfo target(path());
    if (path().isEmpty()) {
        dialogs::warning(this, windowTitle(), tr("Choose a file to export to."));
        return;
    }
    if (!target.absoluteDir().exists()) {
        // Before anything is loaded or written: create it, or say so and stay.
        if (!dialogs::confirm(this, windowTitle(),
                tr("The folder %1 does not exist. Create it?")
                    .arg(QDir::toNativeSeparators(target.absolutePath()))))
            return;
        if (!QDir().mkpath(target.absolutePath())) {
            dialogs::warning(this, windowTitle(),
                tr("The folder %1 could not be created; choose another one.")
                    .arg(QDir::toNativeSeparators(target.absolutePath())));
            return;
        }
    }
    const QString problem = ReportWriter::checkOutputPath(path());
    if (!problem.isEmpty()) {
        dialogs::warning(this, windowTitle(), problem);
        return;
    }
    if (target.exists()
        && !dialogs::confirm(this, windowTitle(),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.absoluteFilePath()))))
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), int(format()));
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
    QDialog::accept();
}

} // namespace sa
