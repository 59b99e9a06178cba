#include "ColleagueSession.h"

#include "Agreement.h"

#include <QSet>
#include <QThread>

#include <memory>

namespace samverka::test {

using storage::RecordKind;

namespace {

QString textField(RecordKind kind)
{
    return kind == RecordKind::Cause ? QStringLiteral("text") : QStringLiteral("title");
}

} // namespace

ColleagueSession::ColleagueSession(ui::AppContext &context, QString agreementId, QString side,
                                   quint32 seed)
    : m_context(context)
    , m_agreement(std::move(agreementId))
    , m_side(std::move(side))
    , m_random(seed)
{
    QObject::connect(&m_context, &ui::AppContext::errorOccurred, &m_context,
                     [this](const QString &message) {
                         if (m_failure.isEmpty())
                             m_failure = QStringLiteral("refused: ") + message;
                     });
}

bool ColleagueSession::fail(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = message;
    return false;
}

QStringList ColleagueSession::alive(RecordKind kind) const
{
    QStringList out;
    for (const QString &id : m_order) {
        const Own &own = m_own.value(id);
        if (own.alive && own.kind == kind)
            out << id;
    }
    return out;
}

QString ColleagueSession::pick(RecordKind kind)
{
    const QStringList ids = alive(kind);
    return ids.isEmpty() ? QString() : ids.at(int(m_random.bounded(quint32(ids.size()))));
}

QString ColleagueSession::fresh(const char *what)
{
    return QStringLiteral("%1-%2-%3").arg(m_side, QLatin1String(what)).arg(++m_counter);
}

void ColleagueSession::pushStep(Step step)
{
    m_steps.resize(m_index); // a new command drops what could have been redone
    m_steps.append(std::move(step));
    ++m_index;
    m_steps.last().apply();
}

bool ColleagueSession::step(int number)
{
    const quint32 roll = m_random.bounded(100u);
    bool done = false;
    if (roll < 12)
        done = insertProblem();
    else if (roll < 24)
        done = insertCause();
    else if (roll < 30)
        done = insertMeasure();
    else if (roll < 52)
        done = editText();
    else if (roll < 62)
        done = linkCauses();
    else if (roll < 68)
        done = removeProblem();
    else if (roll < 78)
        done = moveProblem();
    else if (roll < 92)
        done = undo();
    else
        done = redo();
    if (!done && m_failure.isEmpty())
        done = insertProblem(); // nothing of that kind to edit yet
    if (!m_failure.isEmpty())
        return false;
    // A person pauses between edits. Without a pause the other side's busy handler, which
    // polls, would find the lock taken each time it looks and the two would not interleave.
    QThread::usleep(m_random.bounded(6000u));
    if (m_context.undoStack()->index() != m_index)
        return fail(QStringLiteral("undo stack at %1, model at %2")
                        .arg(m_context.undoStack()->index())
                        .arg(m_index));
    return number % 5 != 0 || check();
}

bool ColleagueSession::insertProblem()
{
    const QString title = fresh("problem");
    const int index = m_random.bounded(3u) == 0 ? 0 : -1;
    const QString id = m_context.insertRecord(RecordKind::Problem, m_agreement,
                                              {{QStringLiteral("title"), title}}, index);
    if (id.isEmpty())
        return fail(QStringLiteral("insert problem refused"));
    m_own.insert(id, Own{RecordKind::Problem, {}, title, {}, false});
    m_order << id;
    pushStep({[this, id] { m_own[id].alive = true; }, [this, id] { m_own[id].alive = false; }});
    return true;
}

bool ColleagueSession::insertCause()
{
    const QString problem = pick(RecordKind::Problem);
    if (problem.isEmpty())
        return false;
    const QString text = fresh("cause");
    const QString id =
        m_context.insertRecord(RecordKind::Cause, problem, {{QStringLiteral("text"), text}});
    if (id.isEmpty())
        return fail(QStringLiteral("insert cause refused"));
    m_own.insert(id, Own{RecordKind::Cause, problem, text, {}, false});
    m_order << id;
    pushStep({[this, id] { m_own[id].alive = true; }, [this, id] { m_own[id].alive = false; }});
    return true;
}

bool ColleagueSession::insertMeasure()
{
    const QString title = fresh("measure");
    const QString id = m_context.insertRecord(RecordKind::Measure, m_agreement,
                                              {{QStringLiteral("title"), title}});
    if (id.isEmpty())
        return fail(QStringLiteral("insert measure refused"));
    m_own.insert(id, Own{RecordKind::Measure, {}, title, {}, false});
    m_order << id;
    pushStep({[this, id] { m_own[id].alive = true; }, [this, id] { m_own[id].alive = false; }});
    return true;
}

bool ColleagueSession::editText()
{
    static const RecordKind kinds[] = {RecordKind::Problem, RecordKind::Cause, RecordKind::Measure};
    const RecordKind kind = kinds[m_random.bounded(3u)];
    const QString id = pick(kind);
    if (id.isEmpty())
        return false;
    const QString before = m_own.value(id).text;
    const QString after = fresh("edit");
    if (!m_context.setField(kind, id, textField(kind), after))
        return fail(QStringLiteral("edit refused"));
    pushStep({[this, id, after] { m_own[id].text = after; },
              [this, id, before] { m_own[id].text = before; }});
    return true;
}

bool ColleagueSession::linkCauses()
{
    const QString measure = pick(RecordKind::Measure);
    const QStringList causes = alive(RecordKind::Cause);
    if (measure.isEmpty() || causes.isEmpty())
        return false;
    QStringList chosen;
    const int count = int(m_random.bounded(3u));
    for (int i = 0; i < count; ++i) {
        const QString cause = causes.at(int(m_random.bounded(quint32(causes.size()))));
        if (!chosen.contains(cause))
            chosen << cause;
    }
    const QStringList before = m_own.value(measure).causes;
    if (!m_context.setField(RecordKind::Measure, measure, QStringLiteral("causes"), chosen))
        return fail(QStringLiteral("link causes refused"));
    pushStep({[this, measure, chosen] { m_own[measure].causes = chosen; },
              [this, measure, before] { m_own[measure].causes = before; }});
    return true;
}

bool ColleagueSession::removeProblem()
{
    const QString problem = pick(RecordKind::Problem);
    if (problem.isEmpty())
        return false;
    if (!m_context.removeRecord(RecordKind::Problem, problem))
        return fail(QStringLiteral("remove problem refused"));
    // The removal takes the problem's causes and every link to them; undo brings all back.
    auto saved = std::make_shared<QHash<QString, Own>>();
    pushStep({[this, problem, saved] {
                  saved->clear();
                  QSet<QString> gone;
                  for (auto it = m_own.begin(); it != m_own.end(); ++it) {
                      if (it.key() == problem ||
                          (it->kind == RecordKind::Cause && it->alive && it->parent == problem)) {
                          saved->insert(it.key(), *it);
                          it->alive = false;
                          gone.insert(it.key());
                      }
                  }
                  for (auto it = m_own.begin(); it != m_own.end(); ++it) {
                      if (it->kind != RecordKind::Measure)
                          continue;
                      saved->insert(it.key(), *it);
                      it->causes.removeIf([&gone](const QString &c) { return gone.contains(c); });
                  }
              },
              [this, saved] {
                  for (auto it = saved->cbegin(); it != saved->cend(); ++it)
                      m_own[it.key()] = *it;
              }});
    return true;
}

bool ColleagueSession::moveProblem()
{
    const QString problem = pick(RecordKind::Problem);
    if (problem.isEmpty())
        return false;
    const int before = m_context.undoStack()->count();
    if (!m_context.moveRecord(RecordKind::Problem, problem, int(m_random.bounded(8u))))
        return fail(QStringLiteral("move refused"));
    if (m_context.undoStack()->count() != before || m_context.undoStack()->index() != m_index)
        pushStep({[] {}, [] {}}); // the order among the colleague's rows is not modelled
    return true;
}

bool ColleagueSession::undo()
{
    if (m_index == 0)
        return false;
    m_context.undoStack()->undo();
    --m_index;
    m_steps[m_index].revert();
    ++m_undos;
    return true;
}

bool ColleagueSession::redo()
{
    if (m_index == m_steps.size())
        return false;
    m_context.undoStack()->redo();
    m_steps[m_index].apply();
    ++m_index;
    return true;
}

bool ColleagueSession::check()
{
    storage::MunicipalityFile &file = *m_context.file();
    if (file.checkForExternalChanges())
        ++m_externalChanges;
    const core::Agreement agreement = file.agreement(m_agreement);
    QHash<QString, Own> found;
    for (const core::Problem &problem : agreement.problems) {
        found.insert(problem.id, Own{RecordKind::Problem, {}, problem.title, {}, true});
        for (const core::Cause &cause : problem.causes)
            found.insert(cause.id, Own{RecordKind::Cause, problem.id, cause.text, {}, true});
    }
    for (const core::Measure &measure : agreement.measures) {
        found.insert(measure.id, Own{RecordKind::Measure, {}, measure.title, measure.causes, true});
        // One read transaction: a measure never links a cause the same load lacks.
        for (const QString &cause : measure.causes)
            if (!found.contains(cause) || found.value(cause).kind != RecordKind::Cause)
                return fail(QStringLiteral("torn load: measure %1 links cause %2, not loaded")
                                .arg(measure.id, cause));
    }
    int foreign = 0;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!m_own.contains(it.key())) {
            if (it->text.startsWith(m_side + QLatin1Char('-')))
                return fail(QStringLiteral("unknown record %1 of this side").arg(it.key()));
            ++foreign;
        }
    }
    m_foreignSeen = foreign;
    for (auto it = m_own.cbegin(); it != m_own.cend(); ++it) {
        const bool present = found.contains(it.key());
        if (present != it->alive)
            return fail(
                QStringLiteral("%1 should be %2")
                    .arg(it.key(), it->alive ? QStringLiteral("there") : QStringLiteral("gone")));
        if (!present)
            continue;
        const Own &got = found.value(it.key());
        if (got.text != it->text || got.parent != it->parent || got.causes != it->causes)
            return fail(QStringLiteral("%1 holds \"%2\" [%3], expected \"%4\" [%5]")
                            .arg(it.key(), got.text, got.causes.join(QLatin1Char(',')), it->text,
                                 it->causes.join(QLatin1Char(','))));
    }
    return true;
}

QStringList ColleagueSession::expectedLines() const
{
    QStringList out;
    for (const QString &id : m_order) {
        const Own &own = m_own.value(id);
        if (own.alive)
            out << QStringLiteral("%1 %2 %3 %4 [%5]")
                       .arg(int(own.kind))
                       .arg(id, own.parent.isEmpty() ? QStringLiteral("-") : own.parent, own.text,
                            own.causes.join(QLatin1Char(',')));
    }
    return out;
}

} // namespace samverka::test
