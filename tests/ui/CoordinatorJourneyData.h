#pragma once

// What the coordinator of the journey types: the same in both languages, since it is
// the user's own text. The people and parties begin with different letters (A, P, S)
// and no later letter of their names begins another one: Qt's keyboard search in a
// choice starts over after a pause between keys, and a name typed on a busy machine
// still lands on its entry.

#include <QString>
#include <QStringList>

namespace samverka::ui::test::journey {

struct Someone {
    QString name;
    QString title;
    QString partyPrefix; ///< typed into the party choice to pick the party
};

inline const QString kMunicipality = QStringLiteral("Sollefteå");
inline const Someone kCoordinator{QStringLiteral("Anna Berg"),
                                  QStringLiteral("Trygghetssamordnare"),
                                  QStringLiteral("Sollefteå")};
inline const Someone kPoliceChief{QStringLiteral("Per Ek"), QStringLiteral("Lokalpolisområdeschef"),
                                  QStringLiteral("Pol")};
inline const QString kAgreementTitle = QStringLiteral("Trygg i Sollefteå 2025–2027");
inline const QString kPurpose =
    QStringLiteral("Färre våldsbrott och större trygghet i Sollefteå centrum.");
inline const QString kProblem = QStringLiteral("Våld i centrum på helgnätter");
inline const QStringList kCauses{QStringLiteral("Alkohol vid krogarnas stängning"),
                                 QStringLiteral("Mörkt och öde på torget"),
                                 QStringLiteral("Få vuxna ute på kvällarna")};
inline const QString kFocusArea = QStringLiteral("Trygg stadskärna");
inline const QString kGoal = QStringLiteral("Färre misshandelsbrott i centrum");
inline const QString kIndicator = QStringLiteral("Anmälda misshandelsbrott i centrum per år");
inline const QStringList kMeasures{QStringLiteral("Krogtillsyn med polisen"),
                                   QStringLiteral("Trygghetsvandring på torget")};
inline const QString kWhen = QStringLiteral("Fredagar 22–03");
inline const QString kComment = QStringLiteral("Vem leder trygghetsvandringen?");
inline const QString kPlace = QStringLiteral("Sollefteå");
inline const QString kDraftTitle = QStringLiteral("Trygg i Sollefteå 2026–2028");
inline const QString kRefusedTitle = QStringLiteral("Ändrad titel");

} // namespace samverka::ui::test::journey
