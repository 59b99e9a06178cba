#pragma once

// What every builder needs while writing one document: the data, the agreement,
// the options, name look-ups, Swedish formatting, and the confidentiality rules
// (what is left out, what is replaced, and whether anything secret was printed).

#include "DocumentOptions.h"
#include "MunicipalityLogo.h"

#include "Clock.h"
#include "MunicipalityData.h"
#include "statistics/ProblemStatistics.h"
#include "statistics/StatisticsCalculator.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

namespace samverka::documents {

class DocumentContext
{
    Q_DECLARE_TR_FUNCTIONS(DocumentContext)

public:
    /// Throws DocumentError when the agreement id of an agreement's document is unknown.
    DocumentContext(const core::MunicipalityData &data, const DocumentOptions &options);

    const core::MunicipalityData &data() const { return m_data; }
    /// The agreement of an agreement's document (isAgreementDocument); never called for
    /// the municipality's documents, which have none.
    const core::Agreement &agreement() const
    {
        Q_ASSERT(m_agreement);
        return *m_agreement;
    }
    const DocumentOptions &options() const { return m_options; }
    /// The municipality's logo, or a null one (MunicipalityLogo::of).
    const MunicipalityLogo &logo() const { return m_logo; }
    QDate today() const;
    const core::Clock &clock() const;

    QString partyName(const QString &partyId) const;
    /// "Polisen, Kommunen och Räddningstjänsten".
    QString partyNames(const QStringList &partyIds) const;
    QString personName(const QString &personId) const;
    const core::Person *person(const QString &personId) const;
    const core::Goal *goal(const QString &goalId) const;
    const core::Measure *measure(const QString &measureId) const;
    /// The 1-based number of a problem in the agreement (stable whatever is left out).
    int problemNumber(const QString &problemId) const;

    bool shows(const core::Problem &problem) const;
    bool shows(const core::Measure &measure) const;
    /// True when id names one of the agreement's focus areas (an empty id or one of a
    /// removed area does not).
    bool isFocusArea(const QString &id) const;
    /// The text a cause prints: its own, or who holds it when confidential and not included.
    QString causeText(const core::Cause &cause) const;
    /// "Orsak 2.3".
    QString causeLabel(int problemNumber, const core::Cause &cause, int index) const;
    /// Labels of the causes a measure acts on ("Orsak 1.2, Orsak 2.1").
    QString causeLabels(const QStringList &causeIds) const;
    /// Records that a confidential item went into the document.
    void noteConfidentialPrinted() const { m_confidentialPrinted = true; }
    bool confidentialPrinted() const { return m_confidentialPrinted; }

    /// "2024-01-01 – 2027-12-31", "från undertecknandet – tills vidare", ...
    QString periodText() const;
    /// "Dnr KS 2023/456, A123.456/2023" or empty.
    QString diaryNumbersText() const;
    /// "Ansvarig" cell: the measure's own wording, else its parties.
    QString responsibleText(const core::Measure &measure) const;
    /// "När" cell: the measure's own wording, else its start and end.
    QString whenText(const core::Measure &measure) const;
    /// The first signed signature (place and date of signing), or null.
    const core::Signature *signing() const;

    /// The file's crime statistics, summed once per document.
    const core::StatisticsCalculator &statistics() const;
    /// The municipality the statistics are about: the file's own, or the only one there is.
    QString statisticsCode() const;
    /// A problem's statistics series and what its goals compare with.
    core::ProblemStatistics problemStatistics() const;

    static QString date(const QDate &date);
    static QString number(double value, int decimals = 0);
    /// "12,5 %", with a plus sign when signedValue and it grew; "–" when missing.
    static QString percent(std::optional<double> value, bool signedValue = false);
    /// A value with its unit: "42 %", "12 anmälningar".
    static QString valueWithUnit(std::optional<double> value, const QString &unit);

private:
    const core::MunicipalityData &m_data;
    DocumentOptions m_options;
    const core::Agreement *m_agreement = nullptr;
    MunicipalityLogo m_logo;
    mutable bool m_confidentialPrinted = false;
    mutable std::unique_ptr<core::StatisticsCalculator> m_statistics;
};

} // namespace samverka::documents
