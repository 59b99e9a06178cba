#include "ScreenshotTool.h"

#include "AppContext.h"
#include "FileController.h"
#include "MainWindow.h"
#include "dialogs/ChecklistDialog.h"
#include "dialogs/NewFileDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SignDialog.h"
#include "pages/Page.h"

#include "MethodChecklist.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

namespace samverka::ui {

namespace {

using P = NavTarget::Page;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QApplication::sendPostedEvents();
    }
}

bool save(QWidget &widget, const QString &dir, const QString &name, QTextStream &out)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = widget.grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int ScreenshotTool::run(MainWindow &window, AppContext &context, const QString &dir)
{
    QTextStream out(stdout);
    QDir().mkpath(dir);
    QTemporaryDir work;
    if (!work.isValid())
        return 1;
    bool ok = true;

    window.resize(1366, 768);
    window.show();
    ok &= save(window, dir, QStringLiteral("welcome"), out);

    const QString demo = QDir(work.path()).filePath(QStringLiteral("Demokommun.samverka"));
    try {
        FileController::writeDemo(demo);
    } catch (const std::exception &e) {
        out << "cannot write the demo: " << e.what() << Qt::endl;
        return 1;
    }
    storage::MunicipalityFile::OpenOptions options;
    options.backupDir = QDir(work.path()).filePath(QStringLiteral("backups"));
    window.files().setOpenOptions(options);
    if (!window.files().openPath(demo))
        return 1;

    const QList<core::Agreement> agreements = context.file()->agreements();
    QString signedId;
    QString draftId;
    for (const core::Agreement &a : agreements)
        (a.isSigned() ? signedId : draftId) = a.id;
    const core::Agreement draft = context.file()->agreement(draftId.isEmpty() ? signedId : draftId);
    const QString focusId = draft.focusAreas.isEmpty() ? QString() : draft.focusAreas.first().id;

    const struct {
        const char *name;
        NavTarget target;
    } shots[] = {
        {"overview", {P::Overview, {}, {}}},
        {"agreement", {P::Agreement, draft.id, {}}},
        {"part1", {P::Part1, draft.id, {}}},
        {"part2", {P::Part2, draft.id, {}}},
        {"problem-picture", {P::ProblemPicture, draft.id, {}}},
        {"cause-analysis", {P::CauseAnalysis, draft.id, {}}},
        {"focus-area", {P::FocusArea, draft.id, focusId}},
        {"goals", {P::Goals, draft.id, {}}},
        {"measures", {P::Measures, draft.id, {}}},
        {"follow-ups", {P::FollowUps, signedId, {}}},
        {"signatures", {P::Signatures, draft.id, {}}},
        {"comments", {P::Comments, draft.id, {}}},
        {"signed-agreement", {P::Agreement, signedId, {}}},
        {"promise-sets", {P::PromiseSets, {}, {}}},
        {"meetings", {P::Meetings, {}, {}}},
        {"situation", {P::SituationPicture, {}, {}}},
        {"measure-plan", {P::MeasurePlan, {}, {}}},
        {"attachments", {P::Attachments, {}, {}}},
        {"people", {P::People, {}, {}}},
        {"statistics", {P::Statistics, {}, {}}},
        {"municipality", {P::Municipality, {}, {}}},
    };
    for (const auto &shot : shots) {
        if (!window.pageFactory().has(shot.target.page)) {
            out << "skipped " << shot.name << " (page not in this build)" << Qt::endl;
            continue;
        }
        context.navigate(shot.target);
        ok &= save(window, dir, QString::fromLatin1(shot.name), out);
    }

    NewFileDialog newFile(&window);
    newFile.setFilterText(QStringLiteral("Väster"));
    newFile.selectCode(QStringLiteral("2280"));
    newFile.show();
    ok &= save(newFile, dir, QStringLiteral("new-file"), out);
    newFile.hide();

    ChecklistDialog checklist(draft, core::MethodChecklist::check(draft), &window);
    checklist.show();
    ok &= save(checklist, dir, QStringLiteral("checklist"), out);
    checklist.hide();

    SignDialog sign(draft, core::MethodChecklist::check(draft), context.file()->municipality().name,
                    context.file()->clock().today(), &window);
    sign.show();
    ok &= save(sign, dir, QStringLiteral("sign"), out);
    sign.hide();

    SearchDialog *search = window.searchDialog();
    search->setText(QStringLiteral("krog"));
    search->search();
    search->show();
    ok &= save(*search, dir, QStringLiteral("search"), out);
    search->hide();

    context.closeFile();
    return ok ? 0 : 1;
}

} // namespace samverka::ui
