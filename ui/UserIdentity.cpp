#include "UserIdentity.h"

#include <QSettings>

namespace samverka::ui {

namespace {
const auto kNameKey = QStringLiteral("user/name");
}

QString UserIdentity::name()
{
    return QSettings().value(kNameKey).toString().trimmed();
}

void UserIdentity::setName(const QString &name)
{
    QSettings().setValue(kNameKey, name.trimmed());
}

QString UserIdentity::suggestion()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace samverka::ui
