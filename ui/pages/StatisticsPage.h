#pragma once

// The statistics page: reported crime of the file's municipality (or another one the
// file holds for comparison) by category and crime type for a year, its development
// over the years, comparison per 100 000 inhabitants, and survey indicators. Importing
// statistics and editing the category mapping start here. Read-only otherwise.

#include "Page.h"

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace samverka::core {
class StatisticsCalculator;
}

namespace samverka::ui {

class StatisticsCategoryTab;
class StatisticsContext;
class StatisticsComparisonTab;
class StatisticsSurveyTab;
class StatisticsTrendTab;

class StatisticsPage : public Page
{
    Q_OBJECT

public:
    enum Tab { CategoryTab, TrendTab, ComparisonTab, SurveyTab };

    explicit StatisticsPage(AppContext &context, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    QString municipalityCode() const;
    void setMunicipalityCode(const QString &code);
    int year() const;
    void setYear(int year);
    /// True when the file has no reported-crime statistics and the page says so.
    bool isShowingEmptyState() const;

    QTabWidget *tabs() const { return m_tabs; }
    StatisticsCategoryTab *categoryTab() const { return m_categoryTab; }
    StatisticsTrendTab *trendTab() const { return m_trendTab; }
    StatisticsComparisonTab *comparisonTab() const { return m_comparisonTab; }
    StatisticsSurveyTab *surveyTab() const { return m_surveyTab; }

public slots:
    void openImportDialog();
    void openCategoryMappingDialog();

private:
    void fillMunicipalities();
    void fillYears();
    void showMunicipality();
    void showYear();
    void fillComparison();

    /// The statistics with that municipality's rows: the own and compared ones, or every
    /// municipality's, read then; null when they cannot be read (the error is told).
    std::shared_ptr<const StatisticsContext> contextOf(const QString &code);

    std::shared_ptr<const StatisticsContext> m_statistics; ///< own and compared municipalities
    std::shared_ptr<const StatisticsContext> m_everyMunicipality; ///< the last all() read
    std::shared_ptr<const StatisticsContext> m_shown;    ///< what the trend and category tabs read
    std::shared_ptr<const StatisticsContext> m_compared; ///< what the comparison tab reads
    bool m_comparisonFilled = false;
    QString m_ownCode;
    QLabel *m_heading;
    QComboBox *m_municipality;
    QComboBox *m_year;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QLabel *m_emptyText;
    QTabWidget *m_tabs;
    StatisticsCategoryTab *m_categoryTab;
    StatisticsTrendTab *m_trendTab;
    StatisticsComparisonTab *m_comparisonTab;
    StatisticsSurveyTab *m_surveyTab;
    bool m_filling = false;
};

} // namespace samverka::ui
