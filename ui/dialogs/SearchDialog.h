#pragma once

// Find (Ctrl+F): searches every text of the open file as the user types; activating
// a result opens the record. Stays open so the user can go through the results.

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTimer;

namespace samverka::ui {

class AppContext;

class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(AppContext &context, QWidget *parent = nullptr);

    void setText(const QString &text);
    /// Runs the search now (it also runs shortly after typing stops).
    void search();
    int resultCount() const;
    QString resultText(int row) const;
    void activateResult(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    AppContext &m_context;
    QLineEdit *m_text;
    QTreeWidget *m_results;
    QLabel *m_count;
    QTimer *m_delay;
    bool m_stale = false; ///< the file changed while the dialog was hidden
};

} // namespace samverka::ui
