#pragma once

// Importing statistics into the open file: reported crimes (an export from the national
// crime statistics or a file with the exchange columns) and population per year (a file,
// or typed in by year). A file is parsed and previewed first (rows, missing values,
// warnings, encoding, municipalities); the import is one transaction, all rows or none,
// and a malformed file is refused with the line number and what is wrong.

#include "statistics/CrimeStatisticsCsvParser.h"
#include "statistics/PopulationCsvParser.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace samverka::ui {

class AppContext;
class StatisticsPopulationEditor;

class StatisticsImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { CrimeStatistics, Population };

    explicit StatisticsImportDialog(AppContext &context, QWidget *parent = nullptr);
    ~StatisticsImportDialog() override;

    /// Reads and parses a file and shows the preview; false (and errorText()) when the
    /// file cannot be read or parsed. Nothing is written.
    bool loadFile(Kind kind, const QString &path);
    bool loadData(Kind kind, const QByteArray &bytes, const QString &sourceName);
    /// Writes what was loaded in one transaction; false when nothing is loaded or the
    /// file refused it (errorText() then says why).
    bool importLoaded(Kind kind);

    /// The last parse or import error for a person ("Line 12: ..."), or empty.
    QString errorText(Kind kind) const;
    /// What the preview or the last import says.
    QString summaryText(Kind kind) const;
    int loadedRowCount(Kind kind) const;
    void showKind(Kind kind);
    StatisticsPopulationEditor *populationEditor() const { return m_populationEditor; }

private:
    struct Panel;
    Panel &panel(Kind kind) const;
    QWidget *buildPanel(Kind kind, QWidget *extra);
    void chooseFile(Kind kind);
    void showCrimePreview(const core::CrimeStatisticsCsvParser::Result &result);
    void showPopulationPreview(const core::PopulationCsvParser::Result &result);
    void showError(Kind kind, const QString &message);
    void clearPreview(Kind kind);

    AppContext &m_context;
    QTabWidget *m_tabs;
    std::unique_ptr<Panel> m_crime;
    std::unique_ptr<Panel> m_population;
    StatisticsPopulationEditor *m_populationEditor;
    std::optional<core::CrimeStatisticsCsvParser::Result> m_crimeResult;
    std::optional<core::PopulationCsvParser::Result> m_populationResult;
};

} // namespace samverka::ui
