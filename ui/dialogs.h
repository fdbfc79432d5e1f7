#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace sa {

// The one seam for message boxes: tests install a hook that records the
// message instead of showing a modal box that would block them.
namespace dialogs {
using Hook = std::function<void(const QString &title, const QString &text)>;
void setHook(Hook hook);
void warning(QWidget *parent, const QString &title, const QString &text);
} // namespace dialogs

} // namespace sa
