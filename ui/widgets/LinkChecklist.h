#pragma once

// Links to other records as a list of checkable items ("Orsak 2.3 – Otrygg
// torgmiljö", "Effektmål: Färre misshandelsbrott"), so the user sees what a record
// points at. In ordered mode the checked items keep their order (the first leads)
// and can be dragged or moved with Ctrl+Shift+Up/Down.

#include <QListWidget>

namespace samverka::ui {

struct LinkItem {
    QString id;
    QString label;
    QString toolTip;
};

class LinkChecklist : public QListWidget
{
    Q_OBJECT

public:
    explicit LinkChecklist(QWidget *parent = nullptr);

    /// The records that can be linked; keeps the checked ids.
    void setItems(const QList<LinkItem> &items);
    /// Shows the loaded links; does not emit committed().
    void setCheckedIds(const QStringList &ids);
    /// The checked ids, in list order.
    QStringList checkedIds() const;
    /// Checks or unchecks one id as the user would (emits committed()).
    void toggle(const QString &id, bool checked);

    /// Grows with its items up to 'rows' rows, so short lists need no scrolling.
    void setFitRows(int rows);
    void setOrdered(bool ordered);
    bool isOrdered() const { return m_ordered; }
    /// Text after the first checked item in ordered mode (e.g. "(leder)").
    void setFirstMarker(const QString &marker) { m_firstMarker = marker; }

signals:
    void committed(const QStringList &ids);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void emitIfChanged();
    void moveCurrent(int delta);

    QList<LinkItem> m_items;
    QStringList m_checked;
    bool m_ordered = false;
    bool m_loading = false;
    QString m_firstMarker;
    int m_fitRows = 6;
};

} // namespace samverka::ui
