#pragma once

// A check box that reports only the user's clicks (not programmatic loads).

#include <QCheckBox>

namespace samverka::ui {

class CheckField : public QCheckBox
{
    Q_OBJECT

public:
    explicit CheckField(const QString &text = {}, QWidget *parent = nullptr);

    void setValue(bool checked);
    bool value() const { return isChecked(); }

signals:
    void committed(bool checked);
};

} // namespace samverka::ui
