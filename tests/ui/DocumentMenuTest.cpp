// File › Export PDF and File › Print preview clicked through in a running main window
// on the demo, with the real modal dialogs driven on their own widgets: the PDF the
// user names is written with the page count the status bar reports, and the preview
// shows as many pages, also after it renders again (the sections are laid out on pool
// threads on every render, and a second render once warned "QBasicTimer::stop: Failed").

#include "ModalDialogs.h"
#include "UiTestSupport.h"

#include "LanguageController.h"
#include "MainWindow.h"
#include "dialogs/DocumentDialog.h"

#include "DocumentOptions.h"
#include "Translations.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

using namespace samverka;
using namespace samverka::ui;
using documents::DocumentKind;
using test::acceptButton;
using test::onModal;

namespace {

const auto kAgreementId = QStringLiteral("ag-2021"); // the signed one: the most sections

/// Collects Qt's warnings while it lives, from any thread (the layout runs on pool
/// threads too), and still passes every message on to the previous handler.
class WarningCatcher
{
public:
    WarningCatcher()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&WarningCatcher::handle);
    }
    ~WarningCatcher()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    WarningCatcher(const WarningCatcher &) = delete;
    WarningCatcher &operator=(const WarningCatcher &) = delete;

    QStringList warnings() const
    {
        const std::lock_guard lock(m_mutex);
        return m_warnings;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        WarningCatcher *self = s_current;
        if (!self)
            return;
        // The offscreen platform warns whenever a window with a minimum or maximum size
        // is shown (QPlatformWindow's default propagateSizeHints()): not the app's.
        const bool platformNoise =
            text == QLatin1String("This plugin does not support propagateSizeHints()");
        if (type != QtDebugMsg && type != QtInfoMsg && !platformNoise) {
            const std::lock_guard lock(self->m_mutex);
            self->m_warnings << text;
        }
        if (self->m_previous)
            self->m_previous(type, context, text);
    }

    static inline std::atomic<WarningCatcher *> s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable std::mutex m_mutex;
    QStringList m_warnings;
};

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(runTool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The text in reading order, every run of white space one space: a title wrapped on
/// the cover reads as one line.
QString pdfText(const QString &pdf)
{
    QString text =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return text.replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

/// What the DocumentDialog showed before it was accepted for the demo's signed agreement.
struct Asked {
    bool agreementListed = false;
    bool confidentialOff = false;
    int kind = -1; // the preselected document, when the dialog offers the choice
};

/// Chooses the agreement in the DocumentDialog, leaves the rest as offered and clicks
/// the action's button; next (if any) is set up first, for the dialog that follows.
std::shared_ptr<bool> onDocumentDialog(Asked &asked, const std::function<void()> &next = {})
{
    return onModal<DocumentDialog>([&asked, next](DocumentDialog *dialog) {
        QComboBox *agreement = nullptr;
        QComboBox *kind = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == DocumentDialog::tr("Agreement"))
                agreement = combo;
            else if (combo->accessibleName() == DocumentDialog::tr("Document"))
                kind = combo;
        }
        auto *confidential = dialog->findChild<QCheckBox *>();
        QAbstractButton *ok = acceptButton(dialog);
        const int index = agreement ? agreement->findData(kAgreementId) : -1;
        if (index < 0 || !confidential || !ok) {
            dialog->reject();
            return;
        }
        asked.agreementListed = true;
        asked.confidentialOff = !confidential->isChecked();
        if (kind && kind->isVisibleTo(dialog))
            asked.kind = kind->currentData().toInt();
        agreement->setCurrentIndex(index);
        if (next)
            next();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

struct Fixture {
    // The documents in Swedish by default, as the app shows them.
    std::vector<std::unique_ptr<QTranslator>> translators;
    test::TempMunicipality file{true};
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QVariant savedPdfFolder = QSettings().value(QStringLiteral("pdfFolder"));
    QString title;

    explicit Fixture(QLocale::Language documentLanguage = QLocale::Swedish)
        : translators(core::Translations::install(documentLanguage))
    {
        window.files().setOpenOptions(file.options());
        if (window.files().openPath(file.path()))
            title = context.file()->agreement(kAgreementId).title;
    }
    ~Fixture()
    {
        // The export remembers its folder; the next run starts as this one did.
        QSettings settings;
        if (savedPdfFolder.isValid())
            settings.setValue(QStringLiteral("pdfFolder"), savedPdfFolder);
        else
            settings.remove(QStringLiteral("pdfFolder"));
    }

    struct Export {
        bool asked = false;
        bool fileDialogShown = false;
        Asked choices;
        QString suggestedName;
        QString path;
        int reportedPages = -1;
    };

    /// File › Export PDF › the agreement, saved as `name` in the file's folder.
    Export exportAgreement(const QString &name)
    {
        Export result;
        result.path = QDir(file.dir()).filePath(name);
        std::shared_ptr<bool> saved;
        const auto asked = onDocumentDialog(result.choices, [&] {
            saved = onModal<QFileDialog>([&](QFileDialog *dialog) {
                result.suggestedName = QFileInfo(dialog->selectedFiles().value(0)).fileName();
                auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!edit) {
                    dialog->reject();
                    return;
                }
                edit->setText(result.path);
                if (QAbstractButton *save = acceptButton(dialog))
                    QTest::mouseClick(save, Qt::LeftButton);
                else
                    dialog->reject();
            });
        });
        window.actions().exportAgreement->trigger();
        result.asked = *asked;
        result.fileDialogShown = saved && *saved;
        // "Exported 14 pages to /tmp/…/x.pdf", in whatever language: the number before
        // the path.
        QString message = window.statusBar()->currentMessage();
        message.remove(QDir::toNativeSeparators(result.path));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+)")).match(message);
        if (m.hasMatch())
            result.reportedPages = m.captured(1).toInt();
        return result;
    }
};

} // namespace

