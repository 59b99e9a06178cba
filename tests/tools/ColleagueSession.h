#pragma once

// One side of the two-colleagues test (issue #12): edits an agreement through the app's
// own write path (AppContext: one undoable command per edit) while a colleague's process
// edits the same agreement. It keeps a model of its own records (problems, their causes,
// measures linked to those causes) that follows every edit, undo and redo, and checks the
// file against it: its own records are edited by no one else, so after each of its
// commits the file must hold exactly what the model says, whatever the colleague did.

#include "AppContext.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace samverka::test {

class ColleagueSession
{
public:
    ColleagueSession(ui::AppContext &context, QString agreementId, QString side, quint32 seed);

    /// One random operation (an edit, an undo or a redo), then a check of the file
    /// every few operations. Returns false with failure() set at the first discrepancy.
    bool step(int number);
    /// Checks the file against the model now.
    bool check();
    QString failure() const { return m_failure; }

    /// How many of the colleague's records the last check found in the file.
    int foreignRecordsSeen() const { return m_foreignSeen; }
    int externalChangesSeen() const { return m_externalChanges; }
    int undos() const { return m_undos; }
    /// The model's final state, one line per live record: "kind id parent text [causes]".
    QStringList expectedLines() const;

private:
    struct Own {
        storage::RecordKind kind = storage::RecordKind::Problem;
        QString parent; ///< problem id of a cause
        QString text;   ///< problem and measure title, cause text
        QStringList causes;
        bool alive = true;
    };
    /// How the model follows one undoable command.
    struct Step {
        std::function<void()> apply;
        std::function<void()> revert;
    };

    QStringList alive(storage::RecordKind kind) const;
    QString pick(storage::RecordKind kind);
    QString fresh(const char *what);
    void pushStep(Step step);

    bool insertProblem();
    bool insertCause();
    bool insertMeasure();
    bool editText();
    bool linkCauses();
    bool removeProblem();
    bool moveProblem();
    bool undo();
    bool redo();
    bool fail(const QString &message);

    ui::AppContext &m_context;
    QString m_agreement;
    QString m_side;
    QRandomGenerator m_random;
    QHash<QString, Own> m_own;
    QStringList m_order; ///< own ids in creation order, for deterministic picks
    QList<Step> m_steps; ///< mirrors the undo stack's commands
    int m_index = 0;     ///< mirrors QUndoStack::index()
    int m_counter = 0;
    QString m_failure;
    int m_foreignSeen = 0;
    int m_externalChanges = 0;
    int m_undos = 0;
};

} // namespace samverka::test
