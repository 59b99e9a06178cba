// Where File › New puts the file when the place is typed by hand: a bare name goes into
// ~/Samverka with ".samverka" added, a folder that is not there (a name typed inside the
// suggested path) is made only when the user says so, and an existing file keeps the
// dialog open. Driven through the real main window and dialogs, from no file.

#include "NewFileFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace samverka::ui;
using namespace samverka::ui::test;

namespace {

/// HOME pointed at a folder of the test's own while it lives, so ~/Samverka is there.
class TemporaryHome
{
public:
    explicit TemporaryHome(const QString &path)
        : m_old(qgetenv("HOME"))
    {
        qputenv("HOME", path.toUtf8());
    }
    ~TemporaryHome() { qputenv("HOME", m_old); }
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;

private:
    QByteArray m_old;
};

/// File › New: Kramfors searched, place typed over the suggested one, Return. Then, for
/// each message box that comes, the button with that text is clicked (none: no box may
/// come). Leaves the dialog open when it does not close itself; returns it.
struct NewFileAttempt {
    bool dialogShown = false;
    bool dialogStillOpen = false;
    QStringList boxes; ///< the texts of the message boxes that came
};

NewFileAttempt tryNewFile(NewFileFixture &f, const QString &place,
                          const QList<QMessageBox::StandardButton> &answers)
{
    NewFileAttempt attempt;
    auto handled = onModal<NewFileDialog>([&](NewFileDialog *dialog) {
        attempt.dialogShown = true;
        QApplication::setActiveWindow(dialog);
        auto *filter = dialog->findChild<QLineEdit *>();
        filter->setFocus();
        typeText(QStringLiteral("Kramfors"));
        for (auto *edit : dialog->findChildren<QLineEdit *>())
            if (edit != filter) {
                edit->setFocus();
                edit->selectAll();
                typeText(place);
            }
        for (QMessageBox::StandardButton answer : answers) {
            onModal<QMessageBox>([&attempt, answer](QMessageBox *box) {
                attempt.boxes << box->text();
                QTest::mouseClick(box->button(answer), Qt::LeftButton);
            });
            QTest::keyClick(dialog, Qt::Key_Return);
        }
        if (answers.isEmpty())
            QTest::keyClick(dialog, Qt::Key_Return);
        attempt.dialogStillOpen = dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    f.window.actions().newFile->trigger();
    settle();
    attempt.dialogShown = attempt.dialogShown && *handled;
    return attempt;
}

} // namespace

TEST(NewFilePlaceTest, ABareNameGoesIntoTheSamverkaFolderWithItsSuffix)
{
    NewFileFixture f;
    const TemporaryHome home(f.dir.path());
    const NewFileAttempt attempt = tryNewFile(f, QStringLiteral("Kramfors kommun 2027"), {});
    ASSERT_TRUE(attempt.dialogShown);
    EXPECT_FALSE(attempt.dialogStillOpen);
    EXPECT_TRUE(attempt.boxes.isEmpty()); // ~/Samverka is made without asking
    const QString expected =
        f.dir.filePath(QStringLiteral("Samverka/Kramfors kommun 2027.samverka"));
    EXPECT_TRUE(QFileInfo::exists(expected));
    ASSERT_TRUE(f.context.hasFile());
    EXPECT_EQ(QFileInfo(f.context.file()->path()).absoluteFilePath(), expected);
    EXPECT_EQ(f.context.file()->municipality().code, QStringLiteral("2282"));
}

TEST(NewFilePlaceTest, AFolderThatIsNotThereIsMadeOnlyWhenTheUserSaysSo)
{
    NewFileFixture f;
    // A name typed after the suggested file name, as if it were a folder.
    const QString slip = f.dir.filePath(QStringLiteral("Kramfors.samverka/Ny"));

    const NewFileAttempt no = tryNewFile(f, slip, {QMessageBox::No});
    ASSERT_TRUE(no.dialogShown);
    ASSERT_EQ(no.boxes.size(), 1);
    EXPECT_TRUE(no.boxes.first().contains(QStringLiteral("finns inte")))
        << no.boxes.first().toStdString();
    EXPECT_TRUE(no.dialogStillOpen); // what was typed is still there to correct
    EXPECT_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("Kramfors.samverka"))));
    EXPECT_FALSE(f.context.hasFile());

    const NewFileAttempt yes = tryNewFile(f, slip, {QMessageBox::Yes});
    ASSERT_EQ(yes.boxes.size(), 1);
    EXPECT_FALSE(yes.dialogStillOpen);
    EXPECT_TRUE(QFileInfo::exists(slip + QStringLiteral(".samverka")));
    ASSERT_TRUE(f.context.hasFile());
}

TEST(NewFilePlaceTest, AnExistingFileKeepsTheDialogOpenAndUntouched)
{
    NewFileFixture f;
    const QString taken = f.dir.filePath(QStringLiteral("Taken.samverka"));
    {
        QFile other(taken);
        ASSERT_TRUE(other.open(QIODevice::WriteOnly));
        other.write("not a municipality file");
    }
    const NewFileAttempt attempt = tryNewFile(f, taken, {QMessageBox::Ok});
    ASSERT_EQ(attempt.boxes.size(), 1);
    EXPECT_TRUE(attempt.boxes.first().contains(QStringLiteral("finns redan")));
    EXPECT_TRUE(attempt.dialogStillOpen);
    QFile other(taken);
    ASSERT_TRUE(other.open(QIODevice::ReadOnly));
    EXPECT_EQ(other.readAll(), QByteArray("not a municipality file"));
    EXPECT_FALSE(f.context.hasFile());
}
