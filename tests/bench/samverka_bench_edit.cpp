// Edit latency, as a user meets it (issue #13): the real main window (offscreen unless
// DISPLAY is set) on a copy of a municipality file, after every page has been visited once
// as a user would. Three kinds of edit through the real widgets, each repeated:
//
//   measure    the activity of a measure on the measures page (type, Return)
//   plan       the activity cell of the action plan on a focus area page (F2, type, Return)
//   follow-up  the text of a follow-up on the follow-up page (type, leave the field)
//
// and the undo of each (Ctrl+Z in the window). One sample runs from the key that commits
// (or the undo) until the visible view shows the new value and the queued reloads and
// repaints are done (the event queue is processed until nothing is pending). The commit is
// synced to disk (synchronous=FULL), as in the app.
//
//   samverka_bench_edit --file x10.samverka [--reps 200]

#include "JsonFigures.h"
#include "TimingSamples.h"

#include "AppContext.h"
#include "FileController.h"
#include "LanguageController.h"
#include "MainWindow.h"
#include "NavTarget.h"
#include "models/ActionPlanModel.h"
#include "pages/FocusAreaPage.h"
#include "pages/FollowUpsPage.h"
#include "pages/MeasuresPage.h"
#include "widgets/LineField.h"
#include "widgets/MeasureEditor.h"
#include "widgets/TextField.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <cstdio>
#include <functional>
#include <stdexcept>

using namespace samverka;
using namespace samverka::ui;
using bench::TimingSamples;
using P = NavTarget::Page;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// Processes events until the queue is empty: the pages' reloads (0 ms timers) and the
/// repaints they ask for.
void drain()
{
    for (int i = 0; i < 50; ++i) {
        QApplication::sendPostedEvents();
        if (!QApplication::eventDispatcher()->processEvents(QEventLoop::AllEvents))
            break;
    }
    QApplication::processEvents();
}

void require(bool condition, const char *what)
{
    if (!condition)
        throw std::runtime_error(what);
}

/// Runs action, then waits (draining events) until shows() holds; returns the ms.
double timed(const std::function<void()> &action, const std::function<bool()> &shows,
             const char *what)
{
    QElapsedTimer timer;
    timer.start();
    action();
    drain();
    for (int i = 0; i < 100 && !shows(); ++i)
        drain();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    require(shows(), what);
    return ms;
}

QWidget *buddyOf(QWidget *parent, const QString &labelText)
{
    for (QLabel *label : parent->findChildren<QLabel *>())
        if (label->text() == labelText && label->buddy())
            return label->buddy();
    return nullptr;
}

struct Case {
    QString name;
    TimingSamples edit, undo;
};

struct Bench {
    AppContext context;
    LanguageController language;
    MainWindow window{context, language};
    QString agreementId, measureId, followUpId, focusAreaId;

    void open(const QString &path, const QString &backups)
    {
        storage::MunicipalityFile::OpenOptions options;
        options.backupDir = backups;
        window.files().setOpenOptions(options);
        window.files().setErrorReporter([](const QString &, const QString &text) {
            throw std::runtime_error(text.toStdString());
        });
        window.resize(1366, 768);
        window.show();
        require(window.files().openPath(path), "the file did not open");
        drain();
        pickRecords();
        visitEveryPage();
    }

    /// The agreement with the most measures, its first measure, follow-up and focus area.
    /// Chosen from the agreements' heads and then one agreement read whole, as the app
    /// reads them: reading every agreement whole here would make the harness, not the
    /// app, the peak of the memory measured around it.
    void pickRecords()
    {
        QList<core::Agreement> heads = context.file()->agreementHeads(true);
        std::sort(heads.begin(), heads.end(), [](const auto &a, const auto &b) {
            return a.measures.size() > b.measures.size();
        });
        for (const core::Agreement &head : std::as_const(heads)) {
            if (head.isSigned() || head.measures.isEmpty() || head.focusAreas.isEmpty())
                continue;
            const core::Agreement a = context.file()->agreement(head.id);
            if (a.followUps.isEmpty())
                continue;
            agreementId = a.id;
            focusAreaId = a.focusAreas.first().id;
            followUpId = a.followUps.first().id;
            for (const core::Measure &m : a.measures)
                if (m.focusArea == focusAreaId) {
                    measureId = m.id;
                    break;
                }
            if (!measureId.isEmpty())
                break;
        }
        require(!measureId.isEmpty(), "no draft agreement with a measure in a focus area");
    }

    void go(P page, const QString &recordId = {})
    {
        context.navigate(NavTarget{page, agreementId, recordId});
        drain();
    }

    void visitEveryPage()
    {
        for (P page :
             {P::Overview, P::Part1, P::Part2, P::ProblemPicture, P::CauseAnalysis, P::Goals,
              P::Measures, P::FollowUps, P::Signatures, P::Comments, P::PromiseSets, P::Meetings,
              P::Attachments, P::People, P::Statistics, P::Municipality})
            go(page);
        go(P::FocusArea, focusAreaId);
    }

    QString fieldOfRecord(storage::RecordKind kind, const QString &id, const QString &field)
    {
        return context.file()->field(kind, id, field).toString();
    }
};

