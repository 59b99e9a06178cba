#include "StatisticsImportDialog.h"

#include "AppContext.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/StatisticsPopulationEditor.h"

#include "statistics/StatisticsImportError.h"
#include "statistics/TextDecoding.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

namespace {

constexpr int kPreviewRows = 200;

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// The widgets of one kind of import: the file, its preview and the import button.
struct StatisticsImportDialog::Panel {
    QLineEdit *path = nullptr;
    QLabel *summary = nullptr;
    QLabel *error = nullptr;
    QListWidget *warnings = nullptr;
    QTableWidget *preview = nullptr;
    QPushButton *import = nullptr;
};

StatisticsImportDialog::StatisticsImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
    , m_crime(std::make_unique<Panel>())
    , m_population(std::make_unique<Panel>())
    , m_populationEditor(new StatisticsPopulationEditor(context, this))
{
    setWindowTitle(tr("Import statistics"));
    m_tabs->addTab(buildPanel(Kind::CrimeStatistics, nullptr), tr("Reported crimes"));

    auto *manual = new QGroupBox(tr("Type in the population"), this); // sv: Skriv in befolkningen
    auto *manualLayout = new QVBoxLayout(manual);
    manualLayout->addWidget(m_populationEditor);
    m_tabs->addTab(buildPanel(Kind::Population, manual), tr("Population"));
    m_tabs->setAccessibleName(tr("What to import"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

StatisticsImportDialog::~StatisticsImportDialog() = default;

StatisticsImportDialog::Panel &StatisticsImportDialog::panel(Kind kind) const
{
    return kind == Kind::CrimeStatistics ? *m_crime : *m_population;
}

QWidget *StatisticsImportDialog::buildPanel(Kind kind, QWidget *extra)
{
    Panel &p = panel(kind);
    auto *page = new QWidget(this);
    p.path = new QLineEdit(page);
    p.path->setReadOnly(true);
    p.path->setAccessibleName(tr("File to import"));
    p.path->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("&Choose file…"), page);
    connect(choose, &QPushButton::clicked, this, [this, kind] { chooseFile(kind); });
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("File:"), page);
    fileLabel->setBuddy(choose);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(p.path, 1);
    fileRow->addWidget(choose);

    const QString hint =
        kind == Kind::CrimeStatistics
            // sv: En export från Brås statistikdatabas (Region; Brott; År; Period; Antal; ...)
            // eller utbytesformatets kolumner (municipalityCode; year; period; crimeType;
            // category; count). ".." betyder att uppgiften saknas eller är skyddad och lagras
            // inte som noll.
            ? tr("An export from the national crime statistics (Region; Brott; År; Period; "
                 "Antal; …) or the exchange columns (municipalityCode; year; period; crimeType; "
                 "category; count). \"..\" means missing or suppressed and is never stored as "
                 "zero.")
            : tr("Columns municipalityCode; year; population (a header is optional; the "
                 "municipality may be a code, a name or \"2280 Härnösand\").");
    auto *hintLabel = new QLabel(hint, page);
    hintLabel->setWordWrap(true);

    p.summary = new QLabel(page);
    p.summary->setWordWrap(true);
    p.summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p.error = new QLabel(page);
    p.error->setWordWrap(true);
    p.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p.error->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; font-weight: bold; }"));
    p.error->hide();
    p.warnings = new QListWidget(page);
    p.warnings->setAccessibleName(tr("Warnings"));
    p.warnings->setMaximumHeight(90);
    p.warnings->hide();
    p.preview = new QTableWidget(page);
    p.preview->setAccessibleName(tr("Preview of the rows"));
    p.preview->verticalHeader()->hide();
    p.preview->verticalHeader()->setDefaultSectionSize(p.preview->fontMetrics().height() + 8);
    p.preview->setAlternatingRowColors(true);
    p.preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    p.import = new QPushButton(tr("&Import"), page);
    p.import->setEnabled(false);
    connect(p.import, &QPushButton::clicked, this, [this, kind] { importLoaded(kind); });

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hintLabel);
    layout->addLayout(fileRow);
    layout->addWidget(p.error);
    layout->addWidget(p.summary);
    layout->addWidget(p.warnings);
    layout->addWidget(p.preview, 1);
    auto *importRow = new QHBoxLayout;
    importRow->addStretch(1);
    importRow->addWidget(p.import);
    layout->addLayout(importRow);
    if (extra)
        layout->addWidget(extra, 1);
    return page;
}

void StatisticsImportDialog::showKind(Kind kind)
{
    m_tabs->setCurrentIndex(kind == Kind::CrimeStatistics ? 0 : 1);
}

