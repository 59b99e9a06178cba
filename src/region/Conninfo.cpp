#include "Conninfo.h"

#include <QStringList>

#include <libpq-fe.h>

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
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &message);
    if (!options) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return {};
    }
    QStringList parts;
    for (PQconninfoOption *o = options; o->keyword; ++o)
        // libpq marks its secrets (password, sslpassword, …) with '*' in dispchar.
        if (o->val && *o->val && !(o->dispchar && std::strchr(o->dispchar, '*')))
            parts << QString::fromLatin1(o->keyword) + u'=' + quoted(QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return parts.join(u' ');
}

} // namespace samverka::region
