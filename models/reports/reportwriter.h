// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace sa {

struct Policy;

class UserStore;

// What a report says about where its data came from.
struct ReportContext
{
    QUrl source;
    QDateTime generatedAt; // UTC
    QString filterDescription; // empty when every user is included
    // Drawn from part of the account: only loadedUsers of accountUsers were
    // loaded (the rest was not fetched). The readable reports say so at the
    // top, json in a "partial" member; csv has no place for it.
    bool partial = false;
    qint64 loadedUsers = -1;
    qint64 accountUsers = -1; // -1: the server did not say
    // "Partial: only 600 of the account's 1,250 users were loaded; 650 are not in this report."
    QString partialNote() const;
    // Drawn from a stored snapshot instead of a load: "@3, loaded
    // 2026-11-29T10:00:00Z". html, pdf and json say so; csv cannot.
    QString snapshot;
    // An access policy to evaluate over the rows written: html and pdf get a
    // section per rule, json a "findings" member (csv has no place for it).
    std::shared_ptr<const Policy> policy;
    QDate today; // the day exceptions are judged on; invalid: today
    // A statement before the report (an access review's sign-off): html and
    // pdf show the title, each "label: value" line and the notes first, the
    // pdf on a page of its own. Empty title: none.
    QString coverTitle;
    std::vector<std::pair<QString, QString>> coverFacts;
    QStringList coverNotes;
    // pdf: printed at the foot of every page, beside the page number.
    QString footer;
    // Called now and then with the number of users written; returning false
    // stops the writer, which then fails with ReportWriter::cancelledError().
    // Runs on the writer's thread.
    std::function<bool(qsizetype done)> progress;
    // For writers: asks progress every 256 users; false when it said stop.
    bool keepGoing(qsizetype done) const { return !progress || done % 256 != 0 || progress(done); }
};

// Permission reports. Each writer writes the given rows of a store, in that
// order, to a QIODevice, and tells why when it cannot.
class ReportWriter
{
public:
    enum class Format { Csv, MatrixCsv, Json, Ndjson, Html, Pdf };

    virtual ~ReportWriter();
    static std::unique_ptr<ReportWriter> create(Format format);
    static bool parseFormat(const QString &name, Format *format);
    static QString formatName(Format format);
    static QString fileSuffix(Format format);

    bool write(QIODevice *device, const UserStore &store, const std::vector<int> &rows,
        const ReportContext &context);
    // Empty when a report can be written at path; else why not.
    static QString checkOutputPath(const QString &path);
    // Writes a report file atomically (QSaveFile): on any failure the file
    // is not created, and an existing one is left as it was.
    static bool writeFile(const QString &path, Format format, const UserStore &store,
        const std::vector<int> &rows, const ReportContext &context, QString *error);
    QString errorString() const { return m_error; }
    // The error of a write stopped by ReportContext::progress.
    static QString cancelledError();

protected:
    virtual bool writeReport(
        QIODevice *device, const UserStore &store, const std::vector<int> &rows, const ReportContext &context)
        = 0;
    bool put(QIODevice *device, const QByteArray &bytes);
    // Writers build a block and call this after each user: the block goes to
    // the device (and is emptied) once it passes 1 MiB. False when it could not.
    bool flushWhenFull(QIODevice *device, QByteArray &out);
    // context.keepGoing(), with the cancelled error set when it says stop.
    bool proceed(const ReportContext &context, qsizetype done);
    void setError(const QString &error) { m_error = error; }

private:
    QString m_error;
};

// Writes all of data, going on after short writes; false with *error the
// device's reason (its errno text for a file) when it cannot.
bool writeFully(QIODevice *device, const char *data, qint64 size, QString *error);

// One CSV field: quoted per RFC 4180 when needed (and whenever it holds a
// ;), and defused against spreadsheet formula injection: a single quote
// goes before a field that starts with a tab or CR, or whose first
// character after whitespace (NBSP and line breaks included) is = + - @ or
// a fullwidth one of them, and after every ; or , followed (after
// whitespace) by one. Control characters other than tab and line breaks
// are dropped, as are ESC sequences and bidi overrides.
void appendCsvField(QByteArray &out, const QString &value);

} // namespace sa
