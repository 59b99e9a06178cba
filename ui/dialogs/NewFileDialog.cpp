#include "NewFileDialog.h"

#include "FileController.h"

#include "MunicipalityCatalog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
}

NewFileDialog::NewFileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New municipality file"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose the municipality the file is for. Search by name, "
                                "municipality code or county."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *searchLabel = new QLabel(tr("&Search:"));
    m_filter = new QLineEdit;
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("e.g. Härnösand, 2280 or Västernorrland"));
    m_filter->setAccessibleName(tr("Search municipalities"));
    searchLabel->setBuddy(m_filter);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_filter, 1);
    layout->addLayout(searchRow);

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Municipalities"));
    m_list->setMinimumHeight(260);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);

    auto *pathLabel = new QLabel(tr("Save &as:"));
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("Where the new file is saved"));
    pathLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    layout->addLayout(pathRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);

    for (const core::MunicipalityEntry &e : core::MunicipalityCatalog::all()) {
        auto *item =
            new QListWidgetItem(tr("%1 %2 – %3").arg(e.code, e.name, e.countyName), m_list);
        item->setData(CodeRole, e.code);
    }

    connect(m_filter, &QLineEdit::textChanged, this, &NewFileDialog::refilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &NewFileDialog::chosen);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateOk();
    });
    connect(browse, &QPushButton::clicked, this, &NewFileDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 520);
    updateOk();
}

void NewFileDialog::refilter()
{
    const QList<core::MunicipalityEntry> hits = core::MunicipalityCatalog::search(m_filter->text());
    QStringList codes;
    for (const core::MunicipalityEntry &e : hits)
        codes << e.code;
    const bool all = m_filter->text().trimmed().isEmpty();
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!all &&
                                   !codes.contains(m_list->item(i)->data(CodeRole).toString()));
    // Keep the choice when it is still shown; else take the best match.
    QListWidgetItem *current = m_list->currentItem();
    if ((!current || current->isHidden()) && !hits.isEmpty())
        selectCode(hits.first().code);
    updateOk();
}

void NewFileDialog::chosen()
{
    const core::Municipality m = municipality();
    if (m.code.isEmpty())
        return;
    m_suggested =
        QDir(FileController::defaultFolder()).filePath(m.name + QStringLiteral(".samverka"));
    if (!m_pathEdited)
        m_path->setText(QDir::toNativeSeparators(m_suggested));
    updateOk();
}

void NewFileDialog::browse()
{
    const QString start =
        m_path->text().isEmpty() ? FileController::defaultFolder() : m_path->text();
    QString chosenPath = QFileDialog::getSaveFileName(this, tr("Save the new municipality file"),
                                                      start, tr("Municipality files (*.samverka)"));
    if (chosenPath.isEmpty())
        return;
    if (!chosenPath.endsWith(QStringLiteral(".samverka"), Qt::CaseInsensitive))
        chosenPath += QStringLiteral(".samverka");
    m_path->setText(QDir::toNativeSeparators(chosenPath));
    m_pathEdited = true;
    updateOk();
}

void NewFileDialog::updateOk()
{
    QListWidgetItem *current = m_list->currentItem();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(current && !current->isHidden() && !m_path->text().trimmed().isEmpty());
}

core::Municipality NewFileDialog::municipality() const
{
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        return {};
    const auto entry = core::MunicipalityCatalog::byCode(current->data(CodeRole).toString());
    if (!entry)
        return {};
    core::Municipality m;
    m.code = entry->code;
    m.name = entry->name;
    m.county = entry->countyName;
    return m;
}

QString NewFileDialog::path() const
{
    QString typed = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (typed.isEmpty())
        return {};
    if (typed == QLatin1String("~") || typed.startsWith(QLatin1String("~/")))
        typed = QDir::homePath() + typed.mid(1);
    if (QFileInfo(typed).isRelative())
        typed = QDir(FileController::defaultFolder()).filePath(typed);
    if (!typed.endsWith(QLatin1String(".samverka"), Qt::CaseInsensitive))
        typed += QLatin1String(".samverka");
    return QDir::cleanPath(typed);
}

void NewFileDialog::accept()
{
    const QString file = path();
    const QString folder = QFileInfo(file).absolutePath();
    const auto shown = [](const QString &p) { return QDir::toNativeSeparators(p); };
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(this, tr("The file exists"),
                             tr("%1 already exists. Samverka never writes over a file: choose "
                                "another name.")
                                 .arg(shown(file)));
        m_path->setFocus();
        return;
    }
    // Samverka's own folder is made without asking. Any other folder that is not there is
    // more likely a slip of the keyboard (a name typed inside the suggested path) than a
    // wish: asked, No by default.
    if (!QFileInfo(folder).isDir() &&
        QDir::cleanPath(folder) != QDir::cleanPath(FileController::defaultFolder())) {
        if (QFileInfo::exists(folder)) {
            QMessageBox::warning(this, tr("Not a folder"),
                                 tr("%1 is a file, not a folder. Choose another place for the "
                                    "new file.")
                                     .arg(shown(folder)));
            m_path->setFocus();
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Create the folder?"),
            tr("The folder %1 does not exist. Create it and save the new file there?")
                .arg(shown(folder)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            m_path->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void NewFileDialog::selectCode(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(CodeRole).toString() == code) {
            m_list->setCurrentRow(i);
            m_list->scrollToItem(m_list->item(i));
            return;
        }
    }
}

void NewFileDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

int NewFileDialog::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            ++n;
    return n;
}

} // namespace samverka::ui
