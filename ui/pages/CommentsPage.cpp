#include "CommentsPage.h"

#include "AppContext.h"
#include "UiErrors.h"
#include "models/RecordId.h"
#include "widgets/FormRow.h"
#include "widgets/RecordListPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace samverka::ui {

using storage::RecordKind;

namespace {

QList<QPair<QString, QString>> sections()
{
    return {{QStringLiteral("part1"), CommentsPage::tr("Part 1")},
            {QStringLiteral("part2"), CommentsPage::tr("Part 2")},
            {QStringLiteral("problems"), CommentsPage::tr("Problem picture")},
            {QStringLiteral("causes"), CommentsPage::tr("Cause analysis")},
            {QStringLiteral("goals"), CommentsPage::tr("Goals")},
            {QStringLiteral("measures"), CommentsPage::tr("Measures")},
            {QStringLiteral("signatures"), CommentsPage::tr("Signatures")}};
}

QString sectionLabel(const QString &section)
{
    for (const auto &[key, label] : sections())
        if (key == section)
            return label;
    return section;
}

QString nowIso()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

/// "2026-12-04 kl. 20:02" (Swedish), "12/4/26 at 20:02" (English); an unreadable stamp as
/// it stands.
QString shownTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    const QLocale locale;
    return CommentsPage::tr("%1 at %2", "date at time")
        .arg(locale.toString(at.date(), QLocale::ShortFormat),
             at.time().toString(QStringLiteral("HH:mm")));
}

/// The author, or a plain word when none was recorded.
QString shownAuthor(const QString &author)
{
    return author.trimmed().isEmpty() || author == QStringLiteral("unknown")
               ? CommentsPage::tr("(name not given)")
               : author;
}

} // namespace

CommentsPage::CommentsPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_list(new RecordListPanel(tr("Review comments"), this))
    , m_onlyOpen(new QCheckBox(tr("Show only &open"), this))
    , m_header(new QLabel(this))
    , m_thread(new QTextBrowser(this))
    , m_replyText(new QPlainTextEdit(this))
    , m_replyButton(new QPushButton(tr("&Reply"), this))
    , m_resolveButton(new QPushButton(tr("Mark as resolved"), this))
    , m_newSection(new QComboBox(this))
    , m_newText(new QPlainTextEdit(this))
    , m_addButton(new QPushButton(tr("Add &comment"), this))
{
    m_list->setHeaders(tr("Comment"), tr("Section"));
    m_list->addButton()->setVisible(false); // comments are added in the form below
    m_list->setRemoveText(tr("Remove comment"));
    m_onlyOpen->setChecked(true);
    m_header->setWordWrap(true);
    m_thread->setAccessibleName(tr("Comment and replies"));
    m_replyText->setAccessibleName(tr("Reply"));
    m_replyText->setTabChangesFocus(true);
    m_replyText->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_newText->setTabChangesFocus(true);
    m_newText->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    for (const auto &[key, label] : sections())
        m_newSection->addItem(label, key);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_onlyOpen);
    leftLayout->addWidget(m_list, 1);
    auto *newBox = new QGroupBox(tr("New comment"));
    auto *newForm = makeForm(newBox);
    addFormRow(newForm, tr("&Section:"), m_newSection);
    addFormRow(newForm, tr("Comme&nt:"), m_newText);
    newForm->addRow(QString(), m_addButton);
    leftLayout->addWidget(newBox);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_thread, 1);
    auto *replyLabel = new QLabel(tr("Your &reply:"));
    replyLabel->setBuddy(m_replyText);
    rightLayout->addWidget(replyLabel);
    rightLayout->addWidget(m_replyText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_resolveButton);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({420, 580});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_onlyOpen, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_list, &RecordListPanel::currentChanged, this, &CommentsPage::showComment);
    connect(m_list, &RecordListPanel::removeRequested, this, [this](const QString &id) {
        this->context().removeRecord(RecordKind::Comment, id, tr("Remove comment"));
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (!addComment(m_newSection->currentData().toString(), m_newText->toPlainText()).isEmpty())
            m_newText->clear();
    });
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        if (!reply(m_list->currentId(), m_replyText->toPlainText()).isEmpty())
            m_replyText->clear();
    });
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        const QString id = m_list->currentId();
        const bool resolved = this->context()
                                  .file()
                                  ->field(RecordKind::Comment, id, QStringLiteral("resolved"))
                                  .toBool();
        resolve(id, !resolved);
    });
}

QString CommentsPage::title() const
{
    return tr("Review comments");
}

void CommentsPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    reload();
    if (!target.recordId.isEmpty()) {
        m_list->selectId(target.recordId);
        showComment(m_list->currentId());
    }
}

void CommentsPage::setOnlyOpen(bool onlyOpen)
{
    m_onlyOpen->setChecked(onlyOpen);
    reload();
}

