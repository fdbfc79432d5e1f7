// SPDX-FileCopyrightText: 2026 The Sequence Admin developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretprompt.h"

#include "boundedread.h"

#include <QFile>
#include <QObject>
#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace sa {

namespace {

constexpr qsizetype kMaxSecretBytes = 64 * 1024;

QString firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// One line from a stream, bounded; false on a read error.
bool readLine(std::FILE *in, QByteArray *line)
{
    line->clear();
    for (;;) {
        const int c = std::fgetc(in);
        if (c == EOF)
            return !std::ferror(in);
        if (c == '\n')
            return true;
        if (line->size() >= kMaxSecretBytes)
            continue; // the rest of an absurd line is dropped
        line->append(char(c));
    }
}

#ifdef Q_OS_UNIX
struct termios g_saved;
volatile sig_atomic_t g_echoOff = 0;

void restoreEcho()
{
    if (g_echoOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        g_echoOff = 0;
    }
}

extern "C" void restoreAndRaise(int signal)
{
    restoreEcho();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

bool readFromTerminal(const QString &prompt, QByteArray *line, QString *error)
{
    // Echo goes off before the prompt shows: nothing typed as soon as it
    // appears (or pasted) can be echoed.
    const QByteArray text = prompt.toUtf8();
    auto showPrompt = [&text] {
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        std::fflush(stderr);
    };
#ifdef Q_OS_UNIX
    if (tcgetattr(STDIN_FILENO, &g_saved) != 0) {
        *error = QObject::tr("cannot turn off echo on this terminal; use --secret-file or standard input");
        return false;
    }
    struct termios quiet = g_saved;
    quiet.c_lflag &= tcflag_t(~(ECHO | ECHONL));
    quiet.c_lflag |= ICANON;
    void (*oldInt)(int) = std::signal(SIGINT, restoreAndRaise);
    void (*oldTerm)(int) = std::signal(SIGTERM, restoreAndRaise);
    void (*oldHup)(int) = std::signal(SIGHUP, restoreAndRaise);
    g_echoOff = 1;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) != 0) {
        g_echoOff = 0;
        *error = QObject::tr("cannot turn off echo on this terminal; use --secret-file or standard input");
        return false;
    }
    showPrompt();
    const bool ok = readLine(stdin, line);
    restoreEcho();
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    std::signal(SIGHUP, oldHup);
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(input, &mode);
    if (console)
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    showPrompt();
    const bool ok = readLine(stdin, line);
    if (console)
        SetConsoleMode(input, mode);
#else
    showPrompt();
    const bool ok = readLine(stdin, line);
#endif
    std::fputc('\n', stderr); // the Enter that was not echoed
    std::fflush(stderr);
    if (!ok)
        *error = QObject::tr("cannot read the secret from the terminal");
    return ok;
}

} // namespace

bool readSecret(
    SecretSource source, const QString &file, const QString &prompt, QString *secret, QString *error)
{
    QByteArray bytes;
    switch (source) {
    case SecretSource::Terminal:
        if (!readFromTerminal(prompt, &bytes, error))
            return false;
        break;
    case SecretSource::StandardInput:
        if (!readLine(stdin, &bytes)) {
            *error = QObject::tr("cannot read the secret from standard input");
            return false;
        }
        break;
    case SecretSource::File: {
#ifdef Q_OS_UNIX
        struct stat info;
        if (::stat(QFile::encodeName(file).constData(), &info) == 0 && S_ISREG(info.st_mode)
            && (info.st_mode & 077) != 0) {
            *error = QObject::tr("%1 can be read or changed by other users (mode %2); make it private with: "
                                 "chmod 600 %1")
                         .arg(file)
                         .arg(QString::number(info.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')));
            return false;
        }
#endif
        if (!readBoundedFile(file, kMaxSecretBytes, &bytes, error))
            return false;
        break;
    }
    }
    *secret = firstLine(bytes);
    bytes.fill('\0');
    return true;
}

} // namespace sa
