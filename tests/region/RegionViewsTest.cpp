// The analysts' views (issue #17, docs/region-database.md): law_status restates the
// law's rules (LawChecklist, PlanChecklist) in SQL, so it is checked against the overview,
// which computes them with the app's own code, in every state: current, outdated, draft and
// missing lägesbild; decided, expired, not based on the current lägesbild, draft and
// missing åtgärdsplan. measures_status's lateness against the overview's count.

#include "CliRunner.h"
#include "RegionTestDatabase.h"

#include "PgConnection.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QTemporaryDir>

using samverka::region::PgConnection;
using samverka::region::PgResult;
using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

struct Law {
    QString situationPicture;
    QString measurePlan;
    int late = 0;
    bool operator==(const Law &) const = default;
};

void PrintTo(const Law &law, std::ostream *os)
{
    *os << law.situationPicture.toStdString() << "/" << law.measurePlan.toStdString() << "/"
        << law.late;
}

} // namespace

TEST(RegionViewsTest, TheLawsStatusAndLatenessAsTheOverviewComputesThem)
{
    RegionTestDatabase db;
    ASSERT_TRUE(db.ok());
    QTemporaryDir dir;
    const QStringList files = RegionTestDatabase::demoWorkspace(dir.path());
    db.init();
    db.publish(files);
    const auto compare = [&](const char *what) {
        SCOPED_TRACE(what);
        QHash<QString, Law> overview;
        const CliResult rows = runCli({q("overview"), q("--database"), db.conninfo()});
        ASSERT_EQ(rows.exitCode, 0) << rows.err.toStdString();
        for (const QString &line : rows.lines()) {
            const QStringList c = line.split(u'\t');
            overview.insert(c.value(3), {c.value(13), c.value(14), c.value(10).toInt()});
        }
        const PgResult view = db.admin().exec(
            q("SELECT l.municipality, l.situation_picture, l.measure_plan, (SELECT count(*) "
              "FROM region.measures_status s WHERE s.municipality = l.municipality AND s.late) "
              "FROM region.law_status l"));
        ASSERT_EQ(view.rows(), 3);
        for (int i = 0; i < view.rows(); ++i)
            EXPECT_EQ((Law{view.text(i, 1), view.text(i, 2), view.text(i, 3).toInt()}),
                      overview.value(view.text(i, 0)))
                << view.text(i, 0).toStdString();
    };
    compare("as published");
    const PgConnection &admin = db.admin();
    // Kramfors: the lägesbild overdue, and the plan based on none.
    admin.exec(q("UPDATE region.situation_pictures SET next_update = '2000-01-01' WHERE "
                 "municipality = '2282'"));
    admin.exec(q("UPDATE region.measure_plans SET situation_picture_id = NULL WHERE "
                 "municipality = '2282'"));
    // Härnösand: the decided plan expired, and a measure late more.
    admin.exec(q("UPDATE region.measure_plans SET valid_to = '2001-01-01' WHERE municipality = "
                 "'2280' AND status = 'decided'"));
    admin.exec(q("UPDATE region.measures SET end_date = '2001-01-01', status = 'ongoing' WHERE "
                 "municipality = '2280' AND id = (SELECT min(id) FROM region.measures WHERE "
                 "municipality = '2280' AND status = 'done')"));
    // Timrå: no lägesbild and no plan at all.
    admin.exec(q("DELETE FROM region.situation_pictures WHERE municipality = '2262'"));
    admin.exec(q("DELETE FROM region.measure_plans WHERE municipality = '2262'"));
    compare("changed");
    const PgResult states =
        admin.exec(q("SELECT string_agg(situation_picture || '/' || measure_plan, ' ' ORDER BY "
                     "municipality) FROM region.law_status"));
    EXPECT_EQ(states.text(0, 0), q("missing/missing current/expired outdated/not-current"))
        << "every state the test means to reach";
}
