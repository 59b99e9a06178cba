#pragma once

// Arkiv › Publicera till regiondatabas… (issue #17): sends the open file's content to the
// region database, as `samverka-cli publish` does (region::RegionPublisher), replacing the
// municipality's previous publication in one transaction. Asks for the connection
// (remembered without its password), reads the file here, and publishes on a thread of its
// own so that a far server never freezes the window; then says what was sent, or why not.

#include <QObject>
#include <QString>

class QThread;
class QWidget;

namespace samverka::ui {

class AppContext;

class RegionPublishController : public QObject
{
    Q_OBJECT

public:
    RegionPublishController(AppContext &context, QWidget &window);
    ~RegionPublishController() override;

    /// Asks for the connection, then publishes to it.
    void publish();
    /// Publishes the open file to conninfo without asking; finished() tells the outcome.
    void publishTo(const QString &conninfo);
    bool isPublishing() const { return m_thread != nullptr; }

signals:
    /// ok: published; message: what was sent, or why not (the server's words).
    void finished(bool ok, const QString &message);
    void statusMessage(const QString &message);

private:
    void done(bool ok, const QString &message);

    AppContext &m_context;
    QWidget &m_window;
    QThread *m_thread = nullptr;
};

} // namespace samverka::ui
