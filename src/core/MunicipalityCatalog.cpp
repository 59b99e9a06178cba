#include "MunicipalityCatalog.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace samverka::core {

namespace {

QList<MunicipalityEntry> load()
{
    QList<MunicipalityEntry> out;
    QFile file(QStringLiteral(":/data/municipalities.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() < 4)
            continue;
        out.append(MunicipalityEntry{f.at(0).trimmed(), f.at(1).trimmed(), f.at(2).trimmed(),
                                     f.at(3).trimmed()});
    }
    std::sort(out.begin(), out.end(), [](const MunicipalityEntry &a, const MunicipalityEntry &b) {
        return a.code < b.code;
    });
    return out;
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

// "Härnösands kommun" → "Härnösand"; "Malmö stad" → "Malmö"; "Region Gotland" → "Gotland".
QStringList nameCandidates(const QString &text)
{
    QStringList out{text};
    static const QRegularExpression suffix(QStringLiteral("^(.*?)s? (kommun|stad)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = suffix.match(text); m.hasMatch()) {
        QString base = text.left(text.lastIndexOf(QLatin1Char(' ')));
        out << base;
        if (base.endsWith(QLatin1Char('s')))
            out << base.chopped(1);
    }
    static const QRegularExpression region(QStringLiteral("^region "),
                                           QRegularExpression::CaseInsensitiveOption);
    if (region.match(text).hasMatch())
        out << text.mid(7);
    return out;
}

} // namespace

const QList<MunicipalityEntry> &MunicipalityCatalog::all()
{
    static const QList<MunicipalityEntry> entries = load();
    return entries;
}

std::optional<MunicipalityEntry> MunicipalityCatalog::byCode(const QString &code)
{
    const QString c = code.trimmed();
    for (const MunicipalityEntry &e : all())
        if (e.code == c)
            return e;
    return std::nullopt;
}

std::optional<MunicipalityEntry> MunicipalityCatalog::findByName(const QString &name)
{
    QString text = name.normalized(QString::NormalizationForm_C).simplified();
    static const QRegularExpression codeFirst(QStringLiteral("^([0-9]{4})(?:\\s+(.*))?$"));
    if (const auto m = codeFirst.match(text); m.hasMatch()) {
        // "2280 Härnösand": the code decides; a name that contradicts it does not match.
        auto entry = byCode(m.captured(1));
        if (!entry || m.captured(2).isEmpty())
            return entry;
        text = m.captured(2);
        for (const QString &candidate : nameCandidates(text))
            if (folded(candidate) == folded(entry->name))
                return entry;
        return std::nullopt;
    }
    for (const QString &candidate : nameCandidates(text)) {
        const QString key = folded(candidate);
        for (const MunicipalityEntry &e : all())
            if (folded(e.name) == key)
                return e;
    }
    return std::nullopt;
}

QList<MunicipalityEntry> MunicipalityCatalog::search(const QString &text)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return all();
    QList<MunicipalityEntry> starts;
    QList<MunicipalityEntry> contains;
    for (const MunicipalityEntry &e : all()) {
        const QString n = folded(e.name);
        if (n.startsWith(key) || e.code.startsWith(key))
            starts << e;
        else if (n.contains(key) || folded(e.countyName).contains(key))
            contains << e;
    }
    return starts + contains;
}

} // namespace samverka::core
