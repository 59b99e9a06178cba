#pragma once

// The measures of an agreement: a list with status and a late marker, and the
// measure editor. Status stays editable under a signed agreement.

#include "Page.h"

namespace samverka::ui {

class MeasureEditor;
class RecordListPanel;

class MeasuresPage : public Page
{
    Q_OBJECT

public:
    explicit MeasuresPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    QString addMeasure(const QString &title = {});
    bool removeMeasure(const QString &id);
    void selectMeasure(const QString &id);
    MeasureEditor *editor() const { return m_editor; }
    RecordListPanel *list() const { return m_list; }

private:
    void showMeasure(const QString &id);

    RecordListPanel *m_list;
    MeasureEditor *m_editor;
};

} // namespace samverka::ui
