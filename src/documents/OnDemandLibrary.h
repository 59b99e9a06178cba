#pragma once

// A system library loaded when a document first needs it rather than when the program
// starts. libzip (the .odt package) and libxlsxwriter (Excel tables) both bring OpenSSL's
// libcrypto; linked, the three cost every start of the app and of samverka-cli about
// 3 ms of the dynamic loader's work (docs/performance.md), though most starts write
// neither. LibZip and LibXlsxWriter hold the functions, under the libraries' own names.

#include <QLibrary>
#include <QString>

namespace samverka::documents {

class OnDemandLibrary
{
public:
    /// Loads the library called name (QLibrary's rules: "zip" and version 4 is
    /// libzip.so.4). library and package name it for a person (libzip, its Debian package
    /// libzip4). Throws DocumentError saying which library could not be loaded and why.
    OnDemandLibrary(const QString &name, int version, const QString &library,
                    const QString &package);
    OnDemandLibrary(const OnDemandLibrary &) = delete;
    OnDemandLibrary &operator=(const OnDemandLibrary &) = delete;

    /// Points function at symbol; throws DocumentError naming both when it is missing.
    template <typename F> void resolve(F &function, const char *symbol)
    {
        function = reinterpret_cast<F>(m_library.resolve(symbol));
        if (!function)
            missing(symbol);
    }

    /// The one Library (LibZip, LibXlsxWriter), made by the first thread that asks with
    /// the library called name and version (on Windows the DLL name alone); a failure
    /// throws out of the initialisation, which the next call then tries again.
    template <typename Library> static const Library &once(const char *name, int version)
    {
#ifdef Q_OS_WIN
        Q_UNUSED(version)
        static const Library library(QString::fromLatin1(name), -1);
#else
        static const Library library(QString::fromLatin1(name), version);
#endif
        return library;
    }

private:
    [[noreturn]] void missing(const char *symbol) const;

    QLibrary m_library; ///< never unloaded: the functions resolved point into it
    QString m_name;     ///< e.g. libzip
};

} // namespace samverka::documents
