#include "RegionPublishController.h"

#include "AppContext.h"
#include "dialogs/RegionSourceDialog.h"

#include "Conninfo.h"
#include "MunicipalityFile.h"
#include "PgConnection.h"
#include "RegionPublisher.h"
#include "StorageError.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QThread>

#include <memory>

namespace samverka::ui {

namespace {

const QString kDatabaseKey = QStringLiteral("region/publishDatabase");

struct Outcome {
    bool ok = false;
    QString message;
};

} // namespace

RegionPublishController::RegionPublishController(AppContext &context, QWidget &window)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
{}

RegionPublishController::~RegionPublishController()
{
    if (m_thread) {
        m_thread->wait(); // the publication's transaction ends either way
        delete m_thread;
    }
}

void RegionPublishController::publish()
{
    if (!m_context.hasFile() || isPublishing())
        return;
    RegionSourceDialog dialog(QSettings().value(kDatabaseKey).toString(), {}, &m_window,
                              RegionSourceDialog::Purpose::Publish);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(kDatabaseKey, region::Conninfo::withoutPassword(dialog.conninfo()));
    publishTo(dialog.conninfo());
}

void RegionPublishController::publishTo(const QString &conninfo)
{
    if (!m_context.hasFile() || isPublishing())
        return;
    const storage::MunicipalityFile &file = *m_context.file();
    core::MunicipalityData data;
    region::RegionPublisher::Source source;
    try {
        data = file.loadAll(false);
        const QList<storage::AuditEntry> last = file.auditLog(1);
        source = region::RegionPublisher::sourceOf(
            data, file.path(), last.isEmpty() ? QDateTime() : last.first().at,
            last.isEmpty() ? QString() : last.first().user, QCoreApplication::applicationVersion());
    } catch (const storage::StorageError &error) {
        done(false, error.message());
        return;
    }
    emit statusMessage(tr("Publishing %1 to the region database…").arg(data.municipality.name));
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, conninfo, data = std::move(data), source] {
        try {
            const region::PgConnection db(conninfo);
            const region::RegionPublisher::Result result =
                region::RegionPublisher::publish(db, data, source);
            outcome->ok = true;
            outcome->message = tr("Published %1 (%2) to the %3: %n row(s), publication %4.",
                                  nullptr, int(result.rows))
                                   .arg(data.municipality.name, data.municipality.code, db.where())
                                   .arg(result.publicationId);
        } catch (const region::RegionError &error) {
            outcome->message = error.message();
        } catch (const std::exception &error) {
            outcome->message = QString::fromLocal8Bit(error.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("region-publish"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        QApplication::restoreOverrideCursor();
        done(outcome->ok, outcome->message);
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_thread->start();
}

void RegionPublishController::done(bool ok, const QString &message)
{
    emit statusMessage(ok ? message : tr("Not published."));
    auto *box =
        new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Publish to the region database"), message, QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("publishResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit finished(ok, message);
}

} // namespace samverka::ui
