#include "WelcomeWidget.h"

#include "AppStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int kShownRecent = 6;
} // namespace

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
    , m_recentLabel(new QLabel(tr("Open &recent:"), this))
    , m_recent(new QListWidget(this))
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
    layout->addSpacing(16);
    m_recentLabel->setBuddy(m_recent);
    // A label exactly the font's height cuts the dots of "Ö"; a little room above.
    m_recentLabel->setContentsMargins(0, AppStyle::rowAir(m_recentLabel->fontMetrics()), 0, 0);
    m_recent->setAccessibleName(tr("Files opened lately"));
    m_recent->setFixedWidth(520);
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * (2 * kShownRecent + 2));
    layout->addWidget(m_recentLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 0, Qt::AlignHCenter);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openPathRequested(item->data(PathRole).toString());
    });
    layout->addStretch(3);
    setRecentFiles({});
}

void WelcomeWidget::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths.mid(0, kShownRecent)) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(info.completeBaseName(),
                                                  QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(PathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (m_recent->count() > 0) {
        m_recent->setCurrentRow(0);
        // As tall as its entries, not a large empty box.
        m_recent->setFixedHeight(m_recent->sizeHintForRow(0) * m_recent->count() +
                                 2 * m_recent->frameWidth() + 2);
    }
    m_recentLabel->setVisible(m_recent->count() > 0);
    m_recent->setVisible(m_recent->count() > 0);
}

} // namespace samverka::ui
