#include "OnDemandLibrary.h"

#include "DocumentError.h"

#include <QCoreApplication>

namespace samverka::documents {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("samverka::documents::OnDemandLibrary", text);
}

} // namespace

OnDemandLibrary::OnDemandLibrary(const QString &name, int version, const QString &library,
                                 const QString &package)
    : m_library(name, version)
    , m_name(library)
{
    if (!m_library.load())
        throw DocumentError(tr("The library %1 (Debian package %2) could not be loaded: %3")
                                .arg(library, package, m_library.errorString()));
}

void OnDemandLibrary::missing(const char *symbol) const
{
    throw DocumentError(tr("The library %1 (%2) has no function %3.")
                            .arg(m_name, m_library.fileName(), QString::fromLatin1(symbol)));
}

} // namespace samverka::documents
