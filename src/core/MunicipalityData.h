#pragma once

// Everything one municipality file holds (but the audit log): the in-memory form
// of an exchange document and of a whole file.

#include "Agreement.h"
#include "Attachment.h"
#include "CategoryMapping.h"
#include "CitizenPromiseSet.h"
#include "CrimeStatistic.h"
#include "MeasurePlan.h"
#include "Meeting.h"
#include "Municipality.h"
#include "Party.h"
#include "Person.h"
#include "Population.h"
#include "SituationPicture.h"
#include "SurveyIndicator.h"

namespace samverka::core {

struct MunicipalityData {
    Municipality municipality;
    QList<Population> population;
    QList<Party> parties;
    QList<Person> people;
    QList<Agreement> agreements;
    QList<CrimeStatistic> crimeStatistics;
    QList<SurveyIndicator> surveyIndicators;
    QList<CitizenPromiseSet> citizenPromiseSets;
    QList<Meeting> meetings;
    QList<Attachment> attachments;
    /// The lägesbild's editions (Lag 2023:196 §4), oldest first; beside the agreements.
    QList<SituationPicture> situationPictures;
    /// The åtgärdsplaner (Lag 2023:196 §5), oldest first; beside the agreements.
    QList<MeasurePlan> measurePlans;
    /// The file's crime-type → category mapping; an exchange extension
    /// ("crimeCategoryMapping").
    QList<CategoryMapping> categoryMapping;

    const Agreement *findAgreement(const QString &id) const;
    const Party *findParty(const QString &id) const;
    const Person *findPerson(const QString &id) const;

    bool operator==(const MunicipalityData &) const = default;
};

} // namespace samverka::core
