#include "BackupsDialog.h"

#include "BackupManager.h"
#include "StorageError.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

/// When a copy was made: from its name (<basename>-yyyyMMdd-HHmmss), else its file time.
QDateTime takenAt(const QFileInfo &info)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})$"));
    const QRegularExpressionMatch m = stamp.match(info.completeBaseName());
    if (m.hasMatch()) {
        const QDateTime at =
            QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        if (at.isValid())
            return at;
    }
    return info.lastModified();
}

} // namespace

BackupsDialog::BackupsDialog(const QString &filePath, const Location &where, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_list(new QTreeWidget(this))
    , m_where(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups of %1").arg(QFileInfo(filePath).fileName()));
    const QString folder = storage::BackupManager(where.folder).directory();
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Size"), tr("Folder")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    fill(QStringList{folder} + where.otherFolders);
    describe(where, folder);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->topLevelItemCount() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    if (m_list->topLevelItemCount() == 0) {
        auto *none = new QLabel(tr("There are no backups of this file on this computer."), this);
        layout->addWidget(none);
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restoreSelected);
    resize(720, 380);
}

void BackupsDialog::fill(const QStringList &folders)
{
    struct Copy {
        QDateTime at;
        QFileInfo info;
    };
    QList<Copy> copies;
    for (const QString &folder : folders)
        for (const QString &path : storage::BackupManager(folder).backupsOf(m_filePath))
            copies.append({takenAt(QFileInfo(path)), QFileInfo(path)});
    // Newest first over all folders; within one folder BackupManager's order is kept.
    std::stable_sort(copies.begin(), copies.end(),
                     [](const Copy &a, const Copy &b) { return a.at > b.at; });
    const QLocale locale;
    for (const Copy &copy : copies) {
        auto *item = new QTreeWidgetItem(
            m_list, {tr("%1 at %2", "date at time")
                         .arg(locale.toString(copy.at.date(), QLocale::ShortFormat),
                              copy.at.time().toString(QStringLiteral("HH:mm"))),
                     locale.formattedDataSize(copy.info.size()),
                     QDir::toNativeSeparators(copy.info.absolutePath())});
        item->setData(0, PathRole, copy.info.absoluteFilePath());
        item->setToolTip(0, QDir::toNativeSeparators(copy.info.absoluteFilePath()));
        item->setToolTip(2, item->text(2));
    }
}

void BackupsDialog::describe(const Location &where, const QString &folder)
{
    QString text = tr("Samverka keeps a copy of the file when it is opened for changes and has "
                      "changed since the last copy, the latest %n, in %1.",
                      nullptr, where.keep)
                       .arg(QDir::toNativeSeparators(folder));
    QStringList older;
    for (const QString &other : where.otherFolders)
        if (!storage::BackupManager(other).backupsOf(m_filePath).isEmpty())
            older.append(QDir::toNativeSeparators(other));
    if (!older.isEmpty())
        text += QLatin1Char(' ') +
                tr("Older copies, made before the backup folder was changed, are listed too; "
                   "they stay in %1.")
                    .arg(older.join(QStringLiteral(", ")));
    text += QLatin1Char(' ') + tr("Choose the folder and the number under Edit › Settings.");
    m_where->setText(text);
}

QString BackupsDialog::whereText() const
{
    return m_where->text();
}

int BackupsDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

QString BackupsDialog::restore(const QString &backupPath, const QString &filePath)
{
    const QFileInfo file(filePath);
    QString kept;
    if (file.exists()) {
        // The file as it was stays beside it: a restore must not lose what it replaces.
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmmss"));
        kept = file.dir().filePath(
            tr("%1 (before restoring %2).samverka").arg(file.completeBaseName(), stamp));
        if (!QFile::copy(filePath, kept))
            throw storage::StorageError(
                storage::StorageError::Kind::Io,
                tr("The file %1 could not be kept as %2 before restoring, so nothing was "
                   "changed. Is the folder writable and is there room on the disk?")
                    .arg(QDir::toNativeSeparators(filePath), QDir::toNativeSeparators(kept)));
    }
    storage::BackupManager::restore(backupPath, filePath);
    return kept;
}

void BackupsDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString backup = item->data(0, PathRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore backup"),
        tr("Put the backup made %1 in the place of %2?\n\nThe file as it is now is kept beside "
           "it, so nothing is lost.")
            .arg(item->text(0), QDir::toNativeSeparators(m_filePath)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_beforeRestore)
        m_beforeRestore();
    try {
        m_keptAs = restore(backup, m_filePath);
        m_restoredFrom = backup;
        accept();
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(this, tr("Restore backup"), e.message());
    }
}

} // namespace samverka::ui
