#include "InfoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

InfoBanner::InfoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("infoBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd6));
    pal.setColor(QPalette::WindowText, QColor(0x3a, 0x2c, 0x00));
    setPalette(pal);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_detail = new QLabel;
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    layout->addLayout(texts, 1);
    m_button = new QPushButton;
    layout->addWidget(m_button, 0, Qt::AlignVCenter);
    connect(m_button, &QPushButton::clicked, this, &InfoBanner::buttonClicked);
    hide();
}

void InfoBanner::showMessage(const QString &text, const QString &detail, const QString &buttonText)
{
    m_text->setText(text);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    setAccessibleName(text);
    show();
}

QString InfoBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace samverka::ui
