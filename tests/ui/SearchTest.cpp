// Find: every text of the file, results that name what they are, and a result that
// opens its record.

#include "UiTestSupport.h"

#include "TextSearch.h"
#include "dialogs/SearchDialog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QTest>

using namespace samverka;
using namespace samverka::ui;
using P = NavTarget::Page;

TEST(SearchTest, FindsMeasuresCausesAndPeopleInTheDemo)
{
    test::TempMunicipality demo(true);
    const auto file = demo.open();
    const core::MunicipalityData data = file->loadAll();

    const QList<SearchHit> hits = TextSearch::search(data, QStringLiteral("KROGTILLSYN"));
    ASSERT_FALSE(hits.isEmpty());
    bool measure = false;
    for (const SearchHit &h : hits)
        if (h.target.page == P::Measures && h.title == QStringLiteral("Gemensam krogtillsyn")) {
            measure = true;
            EXPECT_TRUE(h.label().contains(QStringLiteral(": Gemensam krogtillsyn")));
            EXPECT_FALSE(h.target.agreementId.isEmpty());
            EXPECT_FALSE(h.target.recordId.isEmpty());
        }
    EXPECT_TRUE(measure);

    const QList<SearchHit> people = TextSearch::search(data, QStringLiteral("Kommunpolis"));
    bool person = false;
    for (const SearchHit &h : people)
        person = person || h.target.page == P::People;
    EXPECT_TRUE(person);

    // A rating's comment finds the åtgärdsplan it belongs to.
    const QList<SearchHit> plans = TextSearch::search(data, QStringLiteral("gångtunneln"));
    bool plan = false;
    for (const SearchHit &h : plans)
        plan = plan || h.target == NavTarget{P::MeasurePlan, {}, QStringLiteral("ap-2025")};
    EXPECT_TRUE(plan);

    EXPECT_TRUE(TextSearch::search(data, QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(TextSearch::search(data, QStringLiteral("xyzzy-inget")).isEmpty());
}

TEST(SearchTest, ActivatingAResultNavigatesToTheRecord)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    SearchDialog dialog(context);
    dialog.setText(QStringLiteral("langning"));
    dialog.search();
    ASSERT_GT(dialog.resultCount(), 0);
    EXPECT_FALSE(dialog.resultText(0).isEmpty());
    dialog.activateResult(0);
    EXPECT_NE(context.currentTarget().page, P::None);
}

TEST(SearchTest, HitsKeepTheWordWholeAndNameTheirAgreement)
{
    test::TempMunicipality demo(true);
    const auto file = demo.open();
    core::MunicipalityData data = file->loadAll();
    ASSERT_FALSE(data.agreements.isEmpty());
    core::Agreement &a = data.agreements[0];
    ASSERT_FALSE(a.measures.isEmpty());
    a.measures[0].description =
        QStringLiteral("Kommunen ser över parkens buskage och förbättrar belysningen längs "
                       "gångvägen mellan stationen och skolan, där många känner sig otrygga.");
    const QList<SearchHit> hits = TextSearch::search(data, QStringLiteral("belysningen"));
    const SearchHit *hit = nullptr;
    for (const SearchHit &h : hits)
        if (h.target.recordId == a.measures[0].id)
            hit = &h;
    ASSERT_NE(hit, nullptr);
    EXPECT_TRUE(hit->snippet.contains(QStringLiteral("förbättrar belysningen längs")))
        << hit->snippet.toStdString();
    // Cut only between words.
    for (const QString &word : hit->snippet.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString bare = QString(word).remove(QStringLiteral("…"));
        EXPECT_TRUE(a.measures[0].description.contains(bare)) << word.toStdString();
        if (word.startsWith(QStringLiteral("…"))) {
            EXPECT_TRUE(a.measures[0].description.contains(QLatin1Char(' ') + bare));
        }
    }
    EXPECT_TRUE(hit->agreement.startsWith(a.title)) << hit->agreement.toStdString();
    EXPECT_TRUE(hit->agreement.contains(QString::number(a.validFrom.year())));
}

TEST(SearchTest, EnterOpensTheHitAndTheDialogStepsAside)
{
    test::TempMunicipality demo(true);
    AppContext context;
    demo.openInto(context);
    SearchDialog dialog(context);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("krogtillsyn"));
    QTest::qWait(400); // the search runs once typing pauses (a timer, not an assertion)
    ASSERT_GT(dialog.resultCount(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_NE(context.currentTarget().page, P::None);
}
