#pragma once

// The region database to read or publish to (issue #17): its connection (libpq's
// connection string or URI) and, for the workspace window's overview when the
// municipalities' files cannot be reached, optionally one local police area. The password is
// libpq's business (~/.pgpass, a service file, PGPASSWORD): the dialog says so, and Samverka never
// stores one.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace samverka::ui {

class RegionSourceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reading the overview asks for a local police area too; publishing does not.
    enum class Purpose { Read, Publish };

    RegionSourceDialog(const QString &conninfo, const QString &policeArea,
                       QWidget *parent = nullptr, Purpose purpose = Purpose::Read);

    QString conninfo() const;
    QString policeArea() const;

private:
    void check();

    QLineEdit *m_conninfo;
    QLineEdit *m_policeArea;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace samverka::ui
