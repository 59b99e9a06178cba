#include "DiffLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace samverka::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::core::DiffLabels", text);
}

} // namespace

QString DiffLabels::section(DiffSection section)
{
    switch (section) {
    case DiffSection::Agreement:
        return QCoreApplication::translate("samverka::core::DiffLabels",
                                           "The agreement and Part 1");
    case DiffSection::Parties:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Parties");
    case DiffSection::DiaryNumbers:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Diary numbers");
    case DiffSection::FocusAreas:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Focus areas");
    case DiffSection::Problems:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Problems");
    case DiffSection::Causes:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Causes");
    case DiffSection::Goals:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Goals");
    case DiffSection::Measures:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Measures");
    case DiffSection::CitizenPromises:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Citizen promises");
    }
    return {};
}

QString DiffLabels::kind(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Added:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Added");
    case DiffKind::Removed:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Removed");
    case DiffKind::Changed:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Changed");
    case DiffKind::Moved:
        return QCoreApplication::translate("samverka::core::DiffLabels", "Moved");
    }
    return {};
}

QString DiffLabels::field(const QString &exchangeName)
{
    // The exchange format's property names, as the agreement's pages call them.
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Title")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Description")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Text")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Number")},
        {QStringLiteral("focusArea"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Focus area")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Problem")},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Problems")},
        {QStringLiteral("causes"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Causes")},
        {QStringLiteral("goals"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Goals")},
        {QStringLiteral("responsible"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Responsible")},
        {QStringLiteral("responsiblePerson"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Responsible person")},
        {QStringLiteral("when"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "When")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Start")},
        {QStringLiteral("end"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "End")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Indicator")},
        {QStringLiteral("baseline.value"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Baseline")},
        {QStringLiteral("target.value"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Target")},
        {QStringLiteral("target.date"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Target date")},
        {QStringLiteral("confidential"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Confidential")},
        {QStringLiteral("validFrom"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Valid from")},
        {QStringLiteral("validTo"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Valid to")},
        {QStringLiteral("validFromSigning"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Valid from signing")},
        {QStringLiteral("continuesUntilFurtherNotice"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Continues until further notice")},
        {QStringLiteral("decidedBy"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Decided by")},
        {QStringLiteral("decidedOn"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Decided on")},
        {QStringLiteral("replaces"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Replaces")},
        {QStringLiteral("introduction"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Introduction")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Purpose")},
        {QStringLiteral("startingPoints"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Starting points")},
        {QStringLiteral("collaborationModel"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Collaboration model")},
        {QStringLiteral("commitments"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "The parties' commitments")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Organisation")},
        {QStringLiteral("coordinators"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Coordinators")},
        {QStringLiteral("communicationPlan"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Communication")},
        {QStringLiteral("followUpPlan"),
         QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Follow-up plan")},
        {QStringLiteral("reporting"), QT_TRANSLATE_NOOP("samverka::core::DiffLabels", "Reporting")},
    };
    const bool part1 = exchangeName.startsWith(QLatin1String("part1."));
    const QString key = part1 ? exchangeName.mid(6) : exchangeName;
    const auto it = names.constFind(key);
    if (it == names.cend())
        return exchangeName;
    //: sv: Del 1: %1
    return part1 ? QCoreApplication::translate("samverka::core::DiffLabels", "Part 1: %1")
                       .arg(tr(it.value()))
                 : tr(it.value());
}

QString DiffLabels::value(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("samverka::core::DiffLabels", "yes")
                              : QCoreApplication::translate("samverka::core::DiffLabels", "no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << DiffLabels::value(part);
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

} // namespace samverka::core
