#include "WorkspaceWindow.h"

#include "OverviewLoader.h"
#include "SafeFileName.h"
#include "WorkspaceDocuments.h"
#include "dialogs/RegionSourceDialog.h"
#include "models/OverviewModel.h"

#include "Conninfo.h"
#include "DocumentBuilder.h"
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
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {

const QString kJsonKey = QStringLiteral("workspace/json");
const QString kFilesKey = QStringLiteral("workspace/files");
const QString kNameKey = QStringLiteral("workspace/name");
const QString kDatabaseKey = QStringLiteral("workspace/database");
const QString kPoliceAreaKey = QStringLiteral("workspace/policeArea");

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
    , m_loader(new OverviewLoader(this))
    , m_table(new QTableView(this))
    , m_emptyHint(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_workspace.setName(tr("Workspace"));
    m_opener = [](const QString &path) {
        // "--": a path is never read as one of the program's options.
        return QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                       {QStringLiteral("--"), path});
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
    m_emptyHint->setObjectName(QStringLiteral("emptyWorkspaceHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_table);
    connect(m_loader, &OverviewLoader::loaded, this, &WorkspaceWindow::showRows);
    connect(m_loader, &OverviewLoader::failed, this, [this](const QString &message) {
        m_details.clear();
        m_reachable.clear();
        m_model->setRows({});
        m_summary->setText(tr("The region database could not be read."));
        updateButtons();
        showError(message);
        emit refreshed();
    });
    buildActions();
    statusBar(); // there from the start: its first message must not move the buttons
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
    m_save = button(tr("&Save workspace…"), "saveWorkspace", central);
    QPushButton *database = button(tr("Region &database…"), "openRegionDatabase", central);
    database->setToolTip(
        tr("Reads the municipalities published to the region database instead of files"));
    QPushButton *refresh = button(tr("&Update"), "refreshOverview", central);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reads every file again (F5)"));
    for (QPushButton *b : {openWs, addFiles, addFolder, m_remove, m_save, database, refresh})
        top->addWidget(b);
    connect(database, &QPushButton::clicked, this, &WorkspaceWindow::chooseDatabase);
    top->addStretch(1);
    m_emptyHint->setText(
        tr("The workspace is empty. Add the municipality files you look after with "
           "“Add files…”, or every file of a folder on the share with “Add folder…”. "
           "The files are only read: nothing in them is changed. Where the files cannot be "
           "reached, “Region database…” reads what the municipalities have published."));
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buildBottomRow(central));
    setCentralWidget(central);
    connectTopRow(openWs, addFiles, addFolder, m_save, refresh);
    connect(m_table, &QTableView::activated, this, &WorkspaceWindow::openSelected,
            Qt::UniqueConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkspaceWindow::updateButtons, Qt::UniqueConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspaceWindow::updateButtons,
            Qt::UniqueConnection);
    updateButtons();
}

QWidget *WorkspaceWindow::buildBottomRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *bottom = new QHBoxLayout(row);
    bottom->setContentsMargins(0, 0, 0, 0);
    m_open = button(tr("Open the &municipality"), "openMunicipality", row);
    m_open->setToolTip(tr("Opens the file in a window of its own (Enter)"));
    m_documents = button(tr("&Document as PDF"), "rowDocuments", row);
    m_documents->setToolTip(tr("Saves one of the selected municipality's documents as PDF"));
    auto *menu = new QMenu(m_documents);
    for (documents::DocumentKind kind : WorkspaceDocuments::kinds()) {
        QAction *action =
            menu->addAction(documents::DocumentBuilder::kindTitle(kind) + QStringLiteral("…"));
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { chooseDocument(kind); });
    }
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const int current = m_table->currentIndex().row();
        for (QAction *action : menu->actions())
            action->setEnabled(
                current >= 0 && current < m_model->rows().size() &&
                WorkspaceDocuments::offers(m_model->rows().at(current),
                                           documents::DocumentKind(action->data().toInt())));
    });
    m_documents->setMenu(menu);
    m_exportAll = button(tr("All &agreements as PDF…"), "exportAllAgreements", row);
    m_exportAll->setToolTip(
        tr("Saves every municipality's current agreement as a PDF into a folder"));
    //: sv: Rapport för lokalpolisområdet…
    m_report = button(tr("&Report for the police area…"), "policeAreaReport", row);
    m_report->setToolTip(
        tr("One PDF: the overview, then each municipality's focus areas, late measures and "
           "follow-ups due"));
    bottom->addWidget(m_summary, 1);
    for (QPushButton *b : {m_open, m_documents, m_exportAll, m_report})
        bottom->addWidget(b);
    connect(m_open, &QPushButton::clicked, this, &WorkspaceWindow::openSelected);
    connect(m_exportAll, &QPushButton::clicked, this, &WorkspaceWindow::chooseFolderForAll);
    connect(m_report, &QPushButton::clicked, this, &WorkspaceWindow::chooseReportPath);
    return row;
}

