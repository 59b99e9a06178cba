#include "BaselineFromStatisticsDialog.h"

#include "StatisticsContext.h"
#include "widgets/StatisticsFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace samverka::ui {

BaselineFromStatisticsDialog::BaselineFromStatisticsDialog(const core::StatisticsSeries &series,
                                                           QWidget *parent)
    : QDialog(parent)
    , m_series(series)
    , m_measure(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fill baseline from statistics")); // sv: Hämta utgångsvärde från statistik
    const QString place =
        StatisticsFormat::municipalityName(series.municipalityCode, series.municipalityName);
    auto *about = new QLabel(tr("Reported crimes in %1: %2").arg(place, series.label), this);
    about->setWordWrap(true);

    m_measure->addItem(tr("Count"), int(Measure::Count)); // sv: Antal
    if (StatisticsContext::hasRates(series))
        m_measure->addItem(tr("Per 100 000 inhabitants"), int(Measure::RatePer100k));
    else
        m_measure->setToolTip(
            tr("Per 100 000 inhabitants needs the population of the year (statistics page)"));

    auto *form = new QFormLayout;
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_measure->setAccessibleName(tr("Measure"));
    m_year->setAccessibleName(tr("Year"));
    form->addRow(measureLabel, m_measure);
    form->addRow(yearLabel, m_year);
    form->addRow(tr("Baseline:"), m_preview);

    // sv: Tomma fält för indikator, enhet och källa fylls också i. Statistiken visar
    // anmälda brott, inte alla brott som begås.
    auto *note = new QLabel(tr("Empty indicator, unit and source fields are filled in too. The "
                               "statistics show reported crimes, not all crimes committed."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { fillYears(); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    fillYears();
}

BaselineFromStatisticsDialog::Measure BaselineFromStatisticsDialog::measure() const
{
    return Measure(m_measure->currentData().toInt());
}

void BaselineFromStatisticsDialog::setMeasure(Measure measure)
{
    const int index = m_measure->findData(int(measure));
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

int BaselineFromStatisticsDialog::year() const
{
    return m_year->currentData().toInt();
}

void BaselineFromStatisticsDialog::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

QList<int> BaselineFromStatisticsDialog::years() const
{
    QList<int> result;
    for (int i = 0; i < m_year->count(); ++i)
        result << m_year->itemData(i).toInt();
    return result;
}

std::optional<core::GoalValue> BaselineFromStatisticsDialog::value() const
{
    if (year() == 0)
        return std::nullopt;
    return core::StatisticsCalculator::goalValue(m_series, measure(), year());
}

QString BaselineFromStatisticsDialog::previewText() const
{
    return m_preview->text();
}

void BaselineFromStatisticsDialog::fillYears()
{
    const int current = year();
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (auto it = m_series.points.crbegin(); it != m_series.points.crend(); ++it) {
        if (!core::StatisticsCalculator::goalValue(m_series, measure(), it->year))
            continue;
        m_year->addItem(it->preliminary ? tr("%1 (preliminary)").arg(it->year)
                                        : QString::number(it->year),
                        it->year);
    }
    // The latest year with a value, unless the user had chosen one that still has one.
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
    updatePreview();
}

void BaselineFromStatisticsDialog::updatePreview()
{
    const std::optional<core::GoalValue> baseline = value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(baseline.has_value());
    if (!baseline || !baseline->value) {
        m_preview->setText(tr("No value for this measure"));
        return;
    }
    const QString number = measure() == Measure::Count
                               ? StatisticsFormat::count(qint64(*baseline->value))
                               : StatisticsFormat::decimal(baseline->value);
    // sv: %1 den %2
    m_preview->setText(tr("%1 on %2").arg(number, baseline->date.toString(Qt::ISODate)));
}

} // namespace samverka::ui
