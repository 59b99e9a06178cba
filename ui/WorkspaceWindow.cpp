#include "WorkspaceWindow.h"

#include "models/OverviewModel.h"

#include "DocumentError.h"
#include "MunicipalityFile.h"
#include "OverviewReader.h"
#include "PdfExporter.h"
#include "StorageError.h"
#include "WorkspaceError.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {

const QString kJsonKey = QStringLiteral("workspace/json");
const QString kFilesKey = QStringLiteral("workspace/files");
const QString kNameKey = QStringLiteral("workspace/name");

QPushButton *button(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    return b;
}

} // namespace

WorkspaceWindow::WorkspaceWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_today(QDate::currentDate())
    , m_model(new OverviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_workspace.setName(tr("Workspace"));
    m_opener = [](const QString &path) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), {path});
    };
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setAccessibleName(tr("Municipalities of the workspace"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    buildActions();
    resize(1200, 520);
    updateTitle();
}

void WorkspaceWindow::buildActions()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    QPushButton *openWs = button(tr("&Open workspace…"), "openWorkspace", central);
    QPushButton *addFiles = button(tr("&Add files…"), "addFiles", central);
    QPushButton *addFolder = button(tr("Add &folder…"), "addFolder", central);
    m_remove = button(tr("&Remove from workspace"), "removeFromWorkspace", central);
    QPushButton *save = button(tr("&Save workspace…"), "saveWorkspace", central);
    QPushButton *refresh = button(tr("&Update"), "refreshOverview", central);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reads every file again (F5)"));
    for (QPushButton *b : {openWs, addFiles, addFolder, m_remove, save, refresh})
        top->addWidget(b);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    m_open = button(tr("Open the &municipality"), "openMunicipality", central);
    m_open->setToolTip(tr("Opens the file in a window of its own (Enter)"));
    m_export = button(tr("Save the agreement as &PDF…"), "exportAgreementPdf", central);
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_open);
    bottom->addWidget(m_export);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setCentralWidget(central);

    connect(openWs, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open workspace"), QFileInfo(m_jsonPath).path(),
                                         tr("Samverka workspaces (*.json);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Add municipality files"), QString(),
                                          tr("Municipality files (*.samverka);;All files (*)"));
        if (!paths.isEmpty())
            this->addFiles(paths);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Add every municipality file of a folder"));
        if (!folder.isEmpty())
            this->addFolder(folder);
    });
    connect(m_remove, &QPushButton::clicked, this, &WorkspaceWindow::removeSelected);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString suggested =
            m_jsonPath.isEmpty() ? QDir::home().filePath(tr("workspace") + QStringLiteral(".json"))
                                 : m_jsonPath;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), suggested,
                                                          tr("Samverka workspaces (*.json)"));
        if (!path.isEmpty())
            saveWorkspace(path);
    });
    connect(refresh, &QPushButton::clicked, this, &WorkspaceWindow::refresh);
    connect(m_open, &QPushButton::clicked, this, &WorkspaceWindow::openSelected);
    connect(m_table, &QTableView::activated, this, &WorkspaceWindow::openSelected,
            Qt::UniqueConnection);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row < 0 || row >= m_model->rows().size())
            return;
        const core::OverviewRow &r = m_model->rows().at(row);
        const QString name = QStringLiteral("%1 – %2.pdf").arg(r.municipality, r.agreementTitle);
        QString safe = name;
        safe.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the agreement as PDF"),
                                                          QFileInfo(r.source).dir().filePath(safe),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportSelected(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkspaceWindow::updateButtons, Qt::UniqueConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspaceWindow::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
}

void WorkspaceWindow::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool ok = current.isValid() && current.data(OverviewModel::OkRole).toBool();
    m_remove->setEnabled(current.isValid());
    m_open->setEnabled(ok);
    m_export->setEnabled(ok && !m_model->rows().at(current.row()).agreementId.isEmpty());
}

void WorkspaceWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    // The buttons are made anew in the new language; the table and its rows stay.
    buildActions();
    updateTitle();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, OverviewModel::ColumnCount - 1);
    refresh();
}

void WorkspaceWindow::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void WorkspaceWindow::restore()
{
    QSettings settings;
    const QString json = settings.value(kJsonKey).toString();
    if (!json.isEmpty() && QFileInfo::exists(json) && openWorkspace(json))
        return;
    const QStringList files = settings.value(kFilesKey).toStringList();
    m_workspace = core::Workspace(settings.value(kNameKey, tr("Workspace")).toString(), files);
    refresh();
}

