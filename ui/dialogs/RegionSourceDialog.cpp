#include "RegionSourceDialog.h"

#include "Conninfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

RegionSourceDialog::RegionSourceDialog(const QString &conninfo, const QString &policeArea,
                                       QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_conninfo(new QLineEdit(conninfo, this))
    , m_policeArea(new QLineEdit(policeArea, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("regionSourceDialog"));
    m_conninfo->setObjectName(QStringLiteral("conninfoEdit"));
    m_conninfo->setPlaceholderText(QStringLiteral("host=region-db dbname=samverka user=…"));
    m_conninfo->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_policeArea->setObjectName(QStringLiteral("policeAreaEdit"));
    //: sv: Alla kommuner (tomt)
    m_policeArea->setPlaceholderText(tr("Every municipality (empty)"));
    m_problem->setObjectName(QStringLiteral("conninfoProblem"));
    m_problem->setWordWrap(true);
    const QString password = tr("The password comes from your ~/.pgpass, a service file or "
                                "PGPASSWORD; Samverka never stores it.");
    auto *note = new QLabel(
        password + u' ' +
            (purpose == Purpose::Read
                 ? tr("The database is only read.")
                 : tr("The file's content replaces the municipality's previous publication. "
                      "Confidential records, people's contact details and the audit log are "
                      "never sent.")),
        this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_conninfo);
    if (purpose == Purpose::Read)
        form->addRow(tr("Local &police area:"), m_policeArea);
    else
        m_policeArea->hide();
    //: sv: Publicera till regiondatabas
    setWindowTitle(purpose == Purpose::Read ? tr("Region database")
                                            : tr("Publish to the region database"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_conninfo, &QLineEdit::textChanged, this, &RegionSourceDialog::check);
    check();
}

QString RegionSourceDialog::conninfo() const
{
    return m_conninfo->text().trimmed();
}

QString RegionSourceDialog::policeArea() const
{
    return m_policeArea->text().simplified();
}

void RegionSourceDialog::check()
{
    QString error;
    const bool empty = conninfo().isEmpty();
    const bool ok = !empty && !region::Conninfo::withoutPassword(conninfo(), &error).isEmpty();
    //: sv: Anslutningen går inte att läsa: %1
    m_problem->setText(empty || ok ? QString()
                                   : tr("The connection cannot be read: %1").arg(error));
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace samverka::ui