void CommentsPage::reload()
{
    if (!context().hasFile())
        return;
    core::Agreement agreement;
    try {
        agreement = context().file()->agreement(target().agreementId);
    } catch (const std::exception &error) {
        if (!UiErrors::recordGone(context(), QStringLiteral("CommentsPage::reload"), error))
            return; // reported; keep what the page shows
        m_list->setEntries({});
        showComment({});
        return;
    }
    m_recordNames.clear();
    for (const core::Problem &p : agreement.problems)
        m_recordNames.insert(p.id, tr("Problem: %1").arg(p.title));
    for (const core::Goal &g : agreement.goals)
        m_recordNames.insert(g.id, tr("Goal: %1").arg(g.text));
    for (const core::Measure &m : agreement.measures)
        m_recordNames.insert(m.id, tr("Measure: %1").arg(m.title));
    QList<ListEntry> entries;
    int open = 0;
    for (qsizetype i = 0; i < agreement.comments.size(); ++i) {
        const core::ReviewComment &comment = agreement.comments.at(i);
        if (!comment.resolved)
            ++open;
        if (m_onlyOpen->isChecked() && comment.resolved)
            continue;
        ListEntry entry;
        entry.id = addressOf(agreement, i);
        entry.label =
            (comment.resolved ? tr("✓ ") : QString()) + comment.text.simplified().left(70);
        entry.detail = sectionName(comment.section);
        entry.toolTip = comment.text;
        entries.append(entry);
    }
    m_onlyOpen->setText(tr("Show only &open (%1)").arg(open));
    // Resolved comments hidden by the filter are not "no comments".
    if (entries.isEmpty() && !agreement.comments.isEmpty())
        m_list->setEmptyText(tr("No open review comments. Untick “Show only open” to see the "
                                "resolved ones."),
                             false);
    else
        m_list->setEmptyText(tr("No review comments yet. Write one below, on the section it "
                                "concerns; the coordinator answers and marks it resolved."),
                             false);
    m_list->setEntries(entries);
    showComment(m_list->currentId());
}

void CommentsPage::showComment(const QString &id)
{
    const bool has = !id.isEmpty() && context().hasFile();
    m_replyText->setEnabled(has);
    m_replyButton->setEnabled(has);
    m_resolveButton->setEnabled(has);
    m_thread->clear();
    m_header->clear();
    if (!has)
        return;
    core::ReviewComment comment;
    try {
        const core::Agreement agreement = context().file()->agreement(target().agreementId);
        for (qsizetype i = 0; i < agreement.comments.size(); ++i)
            if (addressOf(agreement, i) == id)
                comment = agreement.comments.at(i);
    } catch (const std::exception &error) {
        UiErrors::recordGone(context(), QStringLiteral("CommentsPage::showComment"), error);
        return;
    }
    m_header->setText(
        tr("%1 — %2, %3")
            .arg(sectionName(comment.section), shownAuthor(comment.author),
                 QLocale().toString(QDateTime::fromString(comment.createdAt, Qt::ISODate).date(),
                                    QLocale::ShortFormat)));
    m_resolveButton->setText(comment.resolved ? tr("Reopen") : tr("Mark as resolved"));
    // Plain text through a cursor: user text is never interpreted as markup.
    QTextCursor cursor(m_thread->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(shownAuthor(comment.author) + QStringLiteral(" (") +
                          shownTime(comment.createdAt) + QStringLiteral(")\n"),
                      bold);
    cursor.insertText(comment.text + QStringLiteral("\n"), QTextCharFormat());
    for (const core::CommentReply &r : std::as_const(comment.replies)) {
        cursor.insertText(QStringLiteral("\n") + shownAuthor(r.author) + QStringLiteral(" (") +
                              shownTime(r.createdAt) + QStringLiteral(")\n"),
                          bold);
        cursor.insertText(r.text + QStringLiteral("\n"), QTextCharFormat());
    }
    if (comment.resolved)
        cursor.insertText(QStringLiteral("\n") + tr("Resolved."), bold);
}

QString CommentsPage::addressOf(const core::Agreement &agreement, qsizetype index)
{
    // A comment imported without an id by the file's id of its row.
    return fileIdOf(agreement.comments.at(index));
}

QString CommentsPage::sectionName(const QString &section) const
{
    const QString label = sectionLabel(section);
    return label == section ? m_recordNames.value(section, section) : label;
}

QString CommentsPage::addComment(const QString &section, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QString id =
        context().insertRecord(RecordKind::Comment, target().agreementId,
                               {{QStringLiteral("section"), section},
                                {QStringLiteral("author"), context().file()->userName()},
                                {QStringLiteral("createdAt"), nowIso()},
                                {QStringLiteral("text"), text.trimmed()}},
                               -1, tr("Add review comment"));
    if (!id.isEmpty()) {
        reload();
        m_list->selectId(id);
        showComment(id);
    }
    return id;
}

QString CommentsPage::reply(const QString &commentId, const QString &text)
{
    if (commentId.isEmpty() || text.trimmed().isEmpty())
        return {};
    const QString id =
        context().insertRecord(RecordKind::CommentReply, commentId,
                               {{QStringLiteral("author"), context().file()->userName()},
                                {QStringLiteral("createdAt"), nowIso()},
                                {QStringLiteral("text"), text.trimmed()}},
                               -1, tr("Reply to review comment"));
    if (!id.isEmpty())
        showComment(commentId);
    return id;
}

bool CommentsPage::resolve(const QString &commentId, bool resolved)
{
    if (commentId.isEmpty())
        return false;
    const bool ok =
        context().setField(RecordKind::Comment, commentId, QStringLiteral("resolved"), resolved,
                           resolved ? tr("Resolve review comment") : tr("Reopen review comment"));
    if (ok)
        reload();
    return ok;
}

} // namespace samverka::ui
