#include "ProblemPictureBuilder.h"

#include "TextStyles.h"
#include "TrendChart.h"

#include "EnumLabels.h"
#include "statistics/ProblemStatistics.h"
#include "statistics/StatisticsCalculator.h"

#include <algorithm>

namespace samverka::documents {

namespace {

// "Situationell, närliggande": later items of a list start in lower case (but not
// abbreviations such as "NTU").
QString joinAsList(const QStringList &items)
{
    QStringList words;
    for (const QString &item : items) {
        QString w = item;
        if (!words.isEmpty() && w.size() > 1 && w.at(1).isLower())
            w[0] = w.at(0).toLower();
        words.append(w);
    }
    return words.join(QStringLiteral(", "));
}

template <typename E> QString labels(const QList<E> &values)
{
    QStringList words;
    for (E v : values)
        words.append(core::EnumLabels::label(v));
    return joinAsList(words);
}

template <typename E> QString optionalLabel(const std::optional<E> &value)
{
    return value ? core::EnumLabels::label(*value) : QString();
}

QString priorityText(const core::Problem &p)
{
    if (!p.prioritized)
        return ProblemPictureBuilder::tr("Not prioritised");
    QString text = p.priority ? ProblemPictureBuilder::tr("Prioritised, rank %1").arg(*p.priority)
                              : ProblemPictureBuilder::tr("Prioritised");
    const QString reasons = labels(p.priorityReasons);
    if (!reasons.isEmpty())
        text += QStringLiteral(" (%1)").arg(reasons);
    return text;
}

QString natureText(const core::Cause &c)
{
    QStringList parts;
    for (const QString &s :
         {optionalLabel(c.nature), optionalLabel(c.proximity), optionalLabel(c.riskDomain)})
        if (!s.isEmpty())
            parts.append(s);
    if (!c.withinMandate)
        parts.append(ProblemPictureBuilder::tr("outside the parties' mandate"));
    return joinAsList(parts);
}

// "2020: 403 · 2021: 410 · 2024: 459 (prel.)": the reported crimes of the problem's crime
// categories, year by year, in the municipality the file is about.
QString reportedCrimesText(const DocumentContext &context, const core::Problem &p)
{
    const std::optional<core::StatisticsSeries> series = context.problemStatistics().seriesOf(p);
    if (!series || !core::ProblemStatistics::hasValues(*series))
        return {};
    QStringList years;
    for (const core::SeriesPoint &point : series->points) {
        if (!point.count)
            continue;
        QString text =
            QStringLiteral("%1: %2").arg(point.year).arg(DocumentContext::number(*point.count));
        if (point.preliminary)
            //: sv: (prel.)
            text += QLatin1Char(' ') + ProblemPictureBuilder::tr("(prel.)");
        years << text;
    }
    return years.join(QStringLiteral(" · "));
}

void writeProblem(DocumentComposer &composer, const DocumentContext &context,
                  const core::Problem &p)
{
    const int number = context.problemNumber(p.id);
    composer.heading(2, ProblemPictureBuilder::tr("Problem %1: %2").arg(number).arg(p.title),
                     false);
    if (p.confidential)
        composer.styledParagraph(ProblemPictureBuilder::tr("Confidential"), [] {
            QTextCharFormat f = TextStyles::label();
            f.setForeground(TextStyles::warning);
            return f;
        }());
    if (!p.description.trimmed().isEmpty())
        composer.paragraph(p.description.trimmed());

    QString contributed = optionalLabel(p.contributedBy);
    if (!p.contributedByParty.isEmpty()) {
        const QString party = context.partyName(p.contributedByParty);
        contributed =
            contributed.isEmpty() ? party : QStringLiteral("%1 (%2)").arg(contributed, party);
    }
    composer.fields({{ProblemPictureBuilder::tr("Category"), optionalLabel(p.category)},
                     {ProblemPictureBuilder::tr("Crime categories"),
                      p.crimeCategories.join(QStringLiteral(", "))},
                     //: sv: Anmälda brott
                     {ProblemPictureBuilder::tr("Reported crimes"), reportedCrimesText(context, p)},
                     {ProblemPictureBuilder::tr("Place"), p.place},
                     {ProblemPictureBuilder::tr("Time pattern"), p.timePattern},
                     {ProblemPictureBuilder::tr("Sources"), labels(p.sources)},
                     {ProblemPictureBuilder::tr("Contributed by"), contributed},
                     {ProblemPictureBuilder::tr("Priority"), priorityText(p)}});

    if (p.causes.isEmpty())
        return;
    composer.heading(3, ProblemPictureBuilder::tr("Cause analysis"), false);
    QList<QList<TableCell>> rows;
    for (int i = 0; i < p.causes.size(); ++i) {
        const core::Cause &c = p.causes[i];
        TableCell text(context.causeText(c));
        if (c.confidential && !context.options().includeConfidential) {
            rows.append({TableCell(context.causeLabel(number, c, i), QString(), true), text,
                         TableCell(), TableCell()});
            continue;
        }
        if (c.confidential)
            text.detail = ProblemPictureBuilder::tr("Confidential");
        rows.append({TableCell(context.causeLabel(number, c, i), QString(), true), text,
                     TableCell(optionalLabel(c.perspective)), TableCell(natureText(c))});
    }
    composer.table({ProblemPictureBuilder::tr("No."), ProblemPictureBuilder::tr("Cause"),
                    ProblemPictureBuilder::tr("Perspective"), ProblemPictureBuilder::tr("Nature")},
                   rows, {12, 45, 19, 24});
}

} // namespace

bool ProblemPictureBuilder::hasStatistics(const DocumentContext &context)
{
    return !context.statistics().years(context.statisticsCode()).isEmpty();
}

void ProblemPictureBuilder::writeStatistics(DocumentComposer &composer,
                                            const DocumentContext &context)
{
    const core::StatisticsCalculator &calculator = context.statistics();
    const QString code = context.statisticsCode();
    const QList<int> years = calculator.years(code);
    if (years.isEmpty())
        return;
    const int year = years.last();
    const core::StatisticsTable table = calculator.table(code, year);
    if (table.categories.isEmpty())
        return;
    const QString name = table.municipalityName.isEmpty() ? context.data().municipality.name
                                                          : table.municipalityName;
    composer.heading(2, tr("Reported crimes"), false);
    composer.paragraph(tr("Reported crimes in %1 by crime category, %2, with the change on %3.")
                           .arg(name)
                           .arg(year)
                           .arg(year - 1));
    auto cells = [](const core::StatisticsLine &line, const QString &label, bool bold) {
        return QList<TableCell>{
            TableCell(label, QString(), bold),
            TableCell(line.count ? DocumentContext::number(*line.count) : QStringLiteral("–"),
                      QString(), bold),
            TableCell(DocumentContext::percent(line.sharePercent)),
            TableCell(line.ratePer100k ? DocumentContext::number(*line.ratePer100k, 0)
                                       : QStringLiteral("–")),
            TableCell(DocumentContext::percent(line.changePercent, true))};
    };
    QList<QList<TableCell>> rows;
    for (const core::StatisticsLine &line : table.categories)
        rows.append(cells(line, line.label.isEmpty() ? line.key : line.label, false));
    rows.append(cells(table.total, tr("All reported crimes"), true));
    composer.table({tr("Crime category"), tr("Count"), tr("Share"), tr("Per 100 000 inhabitants"),
                    tr("Change on %1").arg(year - 1)},
                   rows, {38, 13, 13, 18, 18});
    if (years.size() > 1)
        composer.chart(TrendChart::of(calculator.trendByCategory(code), years), 75);
    QString note = tr("The statistics show reported crimes, not all crimes committed.");
    if (table.preliminary)
        note += QLatin1Char(' ') + tr("Figures for %1 are preliminary.").arg(year);
    if (table.suppressedCount > 0)
        note +=
            QLatin1Char(' ') + tr("Some counts are not published and are left out of the sums.");
    composer.note(note);
}

bool ProblemPictureBuilder::write(DocumentComposer &composer, const DocumentContext &context,
                                  const QString &heading)
{
    QList<const core::Problem *> problems;
    for (const core::Problem &p : context.agreement().problems)
        if (context.shows(p))
            problems.append(&p);
    const bool statistics = hasStatistics(context);
    if (problems.isEmpty() && !statistics)
        return false;
    composer.heading(1, heading, true, true);
    for (const core::Problem *p : problems)
        writeProblem(composer, context, *p);
    if (statistics)
        writeStatistics(composer, context);
    return true;
}

} // namespace samverka::documents
