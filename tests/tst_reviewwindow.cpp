// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Review mode in the real window, offscreen: started from the main window's
// filters against the emulator, decided with the K, R and F keys, signed off
// through the dialog, and then verified by the command-line tool.
#include "dialogs.h"
#include "permissionmatrixmodel.h"
#include "reviewsession.h"
#include "reviewwindow.h"
#include "userfilterproxymodel.h"
#include "userstore.h"

#include "support/windowfixture.h"
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <QtTest>

using namespace sa;

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keysShouldDecideAndSignOffShouldSealAVerifiableFolder();
    void signingOffShouldStopOnCancelAndSignNothing();

private:
    QTemporaryDir m_dir;
    QStringList m_messages;
    QStringList m_asked;
    QString m_answer;
};

void TestReviewWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    dialogs::setHook([this](const QString &title, const QString &text) {
        m_messages << title + QStringLiteral(": ") + text;
    });
    dialogs::setTextHook([this](const QString &label) {
        m_asked << label;
        return m_answer;
    });
}

void TestReviewWindow::keysShouldDecideAndSignOffShouldSealAVerifiableFolder()
{
    satest::WindowFixture f = satest::openWindow(150);
    // The scope is what the main window's filters select: active users.
    UserFilter filter;
    filter.state = QStringLiteral("active");
    f.window->proxyModel()->setFilter(filter);
    const QString dir = m_dir.filePath(QStringLiteral("q4-window"));
    ReviewWindow *review = f.window->startAccessReview(dir, QStringLiteral("Q4 window"));
    QVERIFY(review);
    QSignalSpy opened(review, &ReviewWindow::reviewOpened);
    QVERIFY(opened.wait(30000));
    ReviewSession *session = review->session();
    const int inScope = int(session->review().items.size());
    QVERIFY(inScope > 10 && inScope < 150);
    for (const ReviewItem &item : session->review().items)
        QCOMPARE(session->store().state(session->rowOf(int(&item - session->review().items.data()))),
            QStringLiteral("active"));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/pages/requests.json")));

    // The detail side shows the selected user's permissions as recorded.
    QTableView *table = review->table();
    table->setFocus();
    table->selectRow(0);
    QVERIFY(review->matrix()->rowCount() > 0);
    QVERIFY(review->userHeading()->text().contains(session->review().items[0].email));

    // K on one row; the next row becomes current.
    review->setReviewer(QStringLiteral("Rita Reviewer <rita.reviewer@example.org>"));
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(session->review().items[0].decision, Decision::Keep);
    QCOMPARE(table->currentIndex().row(), 1);
    // R on three selected rows asks for the reason once, for all three.
    table->selectionModel()->clearSelection();
    for (int row : {1, 2, 3})
        table->selectionModel()->select(
            review->filterModel()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_answer = QStringLiteral("left the company");
    m_asked.clear();
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().contains(QStringLiteral("3")));
    for (int i : {1, 2, 3}) {
        QCOMPARE(session->review().items[size_t(i)].decision, Decision::Revoke);
        QCOMPARE(session->review().items[size_t(i)].reason, QStringLiteral("left the company"));
        QCOMPARE(session->review().items[size_t(i)].reviewer,
            QStringLiteral("Rita Reviewer <rita.reviewer@example.org>"));
    }
    // F with no reason given (cancelled) decides nothing.
    table->selectRow(4);
    m_answer.clear();
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(session->review().items[4].decision, Decision::Undecided);
    m_answer = QStringLiteral("ask the team lead");
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(session->review().items[4].decision, Decision::Flag);
    // Shift+R: only some roles revoked, chosen in a dialog, with a reason.
    table->selectRow(5);
    QTest::keyClick(table, Qt::Key_R, Qt::ShiftModifier);
    RevokeRolesDialog *roles = review->revokeRolesDialog();
    QVERIFY(roles);
    QVERIFY(roles->roleList()->count() >= 1);
    QVERIFY(!roles->revokeButton()->isEnabled());
    roles->roleList()->item(0)->setCheckState(Qt::Checked);
    const QString revokedRole = roles->roleList()->item(0)->text();
    roles->reasonField()->setText(QStringLiteral("moved to sales"));
    QVERIFY(roles->revokeButton()->isEnabled());
    roles->revokeButton()->click();
    QCOMPARE(session->review().items[5].decision, Decision::Revoke);
    QCOMPARE(session->review().items[5].revokedRoles, QStringList {revokedRole});
    QCOMPARE(session->review().items[5].reason, QStringLiteral("moved to sales"));
    // review.json on disk follows every decision.
    QFile json(dir + QStringLiteral("/review.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("ask the team lead"));

    // The filter "revoke" shows exactly the four.
    review->decisionFilter()->setCurrentIndex(review->decisionFilter()->findData(int(Decision::Revoke)));
    QCOMPARE(review->filterModel()->rowCount(), 4);
    // Sign-off is refused while users are undecided.
    m_messages.clear();
    review->openSignOffDialog();
    QVERIFY(!review->signOffDialog());
    QVERIFY(m_messages.join(QString()).contains(QStringLiteral("undecided")));

    // Keep everyone else: "undecided" shown, all selected, K.
    review->decisionFilter()->setCurrentIndex(review->decisionFilter()->findData(int(Decision::Undecided)));
    QCOMPARE(review->filterModel()->rowCount(), inScope - 6);
    table->selectAll();
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(review->filterModel()->rowCount(), 0);
    QCOMPARE(session->review().counts().undecided, 0);
    QVERIFY(review->statusText()->text().contains(QStringLiteral("revoke 4")));

    // Sign off through the dialog.
    review->openSignOffDialog();
    SignOffDialog *dialog = review->signOffDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->signButton()->isEnabled()); // the statement is not ticked yet
    dialog->roleField()->setText(QStringLiteral("Controller"));
    dialog->statement()->setChecked(true);
    QVERIFY(dialog->signButton()->isEnabled());
    QSignalSpy signedOff(review, &ReviewWindow::signOffFinished);
    dialog->signButton()->click();
    QVERIFY(signedOff.wait(60000));
    QVERIFY2(signedOff.first().at(0).toBool(), qPrintable(signedOff.first().at(1).toString()));
    QVERIFY(session->isReadOnly());
    QVERIFY(!review->keepAction()->isEnabled());
    QVERIFY(review->windowTitle().contains(QStringLiteral("read-only")));
    // The reports carry the findings of the connection's policy (the starter one here).
    QFile html(dir + QStringLiteral("/report.html"));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray reportText = html.readAll();
    QVERIFY(reportText.contains("Access review: Q4 window"));
    QVERIFY(reportText.contains("Access policy findings"));
    QVERIFY(reportText.contains("Controller"));
    // Read-only: K does nothing now.
    review->decisionFilter()->setCurrentIndex(0);
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(session->review().items[0].decision, Decision::Keep);

    // The command-line tool verifies what the window sealed.
    QProcess cli;
    cli.start(QStringLiteral(SA_CLI_PATH), {QStringLiteral("review"), QStringLiteral("verify"), dir});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardOutput().constData());
    // The window's own Verify says the same.
    QSignalSpy verified(review, &ReviewWindow::verifyFinished);
    review->verifyReview();
    QVERIFY(verified.wait(30000));
    QVERIFY(verified.first().at(0).toBool());

    // Opened again from the folder, it is read-only and shows the decisions.
    ReviewWindow *again = f.window->openAccessReview(dir);
    QVERIFY(again);
    QVERIFY(again->session()->isReadOnly());
    QCOMPARE(again->session()->review().counts().revoke, 4);
    QCOMPARE(again->session()->review().items[5].revokedRoles, QStringList {revokedRole});
    // Its size and columns come back in the next review window.
    // (Smaller than the offscreen screen, which Qt 6.8 makes 800x600.)
    again->resize(720, 520);
    const QSize size = again->size();
    again->table()->setColumnWidth(ReviewTableModel::ReasonColumn, 333);
    again->close();
    ReviewWindow *third = f.window->openAccessReview(dir);
    QVERIFY(third);
    QCOMPARE(third->size(), size);
    QCOMPARE(third->table()->columnWidth(ReviewTableModel::ReasonColumn), 333);
    third->close();
    review->close();
}

