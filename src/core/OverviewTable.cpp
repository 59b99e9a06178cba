#include "OverviewTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samverka::core {

namespace {

const QString none = QStringLiteral("-");

QString cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.isEmpty() ? none : text;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString years(const OverviewRow &row)
{
    if (!row.hasPromises)
        return {};
    const QString from = row.promisesFromYear ? QString::number(*row.promisesFromYear) : QString();
    const QString to = row.promisesToYear ? QString::number(*row.promisesToYear) : QString();
    if (from.isEmpty() || to.isEmpty() || from == to)
        return from.isEmpty() ? to : from;
    return from + QLatin1Char('-') + to;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QStringList OverviewTable::columns()
{
    return {QStringLiteral("file"),          QStringLiteral("state"),
            QStringLiteral("municipality"),  QStringLiteral("code"),
            QStringLiteral("agreement"),     QStringLiteral("status"),
            QStringLiteral("valid-from"),    QStringLiteral("valid-to"),
            QStringLiteral("in-force"),      QStringLiteral("promises"),
            QStringLiteral("late"),          QStringLiteral("due"),
            QStringLiteral("open-comments"), QStringLiteral("situation-picture"),
            QStringLiteral("measure-plan"),  QStringLiteral("last-change"),
            QStringLiteral("changed-by"),    QStringLiteral("message")};
}

QStringList OverviewTable::cells(const OverviewRow &row)
{
    if (!row.isOk()) {
        QStringList out{cell(row.source), overviewWord(row.state)};
        while (out.size() < columns().size() - 1)
            out << none;
        out << cell(row.message);
        return out;
    }
    const bool agreement = !row.agreementId.isEmpty();
    QString validFrom = isoDate(row.validFrom);
    if (agreement && validFrom.isEmpty() && row.validFromSigning)
        validFrom = QStringLiteral("signing");
    QString validTo = isoDate(row.validTo);
    if (agreement && row.untilFurtherNotice)
        validTo += QLatin1Char('+');
    return {cell(row.source),
            overviewWord(row.state),
            cell(row.municipality),
            cell(row.code),
            cell(agreement ? row.agreementTitle : QString()),
            agreement ? toWord(row.agreementStatus) : none,
            cell(agreement ? validFrom : QString()),
            cell(agreement ? validTo : QString()),
            agreement ? (row.inForce ? QStringLiteral("yes") : QStringLiteral("no")) : none,
            cell(years(row)),
            QString::number(row.measuresLate),
            QString::number(row.followUpsDue),
            QString::number(row.openComments),
            overviewWord(row.situationPicture),
            overviewWord(row.measurePlan),
            cell(isoTime(row.lastChangeAt)),
            cell(row.lastChangeAt.isValid() ? row.lastChangeBy : QString()),
            none};
}

QString OverviewTable::text(const QList<OverviewRow> &rows)
{
    QString out;
    for (const OverviewRow &row : rows)
        out += cells(row).join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

QJsonObject OverviewTable::json(const OverviewRow &row)
{
    QJsonObject o;
    o.insert(QLatin1String("file"), row.source);
    o.insert(QLatin1String("state"), overviewWord(row.state));
    if (!row.isOk()) {
        o.insert(QLatin1String("message"), row.message);
        return o;
    }
    o.insert(QLatin1String("municipality"),
             QJsonObject{{QLatin1String("name"), row.municipality},
                         {QLatin1String("code"), row.code},
                         {QLatin1String("localPoliceArea"), row.localPoliceArea}});
    if (row.agreementId.isEmpty()) {
        o.insert(QLatin1String("agreement"), QJsonValue());
    } else {
        o.insert(QLatin1String("agreement"),
                 QJsonObject{{QLatin1String("id"), row.agreementId},
                             {QLatin1String("title"), row.agreementTitle},
                             {QLatin1String("status"), toWord(row.agreementStatus)},
                             {QLatin1String("validFrom"), orNull(isoDate(row.validFrom))},
                             {QLatin1String("validFromSigning"), row.validFromSigning},
                             {QLatin1String("validTo"), orNull(isoDate(row.validTo))},
                             {QLatin1String("untilFurtherNotice"), row.untilFurtherNotice},
                             {QLatin1String("inForce"), row.inForce}});
    }
    if (row.hasPromises) {
        o.insert(QLatin1String("promises"),
                 QJsonObject{{QLatin1String("fromYear"), orNull(row.promisesFromYear)},
                             {QLatin1String("toYear"), orNull(row.promisesToYear)},
                             {QLatin1String("status"), toWord(row.promisesStatus)}});
    } else {
        o.insert(QLatin1String("promises"), QJsonValue());
    }
    o.insert(QLatin1String("measuresLate"), row.measuresLate);
    o.insert(QLatin1String("followUpsDue"), row.followUpsDue);
    o.insert(QLatin1String("openComments"), row.openComments);
    o.insert(QLatin1String("law"),
             QJsonObject{{QLatin1String("situationPicture"), overviewWord(row.situationPicture)},
                         {QLatin1String("measurePlan"), overviewWord(row.measurePlan)}});
    if (row.lastChangeAt.isValid())
        o.insert(QLatin1String("lastChange"),
                 QJsonObject{{QLatin1String("at"), isoTime(row.lastChangeAt)},
                             {QLatin1String("by"), row.lastChangeBy}});
    else
        o.insert(QLatin1String("lastChange"), QJsonValue());
    return o;
}

QByteArray OverviewTable::json(const QList<OverviewRow> &rows, const QDate &today,
                               const QString &workspace)
{
    QJsonArray list;
    for (const OverviewRow &row : rows)
        list.append(json(row));
    QJsonObject root;
    root.insert(QLatin1String("today"), isoDate(today));
    root.insert(QLatin1String("workspace"), orNull(workspace));
    root.insert(QLatin1String("rows"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace samverka::core
