#include "ChartWidget.h"

#include "ChartPainter.h"
#include "DocumentError.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <stdexcept>

namespace samverka::ui {

namespace {

constexpr qreal kScreenScale = 1.3;

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Chart"));
}

void ChartWidget::setChartData(const documents::ChartData &chart)
{
    m_data = chart;
    // Screen readers cannot see a picture: the title and the series name what it shows.
    QStringList names;
    for (const documents::ChartSeries &s : m_data.series)
        names << s.name;
    setAccessibleDescription(m_data.title + QStringLiteral(": ") +
                             names.join(QStringLiteral(", ")));
    update();
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    // The painter sizes its text for paper (7.5 pt labels); on screen, at reading distance,
    // the same layout drawn a little larger stays legible without a second painter.
    painter.scale(kScreenScale, kScreenScale);
    const QRectF area(QPointF(0, 0), QSizeF(size()) / kScreenScale);
    documents::ChartPainter(m_data).paint(painter, area.adjusted(6, 6, -6, -6));
}

void ChartWidget::exportTo(const QString &path) const
{
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        documents::ChartPainter::toPdf(m_data, path);
        return;
    }
    // What the screen shows, at twice the pixels (and never smaller than a report needs).
    const QSize logical(std::max(900, int(width() / kScreenScale)),
                        std::max(500, int(height() / kScreenScale)));
    const QImage image = documents::ChartPainter::toImage(m_data, logical, 2.0);
    if (!image.save(path, "PNG"))
        throw std::runtime_error(
            tr("Could not write the image %1.").arg(QDir::toNativeSeparators(path)).toStdString());
}

void ChartWidget::exportWithDialog()
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString suggested = m_data.title.isEmpty() ? tr("chart") : m_data.title;
    suggested.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = pngFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), dir + QLatin1Char('/') + suggested + QStringLiteral(".png"),
        pngFilter + QStringLiteral(";;") + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    const bool pdf = filter == pdfFilter;
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    try {
        exportTo(path);
    } catch (const documents::DocumentError &e) {
        QMessageBox::warning(this, tr("Export chart"), e.message());
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Export chart"), QString::fromUtf8(e.what()));
    }
}

} // namespace samverka::ui
