#include "Conninfo.h"

#include "LibPq.h"
#include "RegionError.h"

#include <QStringList>

#include <cstring>

namespace samverka::region {

namespace {

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

QString Conninfo::withoutPassword(const QString &conninfo, QString *error)
{
    const LibPq *loaded = nullptr;
    try {
        loaded = &LibPq::get();
    } catch (const RegionError &e) {
        if (error)
            *error = e.message();
        return {};
    }
    const LibPq &pq = *loaded;
    char *message = nullptr;
    PQconninfoOption *options = pq.PQconninfoParse(conninfo.toUtf8().constData(), &message);
    if (!options) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed() : QString();
        pq.PQfreemem(message);
        return {};
    }
    QStringList parts;
    for (PQconninfoOption *o = options; o->keyword; ++o)
        // libpq marks its secrets (password, sslpassword, …) with '*' in dispchar.
        if (o->val && *o->val && !(o->dispchar && std::strchr(o->dispchar, '*')))
            parts << QString::fromLatin1(o->keyword) + u'=' + quoted(QString::fromUtf8(o->val));
    pq.PQconninfoFree(options);
    return parts.join(u' ');
}

} // namespace samverka::region
