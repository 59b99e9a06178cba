#include "GoalLinksDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace samverka::ui {

GoalLinksDialog::GoalLinksDialog(const QString &measureTitle, const QList<LinkItem> &goals,
                                 const QStringList &checked, QWidget *parent)
    : QDialog(parent)
    , m_list(new LinkChecklist(this))
{
    setWindowTitle(tr("Goals of the measure"));
    auto *label = new QLabel(tr("Goals served by “%1”:").arg(measureTitle), this);
    label->setWordWrap(true);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Goals"));
    m_list->setItems(goals);
    m_list->setCheckedIds(checked);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

} // namespace samverka::ui
