#pragma once

// The lägesbild of Lag (2023:196) §4, one edition at a time: who made it and when, its
// decision and its next update; the commentary to part 1 (the kartläggning, whose numbers
// come from the file's statistics); part 2, the other information, as sections with a
// source and a date, some confidential; and part 3, the analysis and the problems it leads
// to, each marked with Brå's criteria for choosing it. A new edition starts as a copy of
// the latest one.

#include "ListEditorPage.h"

#include "SituationPicture.h"

class QFormLayout;
class QLabel;
class QToolButton;

namespace samverka::ui {

class DateField;
class EnumCombo;
class FieldBinder;
class LineField;
class LinkChecklist;
class NumberField;
class RecordTableEditor;
class SituationMappingView;
class TextField;

class SituationPicturePage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit SituationPicturePage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    /// A new edition: a copy of the latest one, or a first one with the defaults (this
    /// year's title, today's date, the five years before, due again in two years).
    QString addEdition();
    /// A section of part 2 titled as one of the suggestions (suggestions()).
    QString addSuggestedSection(int suggestion);
    /// Part 2's usual sources, as (title, source, confidential).
    struct Suggestion {
        QString title;
        QString source;
        bool confidential = false;
    };
    static QList<Suggestion> suggestions();

    FieldBinder *binder() const { return m_binder; }
    FieldBinder *sectionBinder() const { return m_sectionBinder; }
    FieldBinder *problemBinder() const { return m_problemBinder; }
    RecordTableEditor *sections() const { return m_sections; }
    RecordTableEditor *problems() const { return m_problems; }
    QToolButton *suggestionButton() const { return m_suggest; }
    SituationMappingView *mapping() const { return m_mapping; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;
    void buildHead(QFormLayout *form);
    void buildMapping(QFormLayout *form);
    void buildSections(QFormLayout *form);
    void buildAnalysis(QFormLayout *form);
    /// The kartläggning's numbers for the years of the edition shown.
    void showMapping();
    void showSection(const QString &id);
    void showProblem(const QString &id);
    /// The edition shown, as the file has it now (empty when none).
    core::SituationPicture shownEdition() const;

    FieldBinder *m_binder;
    FieldBinder *m_sectionBinder;
    FieldBinder *m_problemBinder;
    LineField *m_title = nullptr;
    DateField *m_date = nullptr;
    NumberField *m_fromYear = nullptr;
    NumberField *m_toYear = nullptr;
    EnumCombo *m_status = nullptr;
    DateField *m_nextUpdate = nullptr;
    LinkChecklist *m_comparisons = nullptr;
    SituationMappingView *m_mapping = nullptr;
    RecordTableEditor *m_sections = nullptr;
    QToolButton *m_suggest = nullptr;
    QLabel *m_lockNote = nullptr;
    TextField *m_sectionText = nullptr;
    RecordTableEditor *m_problems = nullptr;
    TextField *m_problemDescription = nullptr;
    LinkChecklist *m_criteria = nullptr;
    LinkChecklist *m_sources = nullptr;
    QList<core::SituationPicture> m_editions;
};

} // namespace samverka::ui