void TestReviewWindow::signingOffShouldStopOnCancelAndSignNothing()
{
    satest::WindowFixture f = satest::openWindow(3000);
    const QString dir = m_dir.filePath(QStringLiteral("cancelled"));
    ReviewWindow *review = f.window->startAccessReview(dir, QStringLiteral("Cancelled"));
    QSignalSpy opened(review, &ReviewWindow::reviewOpened);
    QVERIFY(opened.wait(30000));
    review->setReviewer(QStringLiteral("Rita Reviewer <rita.reviewer@example.org>"));
    review->table()->selectAll();
    QTest::keyClick(review->table(), Qt::Key_K);
    QCOMPARE(review->session()->review().counts().undecided, 0);
    QSignalSpy finished(review, &ReviewWindow::signOffFinished);
    SignOff signOff;
    signOff.reviewer
        = {QStringLiteral("Rita Reviewer"), QStringLiteral("rita.reviewer@example.org"), QString()};
    review->signOff(signOff);
    QVERIFY(review->cancelButton()->isVisible());
    review->cancelButton()->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")),
        qPrintable(finished.first().at(1).toString()));
    QVERIFY(!review->cancelButton()->isVisible());
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/manifest.json")));
    QVERIFY(!review->session()->isReadOnly());
    // Signed off again, all the way this time.
    finished.clear();
    review->signOff(signOff);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(review->session()->isReadOnly());
    review->close();
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
