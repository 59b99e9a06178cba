#include "DocumentBuilder.h"

#include "ActionPlanBuilder.h"
#include "AgreementDocumentBuilder.h"
#include "ChangesDocumentBuilder.h"
#include "CitizenPromisesBuilder.h"
#include "DocumentComposer.h"
#include "DocumentContext.h"
#include "FollowUpReportBuilder.h"
#include "MeasurePlanBuilder.h"
#include "MunicipalityLogo.h"
#include "SituationPictureBuilder.h"

#include "Fingerprint.h"

namespace samverka::documents {

QString DocumentBuilder::kindTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agreement:
        return tr("Collaboration agreement");
    case DocumentKind::ActionPlan:
        return tr("Action plan");
    case DocumentKind::CitizenPromises:
        return tr("Citizen promises");
    case DocumentKind::FollowUp:
        return tr("Follow-up report");
    case DocumentKind::SituationPicture:
        //: sv: Lägesbild
        return tr("Situation picture");
    case DocumentKind::MeasurePlan:
        //: sv: Åtgärdsplan
        return tr("Measure plan");
    case DocumentKind::Changes:
        //: sv: Ändringar i överenskommelsen
        return tr("Changes to the agreement");
    }
    return {};
}

QPageLayout::Orientation DocumentBuilder::orientation(DocumentKind kind)
{
    // Brå's six columns (Orsak | Åtgärd | Operativa mål | När | Vem | Uppföljning) do not
    // fit a portrait page's width readably.
    return kind == DocumentKind::MeasurePlan ? QPageLayout::Landscape : QPageLayout::Portrait;
}

BuiltDocument DocumentBuilder::build(const core::MunicipalityData &data,
                                     const DocumentOptions &options)
{
    BuiltDocument built;
    build(data, options, built, {});
    return built;
}

void DocumentBuilder::build(const core::MunicipalityData &data, const DocumentOptions &options,
                            BuiltDocument &built, const DocumentComposer::SectionSink &sink)
{
    const DocumentContext context(data, options);
    built.orientation = orientation(options.kind);
    DocumentComposer composer(built, sink);
    writeLogo(composer, context.logo());
    if (options.kind == DocumentKind::SituationPicture) {
        SituationPictureBuilder::build(composer, context);
        built.keepTogether = composer.keptTogether();
        composer.finish(); // from here on the sections may be laid out by other threads
        SituationPictureBuilder::decorate(context, built);
        decorateLogo(context.logo(), built.decoration);
        return;
    }
    if (options.kind == DocumentKind::MeasurePlan) {
        MeasurePlanBuilder::build(composer, context);
        built.keepTogether = composer.keptTogether();
        composer.finish(); // from here on the sections may be laid out by other threads
        MeasurePlanBuilder::decorate(context, built);
        decorateLogo(context.logo(), built.decoration);
        return;
    }
    const core::Agreement &agreement = context.agreement();

    switch (options.kind) {
    case DocumentKind::Agreement:
        AgreementDocumentBuilder::build(composer, context);
        break;
    case DocumentKind::ActionPlan:
        ActionPlanBuilder::build(composer, context);
        break;
    case DocumentKind::CitizenPromises:
        CitizenPromisesBuilder::build(composer, context);
        break;
    case DocumentKind::FollowUp:
        FollowUpReportBuilder::build(composer, context);
        break;
    case DocumentKind::Changes:
        ChangesDocumentBuilder::build(composer, context);
        break;
    case DocumentKind::SituationPicture:
    case DocumentKind::MeasurePlan:
        break; // above
    }
    built.keepTogether = composer.keptTogether();
    // From here on the sections may be laid out by other threads: hands off.
    composer.finish();

    const QString kind = kindTitle(options.kind);
    built.title = options.kind == DocumentKind::Agreement
                      ? agreement.title
                      : tr("%1: %2", "document kind: agreement title").arg(kind, agreement.title);

    PageDecoration &d = built.decoration;
    d.headerTitle = built.title;
    d.diaryNumbers = context.diaryNumbersText();
    d.draft = !agreement.isSigned();
    if (options.kind == DocumentKind::CitizenPromises) {
        // Promise sets are signed and published on their own.
        const auto sets = CitizenPromisesBuilder::sets(context);
        d.draft = sets.isEmpty() || std::any_of(sets.cbegin(), sets.cend(), [](const auto *s) {
                      return s->status != core::PromiseSetStatus::Signed;
                  });
    }
    if (agreement.isSigned()) {
        if (const core::Signature *s = context.signing())
            //: sv: Undertecknad %1
            d.signedLine = tr("Signed %1", "signed <place and date>")
                               .arg(QStringLiteral("%1 %2")
                                        .arg(s->place, DocumentContext::date(s->date))
                                        .trimmed());
        else
            d.signedLine = tr("Signed");
        // The stored fingerprint; one recomputed when the file has none (an agreement
        // imported as signed) so that the copy can still be checked.
        const QString fingerprint = agreement.fingerprint.isEmpty()
                                        ? core::Fingerprint::compute(agreement)
                                        : agreement.fingerprint;
        //: sv: Fingeravtryck %1
        d.fingerprintLine = tr("Fingerprint %1").arg(core::Fingerprint::display(fingerprint));
    }
    d.confidential = context.confidentialPrinted();
    decorateLogo(context.logo(), d);
}

void DocumentBuilder::writeLogo(DocumentComposer &composer, const MunicipalityLogo &logo)
{
    if (logo.isNull())
        return;
    composer.picture(logo.image(coverLogoMm), logo.fitted(coverLogoMm), logoResourceName());
}

void DocumentBuilder::decorateLogo(const MunicipalityLogo &logo, PageDecoration &decoration)
{
    if (logo.isNull())
        return;
    decoration.logo = logo.image(headerLogoMm);
    decoration.logoMm = logo.fitted(headerLogoMm);
}

QString DocumentBuilder::logoResourceName()
{
    return QStringLiteral("samverka-logo.png");
}

} // namespace samverka::documents
