#include "dialogs.h"

#include <QMessageBox>

namespace sa::dialogs {

namespace {
Hook &hook()
{
    static Hook instance;
    return instance;
}
} // namespace

void setHook(Hook replacement)
{
    hook() = std::move(replacement);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (hook()) {
        hook()(title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

} // namespace sa::dialogs
