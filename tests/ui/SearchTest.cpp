// Find: every text of the file, results that name what they are, and a result that
// opens its record.

#include "UiTestSupport.h"

#include "TextSearch.h"
#include "dialogs/SearchDialog.h"

#include <gtest/gtest.h>

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
