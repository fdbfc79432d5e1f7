// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
// sa::application: the icon and the language. The real main window in German, offscreen, against the emulator
// over loopback. main() below sets a German system language (LANGUAGE), as a desktop session would, before
// the application starts.
#include "apiclient.h"
#include "application.h"
#include "dialogs.h"
#include "emulatorserver.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "sa_version.h"
#include "usertablemodel.h"

#include "support/windowfixture.h"
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include <QtTest>

using namespace sa;

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void shouldFollowTheSystemLanguage();
    void shouldShowTheWindowInGerman();
    void shouldTranslateQtsOwnButtonsToo();
    void shouldFallBackToEnglishWithoutATranslation();
    void shouldCarryTheIconForRunsFromTheBuildTree();

private:
    using Fixture = satest::WindowFixture;
    static Fixture open(qint64 users) { return satest::openWindow(users); }
    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            titles << action->text();
        return titles;
    }
};

void TestApplication::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SequenceAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_application"));
    QSettings().clear();
}

void TestApplication::cleanup()
{
    dialogs::setHook({});
}

void TestApplication::shouldFollowTheSystemLanguage()
{
    // Austrian German first: no de_AT translation exists, so German is next.
    QCOMPARE(QLocale::system().uiLanguages().value(0), QStringLiteral("de-AT"));
    QCOMPARE(application::installTranslations(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("sa::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestApplication::shouldShowTheWindowInGerman()
{
    QCOMPARE(
        application::installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    Fixture f = open(250);
    MainWindow &window = *f.window;
    QTableView *view = window.userView();
    QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 100; }, 5000));

    QCOMPARE(menuTitles(window),
        QStringList({QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Benutzer"),
            QStringLiteral("&Hilfe")}));
    QCOMPARE(view->model()->headerData(UserTableModel::EmailColumn, Qt::Horizontal).toString(),
        QStringLiteral("E-Mail"));
    QCOMPARE(view->model()->headerData(UserTableModel::RolesColumn, Qt::Horizontal).toString(),
        QStringLiteral("Rollen"));
    QCOMPARE(window.searchField()->placeholderText(), QStringLiteral("E-Mail oder ID suchen (Strg+F)"));
    const QString status = window.statusBar()->findChildren<QLabel *>().first()->text();
    QVERIFY2(status.contains(QStringLiteral("von 250 Benutzern geladen")), qPrintable(status));

    // Help > About: German, with the version from CMake.
    QString title, text;
    dialogs::setHook([&](const QString &t, const QString &body) {
        title = t;
        text = body;
    });
    QAction *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QCOMPARE(about->text(), QStringLiteral("Ü&ber Sequence Admin"));
    about->trigger();
    QCOMPARE(title, QStringLiteral("Über Sequence Admin"));
    QVERIFY2(text.contains(QStringLiteral("Sequence Admin " SA_VERSION_STRING)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Schlüsselbund")), qPrintable(text));
}

void TestApplication::shouldTranslateQtsOwnButtonsToo()
{
    application::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    ExportDialog dialog(10, 10, 10, false, true);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Berechtigungsbericht exportieren"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Exportieren"));
    // Qt's own string, from Qt's German catalogue (qt6-translations-l10n).
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // Every mnemonic label leads somewhere (else its & shows as a character).
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    int mnemonics = 0;
    for (const QLabel *label : labels) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QCOMPARE(mnemonics, 2); // &Format:, &Datei:
}

void TestApplication::shouldFallBackToEnglishWithoutATranslation()
{
    QCOMPARE(
        application::installTranslations(QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    Fixture f = open(50);
    QCOMPARE(menuTitles(*f.window).value(0), QStringLiteral("&File"));
    QCOMPARE(
        f.window->userView()->model()->headerData(UserTableModel::EmailColumn, Qt::Horizontal).toString(),
        QStringLiteral("Email"));
}

void TestApplication::shouldCarryTheIconForRunsFromTheBuildTree()
{
    // No icon theme here has ours: every size comes from the compiled-in PNGs.
    const QIcon icon = application::icon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 256}) {
        const QImage image = icon.pixmap(QSize(size, size)).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The tile's blue, not a blank or a placeholder.
        const QColor centre = image.pixelColor(size / 2, size / 10);
        QVERIFY2(centre.blue() > centre.red() + 40, qPrintable(centre.name()));
    }
}

int main(int argc, char *argv[])
{
    // What a German desktop session sets; read by QLocale::system().
    qputenv("LANGUAGE", "de_AT:de");
    QApplication app(argc, argv);
    TestApplication test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
