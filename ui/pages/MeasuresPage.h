#pragma once

// The measures of an agreement: a list with status and a late marker, and the
// measure editor. Status stays editable under a signed agreement.

#include "ListEditorPage.h"

namespace samverka::ui {

class MeasureEditor;

class MeasuresPage : public ListEditorPage
{
    Q_OBJECT

public:
    explicit MeasuresPage(AppContext &context, QWidget *parent = nullptr);

    void reload() override;
    QString title() const override;

    QString addMeasure(const QString &title = {});
    bool removeMeasure(const QString &id);
    void selectMeasure(const QString &id) { selectRecord(id); }
    MeasureEditor *editor() const { return m_editor; }

private:
    void showRecord(const QString &id) override;
    void addRequested() override;
    void removeRequested(const QString &id) override;

    MeasureEditor *m_editor;
};

} // namespace samverka::ui
