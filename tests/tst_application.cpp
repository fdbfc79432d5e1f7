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

#include "support/mnemonics.h"
#include "support/windowfixture.h"
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

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
    void shouldSayOneUserNotOneUsers();
    void shouldCarryTheIconForRunsFromTheBuildTree();
    void shouldBundleAnIconForEveryToolbarAction();

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
    // Every Alt+letter of the window, its menus, the table's context menu
    // and the export dialog leads to one place, in whatever language is on.
    static QStringList mnemonicProblemsOf(MainWindow &window)
    {
        QStringList problems = satest::mnemonicProblems(&window);
        // The tabs' own controls, each tab in front in turn.
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            for (const QString &problem : satest::mnemonicProblems(&window)) {
                if (!problems.contains(problem))
                    problems << problem;
            }
        }
        window.tabs()->setCurrentIndex(0);
        problems << satest::menuMnemonicProblems(window.menuBar()->actions(), QStringLiteral("menu bar"));
        QTableView *view = window.userView();
        view->selectRow(0);
        QMetaObject::invokeMethod(view, "customContextMenuRequested",
            Q_ARG(QPoint, view->visualRect(view->model()->index(0, 0)).center()));
        if (QMenu *menu = window.userMenu()) {
            problems << satest::menuMnemonicProblems(menu->actions(), QStringLiteral("table menu"));
            menu->close();
        } else {
            problems << QStringLiteral("no table menu");
        }
        ExportDialog dialog(10, 10, 10, false, true);
        dialog.show();
        problems << satest::mnemonicProblems(&dialog);
        return problems;
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
    const QStringList problems = mnemonicProblemsOf(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

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
    QVERIFY(QTest::qWaitFor([&] { return f.window->userView()->model()->rowCount() > 0; }, 5000));
    const QStringList problems = mnemonicProblemsOf(*f.window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(
        f.window->userView()->model()->headerData(UserTableModel::EmailColumn, Qt::Horizontal).toString(),
        QStringLiteral("Email"));
}

void TestApplication::shouldSayOneUserNotOneUsers()
{
    // English plural forms come from sequence-admin_en.ts, in English and in
    // the English fallback for a language with no translation alike.
    for (const QLocale &locale :
        {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::French, QLocale::France)}) {
        QCOMPARE(application::installTranslations(locale), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("sa::MainWindow", "Loaded %Ln users", nullptr, 1),
            QStringLiteral("Loaded 1 user"));
        QCOMPARE(QCoreApplication::translate("sa::MainWindow", "Loaded %Ln users", nullptr, 2),
            QStringLiteral("Loaded 2 users"));
        ExportDialog one(1, 1, 1, false, true);
        ExportDialog two(2, 2, 2, false, true);
        const auto says = [](const QDialog &dialog, const QString &text) {
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                if (label->text().contains(text))
                    return true;
            return false;
        };
        QVERIFY(says(one, QStringLiteral("Exports the 1 loaded user.")));
        QVERIFY(says(two, QStringLiteral("Exports all 2 loaded users.")));
    }
    // German keeps its own forms.
    application::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("sa::MainWindow", "%Ln users match: %1", nullptr, 1),
        QStringLiteral("1 Benutzer passt: %1"));
}

void TestApplication::shouldBundleAnIconForEveryToolbarAction()
{
    // A desktop with no icon theme (Windows, macOS, a bare session): every
    // toolbar action still shows an icon of its own, the app's bundled one.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    Fixture f = open(20);
    QMap<QString, QImage> bundled;
    const QStringList files = QDir(QStringLiteral(":/actions/22")).entryList();
    for (const QString &file : files)
        bundled.insert(file, QImage(QStringLiteral(":/actions/22/") + file));
    QVERIFY(bundled.size() >= 8);
    QStringList used;
    const QList<QAction *> actions = f.window->findChild<QToolBar *>()->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        const QImage shown = action->icon()
                                 .pixmap(QSize(22, 22))
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QString match;
        for (auto it = bundled.cbegin(); it != bundled.cend(); ++it) {
            if (it.value().convertToFormat(QImage::Format_ARGB32_Premultiplied) == shown)
                match = it.key();
        }
        QVERIFY2(!match.isEmpty(), qPrintable(action->text() + QLatin1String(": not a bundled icon")));
        QVERIFY2(!used.contains(match), qPrintable(match + QLatin1String(" twice")));
        used << match;
    }
    QVERIFY(used.size() >= 5); // refresh, load all, stop, export, compare
    QIcon::setThemeName(theme);
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