void WorkspaceWindow::connectTopRow(QPushButton *openWs, QPushButton *addFiles,
                                    QPushButton *addFolder, QPushButton *save, QPushButton *refresh)
{
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
}

void WorkspaceWindow::chooseDocument(documents::DocumentKind kind)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rows().size())
        return;
    const core::OverviewRow &r = m_model->rows().at(row);
    const QString path = QFileDialog::getSaveFileName(
        this, documents::DocumentBuilder::kindTitle(kind),
        QFileInfo(r.source).dir().filePath(WorkspaceDocuments::fileName(r, kind)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportSelected(kind, path);
}

void WorkspaceWindow::chooseDatabase()
{
    const QSettings settings;
    RegionSourceDialog dialog(
        isDatabase() ? m_conninfo : settings.value(kDatabaseKey).toString(),
        isDatabase() ? m_policeArea : settings.value(kPoliceAreaKey).toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.conninfo(), dialog.policeArea());
}

void WorkspaceWindow::openDatabase(const QString &conninfo, const QString &policeArea)
{
    m_conninfo = conninfo;
    m_policeArea = policeArea;
    changed();
}

void WorkspaceWindow::useFiles()
{
    m_conninfo.clear();
    m_policeArea.clear();
}

void WorkspaceWindow::chooseFolderForAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for every municipality's agreement"),
        QFileInfo(m_jsonPath.isEmpty() ? m_workspace.files().value(0) : m_jsonPath).path());
    if (!folder.isEmpty())
        exportAll(folder);
}

void WorkspaceWindow::chooseReportPath()
{
    const QString name = safeFileName(
        tr("%1 – %2").arg(documents::PoliceAreaReportBuilder::title(), m_workspace.name()));
    const QString folder =
        QFileInfo(m_jsonPath.isEmpty() ? m_workspace.files().value(0) : m_jsonPath).path();
    const QString path = QFileDialog::getSaveFileName(
        this, documents::PoliceAreaReportBuilder::title(),
        QDir(folder).filePath(name + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveReport(path);
}

void WorkspaceWindow::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    // A row of the region database has its file only where the file can be reached.
    const bool ok = current.isValid() && current.data(OverviewModel::OkRole).toBool() &&
                    (!isDatabase() || m_reachable.contains(selectedSource()));
    m_remove->setEnabled(current.isValid() && !isDatabase());
    m_save->setEnabled(!isDatabase());
    m_open->setEnabled(ok);
    m_documents->setEnabled(ok);
    int agreements = 0;
    for (const core::OverviewRow &row : m_model->rows())
        agreements += WorkspaceDocuments::offers(row, documents::DocumentKind::Agreement);
    m_exportAll->setEnabled(agreements > 0 && !isReading());
    m_report->setEnabled(m_model->rowCount() > 0 && !isReading());
    m_stack->setCurrentWidget(m_workspace.files().isEmpty() && !isDatabase()
                                  ? static_cast<QWidget *>(m_emptyHint)
                                  : m_table);
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
    // The files' workspace first, so that it is remembered still while the database is read.
    const QString json = settings.value(kJsonKey).toString();
    m_workspace = core::Workspace(settings.value(kNameKey, tr("Workspace")).toString(),
                                  settings.value(kFilesKey).toStringList());
    if (!json.isEmpty() && QFileInfo::exists(json)) {
        try {
            m_workspace = core::Workspace::read(json);
            m_jsonPath = json;
        } catch (const core::WorkspaceError &) {
            // Opened again below, where its error is shown, unless the database is read.
        }
    }
    const QString database = settings.value(kDatabaseKey).toString();
    if (!database.isEmpty()) {
        openDatabase(database, settings.value(kPoliceAreaKey).toString());
        return;
    }
    if (!json.isEmpty() && QFileInfo::exists(json) && m_jsonPath != json && openWorkspace(json))
        return;
    updateTitle();
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
    useFiles();
    changed();
    return true;
}

void WorkspaceWindow::addFiles(const QStringList &paths)
{
    useFiles();
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
    m_loader->load(
        {isDatabase() ? QStringList() : m_workspace.files(), m_conninfo, m_policeArea, m_today});
    if (isDatabase())
        m_summary->setText(tr("Reading the region database…"));
    else
        m_summary->setText(
            m_workspace.files().isEmpty()
                ? QString()
                : tr("Reading %n municipality file(s)…", nullptr, int(m_workspace.files().size())));
    updateButtons();
}

bool WorkspaceWindow::isReading() const
{
    return m_loader->isLoading();
}

void WorkspaceWindow::showRows(const QList<core::OverviewRow> &rows,
                               const QList<core::OverviewDetail> &details,
                               const QSet<QString> &reachable)
{
    m_reachable = reachable;
    const QString current = selectedSource();
    m_details = details;
    m_model->setRows(rows);
    updateSummary();
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
    updateButtons();
    emit refreshed();
}

void WorkspaceWindow::updateSummary()
{
    int unread = 0;
    for (const core::OverviewRow &row : m_model->rows())
        unread += row.isOk() ? 0 : 1;
    QString summary =
        isDatabase() ? tr("%n municipality(-ies) in the region database, as of %1.", nullptr,
                          int(m_model->rowCount()))
                           .arg(m_today.toString(Qt::ISODate))
                     : tr("%n municipality file(s), as of %1.", nullptr, int(m_model->rowCount()))
                           .arg(m_today.toString(Qt::ISODate));
    if (unread > 0)
        summary += QLatin1Char(' ') + tr("%n could not be read.", nullptr, unread);
    m_summary->setText(m_model->rowCount() == 0 && !isDatabase() ? QString() : summary);
}

bool WorkspaceWindow::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !current.data(OverviewModel::OkRole).toBool())
        return false;
    // A database's row names a file only where a publisher said it was: opened only when
    // it is a municipality file this computer has.
    if (isDatabase() && !m_reachable.contains(selectedSource()))
        return false;
    const QString source = selectedSource();
    if (!m_opener(source)) {
        showError(
            tr("Samverka could not be started for %1.").arg(QDir::toNativeSeparators(source)));
        return false;
    }
    return true;
}

