#include "AppContext.h"

#include "commands/InsertRecordCommand.h"
#include "commands/MoveRecordCommand.h"
#include "commands/RemoveRecordCommand.h"
#include "commands/SetFieldCommand.h"
#include "commands/SetFieldsCommand.h"

#include <QTimer>

namespace samverka::ui {

namespace {

constexpr int kHistoryLimit = 100;
constexpr int kExternalPollMs = 2000;

// What a record is called in the Edit menu ("Ångra Lägg till åtgärd").
QString kindLabel(storage::RecordKind kind)
{
    using K = storage::RecordKind;
    switch (kind) {
    case K::Municipality:
        return AppContext::tr("municipality");
    case K::Party:
        return AppContext::tr("party");
    case K::Person:
        return AppContext::tr("person");
    case K::Agreement:
        return AppContext::tr("agreement");
    case K::DiaryNumber:
        return AppContext::tr("diary number");
    case K::StartingPoint:
        return AppContext::tr("starting point");
    case K::Commitment:
        return AppContext::tr("commitment");
    case K::Group:
        return AppContext::tr("group");
    case K::GroupMember:
        return AppContext::tr("group member");
    case K::Coordinator:
        return AppContext::tr("coordinator");
    case K::ReportingRule:
        return AppContext::tr("reporting rule");
    case K::Problem:
        return AppContext::tr("problem");
    case K::Cause:
        return AppContext::tr("cause");
    case K::FocusArea:
        return AppContext::tr("focus area");
    case K::Goal:
        return AppContext::tr("goal");
    case K::Measure:
        return AppContext::tr("measure");
    case K::FollowUp:
        return AppContext::tr("follow-up");
    case K::Signature:
        return AppContext::tr("signatory");
    case K::Comment:
        return AppContext::tr("review comment");
    case K::CommentReply:
        return AppContext::tr("reply");
    case K::CheckItem:
        return AppContext::tr("check item");
    case K::PromiseSet:
        return AppContext::tr("citizen promise set");
    case K::Promise:
        return AppContext::tr("citizen promise");
    case K::Meeting:
        return AppContext::tr("meeting");
    case K::Attachment:
        return AppContext::tr("attachment");
    case K::Population:
        return AppContext::tr("population figure");
    case K::SituationPicture:
        return AppContext::tr("situation picture");
    case K::SituationSection:
        return AppContext::tr("section");
    case K::SituationProblem:
        return AppContext::tr("problem");
    case K::MeasurePlan:
        return AppContext::tr("measure plan");
    case K::PlanFollowUpDate:
        return AppContext::tr("follow-up date");
    case K::PlanRow:
        return AppContext::tr("plan row");
    case K::PlanRating:
        return AppContext::tr("rating");
    }
    return {};
}

} // namespace

AppContext::AppContext(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<storage::Change>(); // dataChanged() also goes through queued connections
    // A colleague on the share writes to the same file: poll SQLite's data_version so
    // the views showing what the colleague changed refresh; checkForExternalChanges()
    // reports what changed as changed() and then emits externallyChanged().
    auto *poll = new QTimer(this);
    poll->setInterval(kExternalPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (!m_file)
            return;
        try {
            m_file->checkForExternalChanges();
        } catch (const storage::StorageError &) {
            // A busy file is asked again at the next tick.
        }
    });
    poll->start();
}

AppContext::~AppContext()
{
    // Commands refer to the file: drop them first.
    m_undoStack.clear();
}

void AppContext::setFile(std::unique_ptr<storage::MunicipalityFile> file)
{
    m_undoStack.clear();
    m_file = std::move(file);
    m_back.clear();
    m_forward.clear();
    // A file opens on its overview: navigating there afterwards is no second reload.
    m_current = m_file ? NavTarget{NavTarget::Page::Overview, {}, {}} : NavTarget{};
    if (m_file) {
        m_file->setSessionUserName(m_userName);
        // Also a colleague's changes: checkForExternalChanges() reports them as changed().
        connect(m_file.get(), &storage::MunicipalityFile::changed, this, &AppContext::dataChanged);
    }
    emit fileChanged();
    emit navigated(m_current);
}

void AppContext::setUserName(const QString &name)
{
    m_userName = name.trimmed();
    if (m_file)
        m_file->setSessionUserName(m_userName);
}

void AppContext::closeFile()
{
    setFile(nullptr);
}

