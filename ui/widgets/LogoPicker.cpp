#include "LogoPicker.h"

#include "MunicipalityLogo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>

namespace samverka::ui {

namespace {
/// The preview's room: the header's logo, a little larger than on paper.
constexpr QSizeF kPreviewMm{45, 12};
} // namespace

LogoPicker::LogoPicker(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_name(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose logo…"), this))
    , m_remove(new QPushButton(tr("Remove logo"), this))
{
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setMinimumHeight(fontMetrics().height() * 2);
    m_preview->setAccessibleName(tr("Logo"));
    m_name->setObjectName(QStringLiteral("logoName"));
    m_name->setForegroundRole(QPalette::PlaceholderText);
    m_choose->setObjectName(QStringLiteral("chooseLogo"));
    m_choose->setToolTip(tr("An SVG or PNG picture, printed on the documents' first page and "
                            "in their header. It is kept in the municipality file."));
    m_remove->setObjectName(QStringLiteral("removeLogo"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preview);
    row->addWidget(m_name, 1);
    row->addWidget(m_choose);
    row->addWidget(m_remove);
    connect(m_choose, &QPushButton::clicked, this, &LogoPicker::chooseRequested);
    connect(m_remove, &QPushButton::clicked, this, &LogoPicker::removeRequested);
    setLogo({}, {});
}

void LogoPicker::setLogo(const documents::MunicipalityLogo &logo, const QString &fileName)
{
    m_hasLogo = !logo.isNull();
    if (m_hasLogo) {
        const double dpr = devicePixelRatioF();
        const int dpi = qRound(logicalDpiY() * dpr);
        QPixmap pixmap = QPixmap::fromImage(logo.image(kPreviewMm, dpi));
        pixmap.setDevicePixelRatio(dpr);
        m_preview->setPixmap(pixmap);
        m_name->setText(fileName);
    } else {
        m_preview->setPixmap({});
        m_preview->clear();
        m_name->setText(tr("No logo: the documents are printed without one."));
    }
    setEditable(m_editable);
}

void LogoPicker::setEditable(bool editable)
{
    m_editable = editable;
    m_choose->setEnabled(editable);
    m_remove->setEnabled(editable && m_hasLogo);
}

} // namespace samverka::ui
