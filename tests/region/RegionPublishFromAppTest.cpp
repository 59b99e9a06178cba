// Arkiv › Publicera till regiondatabas… (issue #17) from a new file, through the real
// window: the dialog asks for the connection, the file's content is published on a thread
// of its own, and a message says what was sent; a role without the municipality's grant
// gets the server's refusal in words and publishes nothing. The connection is remembered
// without its password.

#include "NewFileFixture.h"
#include "RegionTestDatabase.h"

#include "RegionPublishController.h"
#include "dialogs/RegionSourceDialog.h"

#include "PgConnection.h"

#include <gtest/gtest.h>

#include <QMessageBox>
#include <QSettings>

using namespace samverka;
using namespace samverka::ui;
using samverka::region::test::RegionTestDatabase;

namespace {

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

struct Fixture : test::NewFileFixture {
    RegionTestDatabase db;

    /// Arkiv › Publicera till regiondatabas…, the connection typed into its dialog; returns
    /// the text of the message that ends it.
    QString publishAs(const QString &conninfo)
    {
        const auto asked = test::onModal<RegionSourceDialog>([&](RegionSourceDialog *dialog) {
            QApplication::setActiveWindow(dialog);
            auto *edit = dialog->findChild<QLineEdit *>(q("conninfoEdit"));
            edit->setFocus();
            edit->selectAll();
            test::typeText(conninfo);
            if (QAbstractButton *ok = test::acceptButton(dialog))
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                dialog->reject();
        });
        auto told = std::make_shared<QString>();
        const auto message = test::onModal<QMessageBox>([told](QMessageBox *box) {
            *told = box->text();
            box->accept();
        });
        EXPECT_TRUE(window.actions().publishRegion->isEnabled());
        window.actions().publishRegion->trigger();
        test::settle();
        EXPECT_TRUE(*asked) << "no dialog";
        auto *controller = window.findChild<RegionPublishController *>();
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !controller->isPublishing() && *message; }, 20000));
        return *told;
    }

    qint64 count(const char *sql) const { return db.admin().exec(q(sql)).text(0, 0).toLongLong(); }
};

} // namespace

TEST(RegionPublishFromAppTest, ANewFileIsPublishedFromArkivAndAWrongRoleIsTold)
{
    Fixture f;
    ASSERT_TRUE(f.db.ok());
    QSettings().remove(q("region"));
    f.createFile();
    ASSERT_TRUE(f.context.hasFile());
    EXPECT_EQ(f.window.actions().publishRegion->text(), q("Publicera till re&giondatabas…"));
    f.db.init();

    // A role for another municipality: refused in the server's words, nothing sent.
    const QString karin = f.db.login(q("karin"), {q("samverka_publisher_2282")});
    const QString refused = f.publishAs(karin);
    EXPECT_TRUE(refused.contains(q("samverka_publisher_2280"))) << refused.toStdString();
    EXPECT_EQ(f.count("SELECT count(*) FROM region.publications"), 0);

    // Härnösand's own publisher.
    const QString anna = f.db.login(q("anna"), {q("samverka_publisher_2280")});
    const QString told = f.publishAs(anna);
    EXPECT_TRUE(told.startsWith(q("Publicerade Härnösand (2280)"))) << told.toStdString();
    EXPECT_EQ(f.count("SELECT count(*) FROM region.publications WHERE municipality = '2280'"), 1);
    EXPECT_EQ(f.db.admin().exec(q("SELECT source_file FROM region.publications")).text(0, 0),
              f.context.file()->path());
    EXPECT_EQ(f.db.admin()
                  .exec(q("SELECT local_police_area FROM region.municipalities WHERE code = "
                          "'2280'"))
                  .text(0, 0),
              f.context.file()->loadAll().municipality.localPoliceArea);
    const QString stored = QSettings().value(q("region/publishDatabase")).toString();
    EXPECT_TRUE(stored.contains(q("user='anna_"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(q("password"))) << stored.toStdString();
    QSettings().remove(q("region"));
}
