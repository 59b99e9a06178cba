#pragma once

// The problem picture of an agreement: its problems, filtered by who contributed
// them (police, municipality, joint), an editor for the selected problem, and beside it
// the reported crimes of the problem's crime categories.

#include "ListEditorPage.h"

#include "Problem.h"
#include "SituationPicture.h"

#include <QHash>

#include <memory>

class QLabel;
class QToolButton;

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
    /// Takes over a problem of the lägesbild (as "From the situation picture" does): its
    /// title, description, place, time pattern, sources and secrecy, with a link back.
    /// Returns the new problem's id, or empty when refused.
    QString takeOver(const QString &situationProblemId);
    QToolButton *fromSituationButton() const { return m_fromSituation; }
    QLabel *originLabel() const { return m_origin; }
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
    /// The lägesbild's problems offered: of the edition in force, else the latest.
    void loadSituationProblems();

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
    QToolButton *m_fromSituation;
    QLabel *m_origin;
    /// The offered edition's problems, and every edition's problem labels for the link.
    QList<core::SituationProblem> m_situationProblems;
    QHash<QString, QString> m_situationLabels;
};

} // namespace samverka::ui