/// Types text into a line edit with everything selected, as a user replacing it.
void replaceText(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

void undo(Bench &b)
{
    QTest::keyClick(&b.window, Qt::Key_Z, Qt::ControlModifier);
}

void measureCase(Bench &b, int reps, Case &c)
{
    b.go(P::Measures, b.measureId);
    auto *page = qobject_cast<MeasuresPage *>(b.window.currentPage());
    require(page, "the measures page is not shown");
    auto *title = qobject_cast<LineField *>(buddyOf(page->editor(), QStringLiteral("&Activity:")));
    require(title, "no activity field");
    for (int i = 0; i < reps; ++i) {
        const QString before = title->text();
        const QString text = QStringLiteral("Atgard %1").arg(i);
        replaceText(title, text);
        c.edit.add(timed([&] { QTest::keyClick(title, Qt::Key_Return); },
                         [&] {
                             return page->findChildren<QAbstractItemView *>().size() > 0 &&
                                    title->text() == text;
                         },
                         "the measure's new activity is not shown"));
        require(b.fieldOfRecord(storage::RecordKind::Measure, b.measureId,
                                QStringLiteral("title")) == text,
                "the measure's activity was not saved");
        c.undo.add(timed([&] { undo(b); }, [&] { return title->text() == before; },
                         "undo did not show the activity again"));
    }
}

void planCase(Bench &b, int reps, Case &c)
{
    b.go(P::FocusArea, b.focusAreaId);
    auto *page = qobject_cast<FocusAreaPage *>(b.window.currentPage());
    require(page && !page->showsList(), "the focus area page is not shown");
    QTableView *view = page->actionPlanView();
    ActionPlanModel *model = page->actionPlan();
    require(model->rowCount() > 0, "the action plan is empty");
    const int column = ActionPlanModel::ActivityColumn;
    for (int i = 0; i < reps; ++i) {
        const QModelIndex cell = model->index(0, column);
        const QString before = cell.data().toString();
        const QString text = QStringLiteral("Aktivitet %1").arg(i);
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        require(editor && editor != view, "no cell editor opened");
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        c.edit.add(timed([&] { QTest::keyClick(editor, Qt::Key_Return); },
                         [&] { return model->index(0, column).data().toString() == text; },
                         "the action plan does not show the new activity"));
        c.undo.add(timed([&] { undo(b); },
                         [&] { return model->index(0, column).data().toString() == before; },
                         "undo did not show the activity again in the plan"));
    }
}

void followUpCase(Bench &b, int reps, Case &c)
{
    b.go(P::FollowUps, b.followUpId);
    auto *page = qobject_cast<FollowUpsPage *>(b.window.currentPage());
    require(page, "the follow-up page is not shown");
    TextField *text = page->textField();
    for (int i = 0; i < reps; ++i) {
        const QString before = text->toPlainText();
        const QString value = QStringLiteral("Uppfoljning %1").arg(i);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, value);
        c.edit.add(timed([&] { b.window.setFocus(); }, // leaving the field commits it
                         [&] {
                             return text->toPlainText() == value &&
                                    b.fieldOfRecord(storage::RecordKind::FollowUp, b.followUpId,
                                                    QStringLiteral("text")) == value;
                         },
                         "the follow-up's new text is not saved and shown"));
        c.undo.add(timed([&] { undo(b); }, [&] { return text->toPlainText() == before; },
                         "undo did not show the follow-up's text again"));
    }
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SamverkaBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("file"), QStringLiteral("A municipality file (copied)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Edits (and undos) per kind."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const QString source = parser.value(QStringLiteral("file"));
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("edit.samverka"));
    if (source.isEmpty() || !QFile::copy(source, path)) {
        std::fputs("--file must name a municipality file\n", stderr);
        return 2;
    }
    try {
        Bench b;
        b.open(path, work.filePath(QStringLiteral("backups")));
        Case cases[3];
        cases[0].name = QStringLiteral("measure field");
        cases[1].name = QStringLiteral("action plan cell");
        cases[2].name = QStringLiteral("follow-up text");
        measureCase(b, reps, cases[0]);
        planCase(b, reps, cases[1]);
        followUpCase(b, reps, cases[2]);
        out(QStringLiteral("### Edit latency: %1 (%2 edits and %2 undos per kind)")
                .arg(QFileInfo(source).fileName())
                .arg(reps));
        out(QString());
        out(QStringLiteral("| edit | median | p95 | min | max | undo median | undo p95 |"));
        out(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|"));
        const QString file = QFileInfo(source).fileName();
        for (const Case &c : cases) {
            out(QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms | %5 ms | %6 ms | %7 ms |")
                    .arg(c.name, ms(c.edit.median()), ms(c.edit.percentile95()), ms(c.edit.min()),
                         ms(c.edit.max()), ms(c.undo.median()), ms(c.undo.percentile95())));
            bench::JsonFigures::record(QStringLiteral("edit"), file + QStringLiteral(": ") + c.name,
                                       c.edit);
            bench::JsonFigures::record(QStringLiteral("edit"),
                                       file + QStringLiteral(": undo ") + c.name, c.undo);
        }
    } catch (const std::exception &error) {
        std::fprintf(stderr, "samverka_bench_edit: %s\n", error.what());
        return 1;
    }
    return 0;
}