bool WorkspaceWindow::openWorkspace(const QString &jsonPath)
{
    try {
        m_workspace = core::Workspace::read(jsonPath);
    } catch (const core::WorkspaceError &error) {
        showError(error.message());
        return false;
    }
    m_jsonPath = jsonPath;
    changed();
    return true;
}

void WorkspaceWindow::addFiles(const QStringList &paths)
{
    QStringList files = m_workspace.files();
    for (const QString &path : paths)
        files.append(QFileInfo(path).absoluteFilePath());
    m_workspace.setFiles(files);
    changed();
}

void WorkspaceWindow::addFolder(const QString &folder)
{
    const QStringList found = core::Workspace::filesInFolder(folder);
    if (found.isEmpty()) {
        showError(tr("The folder %1 holds no municipality files (.samverka).")
                      .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    addFiles(found);
}

void WorkspaceWindow::removeSelected()
{
    const QString source = selectedSource();
    if (source.isEmpty())
        return;
    QStringList files = m_workspace.files();
    files.removeAll(source);
    m_workspace.setFiles(files);
    changed();
}

bool WorkspaceWindow::saveWorkspace(const QString &jsonPath)
{
    try {
        m_workspace.write(jsonPath);
    } catch (const core::WorkspaceError &error) {
        showError(error.message());
        return false;
    }
    m_jsonPath = jsonPath;
    remember();
    updateTitle();
    return true;
}

void WorkspaceWindow::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString current = selectedSource();
    m_model->setRows(storage::OverviewReader().rows(m_workspace.files(), m_today));
    QApplication::restoreOverrideCursor();
    int unread = 0;
    for (const core::OverviewRow &row : m_model->rows())
        unread += row.isOk() ? 0 : 1;
    QString summary = tr("%n municipality file(s), as of %1.", nullptr, int(m_model->rowCount()))
                          .arg(m_today.toString(Qt::ISODate));
    if (unread > 0)
        summary += QLatin1Char(' ') + tr("%n could not be read.", nullptr, unread);
    m_summary->setText(summary);
    m_table->resizeColumnsToContents();
    // A long title is elided (its tooltip has it whole): the counts must stay in view.
    const int titleWidth = fontMetrics().averageCharWidth() * 40;
    if (m_table->columnWidth(OverviewModel::Agreement) > titleWidth)
        m_table->setColumnWidth(OverviewModel::Agreement, titleWidth);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rows().at(row).source == current)
            m_table->selectRow(row);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

bool WorkspaceWindow::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(OverviewModel::OkRole).toBool())
        return false;
    const QString source = selectedSource();
    if (!m_opener(source)) {
        showError(
            tr("Samverka could not be started for %1.").arg(QDir::toNativeSeparators(source)));
        return false;
    }
    return true;
}

bool WorkspaceWindow::exportSelected(const QString &path)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rows().size() || m_model->rows().at(row).agreementId.isEmpty())
        return false;
    const core::OverviewRow &r = m_model->rows().at(row);
    try {
        // A colleague's file: read-only, no backup, nothing rolled back.
        storage::MunicipalityFile::OpenOptions options;
        options.readOnly = true;
        options.backupOnOpen = false;
        options.recoverInterruptedWrite = false;
        const auto file = storage::MunicipalityFile::open(r.source, options);
        documents::DocumentOptions document;
        document.kind = documents::DocumentKind::Agreement;
        document.agreementId = r.agreementId;
        documents::PdfExporter::write(file->load({false, storage::StatisticsRows::Compared, true}),
                                      document, path);
    } catch (const storage::StorageError &error) {
        showError(error.message());
        return false;
    } catch (const documents::DocumentError &error) {
        showError(error.message());
        return false;
    }
    return true;
}

void WorkspaceWindow::changed()
{
    remember();
    updateTitle();
    refresh();
}

void WorkspaceWindow::remember() const
{
    QSettings settings;
    settings.setValue(kJsonKey, m_jsonPath);
    settings.setValue(kFilesKey, m_workspace.files());
    settings.setValue(kNameKey, m_workspace.name());
}

QString WorkspaceWindow::selectedSource() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OverviewModel::SourceRole).toString() : QString();
}

void WorkspaceWindow::updateTitle()
{
    //: sv: Arbetsyta – %1
    setWindowTitle(tr("Workspace – %1").arg(m_workspace.name()));
}

void WorkspaceWindow::showError(const QString &message)
{
    emit errorOccurred(message);
    auto *box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("workspaceError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace samverka::ui
