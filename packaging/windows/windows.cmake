# Windows: the install tree and the MSI installer of CPack's WIX generator (WiX Toolset
# 3.14), included by packaging/CMakeLists.txt. NOT built or tested here: docs/windows.md
# has the steps, and what to check the first time this runs on Windows.

# bin\ holds both programs with every DLL they need, so that the folder runs as it is.
install(TARGETS samverka samverka-cli RUNTIME_DEPENDENCY_SET samverka_runtime
        RUNTIME DESTINATION bin)
# The other libraries' DLLs (from vcpkg: SQLite, spdlog, fmt, libical, libxlsxwriter,
# minizip, zlib, libzip), found by CMake's dependency search. Qt's come from windeployqt
# below; Windows' own and the API sets stay out.
set(SAMVERKA_RUNTIME_DIRS "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
    CACHE PATH "Where the DLLs of the libraries other than Qt are (vcpkg's bin folder)")
install(RUNTIME_DEPENDENCY_SET samverka_runtime DESTINATION bin
        PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "^[Qq]t6"
        POST_EXCLUDE_REGEXES "[Ss]ystem32"
        DIRECTORIES ${SAMVERKA_RUNTIME_DIRS})
# libpq, libzip and libxlsxwriter are loaded when first used (src/region/LibPq.cpp,
# src/documents/OnDemandLibrary.h), not linked, so the search above does not see them:
# their DLLs and the DLLs they need (OpenSSL, zlib, …) are installed by name.
install(CODE "
  set(samverka_loaded \"${SAMVERKA_RUNTIME_DIRS}/libpq.dll\" \"${SAMVERKA_RUNTIME_DIRS}/zip.dll\"
      \"${SAMVERKA_RUNTIME_DIRS}/xlsxwriter.dll\")
  file(GET_RUNTIME_DEPENDENCIES LIBRARIES \${samverka_loaded}
       RESOLVED_DEPENDENCIES_VAR samverka_loaded_needs
       PRE_EXCLUDE_REGEXES \"^[Aa][Pp][Ii]-[Mm][Ss]-\" \"^[Ee][Xx][Tt]-[Mm][Ss]-\"
       POST_EXCLUDE_REGEXES \"[Ss]ystem32\"
       DIRECTORIES \"${SAMVERKA_RUNTIME_DIRS}\")
  file(INSTALL \${samverka_loaded} \${samverka_loaded_needs}
       DESTINATION \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
")

# Qt's DLLs and plugins, beside the programs. The translations are compiled into the
# programs; the C++ runtime comes from InstallRequiredSystemLibraries below.
if(TARGET Qt6::windeployqt)
  set(SAMVERKA_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
  find_program(SAMVERKA_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" REQUIRED)
endif()
install(CODE "
  set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
  execute_process(COMMAND \"${SAMVERKA_WINDEPLOYQT}\" --release --no-translations
                          --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                          \"\${bin}/samverka.exe\" \"\${bin}/samverka-cli.exe\"
                  RESULT_VARIABLE samverka_windeployqt)
  if(samverka_windeployqt)
    message(FATAL_ERROR \"windeployqt failed: \${samverka_windeployqt}\")
  endif()
")
# samverka-cli runs on Qt's offscreen platform (src/cli/main.cpp); windeployqt deploys
# only the windows platform plugin.
if(TARGET Qt6::QOffscreenIntegrationPlugin)
  install(FILES $<TARGET_FILE:Qt6::QOffscreenIntegrationPlugin> DESTINATION bin/platforms)
else()
  message(WARNING "Qt's offscreen platform plugin was not found: copy qoffscreen.dll into "
                  "bin\\platforms of the installation by hand, or samverka-cli will not start.")
endif()

# The Visual C++ runtime DLLs, app-local in bin\.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)

# The MSI.
set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_NAME Samverka)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "${SAMVERKA_PACKAGE_MAINTAINER_NAME}")
set(CPACK_PACKAGE_CONTACT "${SAMVERKA_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Crime-prevention collaboration between municipality and police (samverkan)")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Samverka) # C:\Program Files\Samverka
set(CPACK_PACKAGE_FILE_NAME "samverka-${PROJECT_VERSION}-win64")
# A Start menu entry for the app (the CLI is for the command line and scripts).
set(CPACK_PACKAGE_EXECUTABLES samverka Samverka)
# Never change the upgrade GUID: it is what lets a newer MSI replace an installed one.
set(CPACK_WIX_UPGRADE_GUID "29A6EA4F-5690-4606-BCCE-D9C7E7F357D1")
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/samverka.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Samverka)
set(CPACK_WIX_CULTURES sv-SE en-US)
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
# The EUPL as the licence page (WiX wants RTF; CPack turns a .txt into RTF itself).
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
# *.samverka opens in Samverka (a double-click in Explorer), with its icon.
set(CPACK_WIX_PATCH_FILE ${CMAKE_CURRENT_LIST_DIR}/file-association.xml)
include(CPack)