bool AppContext::setField(storage::RecordKind kind, const QString &id, const QString &field,
                          const QVariant &value, const QString &what, const QString &mergeKey)
{
    m_lastRefusalMayPass = false;
    if (!m_file)
        return false;
    if (kind == storage::RecordKind::SituationPicture && field == QLatin1String("status"))
        if (const auto status = core::fromWord<core::SituationStatus>(value.toString()))
            return setSituationStatus(id, *status, what);
    try {
        // The value replaced, as storage read it inside the write: a colleague's commit a
        // moment earlier is what undo restores, not what this window saw before.
        const QVariant old = m_file->setField(kind, id, field, value);
        const QString text = what.isEmpty() ? tr("Edit %1").arg(field) : what;
        m_undoStack.push(new SetFieldCommand(*this, kind, id, field, old, value, text, mergeKey));
        return true;
    } catch (const storage::StorageError &e) {
        // A full disk, a refused write, a dropped share, a colleague's lock: these pass.
        using Kind = storage::StorageError::Kind;
        m_lastRefusalMayPass = e.kind() == Kind::Io || e.kind() == Kind::Locked;
        emit errorOccurred(e.message());
        return false;
    }
}

bool AppContext::setSituationStatus(const QString &id, core::SituationStatus status,
                                    const QString &what)
{
    const QString text = what.isEmpty() ? tr("Edit %1").arg(QStringLiteral("status")) : what;
    QList<QPair<QString, QVariant>> values;
    try {
        // Unchanged: the numbers kept at the adoption stay as they are.
        if (m_file->field(storage::RecordKind::SituationPicture, id, QStringLiteral("status")) ==
            core::toWord(status))
            return true;
        values = m_file->situationStatusFields(id, status);
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return false;
    }
    return SetFieldsCommand::apply(*this, storage::RecordKind::SituationPicture, id, values, text);
}

QString AppContext::insertRecord(storage::RecordKind kind, const QString &parentId,
                                 const QVariantMap &fields, int index, const QString &what)
{
    if (!m_file)
        return {};
    try {
        const QString id = m_file->insertRecord(kind, parentId, fields, index);
        const QString text = what.isEmpty() ? tr("Add %1").arg(kindLabel(kind)) : what;
        m_undoStack.push(new InsertRecordCommand(*this, kind, id, text));
        return id;
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return {};
    }
}

QString AppContext::newSituationEdition(const QString &fromId, const QString &title,
                                        const QDate &date)
{
    if (!m_file)
        return {};
    try {
        const QString id = m_file->newSituationEdition(fromId, title, date);
        m_undoStack.push(new InsertRecordCommand(*this, storage::RecordKind::SituationPicture, id,
                                                 tr("New edition of the situation picture")));
        return id;
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return {};
    }
}

bool AppContext::removeRecord(storage::RecordKind kind, const QString &id, const QString &what)
{
    if (!m_file)
        return false;
    try {
        storage::RecordSnapshot snapshot = m_file->removeRecord(kind, id);
        const QString text = what.isEmpty() ? tr("Remove %1").arg(kindLabel(kind)) : what;
        m_undoStack.push(new RemoveRecordCommand(*this, std::move(snapshot), text));
        return true;
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return false;
    }
}

bool AppContext::moveRecord(storage::RecordKind kind, const QString &id, int newIndex,
                            const QString &what)
{
    if (!m_file)
        return false;
    try {
        // Where it was and where it went, found inside the move's own transaction.
        const storage::RecordMove move = m_file->moveRecord(kind, id, newIndex);
        if (!move.moved())
            return true; // nothing to undo
        const QString text = what.isEmpty() ? tr("Move %1").arg(kindLabel(kind)) : what;
        m_undoStack.push(new MoveRecordCommand(*this, kind, move.id, move.from, move.to, text));
        return true;
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return false;
    }
}

bool AppContext::run(const std::function<void()> &operation)
{
    if (!m_file)
        return false;
    try {
        operation();
        return true;
    } catch (const storage::StorageError &e) {
        emit errorOccurred(e.message());
        return false;
    } catch (const std::exception &e) {
        emit errorOccurred(tr("The operation failed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void AppContext::navigate(const NavTarget &target)
{
    if (target == m_current)
        return;
    if (m_current.page != NavTarget::Page::None) {
        m_back.append(m_current);
        while (m_back.size() > kHistoryLimit)
            m_back.removeFirst();
    }
    m_forward.clear();
    m_current = target;
    emit navigated(m_current);
}

void AppContext::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_current);
    m_current = m_back.takeLast();
    emit navigated(m_current);
}

void AppContext::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_current);
    m_current = m_forward.takeLast();
    emit navigated(m_current);
}

} // namespace samverka::ui
