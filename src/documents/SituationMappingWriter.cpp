#include "SituationMappingWriter.h"

#include "TrendChart.h"

#include <algorithm>

namespace samverka::documents {

namespace {

QString count(std::optional<int> value)
{
    return value ? DocumentContext::number(*value) : QStringLiteral("–");
}

QString rate(std::optional<double> value)
{
    return value ? DocumentContext::number(*value, 0) : QStringLiteral("–");
}

QList<TableCell> lineCells(const core::MappingLine &line, const QString &label, bool bold)
{
    return {TableCell(label, QString(), bold),
            TableCell(count(line.count), QString(), bold),
            TableCell(DocumentContext::percent(line.sharePercent)),
            TableCell(rate(line.ratePer100k)),
            TableCell(DocumentContext::percent(line.changePercent, true)),
            TableCell(DocumentContext::percent(line.periodChangePercent, true))};
}

QString labelOf(const core::MappingLine &line)
{
    return line.label.isEmpty() ? line.key : line.label;
}

} // namespace

void SituationMappingWriter::commentary(DocumentComposer &composer, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    composer.heading(3, tr("Commentary"), false);
    composer.paragraph(text.trimmed());
}

void SituationMappingWriter::writeCrime(DocumentComposer &composer,
                                        const core::SituationMappingResult &m)
{
    const bool span = m.fromYear != m.toYear;
    const QStringList headers{tr("Crime category"),
                              tr("Count"),
                              tr("Share"),
                              tr("Per 100 000 inhabitants"),
                              tr("Change on %1").arg(m.toYear - 1),
                              span ? tr("Change since %1").arg(m.fromYear) : tr("Over the period")};
    const QList<double> widths{31, 11, 11, 15, 16, 16};
    QList<QList<TableCell>> rows;
    for (const core::MappingLine &line : m.categories)
        rows.append(lineCells(line, labelOf(line), false));
    rows.append(lineCells(m.total, tr("All reported crimes"), true));
    composer.paragraph(tr("Reported crimes in %1 by crime category, with the change on the year "
                          "before and over the period %2–%3.")
                           .arg(m.toYear)
                           .arg(m.fromYear)
                           .arg(m.toYear));
    composer.table(headers, rows, widths);
    if (!m.largestTypes.isEmpty()) {
        composer.heading(3, tr("The largest types of crime"), false);
        QList<QList<TableCell>> types;
        for (const core::MappingLine &line : m.largestTypes)
            types.append(lineCells(line, labelOf(line), false));
        QStringList typeHeaders = headers;
        typeHeaders[0] = tr("Type of crime");
        composer.table(typeHeaders, types, widths);
    }
    if (span) {
        QList<int> years;
        for (int year = m.fromYear; year <= m.toYear; ++year)
            years << year;
        composer.chart(TrendChart::of(m.trend, years), 75);
    }
    composer.note(tr("The statistics show reported crimes, not all crimes committed."));
}

void SituationMappingWriter::writeComparison(DocumentComposer &composer,
                                             const core::SituationMappingResult &m)
{
    if (m.comparison.size() < 2)
        return;
    composer.heading(2, tr("Comparison with other municipalities"));
    QList<QList<TableCell>> rows;
    for (const core::MappingComparison &c : m.comparison)
        rows.append({TableCell(c.name.isEmpty() ? c.code : c.name, QString(), c.own),
                     TableCell(rate(c.ratePer100k), QString(), c.own),
                     TableCell(DocumentContext::percent(c.periodChangePercent, true))});
    composer.table({tr("Municipality"), tr("Reported crimes per 100 000 in %1").arg(m.toYear),
                    tr("Change per 100 000 since %1").arg(m.fromYear)},
                   rows, {40, 35, 25});
}

void SituationMappingWriter::writeSurvey(DocumentComposer &composer,
                                         const core::SituationMappingResult &m)
{
    if (m.survey.isEmpty())
        return;
    composer.heading(2, tr("Survey indicators"));
    QList<QList<TableCell>> rows;
    QStringList warnings;
    for (const core::SurveySeries &s : m.survey) {
        bool first = true; // the source once per indicator
        for (const core::SurveyPoint &p : s.points) {
            QString interval = QStringLiteral("–");
            if (p.ciLow && p.ciHigh)
                interval = QStringLiteral("%1–%2").arg(DocumentContext::number(*p.ciLow, 1),
                                                       DocumentContext::number(*p.ciHigh, 1));
            TableCell value(DocumentContext::number(p.value, 1));
            value.warning = p.wideInterval;
            rows.append({TableCell(s.indicator, first ? s.source : QString()),
                         TableCell(QString::number(p.year)), value, TableCell(interval)});
            first = false;
        }
        if (!s.warning.isEmpty())
            warnings.append(tr("%1: %2", "indicator: warning").arg(s.indicator, s.warning));
    }
    composer.table({tr("Indicator"), tr("Year"), tr("Value"), tr("Confidence interval")}, rows,
                   {52, 12, 14, 22});
    for (const QString &w : warnings)
        composer.note(w);
}

void SituationMappingWriter::writePlaces(DocumentComposer &composer, const DocumentContext &context,
                                         const core::SituationPicture &picture)
{
    QList<QList<TableCell>> rows;
    for (const core::SituationProblem &p : picture.problems) {
        if (p.confidential && !context.options().includeConfidential)
            continue;
        if (p.place.trimmed().isEmpty() && p.timePattern.trimmed().isEmpty())
            continue;
        if (p.confidential)
            context.noteConfidentialPrinted();
        rows.append({TableCell(p.title, p.confidential ? tr("Confidential") : QString()),
                     TableCell(p.place.trimmed()), TableCell(p.timePattern.trimmed())});
    }
    if (rows.isEmpty() && picture.placeCommentary.trimmed().isEmpty())
        return;
    composer.heading(2, tr("Where and when"));
    if (!rows.isEmpty())
        composer.table({tr("Problem"), tr("Place"), tr("Time")}, rows, {34, 33, 33});
    commentary(composer, picture.placeCommentary);
}

void SituationMappingWriter::write(DocumentComposer &composer, const DocumentContext &context,
                                   const core::SituationPicture &picture,
                                   const core::SituationMappingResult &mapping)
{
    composer.heading(2, tr("Reported crime"));
    if (mapping.hasData() && picture.fromYear && picture.toYear &&
        (mapping.fromYear != *picture.fromYear || mapping.toYear != *picture.toYear))
        composer.note(tr("The file has statistics for %1–%2 of the years %3–%4 the situation "
                         "picture covers.")
                          .arg(mapping.fromYear)
                          .arg(mapping.toYear)
                          .arg(*picture.fromYear)
                          .arg(*picture.toYear));
    if (mapping.hasData())
        writeCrime(composer, mapping);
    else if (picture.fromYear && picture.toYear)
        composer.note(tr("The file has no reported crime of the municipality for %1–%2.")
                          .arg(*picture.fromYear)
                          .arg(*picture.toYear));
    else
        composer.note(tr("The situation picture does not say which years its data cover."));
    commentary(composer, picture.crimeCommentary);
    if (mapping.hasData())
        writeComparison(composer, mapping);
    if (mapping.comparison.size() >= 2)
        commentary(composer, picture.comparisonCommentary);
    else if (!picture.comparisonCommentary.trimmed().isEmpty()) {
        composer.heading(2, tr("Comparison with other municipalities"));
        composer.paragraph(picture.comparisonCommentary.trimmed());
    }
    writeSurvey(composer, mapping);
    if (!mapping.survey.isEmpty())
        commentary(composer, picture.surveyCommentary);
    else if (!picture.surveyCommentary.trimmed().isEmpty()) {
        composer.heading(2, tr("Survey indicators"));
        composer.paragraph(picture.surveyCommentary.trimmed());
    }
    writePlaces(composer, context, picture);
}

} // namespace samverka::documents
