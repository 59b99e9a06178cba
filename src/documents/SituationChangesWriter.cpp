#include "SituationChangesWriter.h"

#include "EnumLabels.h"

namespace samverka::documents {

namespace {

QString key(const QString &title)
{
    return title.simplified().toCaseFolded();
}

QString years(const core::SituationPicture &p)
{
    if (!p.fromYear || !p.toYear)
        return SituationChangesWriter::tr("not given");
    return QStringLiteral("%1–%2").arg(*p.fromYear).arg(*p.toYear);
}

QStringList sectionFields(const core::SituationSection &a, const core::SituationSection &b)
{
    QStringList fields;
    if (a.source.simplified() != b.source.simplified())
        fields << SituationChangesWriter::tr("source");
    if (a.date != b.date)
        fields << SituationChangesWriter::tr("date");
    if (a.text.trimmed() != b.text.trimmed())
        fields << SituationChangesWriter::tr("text");
    if (a.confidential != b.confidential)
        fields << SituationChangesWriter::tr("confidentiality");
    return fields;
}

QStringList problemFields(const core::SituationProblem &a, const core::SituationProblem &b)
{
    QStringList fields;
    if (a.description.trimmed() != b.description.trimmed())
        fields << SituationChangesWriter::tr("description");
    if (a.place.simplified() != b.place.simplified())
        fields << SituationChangesWriter::tr("place");
    if (a.timePattern.simplified() != b.timePattern.simplified())
        fields << SituationChangesWriter::tr("time pattern");
    if (a.sources != b.sources)
        fields << SituationChangesWriter::tr("sources");
    if (a.criteria != b.criteria)
        fields << SituationChangesWriter::tr("reasons to choose it");
    if (a.confidential != b.confidential)
        fields << SituationChangesWriter::tr("confidentiality");
    return fields;
}

/// Added, removed and changed items of two lists matched by title.
template <typename T, typename Fields>
void compare(const QList<T> &before, const QList<T> &after, bool showConfidential,
             const QString &noun, Fields fieldsOf, QStringList &out)
{
    auto shown = [&](const T &item) { return showConfidential || !item.confidential; };
    auto find = [](const QList<T> &list, const T &item) -> const T * {
        for (const T &other : list)
            if (key(other.title) == key(item.title))
                return &other;
        return nullptr;
    };
    for (const T &item : after) {
        const T *old = find(before, item);
        if (!shown(item) || (old && !shown(*old)))
            continue;
        if (!old)
            out << SituationChangesWriter::tr("New %1: “%2”.", "new <section>: <title>")
                       .arg(noun, item.title.simplified());
        else if (const QStringList fields = fieldsOf(*old, item); !fields.isEmpty())
            out << SituationChangesWriter::tr("Changed %1 “%2”: %3.",
                                              "changed <section> <title>: <fields>")
                       .arg(noun, item.title.simplified(), fields.join(QStringLiteral(", ")));
    }
    for (const T &item : before)
        if (shown(item) && !find(after, item))
            out << SituationChangesWriter::tr("Removed %1: “%2”.", "removed <section>: <title>")
                       .arg(noun, item.title.simplified());
}

} // namespace

QStringList SituationChangesWriter::changes(const DocumentContext &context,
                                            const core::SituationPicture &before,
                                            const core::SituationPicture &after)
{
    QStringList out;
    if (before.fromYear != after.fromYear || before.toYear != after.toYear)
        out << tr("The years covered changed from %1 to %2.").arg(years(before), years(after));
    if (before.comparisons != after.comparisons)
        out << tr("The municipalities compared with changed.");
    const QList<QPair<QString, QString>> texts{
        {before.crimeCommentary, after.crimeCommentary},
        {before.comparisonCommentary, after.comparisonCommentary},
        {before.surveyCommentary, after.surveyCommentary},
        {before.placeCommentary, after.placeCommentary}};
    if (std::any_of(texts.cbegin(), texts.cend(),
                    [](const auto &t) { return t.first.trimmed() != t.second.trimmed(); }))
        out << tr("The commentary on the mapping changed.");
    const bool confidential = context.options().includeConfidential;
    compare(before.sections, after.sections, confidential, tr("section"), sectionFields, out);
    if (before.analysis.trimmed() != after.analysis.trimmed())
        out << tr("The analysis changed.");
    compare(before.problems, after.problems, confidential, tr("problem"), problemFields, out);
    return out;
}

void SituationChangesWriter::write(DocumentComposer &composer, const DocumentContext &context,
                                   const core::SituationPicture &before,
                                   const core::SituationPicture &after)
{
    //: sv: Ändringar sedan %1
    composer.heading(1, tr("Changes since %1").arg(before.title.simplified()), true, true);
    const QStringList lines = changes(context, before, after);
    if (lines.isEmpty()) {
        composer.paragraph(tr("Nothing has changed since the previous edition."));
        return;
    }
    composer.paragraph(
        tr("Compared with the previous edition, “%1” (%2):")
            .arg(before.title.simplified(), core::EnumLabels::label(before.status).toLower()));
    composer.bullets(lines);
}

} // namespace samverka::documents
