#include "StatisticsPage.h"

#include "AppContext.h"
#include "StatisticsCache.h"
#include "StatisticsContext.h"
#include "dialogs/CategoryMappingDialog.h"
#include "dialogs/StatisticsImportDialog.h"
#include "widgets/PageHeading.h"
#include "widgets/StatisticsCategoryTab.h"
#include "widgets/StatisticsComparisonTab.h"
#include "widgets/StatisticsFormat.h"
#include "widgets/StatisticsSurveyTab.h"
#include "widgets/StatisticsTrendTab.h"
#include "widgets/TableExportButton.h"

#include "statistics/StatisticsCalculator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace samverka::ui {

StatisticsPage::StatisticsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_heading(PageHeading::create(this))
    , m_municipality(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
    , m_emptyText(new QLabel(m_emptyState))
    , m_tabs(new QTabWidget(this))
    , m_categoryTab(new StatisticsCategoryTab(this))
    , m_trendTab(new StatisticsTrendTab(this))
    , m_comparisonTab(new StatisticsComparisonTab(this))
    , m_surveyTab(new StatisticsSurveyTab(this))
{
    m_municipality->setAccessibleName(tr("Municipality"));
    m_municipality->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setAccessibleName(tr("Year"));
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *municipalityLabel = new QLabel(tr("M&unicipality:"), this);
    municipalityLabel->setBuddy(m_municipality);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *importButton =
        new QPushButton(tr("Import statistics…"), this); // sv: Importera statistik…
    auto *mappingButton = new QPushButton(tr("Crime categories…"), this); // sv: Brottskategorier…
    mappingButton->setToolTip(tr("Which category of the handbook each crime type belongs to"));
    connect(importButton, &QPushButton::clicked, this, &StatisticsPage::openImportDialog);
    connect(mappingButton, &QPushButton::clicked, this, &StatisticsPage::openCategoryMappingDialog);
    auto *exportButton = new TableExportButton(
        context, documents::TableKind::Statistics,
        tr("The reported crimes by category and crime type, a sheet per year, as an Excel "
           "workbook or a CSV file"),
        this);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(municipalityLabel);
    pickers->addWidget(m_municipality);
    pickers->addSpacing(12);
    pickers->addWidget(yearLabel);
    pickers->addWidget(m_year);
    pickers->addStretch(1);
    pickers->addWidget(importButton);
    pickers->addWidget(mappingButton);
    pickers->addWidget(exportButton);

    m_tabs->addTab(m_categoryTab,
                   tr("By category and crime type"));  // sv: Per kategori och brottstyp
    m_tabs->addTab(m_trendTab, tr("Development"));     // sv: Utveckling
    m_tabs->addTab(m_comparisonTab, tr("Comparison")); // sv: Jämförelse
    m_tabs->addTab(m_surveyTab, tr("Safety survey"));  // sv: Trygghetsundersökning
    m_tabs->setAccessibleName(tr("Statistics views"));

    // The empty state says what is missing and offers the one thing to do about it.
    QFont big = m_emptyText->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_emptyText->setFont(big);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    // sv: Filen har ingen brottsstatistik ännu. Importera en export från Brås statistikdatabas
    // (semikolonseparerad text) eller en fil med utbytesformatets kolumner.
    m_emptyText->setText(
        tr("The file has no crime statistics yet. Import an export from the national crime "
           "statistics database (semicolon-separated text) or a file with the exchange "
           "format's columns."));
    auto *emptyImport = new QPushButton(tr("Import statistics…"), m_emptyState);
    emptyImport->setDefault(true);
    connect(emptyImport, &QPushButton::clicked, this, &StatisticsPage::openImportDialog);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(emptyImport, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(pickers);
    layout->addWidget(m_stack, 1);

    connect(m_municipality, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showMunicipality();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &StatisticsPage::fillComparison);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showYear();
    });
}

StatisticsPage::~StatisticsPage() = default;

