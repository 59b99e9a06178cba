#pragma once

// The problem picture of an agreement: its problems, filtered by who contributed
// them (police, municipality, joint), an editor for the selected problem, and beside it
// the reported crimes of the problem's crime categories.

#include "ListEditorPage.h"

#include "Problem.h"

#include <memory>

namespace samverka::ui {

class CheckField;
class EnumCombo;
class FieldBinder;
class LineField;
class LinkChecklist;
class NumberField;
class ProblemStatisticsPanel;
class StatisticsContext;
class StringListEditor;
class TextField;

class ProblemPicturePage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit ProblemPicturePage(AppContext &context, QWidget *parent = nullptr);
    ~ProblemPicturePage() override;

    void reload() override;
    QString title() const override;

    /// Adds a problem (as the Add button does); returns its id or empty when refused.
    QString addProblem(const QString &title = {});
    bool removeProblem(const QString &id);
    void selectProblem(const QString &id) { selectRecord(id); }
    FieldBinder *binder() const { return m_binder; }
    LineField *titleField() const { return m_title; }
    ProblemStatisticsPanel *statisticsPanel() const { return m_statisticsPanel; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void showStatistics(const QString &id);

    FieldBinder *m_binder;
    LineField *m_title;
    TextField *m_description;
    EnumCombo *m_category;
    StringListEditor *m_crimeCategories;
    LineField *m_place;
    LineField *m_timePattern;
    LinkChecklist *m_sources;
    EnumCombo *m_contributedBy;
    EnumCombo *m_contributedByParty;
    CheckField *m_prioritized;
    NumberField *m_priority;
    LinkChecklist *m_priorityReasons;
    CheckField *m_confidential;
    ProblemStatisticsPanel *m_statisticsPanel;
    std::shared_ptr<const StatisticsContext> m_statistics;
    QList<core::Problem> m_problems;
};

} // namespace samverka::ui