TEST(DocumentMenuTest, ExportPdfWritesTheChosenAgreementWithTheReportedPageCount)
{
    WarningCatcher catcher;
    Fixture f;
    ASSERT_FALSE(f.title.isEmpty()) << "the demo did not open";
    ASSERT_TRUE(f.window.actions().exportAgreement->isEnabled());

    const Fixture::Export e = f.exportAgreement(QStringLiteral("agreement.pdf"));
    ASSERT_TRUE(e.asked) << "no document dialog";
    EXPECT_TRUE(e.choices.agreementListed);
    EXPECT_TRUE(e.choices.confidentialOff) << "confidential items must be off by default";
    EXPECT_EQ(e.choices.kind, -1) << "the export menu entry fixes the document";
    ASSERT_TRUE(e.fileDialogShown) << "no file dialog";
    EXPECT_TRUE(e.suggestedName.contains(f.title)) << e.suggestedName.toStdString();
    EXPECT_TRUE(e.suggestedName.endsWith(QStringLiteral(".pdf")));

    ASSERT_TRUE(QFileInfo::exists(e.path)) << "no PDF written at " << e.path.toStdString();
    const int pages = pdfPageCount(e.path);
    EXPECT_GT(pages, 1);
    EXPECT_EQ(e.reportedPages, pages) << f.window.statusBar()->currentMessage().toStdString();
    const QString text = pdfText(e.path);
    EXPECT_TRUE(text.contains(f.title)) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sida 1 av"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sida %1 av %1").arg(pages)));

    EXPECT_TRUE(catcher.warnings().isEmpty())
        << catcher.warnings().join(QLatin1Char('\n')).toStdString();
}

namespace {

/// What the print preview showed, rendered once on showing and again after each step.
struct Preview {
    bool asked = false;
    bool shown = false;
    Asked choices;
    QString windowTitle;
    QString docName;
    int pages = -1;
    int updated = -1;
    int landscape = -1;
    int portraitAgain = -1;
};

/// File › Print preview of the agreement; renders it again in place, in landscape and
/// back in portrait (each on the layouts the previous render left behind), then closes.
Preview previewAgreement(Fixture &f)
{
    Preview result;
    std::shared_ptr<bool> previewed;
    const auto asked = onDocumentDialog(result.choices, [&] {
        previewed = onModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *dialog) {
            result.windowTitle = dialog->windowTitle();
            result.docName = dialog->printer()->docName();
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (!preview) {
                dialog->reject();
                return;
            }
            result.pages = preview->pageCount();
            preview->updatePreview();
            result.updated = preview->pageCount();
            preview->setLandscapeOrientation();
            result.landscape = preview->pageCount();
            preview->setPortraitOrientation();
            result.portraitAgain = preview->pageCount();
            preview->setZoomFactor(preview->zoomFactor() * 1.5);
            QTest::qWait(0); // let the view repaint at the new zoom
            dialog->reject();
        });
    });
    f.window.actions().preview->trigger();
    result.asked = *asked;
    result.shown = previewed && *previewed;
    return result;
}

} // namespace

TEST(DocumentMenuTest, PrintPreviewShowsThePdfsPagesAndRendersAgainWithoutWarnings)
{
    WarningCatcher catcher;
    Fixture f;
    ASSERT_FALSE(f.title.isEmpty()) << "the demo did not open";
    const Fixture::Export e = f.exportAgreement(QStringLiteral("reference.pdf"));
    const int pdfPages = pdfPageCount(e.path);
    ASSERT_GT(pdfPages, 1) << "no PDF to compare the preview with";

    ASSERT_TRUE(f.window.actions().preview->isEnabled());
    const Preview p = previewAgreement(f);
    ASSERT_TRUE(p.asked) << "no document dialog";
    EXPECT_EQ(p.choices.kind, int(DocumentKind::Agreement)) << "preview offers the agreement first";
    ASSERT_TRUE(p.shown) << "no print preview dialog";
    EXPECT_TRUE(p.windowTitle.contains(f.title)) << p.windowTitle.toStdString();
    EXPECT_EQ(p.docName, f.title) << "the preview did not draw the chosen agreement";

    EXPECT_EQ(p.pages, pdfPages) << "the preview shows other pages than the PDF has";
    EXPECT_EQ(p.updated, p.pages) << "rendered again, the preview has other pages";
    EXPECT_GT(p.landscape, 0);
    EXPECT_EQ(p.portraitAgain, p.pages) << "back in portrait, the preview has other pages";

    EXPECT_TRUE(catcher.warnings().isEmpty())
        << catcher.warnings().join(QLatin1Char('\n')).toStdString();
}

