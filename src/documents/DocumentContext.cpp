#include "DocumentContext.h"

#include "ChartPainter.h"
#include "DocumentError.h"
#include "EnumLabels.h"

#include <algorithm>
#include <cmath>

namespace samverka::documents {

DocumentContext::DocumentContext(const core::MunicipalityData &data, const DocumentOptions &options)
    : m_data(data)
    , m_options(options)
    , m_agreement(data.findAgreement(options.agreementId))
    , m_logo(MunicipalityLogo::of(data))
{
    if (!m_agreement && isAgreementDocument(options.kind))
        throw DocumentError(tr("Unknown agreement: %1").arg(options.agreementId));
}

const core::Clock &DocumentContext::clock() const
{
    return m_options.clock ? *m_options.clock : core::Clock::system();
}

QDate DocumentContext::today() const
{
    return clock().today();
}

QString DocumentContext::partyName(const QString &partyId) const
{
    const core::Party *party = m_data.findParty(partyId);
    return party ? party->name : partyId;
}

QString DocumentContext::partyNames(const QStringList &partyIds) const
{
    QStringList names;
    for (const QString &id : partyIds)
        names.append(partyName(id));
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2", "a list of names: 'A, B' and 'C'")
        .arg(names.join(QStringLiteral(", ")), last);
}

const core::Person *DocumentContext::person(const QString &personId) const
{
    return personId.isEmpty() ? nullptr : m_data.findPerson(personId);
}

QString DocumentContext::personName(const QString &personId) const
{
    const core::Person *p = person(personId);
    return p ? p->name : QString();
}

const core::Goal *DocumentContext::goal(const QString &goalId) const
{
    for (const core::Goal &g : m_agreement->goals)
        if (g.id == goalId)
            return &g;
    return nullptr;
}

const core::Measure *DocumentContext::measure(const QString &measureId) const
{
    for (const core::Measure &m : m_agreement->measures)
        if (m.id == measureId)
            return &m;
    return nullptr;
}

int DocumentContext::problemNumber(const QString &problemId) const
{
    const auto &problems = m_agreement->problems;
    for (int i = 0; i < problems.size(); ++i)
        if (problems[i].id == problemId)
            return i + 1;
    return 0;
}

bool DocumentContext::shows(const core::Problem &problem) const
{
    if (!problem.confidential)
        return true;
    if (m_options.includeConfidential)
        noteConfidentialPrinted();
    return m_options.includeConfidential;
}

bool DocumentContext::isFocusArea(const QString &id) const
{
    if (id.isEmpty())
        return false;
    const auto &areas = agreement().focusAreas;
    return std::any_of(areas.cbegin(), areas.cend(),
                       [&](const core::FocusArea &a) { return a.id == id; });
}

bool DocumentContext::shows(const core::Measure &measure) const
{
    if (!measure.confidential)
        return true;
    if (m_options.includeConfidential)
        noteConfidentialPrinted();
    return m_options.includeConfidential;
}

QString DocumentContext::causeText(const core::Cause &cause) const
{
    if (!cause.confidential)
        return cause.text;
    if (m_options.includeConfidential) {
        noteConfidentialPrinted();
        return cause.text;
    }
    const QString holder = cause.informationHolder.isEmpty()
                               ? tr("the parties", "who holds confidential information")
                               : partyName(cause.informationHolder);
    //: sv: Uppgift finns hos %1 (sekretess)
    return tr("Information held by %1 (confidential)").arg(holder);
}

QString DocumentContext::causeLabel(int problemNo, const core::Cause &cause, int index) const
{
    return core::EnumLabels::causeLabel(problemNo, cause.number > 0 ? cause.number : index + 1);
}

QString DocumentContext::causeLabels(const QStringList &causeIds) const
{
    QStringList labels;
    const auto &problems = m_agreement->problems;
    for (const QString &id : causeIds) {
        for (int p = 0; p < problems.size(); ++p) {
            for (int c = 0; c < problems[p].causes.size(); ++c) {
                if (problems[p].causes[c].id == id && shows(problems[p]))
                    labels.append(causeLabel(p + 1, problems[p].causes[c], c));
            }
        }
    }
    return labels.join(QStringLiteral(", "));
}

QString DocumentContext::periodText() const
{
    const core::Agreement &a = *m_agreement;
    QString from;
    if (a.validFrom.isValid())
        from = date(a.validFrom);
    else if (a.validFromSigning)
        //: sv: från undertecknandet
        from = tr("from the date of signing");
    QString text;
    if (!from.isEmpty() && a.validTo.isValid())
        text = tr("%1 – %2", "period from – to").arg(from, date(a.validTo));
    else if (!from.isEmpty() && a.continuesUntilFurtherNotice)
        //: sv: %1 – tills vidare
        return tr("%1 – until further notice").arg(from);
    else if (!from.isEmpty())
        text = a.validFrom.isValid() ? tr("from %1").arg(from) : from;
    else if (a.validTo.isValid())
        text = tr("until %1").arg(date(a.validTo));
    if (!text.isEmpty() && a.continuesUntilFurtherNotice)
        //: sv: %1, därefter tills vidare
        text = tr("%1, then until further notice").arg(text);
    return text;
}

QString DocumentContext::diaryNumbersText() const
{
    QStringList numbers;
    for (const core::DiaryNumber &d : m_agreement->diaryNumbers)
        if (!d.number.trimmed().isEmpty())
            numbers.append(d.number.trimmed());
    if (numbers.isEmpty())
        return {};
    //: sv: Dnr %1
    return tr("Ref. no. %1", "diary number(s) in the page header: Dnr")
        .arg(numbers.join(QStringLiteral(", ")));
}

QString DocumentContext::responsibleText(const core::Measure &measure) const
{
    if (!measure.responsibleText.trimmed().isEmpty())
        return measure.responsibleText;
    return partyNames(measure.responsible);
}

QString DocumentContext::whenText(const core::Measure &measure) const
{
    if (!measure.when.trimmed().isEmpty())
        return measure.when;
    if (measure.start.isValid() && measure.end.isValid())
        return tr("%1 – %2", "period from – to").arg(date(measure.start), date(measure.end));
    if (measure.start.isValid())
        return tr("from %1").arg(date(measure.start));
    if (measure.end.isValid())
        return tr("until %1").arg(date(measure.end));
    return {};
}

const core::Signature *DocumentContext::signing() const
{
    for (const core::Signature &s : m_agreement->signatures)
        if (s.signed_ && s.date.isValid())
            return &s;
    return nullptr;
}

QString DocumentContext::date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const core::StatisticsCalculator &DocumentContext::statistics() const
{
    if (!m_statistics)
        m_statistics = std::make_unique<core::StatisticsCalculator>(
            m_data.crimeStatistics, m_data.population, core::CategoryMapper(m_data.categoryMapping),
            m_data.municipality.code);
    return *m_statistics;
}

QString DocumentContext::statisticsCode() const
{
    const QStringList codes = statistics().municipalityCodes();
    if (!m_data.municipality.code.isEmpty() || codes.isEmpty())
        return m_data.municipality.code;
    return codes.first();
}

core::ProblemStatistics DocumentContext::problemStatistics() const
{
    return core::ProblemStatistics(statistics(), statisticsCode());
}

QString DocumentContext::number(double value, int decimals)
{
    return ChartPainter::formatNumber(value, decimals);
}

QString DocumentContext::percent(std::optional<double> value, bool signedValue)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    QString text = number(*value, 1) + QStringLiteral("\u00a0%");
    if (signedValue && *value > 0.05)
        text.prepend(QLatin1Char('+'));
    return text;
}

QString DocumentContext::valueWithUnit(std::optional<double> value, const QString &unit)
{
    if (!value)
        return {};
    const double v = *value;
    const int decimals = std::abs(v - std::round(v)) < 1e-9 ? 0 : 1;
    const QString n = number(v, decimals);
    return unit.trimmed().isEmpty() ? n : n + QChar(0x00a0) + unit.trimmed();
}

} // namespace samverka::documents
