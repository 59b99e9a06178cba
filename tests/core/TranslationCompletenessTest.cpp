// The Swedish translation is complete, keeps every placeholder, is compiled into
// samverka_core, and is found at run time under the contexts the code asks for.

#include "EnumLabels.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace samverka::core;

namespace {

const QString tsPath = QStringLiteral(SAMVERKA_SOURCE_DIR "/resources/translations/samverka_sv.ts");
const QString qmPath = QStringLiteral(":/translations/samverka_sv.qm");

struct TsMessage {
    QString context;
    QString source;
    QString type;      ///< the translation's type attribute ("unfinished", …)
    QStringList forms; ///< one text, or the numerus forms
    bool numerus = false;
};

QList<TsMessage> readTs()
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, false};
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement &&
                                         xml.name() == QLatin1String("translation")))
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

/// The text of adjacent C++ string literals ("a " "b"), escapes resolved.
QString literalText(const QString &literals)
{
    static const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QString text;
    for (auto it = piece.globalMatch(literals); it.hasNext();) {
        const QString raw = it.next().captured(1);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size()) {
                const QChar c = raw.at(++i);
                text += c == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                        : c == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                : c;
            } else {
                text += raw.at(i);
            }
        }
    }
    return text;
}

QString readSource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST(TranslationCompleteness, EveryMessageIsTranslatedAndKeepsItsPlaceholders)
{
    const QList<TsMessage> messages = readTs();
    ASSERT_GT(messages.size(), 100) << "cannot read " << tsPath.toStdString();
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished") ||
            m.type == QLatin1String("obsolete")) {
            problems << QStringLiteral("%1 %2").arg(m.type, where);
            continue;
        }
        if (m.forms.isEmpty() || (m.numerus && m.forms.size() != 2)) {
            problems << QStringLiteral("wrong number of forms: ") + where;
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + where;
                break;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(form);
            if (m.numerus) { // a plural form may say "en" instead of %n
                want.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (want != got)
                problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(where, form);
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " problem(s):\n"
                                    << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(TranslationCompleteness, CompiledTranslationSaysTheDomainWordsInSwedish)
{
    ASSERT_TRUE(QFile::exists(qmPath));
    QTranslator translator;
    ASSERT_TRUE(translator.load(qmPath));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));

    auto t = [](const char *context, const char *source) {
        return QCoreApplication::translate(context, source);
    };
    EXPECT_EQ(t("DocumentRenderer", "DRAFT"), QStringLiteral("UTKAST"));
    EXPECT_EQ(t("DocumentRenderer", "Page %1 of %2"), QStringLiteral("Sida %1 av %2"));
    EXPECT_EQ(t("DocumentRenderer", "Contains information subject to confidentiality"),
              QStringLiteral("Innehåller uppgifter som omfattas av sekretess"));
    EXPECT_EQ(t("DocumentContext", "Information held by %1 (confidential)"),
              QStringLiteral("Uppgift finns hos %1 (sekretess)"));
    EXPECT_EQ(t("SignatureBlockWriter", "Place and date"), QStringLiteral("Ort och datum"));
    EXPECT_EQ(t("samverka::ui::MainMenus", "&File"), QStringLiteral("&Arkiv"));
    // Through the code that the app and the documents call:
    EXPECT_EQ(EnumLabels::label(AgreementStatus::ReadyForSigning),
              QStringLiteral("Klar för underskrift"));
    EXPECT_EQ(EnumLabels::label(AgreementStatus::InReview), QStringLiteral("Under granskning"));
    EXPECT_EQ(EnumLabels::causeLabel(2, 3), QStringLiteral("Orsak 2.3"));
    // Swedish has two plural forms.
    EXPECT_EQ(
        QCoreApplication::translate("samverka::ui::SearchDialog", "%n result(s).", nullptr, 1),
        QStringLiteral("1 träff."));
    EXPECT_EQ(
        QCoreApplication::translate("samverka::ui::SearchDialog", "%n result(s).", nullptr, 7),
        QStringLiteral("7 träffar."));

    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(EnumLabels::label(AgreementStatus::ReadyForSigning),
              QStringLiteral("Ready for signing"));
}

// A file that wraps QCoreApplication::translate() in its own tr() decides the context at
// run time, while lupdate files the strings under the class it finds them in; when the
// two differ the Swedish is in the .ts but is never shown.
TEST(TranslationCompleteness, HandWrittenTrWrappersAskForContextsTheTsHas)
{
    QSet<QPair<QString, QString>> known;
    for (const TsMessage &m : readTs())
        known.insert({m.context, m.source});
    ASSERT_FALSE(known.isEmpty());

    static const QRegularExpression wrapper(QStringLiteral(
        R"re(QString\s+(?:(\w+)::)?tr\s*\(\s*const\s+char\s*\*\s*\w*\s*\)\s*(?:const\s*)?\{\s*)re"
        R"re(return\s+QCoreApplication::translate\(\s*"([^"]+)")re"));
    static const QString literals = QStringLiteral(R"re(((?:"(?:[^"\\]|\\.)*"\s*)+)[,)])re");
    static const QRegularExpression plainCall(QStringLiteral(R"re((?<![\w:.>])tr\(\s*)re") +
                                              literals);

    QStringList problems;
    int wrappers = 0;
    for (const QString &dir : {QStringLiteral("src"), QStringLiteral("ui")}) {
        QDirIterator files(QStringLiteral(SAMVERKA_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString code = readSource(path);
            const QRegularExpressionMatch w = wrapper.match(code);
            if (!w.hasMatch())
                continue;
            ++wrappers;
            const QString cls = w.captured(1);
            const QString context = w.captured(2);
            // The calls: unqualified ones in this file, and Class::tr(...) anywhere in the
            // layer when the wrapper is a class's static member.
            QList<QPair<QString, QString>> calls; // file, text
            for (auto it = plainCall.globalMatch(code); it.hasNext();)
                calls.append({path, literalText(it.next().captured(1))});
            if (!cls.isEmpty()) {
                const QRegularExpression qualified(QStringLiteral("\\b") + cls +
                                                   QStringLiteral("::tr\\(\\s*") + literals);
                const QString layer = path.section(QLatin1Char('/'), 0, -2);
                QDirIterator others(layer, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                                    QDir::Files, QDirIterator::Subdirectories);
                while (others.hasNext()) {
                    const QString other = others.next();
                    const QString otherCode = readSource(other);
                    for (auto it = qualified.globalMatch(otherCode); it.hasNext();)
                        calls.append({other, literalText(it.next().captured(1))});
                }
            }
            for (const auto &[file, text] : calls)
                if (!known.contains({context, text}))
                    problems << QStringLiteral("%1: tr(\"%2\") is looked up in context \"%3\", "
                                               "which the .ts does not have it under")
                                    .arg(file.mid(qsizetype(sizeof(SAMVERKA_SOURCE_DIR))), text,
                                         context);
        }
    }
    EXPECT_GT(wrappers, 0);
    EXPECT_TRUE(problems.isEmpty())
        << problems.size() << " string(s) never translated (lupdate files a tr() call under the "
        << "class it is in; call QCoreApplication::translate(\"context\", \"text\") with the "
        << "context the .ts shows, or make the wrapper ask for that context):\n"
        << problems.join(QLatin1Char('\n')).toStdString();
}