std::shared_ptr<const StatisticsContext> StatisticsPage::contextOf(const QString &code)
{
    if (!m_statistics || m_statistics->covers(code))
        return m_statistics;
    // Another municipality than the own and those compared with: every municipality's
    // rows are read now, not before (issue #13).
    // The cache reads them once until the file changes.
    try {
        m_everyMunicipality = StatisticsCache::of(context()).all();
    } catch (const std::exception &e) {
        // Not readable now (a colleague's lock): said, and what was read before stays.
        emit context().errorOccurred(QString::fromUtf8(e.what()));
    }
    return m_everyMunicipality;
}

QString StatisticsPage::title() const
{
    return tr("Statistics"); // sv: Statistik
}

void StatisticsPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
}

QString StatisticsPage::municipalityCode() const
{
    return m_municipality->currentData().toString();
}

void StatisticsPage::setMunicipalityCode(const QString &code)
{
    const int index = m_municipality->findData(code);
    if (index >= 0)
        m_municipality->setCurrentIndex(index);
}

int StatisticsPage::year() const
{
    return m_year->currentData().toInt();
}

void StatisticsPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

bool StatisticsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void StatisticsPage::reload()
{
    if (!context().hasFile())
        return;
    storage::MunicipalityFile *file = context().file();
    const core::Municipality municipality = file->municipality();
    m_ownCode = municipality.code;
    m_heading->setText(municipality.name.isEmpty() ? tr("Statistics")
                                                   : tr("Statistics – %1").arg(municipality.name));
    try {
        m_statistics = StatisticsCache::of(context()).current();
    } catch (const std::exception &e) {
        // A file that cannot be read now (a colleague's lock) keeps what the page showed.
        emit context().errorOccurred(QString::fromUtf8(e.what()));
        return;
    }
    m_surveyTab->setIndicators(file->surveyIndicators(), m_ownCode);
    const bool empty = m_statistics->fileCodes().isEmpty();
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_tabs));
    m_municipality->setEnabled(!empty);
    m_year->setEnabled(!empty);
    fillMunicipalities();
    m_comparisonFilled = false;
    fillComparison();
    showMunicipality();
}

void StatisticsPage::fillComparison()
{
    // The comparison ranks every municipality of the file: it reads them all, so only
    // once it is shown.
    if (m_comparisonFilled || m_tabs->currentWidget() != m_comparisonTab || !m_statistics)
        return;
    if (auto every = contextOf(QString())) {
        m_comparisonTab->setData(&every->calculator(), m_ownCode);
        m_compared = every; // what the tab reads, kept while it does
        m_comparisonFilled = true;
    }
}

void StatisticsPage::fillMunicipalities()
{
    const QString current = municipalityCode();
    m_filling = true;
    m_municipality->clear();
    QStringList codes = m_statistics->fileCodes();
    // The file's own municipality first: it is what the page is about.
    if (codes.removeAll(m_ownCode) > 0 || codes.isEmpty())
        codes.prepend(m_ownCode);
    for (const QString &code : std::as_const(codes)) {
        if (code.isEmpty())
            continue;
        m_municipality->addItem(tr("%1 (%2)").arg(StatisticsFormat::municipalityName(code), code),
                                code);
    }
    const int index = m_municipality->findData(current.isEmpty() ? m_ownCode : current);
    m_municipality->setCurrentIndex(std::max(0, index));
    m_filling = false;
}

void StatisticsPage::fillYears()
{
    const int current = year();
    m_filling = true;
    m_year->clear();
    const QList<int> years =
        m_shown ? m_shown->calculator().years(municipalityCode()) : QList<int>();
    for (auto it = years.crbegin(); it != years.crend(); ++it) // the latest year first
        m_year->addItem(QString::number(*it), *it);
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void StatisticsPage::showMunicipality()
{
    auto shown = contextOf(municipalityCode());
    if (!shown)
        return;
    m_shown = shown; // what the trend and category tabs read, kept while they do
    fillYears();
    m_trendTab->setData(&m_shown->calculator(), municipalityCode());
    showYear();
}

void StatisticsPage::showYear()
{
    if (m_shown)
        m_categoryTab->setTable(m_shown->calculator().table(municipalityCode(), year()));
}

void StatisticsPage::openImportDialog()
{
    if (!context().hasFile())
        return;
    auto *dialog = new StatisticsImportDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StatisticsPage::openCategoryMappingDialog()
{
    if (!context().hasFile())
        return;
    auto *dialog = new CategoryMappingDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace samverka::ui
