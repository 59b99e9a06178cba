#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace samverka::ui {

namespace {

constexpr std::size_t kMaxFileSize = 1024 * 1024;
constexpr std::size_t kMaxFiles = 5;

void bridge(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The message is an argument, never the format string: user text may hold braces.
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        break;
    }
}

/// The log file's name as spdlog opens it: wide on Windows when spdlog was built with
/// SPDLOG_WCHAR_FILENAMES; otherwise in the encoding of the system's narrow file calls
/// (UTF-8 on Linux, the ANSI code page on Windows, as spdlog's _fsopen expects there).
spdlog::filename_t logFileName(const QString &path)
{
#if defined(_WIN32) && defined(SPDLOG_WCHAR_FILENAMES) // as spdlog/common.h decides
    return QDir::toNativeSeparators(path).toStdWString();
#else
    return QFile::encodeName(QDir::toNativeSeparators(path)).toStdString();
#endif
}

} // namespace

QString Logging::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
}

QString Logging::start()
{
    const QString dir = folder();
    QString path;
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    sinks.back()->set_level(spdlog::level::warn);
    if (QDir().mkpath(dir)) {
        path = dir + QStringLiteral("/samverka.log");
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFileName(path), kMaxFileSize, kMaxFiles));
        } catch (const spdlog::spdlog_ex &) {
            path.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("samverka", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(bridge);
    spdlog::info("Samverka started; log file {}", path.toStdString());
    return path;
}

} // namespace samverka::ui
