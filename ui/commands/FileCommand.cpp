#include "FileCommand.h"

#include "AppContext.h"

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
