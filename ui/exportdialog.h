#pragma once

#include "reportwriter.h"

#include <QDialog>

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
    ExportDialog(int matching, int loaded, qint64 total, bool filtered, QWidget *parent = nullptr);

    ReportWriter::Format format() const;
    void setFormat(ReportWriter::Format format);
    QString path() const;
    void setPath(const QString &path);

    void accept() override;

private:
    void browse();
    void updateSuffix();

    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_summary;
};

} // namespace sa
