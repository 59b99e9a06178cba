#pragma once

// Where the workspace window reads from when the municipalities' files cannot be reached
// (issue #17): the region database's connection (libpq's connection string or URI) and,
// optionally, one local police area. The password is libpq's business (~/.pgpass, a
// service file, PGPASSWORD): the dialog says so, and Samverka never stores one.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace samverka::ui {

class RegionSourceDialog : public QDialog
{
    Q_OBJECT

public:
    RegionSourceDialog(const QString &conninfo, const QString &policeArea,
                       QWidget *parent = nullptr);

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
