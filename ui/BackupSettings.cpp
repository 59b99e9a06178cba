#include "BackupSettings.h"

#include "BackupManager.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <spdlog/spdlog.h>

namespace samverka::ui {

namespace {
const auto kFolderKey = QStringLiteral("backup/folder");
const auto kKeepKey = QStringLiteral("backup/keep");
const auto kPreviousKey = QStringLiteral("backup/previousFolders");
constexpr int kPreviousMax = 5;

QString clean(const QString &folder)
{
    return QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
}
} // namespace

QString BackupSettings::folder()
{
    const QString chosen = clean(QSettings().value(kFolderKey).toString());
    return chosen.isEmpty() ? storage::BackupManager::defaultDirectory() : chosen;
}

int BackupSettings::keep()
{
    const QVariant stored = QSettings().value(kKeepKey);
    if (!stored.isValid())
        return storage::BackupManager::defaultKeep;
    bool ok = false;
    const int keep = stored.toInt(&ok);
    if (!ok || keep < storage::BackupManager::minKeep || keep > storage::BackupManager::maxKeep) {
        spdlog::warn("Setting {} is {}, not {}..{}: keeping {} backups", kKeepKey.toStdString(),
                     stored.toString().toStdString(), storage::BackupManager::minKeep,
                     storage::BackupManager::maxKeep, storage::BackupManager::defaultKeep);
        return storage::BackupManager::defaultKeep;
    }
    return keep;
}

void BackupSettings::save(const QString &folder, int keep, const QString &previousFolder)
{
    QSettings settings;
    const QString chosen = clean(folder);
    if (!previousFolder.isEmpty() && !sameFolder(chosen, previousFolder)) {
        QStringList previous = previousFolders();
        previous.removeIf([&](const QString &f) { return sameFolder(f, previousFolder); });
        previous.prepend(clean(previousFolder));
        while (previous.size() > kPreviousMax)
            previous.removeLast();
        settings.setValue(kPreviousKey, previous);
    }
    if (sameFolder(chosen, storage::BackupManager::defaultDirectory()))
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, chosen);
    if (keep == storage::BackupManager::defaultKeep)
        settings.remove(kKeepKey);
    else
        settings.setValue(kKeepKey, keep);
}

QStringList BackupSettings::previousFolders()
{
    return QSettings().value(kPreviousKey).toStringList();
}

QStringList BackupSettings::otherFolders(const QString &current)
{
    QStringList others;
    const QStringList candidates =
        previousFolders() + QStringList{storage::BackupManager::defaultDirectory()};
    for (const QString &candidate : candidates) {
        const bool known = sameFolder(candidate, current) ||
                           std::any_of(others.cbegin(), others.cend(),
                                       [&](const QString &f) { return sameFolder(f, candidate); });
        if (!known)
            others.append(clean(candidate));
    }
    return others;
}

bool BackupSettings::sameFolder(const QString &a, const QString &b)
{
    return QFileInfo(clean(a)).absoluteFilePath() == QFileInfo(clean(b)).absoluteFilePath();
}

} // namespace samverka::ui