// The preview renders the same built document every time: the page breaks PageBreaker
// made for landscape (a heading moved to the next page) must not stay when going back
// to portrait. They did: in English the demo's signed agreement previewed as 13 pages,
// 15 in landscape, then 14 in portrait (in Swedish the breaks happened to land where
// they did no harm, so the test above passed).
TEST(DocumentMenuTest, PreviewInEnglishBackInPortraitHasThePagesItHadFirst)
{
    Fixture f(QLocale::English);
    ASSERT_FALSE(f.title.isEmpty()) << "the demo did not open";
    const Preview p = previewAgreement(f);
    ASSERT_TRUE(p.shown) << "no print preview dialog";
    EXPECT_GT(p.pages, 1);
    EXPECT_EQ(p.portraitAgain, p.pages) << "landscape was " << p.landscape;
}

/// What File › Print preview showed of a law document chosen in "Document".
struct LawPreview {
    bool asked = false;
    bool shown = false;
    QString listed; ///< the record offered
    QString label;  ///< the record combo's label
    QString docName;
    int pages = -1;
    bool landscape = false;
};

/// File › Print preview; in the dialog, "Document" is set as a user does: into the combo,
/// End for the last entry, then Up `up` times. recordName is the record combo's name.
LawPreview previewLawDocument(Fixture &f, int up, const QString &recordName)
{
    LawPreview result;
    std::shared_ptr<bool> previewed;
    const auto asked = onModal<DocumentDialog>([&](DocumentDialog *dialog) {
        QComboBox *kind = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>())
            if (combo->accessibleName() == DocumentDialog::tr("Document"))
                kind = combo;
        QAbstractButton *ok = acceptButton(dialog);
        if (!kind || !ok) {
            dialog->reject();
            return;
        }
        kind->setFocus(Qt::TabFocusReason);
        QTest::keyClick(kind, Qt::Key_End);
        for (int i = 0; i < up; ++i)
            QTest::keyClick(kind, Qt::Key_Up);
        for (QComboBox *combo : dialog->findChildren<QComboBox *>())
            if (combo->accessibleName() == recordName)
                result.listed = combo->currentText();
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->buddy() && l->buddy()->accessibleName() == recordName)
                result.label = l->text();
        previewed = onModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            result.docName = preview->printer()->docName();
            result.landscape =
                preview->printer()->pageLayout().orientation() == QPageLayout::Landscape;
            if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                result.pages = widget->pageCount();
            preview->reject();
        });
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    f.window.actions().preview->trigger();
    result.asked = *asked;
    result.shown = previewed && *previewed;
    return result;
}

// File › Print preview offers the lägesbild too: choosing it in "Document" lists the
// editions instead of the agreements, and the preview draws the chosen edition.
TEST(DocumentMenuTest, PreviewOfTheLagesbildChosenInTheDialog)
{
    Fixture f;
    ASSERT_FALSE(f.title.isEmpty()) << "the demo did not open";
    const LawPreview p = previewLawDocument(f, 1, DocumentDialog::tr("Situation picture"));
    ASSERT_TRUE(p.asked) << "no document dialog";
    EXPECT_TRUE(p.listed.startsWith(QStringLiteral("Lägesbild 2024"))) << p.listed.toStdString();
    EXPECT_EQ(p.label, DocumentDialog::tr("&Situation picture:"));
    ASSERT_TRUE(p.shown) << "no print preview dialog";
    EXPECT_EQ(p.docName, QStringLiteral("Lägesbild 2024"));
    EXPECT_GT(p.pages, 3);
    EXPECT_FALSE(p.landscape);
}

// And the åtgärdsplan, last in "Document": its plans listed, previewed in landscape.
TEST(DocumentMenuTest, PreviewOfTheMeasurePlanChosenInTheDialog)
{
    Fixture f;
    ASSERT_FALSE(f.title.isEmpty()) << "the demo did not open";
    const LawPreview p = previewLawDocument(f, 0, DocumentDialog::tr("Measure plan"));
    ASSERT_TRUE(p.asked) << "no document dialog";
    EXPECT_TRUE(p.listed.startsWith(QStringLiteral("Åtgärdsplan 2025–2026")))
        << p.listed.toStdString();
    EXPECT_EQ(p.label, DocumentDialog::tr("&Measure plan:"));
    ASSERT_TRUE(p.shown) << "no print preview dialog";
    EXPECT_EQ(p.docName, QStringLiteral("Åtgärdsplan 2025–2026"));
    EXPECT_GT(p.pages, 3);
    EXPECT_TRUE(p.landscape) << "the plan's table is printed on landscape pages";
}