void StatisticsImportDialog::chooseFile(Kind kind)
{
    const QString dir = panel(kind).path->text().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                            : QFileInfo(panel(kind).path->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a statistics file"), dir,
                                     tr("Text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(kind, path);
}

bool StatisticsImportDialog::loadFile(Kind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        clearPreview(kind);
        panel(kind).path->setText(QDir::toNativeSeparators(path));
        showError(
            kind,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return loadData(kind, file.readAll(), QDir::toNativeSeparators(path));
}

bool StatisticsImportDialog::loadData(Kind kind, const QByteArray &bytes, const QString &sourceName)
{
    clearPreview(kind);
    panel(kind).path->setText(sourceName);
    try {
        if (kind == Kind::CrimeStatistics) {
            m_crimeResult = core::CrimeStatisticsCsvParser().parse(bytes);
            showCrimePreview(*m_crimeResult);
        } else {
            m_populationResult = core::PopulationCsvParser().parse(bytes);
            showPopulationPreview(*m_populationResult);
        }
    } catch (const core::StatisticsImportError &e) {
        // sv: Filen kan inte importeras. %1
        showError(kind, tr("The file cannot be imported. %1").arg(e.fullMessage()));
        return false;
    }
    panel(kind).import->setEnabled(loadedRowCount(kind) > 0);
    return true;
}

void StatisticsImportDialog::clearPreview(Kind kind)
{
    Panel &p = panel(kind);
    if (kind == Kind::CrimeStatistics)
        m_crimeResult.reset();
    else
        m_populationResult.reset();
    p.error->clear();
    p.error->hide();
    p.summary->clear();
    p.warnings->clear();
    p.warnings->hide();
    p.preview->clear();
    p.preview->setRowCount(0);
    p.preview->setColumnCount(0);
    p.import->setEnabled(false);
}

void StatisticsImportDialog::showError(Kind kind, const QString &message)
{
    panel(kind).error->setText(message);
    panel(kind).error->show();
}

void StatisticsImportDialog::showCrimePreview(const core::CrimeStatisticsCsvParser::Result &r)
{
    Panel &p = panel(Kind::CrimeStatistics);
    QStringList municipalities;
    QList<int> years;
    for (const core::CrimeStatistic &row : r.rows) {
        const QString name = tr("%1 (%2)").arg(
            StatisticsFormat::municipalityName(row.municipalityCode, row.municipalityName),
            row.municipalityCode);
        if (!municipalities.contains(name))
            municipalities << name;
        if (!years.contains(row.year))
            years << row.year;
    }
    std::sort(years.begin(), years.end());
    QStringList lines;
    // sv: %n rad(er) att importera
    lines << tr("%n row(s) to import", nullptr, int(r.rows.size()));
    if (r.suppressedCount > 0)
        // sv: varav %n med ".." (saknas eller skyddad; lagras utan antal, inte som noll)
        lines << tr("of which %n with \"..\" (missing or suppressed; stored without a count, "
                    "not as zero)",
                    nullptr, r.suppressedCount);
    if (r.skippedAggregateRows > 0)
        lines << tr("%n row(s) of a police region or another area that is no municipality, "
                    "county or the whole country skipped",
                    nullptr, r.skippedAggregateRows);
    if (!r.aggregatePopulation.isEmpty())
        lines << tr("The county's and the country's population for %n year(s) taken from the "
                    "file's rates per 100 000, for the comparison",
                    nullptr, int(r.aggregatePopulation.size()));
    lines << tr("Municipalities: %1").arg(municipalities.join(QStringLiteral(", ")));
    if (!years.isEmpty())
        lines << tr("Years: %1–%2").arg(years.first()).arg(years.last());
    lines << tr("Encoding: %1").arg(core::TextDecoding::encodingName(r.encoding));
    if (!r.discontinuedTypes.isEmpty())
        lines << tr("Discontinued crime types: %1")
                     .arg(r.discontinuedTypes.join(QStringLiteral("; ")));
    const QString own = m_context.hasFile() ? m_context.file()->municipality().code : QString();
    if (!own.isEmpty() && !r.rows.isEmpty() &&
        std::none_of(r.rows.cbegin(), r.rows.cend(),
                     [&](const core::CrimeStatistic &row) { return row.municipalityCode == own; }))
        // sv: Ingen rad gäller filens egen kommun; raderna används för jämförelse.
        lines << tr("No row is for the file's own municipality; the rows serve for comparison.");
    p.summary->setText(lines.join(QLatin1Char('\n')));
    p.warnings->addItems(r.warnings);
    p.warnings->setVisible(!r.warnings.isEmpty());

    p.preview->setColumnCount(7);
    p.preview->setHorizontalHeaderLabels({tr("Line"), tr("Municipality"), tr("Year"), tr("Period"),
                                          tr("Crime type"), tr("Category"), tr("Count")});
    const int shown = int(std::min<qsizetype>(r.rows.size(), kPreviewRows));
    p.preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const core::CrimeStatistic &row = r.rows.at(i);
        const int line = i < r.sourceLines.size() ? r.sourceLines.at(i) : 0;
        p.preview->setItem(i, 0, cell(line > 0 ? QString::number(line) : QString(), true));
        p.preview->setItem(i, 1, cell(row.municipalityCode));
        p.preview->setItem(
            i, 2, cell(row.preliminary ? tr("%1 prel.").arg(row.year) : QString::number(row.year)));
        p.preview->setItem(i, 3, cell(row.period));
        p.preview->setItem(i, 4, cell(row.crimeType));
        p.preview->setItem(i, 5, cell(row.category));
        QTableWidgetItem *count = cell(StatisticsFormat::count(row.count), true);
        if (!row.count)
            count->setToolTip(StatisticsFormat::missingTooltip());
        p.preview->setItem(i, 6, count);
    }
    p.preview->resizeColumnsToContents();
    p.preview->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

void StatisticsImportDialog::showPopulationPreview(const core::PopulationCsvParser::Result &r)
{
    Panel &p = panel(Kind::Population);
    p.summary->setText(tr("%n row(s) to import", nullptr, int(r.rows.size())));
    p.warnings->addItems(r.warnings);
    p.warnings->setVisible(!r.warnings.isEmpty());
    p.preview->setColumnCount(3);
    p.preview->setHorizontalHeaderLabels({tr("Municipality"), tr("Year"), tr("Population")});
    const int shown = int(std::min<qsizetype>(r.rows.size(), kPreviewRows));
    p.preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const core::Population &row = r.rows.at(i);
        p.preview->setItem(
            i, 0,
            cell(tr("%1 (%2)").arg(StatisticsFormat::municipalityName(row.municipalityCode),
                                   row.municipalityCode)));
        p.preview->setItem(i, 1, cell(QString::number(row.year), true));
        p.preview->setItem(i, 2, cell(StatisticsFormat::count(row.value), true));
    }
    p.preview->resizeColumnsToContents();
    p.preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

int StatisticsImportDialog::loadedRowCount(Kind kind) const
{
    if (kind == Kind::CrimeStatistics)
        return m_crimeResult ? int(m_crimeResult->rows.size()) : 0;
    return m_populationResult ? int(m_populationResult->rows.size()) : 0;
}

bool StatisticsImportDialog::importLoaded(Kind kind)
{
    Panel &p = panel(kind);
    if (loadedRowCount(kind) == 0 || !m_context.hasFile())
        return false;
    // AppContext reports a refusal to the main window; the dialog shows it too.
    QString refusal;
    const auto connection = connect(&m_context, &AppContext::errorOccurred, this,
                                    [&refusal](const QString &message) { refusal = message; });
    QString done;
    const bool ok = m_context.run([&] {
        if (kind == Kind::CrimeStatistics) {
            const storage::StatisticsImportReport report = m_context.file()->importCrimeStatistics(
                m_crimeResult->rows, m_crimeResult->aggregatePopulation);
            // sv: Importerat: %1 nya rader, %2 uppdaterade, %3 oförändrade, %4 utan antal.
            done = tr("Imported: %1 new rows, %2 updated, %3 unchanged, %4 without a count.")
                       .arg(report.imported)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.suppressed);
        } else {
            const int n = m_context.file()->importPopulation(m_populationResult->rows);
            done = tr("Imported the population of %n year(s).", nullptr, n);
        }
    });
    disconnect(connection);
    if (!ok) {
        // sv: Inget importerades. %1
        showError(kind, tr("Nothing was imported. %1").arg(refusal));
        return false;
    }
    if (kind == Kind::CrimeStatistics)
        m_crimeResult.reset();
    else
        m_populationResult.reset();
    p.import->setEnabled(false);
    p.error->hide();
    p.summary->setText(done);
    m_populationEditor->reload();
    return true;
}

QString StatisticsImportDialog::errorText(Kind kind) const
{
    return panel(kind).error->isHidden() ? QString() : panel(kind).error->text();
}

QString StatisticsImportDialog::summaryText(Kind kind) const
{
    return panel(kind).summary->text();
}

} // namespace samverka::ui
