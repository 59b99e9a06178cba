#pragma once

// Shows a documents::ChartData on screen through documents::ChartPainter, the same
// painter the PDF documents use, so a chart looks the same in the app and on paper.
// It can save what it shows as PNG or PDF. Other pages may embed it (a problem's
// statistics series, a goal's baseline).

#include "ChartData.h"

#include <QWidget>

namespace samverka::ui {

class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    void setChartData(const documents::ChartData &chart);
    const documents::ChartData &chartData() const { return m_data; }

    /// Writes the chart to path: PDF when it ends in ".pdf", else PNG (the layout shown,
    /// at twice the pixels and at least 1800×1000, so it stays sharp in a report). Throws
    /// documents::DocumentError or std::runtime_error with a message for a person.
    void exportTo(const QString &path) const;
    /// Asks for a file name ("Exportera diagram…") and writes it; reports errors itself.
    void exportWithDialog();

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    documents::ChartData m_data;
};

} // namespace samverka::ui
