#pragma once

// Files kept inside the municipality file (e.g. the scanned signed original): add
// from disk, save a copy, remove; name and note are editable.

#include "Page.h"

class QLabel;
class QPushButton;

namespace samverka::ui {

class EnumCombo;
class FieldBinder;
class LineField;
class RecordListPanel;
class TextField;

class AttachmentsPage : public Page
{
    Q_OBJECT

public:
    explicit AttachmentsPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    /// Stores a file's bytes in the municipality file; returns the new id.
    QString addFile(const QString &path);
    /// Writes the stored bytes of an attachment to a path; false on failure.
    bool saveCopy(const QString &id, const QString &path);
    bool removeAttachment(const QString &id);
    RecordListPanel *list() const { return m_list; }

private:
    void showAttachment(const QString &id);

    RecordListPanel *m_list;
    FieldBinder *m_binder;
    LineField *m_name;
    EnumCombo *m_agreement;
    TextField *m_note;
    QLabel *m_info;
    QPushButton *m_save;
};

} // namespace samverka::ui
