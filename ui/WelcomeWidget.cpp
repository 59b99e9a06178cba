#include "WelcomeWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *heading = new QLabel(tr("Welcome to Samverka"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignHCenter);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Samverka keeps a municipality's collaboration with the police "
                                "against crime in one file: agreements, problem pictures, cause "
                                "analyses, goals, measures and follow-ups. Everything is saved "
                                "at once."));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    // A fixed width lets the label compute its wrapped height (with AlignHCenter a
    // maximum width alone clips it).
    intro->setFixedWidth(520);
    intro->setMinimumHeight(intro->heightForWidth(520));
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    const auto button = [layout](const QString &text) {
        auto *b = new QPushButton(text);
        b->setMinimumWidth(280);
        layout->addWidget(b, 0, Qt::AlignHCenter);
        return b;
    };
    connect(button(tr("&New municipality file…")), &QPushButton::clicked, this,
            &WelcomeWidget::newRequested);
    connect(button(tr("&Open a municipality file…")), &QPushButton::clicked, this,
            &WelcomeWidget::openRequested);
    connect(button(tr("Open the &demo municipality")), &QPushButton::clicked, this,
            &WelcomeWidget::demoRequested);
    layout->addStretch(3);
}

} // namespace samverka::ui
