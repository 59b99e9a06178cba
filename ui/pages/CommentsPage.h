#pragma once

// Review comments on an agreement, section by section: add, reply, resolve
// ("Markera som löst"), and show only the open ones. Editable under a signed agreement.

#include "Page.h"

#include "Agreement.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace samverka::ui {

class RecordListPanel;

class CommentsPage : public Page
{
    Q_OBJECT

public:
    explicit CommentsPage(AppContext &context, QWidget *parent = nullptr);

    void showTarget(const NavTarget &target) override;
    void reload() override;
    QString title() const override;

    /// The comment's id, or its "<agreement>#<index>" address when it was imported
    /// without one: what the list, reply, resolve and remove use.
    static QString addressOf(const core::Agreement &agreement, qsizetype index);
    /// Adds a comment on a section ("part1", "measures", or a record id).
    QString addComment(const QString &section, const QString &text);
    QString reply(const QString &commentId, const QString &text);
    bool resolve(const QString &commentId, bool resolved = true);
    void setOnlyOpen(bool onlyOpen);
    RecordListPanel *list() const { return m_list; }

private:
    void showComment(const QString &id);
    /// A section word or the name of the record a comment is about.
    QString sectionName(const QString &section) const;

    RecordListPanel *m_list;
    QCheckBox *m_onlyOpen;
    QLabel *m_header;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_replyText;
    QPushButton *m_replyButton;
    QPushButton *m_resolveButton;
    QComboBox *m_newSection;
    QPlainTextEdit *m_newText;
    QPushButton *m_addButton;
    QHash<QString, QString> m_recordNames;
};

} // namespace samverka::ui
