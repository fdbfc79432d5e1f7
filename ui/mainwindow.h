#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QFrame;

namespace sa {

class ApiClient;
class UserTableModel;
struct ConnectionSettings;

// The main window: the users of the connected account in a lazily loaded table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ApiClient *client, const QString &connectionName, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserTableModel *userModel() const { return m_model; }
    QTableView *userView() const { return m_view; }

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatus();
    void updateBanner();

    ApiClient *m_client;
    UserTableModel *m_model;
    QTableView *m_view;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_retryButton;
    QLabel *m_statusText;
    QProgressBar *m_progress;
};

} // namespace sa
