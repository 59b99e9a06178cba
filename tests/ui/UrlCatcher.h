#pragma once

// Catches what the program asks QDesktopServices to open (a folder, a web page) for the
// tests, instead of the desktop opening it: the handler of a URL scheme while alive.

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QUrl>

namespace samverka::ui::test {

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    explicit UrlCatcher(const QString &scheme)
        : m_scheme(scheme)
    {
        QDesktopServices::setUrlHandler(m_scheme, this, "open");
    }
    ~UrlCatcher() override { QDesktopServices::unsetUrlHandler(m_scheme); }

    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }

private:
    QString m_scheme;
};

} // namespace samverka::ui::test
