#include "ChecklistDialog.h"

#include "RecordLocator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int TargetRole = Qt::UserRole + 1;
}

ChecklistDialog::ChecklistDialog(const core::Agreement &agreement,
                                 const QList<core::Finding> &findings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Method checklist"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        findings.isEmpty()
            ? tr("The method checklist finds nothing missing in “%1”.").arg(agreement.title)
            : tr("The method checklist finds %n thing(s) missing in “%1”. You can mark the "
                 "agreement ready for signing anyway, or double-click an item to fix it first.",
                 nullptr, int(findings.size()))
                  .arg(agreement.title));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("What is missing"));
    m_list->setWordWrap(true);
    for (const core::Finding &f : findings) {
        auto *item = new QListWidgetItem(tr("Step %1: %2").arg(f.step).arg(f.message), m_list);
        item->setData(TargetRole, QVariant::fromValue(RecordLocator::forFinding(agreement, f)));
        item->setToolTip(tr("Double-click to open"));
    }
    m_list->setVisible(!findings.isEmpty());
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_jump = item->data(TargetRole).value<NavTarget>();
        reject();
    });

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("&Mark anyway"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    if (findings.isEmpty())
        buttons->buttons().first()->setText(tr("&Mark as ready for signing"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, findings.isEmpty() ? 160 : 420);
}

} // namespace samverka::ui
