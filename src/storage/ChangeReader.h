#pragma once

// Says what changed in the file, as Change values: for one record of this connection's
// own writes (its agreement looked up), and for a colleague's commits, from the audit
// log's rows after the last one seen (PRAGMA data_version says only *that* another
// connection committed).

#include "Change.h"

#include <QList>

namespace samverka::storage {

class Database;

class ChangeReader
{
public:
    /// Starts with every audit row already in the file seen.
    explicit ChangeReader(Database &db);

    /// The change to record id of kind, with the agreement it belongs to.
    Change recordChange(RecordKind kind, const QString &id) const;
    /// Marks every audit row now in the file as seen (this connection's own writes).
    void markAllSeen();
    /// What the audit rows after the last one seen changed, and marks them seen. One
    /// Change::everything() when the rows do not say (no rows, an entity that is not a
    /// record), say too much to be worth telling apart (an import), or name a record that
    /// is gone (it cannot say which agreement it belonged to).
    QList<Change> unseenChanges();

private:
    qint64 lastAuditId() const;

    Database &m_db;
    qint64 m_seen = 0; ///< the audit log's last row id already reported
};

} // namespace samverka::storage