bool WorkspaceWindow::exportSelected(documents::DocumentKind kind, const QString &path)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rows().size() ||
        !WorkspaceDocuments::offers(m_model->rows().at(row), kind))
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = WorkspaceDocuments::write(m_model->rows().at(row), kind, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool WorkspaceWindow::exportAll(const QString &folder)
{
    const QList<core::OverviewRow> rows = m_model->rows();
    const QStringList replaced = WorkspaceDocuments::existing(rows, folder);
    if (!replaced.isEmpty() &&
        QMessageBox::question(
            this, windowTitle(),
            tr("%n file(s) in the folder will be replaced, such as %1. Replace them?", nullptr,
               int(replaced.size()))
                .arg(QFileInfo(replaced.first()).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QProgressDialog progress(tr("Saving the agreements as PDF…"), tr("Cancel"), 0, int(rows.size()),
                             this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const WorkspaceDocuments::BatchResult result =
        WorkspaceDocuments::writeAll(rows, folder, [&progress](int index, int) {
            progress.setValue(index);
            return !progress.wasCanceled();
        });
    progress.setValue(int(rows.size()));
    QString text = tr("%n agreement(s) saved as PDF in %1.", nullptr, int(result.written.size()))
                       .arg(QDir::toNativeSeparators(folder));
    if (!result.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Without an agreement or not read: %1.")
                                       .arg(result.skipped.join(QStringLiteral(", ")));
    if (!result.failures.isEmpty()) {
        showError(text + QStringLiteral("\n\n") + result.failures.join(QLatin1Char('\n')));
        return false;
    }
    statusBar()->showMessage(text, 15000);
    return !result.written.isEmpty();
}

bool WorkspaceWindow::saveReport(const QString &path)
{
    documents::PoliceAreaReportBuilder::Input input;
    input.name = isDatabase() ? m_policeArea : m_workspace.name();
    input.today = m_today;
    input.rows = m_model->rows();
    input.details = m_details;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = WorkspaceDocuments::writeReport(input, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
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
    // The connection without its password: libpq finds that itself, Samverka never keeps one.
    settings.setValue(kDatabaseKey, region::Conninfo::withoutPassword(m_conninfo));
    settings.setValue(kPoliceAreaKey, m_policeArea);
}

QString WorkspaceWindow::selectedSource() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OverviewModel::SourceRole).toString() : QString();
}

void WorkspaceWindow::updateTitle()
{
    if (isDatabase())
        //: sv: Arbetsyta – regiondatabasen: %1
        setWindowTitle(tr("Workspace – the region database: %1")
                           .arg(m_policeArea.isEmpty() ? tr("every municipality") : m_policeArea));
    else
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
