#include "UiErrors.h"

#include "AppContext.h"

#include "StorageError.h"

#include <QDebug>
#include <QtGlobal>

namespace samverka::ui {

void UiErrors::programmingError(const QString &where, const QString &what)
{
    qCritical().noquote() << QStringLiteral("Programming error in %1: %2").arg(where, what);
    Q_ASSERT_X(false, qPrintable(where), qPrintable(what));
}

UiErrors::Caught UiErrors::handleRead(AppContext &context, const QString &where,
                                      const std::exception &error)
{
    using storage::StorageError;
    const auto *storageError = dynamic_cast<const StorageError *>(&error);
    if (!storageError) {
        programmingError(where, QString::fromUtf8(error.what()));
        return Caught::ProgrammingError;
    }
    if (storageError->kind() == StorageError::Kind::NotFoundRecord)
        return Caught::RecordGone;
    if (storageError->kind() == StorageError::Kind::Invalid) {
        // Reading refuses only what the schema has no place for: a misspelt field name.
        programmingError(where, storageError->message());
        return Caught::ProgrammingError;
    }
    emit context.errorOccurred(storageError->message());
    return Caught::ToldUser;
}

} // namespace samverka::ui
