#include "FileCommand.h"

#include "AppContext.h"
#include "MunicipalityFile.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>

namespace samverka::ui {

FileCommand::FileCommand(AppContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{}

void FileCommand::undo()
{
    attempt([this](storage::MunicipalityFile &file) { undoOn(file); });
}

void FileCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    attempt([this](storage::MunicipalityFile &file) { redoOn(file); });
}

void FileCommand::forgetSnapshot(const storage::RecordSnapshot &snapshot) const noexcept
{
    if (!m_context.hasFile())
        return;
    try {
        m_context.file()->forgetSnapshot(snapshot);
    } catch (const std::exception &e) {
        spdlog::warn("The bytes kept for an undo step stay in the file for now: {}", e.what());
    }
}

void FileCommand::attempt(const std::function<void(storage::MunicipalityFile &)> &step)
{
    if (!m_context.hasFile()) {
        setObsolete(true);
        return;
    }
    try {
        step(*m_context.file());
    } catch (const storage::StorageError &e) {
        setObsolete(true);
        emit m_context.errorOccurred(e.message());
    } catch (const std::exception &e) {
        setObsolete(true);
        emit m_context.errorOccurred(
            QCoreApplication::translate("samverka::ui::AppContext", "The change failed: %1")
                .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace samverka::ui
