#include "HelpWindow.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {
constexpr int kImageWidth = 760; ///< a screenshot of 1366 pixels, shown at a page's width
}

HelpWindow::HelpWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Samverka – user guide"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);
    // The guide is written in Swedish only, as docs/user-guide.md is.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/user-guide.md")),
                         QTextDocument::MarkdownResource);
    fitImages();
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 680);
}

QString HelpWindow::chapterFor(NavTarget::Page page)
{
    using P = NavTarget::Page;
    switch (page) {
    case P::Overview:
        return QStringLiteral("2. Översikten");
    case P::SituationPicture:
        return QStringLiteral("3. Lägesbilden");
    case P::Agreement:
    case P::Part1:
    case P::Part2:
        return QStringLiteral("4. En ny överenskommelse");
    case P::ProblemPicture:
    case P::CauseAnalysis:
        return QStringLiteral("Problembild och orsaksanalys");
    case P::FocusArea:
    case P::Goals:
    case P::Measures:
        return QStringLiteral("Fokusområden, mål och åtgärder");
    case P::Comments:
        return QStringLiteral("5. Granskning");
    case P::Signatures:
        return QStringLiteral("7. Underskrift");
    case P::FollowUps:
    case P::PromiseSets:
    case P::Meetings:
        return QStringLiteral("8. Uppföljning, möten och medborgarlöften");
    case P::MeasurePlan:
        return QStringLiteral("9. Åtgärdsplanen");
    case P::Statistics:
        return QStringLiteral("10. Statistik");
    case P::Municipality:
    case P::People:
    case P::Attachments:
        return QStringLiteral("1. Kommunfilen");
    case P::None:
        break;
    }
    return {};
}

void HelpWindow::showChapterFor(NavTarget::Page page)
{
    const QString chapter = chapterFor(page);
    QTextBlock found;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid() && !chapter.isEmpty();
         b = b.next())
        if (b.blockFormat().headingLevel() > 0 && b.text().trimmed() == chapter) {
            found = b;
            break;
        }
    m_browser->verticalScrollBar()->setValue(0);
    if (!found.isValid())
        return;
    // The heading at the top of the view: the cursor goes to the document's end first,
    // so that ensureCursorVisible() scrolls down to the heading, not just into view.
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    cursor.setPosition(found.position());
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
}

void HelpWindow::fitImages()
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QVariant resource =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = resource.value<QImage>();
            const QSize size = picture.isNull() ? resource.value<QPixmap>().size() : picture.size();
            if (size.isEmpty() || size.width() <= kImageWidth)
                continue;
            image.setWidth(kImageWidth);
            image.setHeight(double(size.height()) * kImageWidth / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void HelpWindow::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (url.hasFragment())
        m_browser->scrollToAnchor(url.fragment());
}

} // namespace samverka::ui
