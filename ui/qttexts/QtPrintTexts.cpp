#include "qttexts/QtPrintTexts.h"

namespace samverka::ui {

namespace {

void appendPrintDialog(QList<QtText> &texts)
{
    static const char *const printDialog[] = {
        QT_TRANSLATE_NOOP("QPrintDialog", "Print"),
        QT_TRANSLATE_NOOP("QPrintDialog", "&Print"),
        QT_TRANSLATE_NOOP("QPrintDialog", "All Pages"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Odd Pages"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Even Pages"),
        QT_TRANSLATE_NOOP("QPrintDialog", "&Options >>"),
        QT_TRANSLATE_NOOP("QPrintDialog", "&Options <<"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Print to File (PDF)"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Local file"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Write PDF file"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Print To File ..."),
        QT_TRANSLATE_NOOP("QPrintDialog",
                          "%1 is a directory.\nPlease choose a different file name."),
        QT_TRANSLATE_NOOP("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?"),
        QT_TRANSLATE_NOOP("QPrintDialog",
                          "File %1 is not writable.\nPlease choose a different file name."),
        QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Top to Bottom"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Left to Right, Bottom to Top"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Bottom to Top"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Right to Left, Top to Bottom"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Left to Right"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Bottom to Top, Right to Left"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Left to Right"),
        QT_TRANSLATE_NOOP("QPrintDialog", "Top to Bottom, Right to Left"),
    };
    static const char *const printWidget[] = {
        QT_TRANSLATE_NOOP("QPrintWidget", "Printer"),
        QT_TRANSLATE_NOOP("QPrintWidget", "&Name:"),
        QT_TRANSLATE_NOOP("QPrintWidget", "P&roperties"),
        QT_TRANSLATE_NOOP("QPrintWidget", "Location:"),
        QT_TRANSLATE_NOOP("QPrintWidget", "Preview"),
        QT_TRANSLATE_NOOP("QPrintWidget", "Type:"),
        QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
    };
    static const char *const settingsOutput[] = {
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print range"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print all"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages from"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "to"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput",
                          "Specify pages or ranges separated by commas. Ranges are specified by "
                          "two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, "
                          "7 and 9."),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Current Page"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Selection"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page Set:"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Output Settings"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies:"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Collate"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Reverse"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Options"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color Mode"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Grayscale"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
        QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    };
    QtText::append(texts, "QPrintDialog", printDialog);
    QtText::append(texts, "QPrintWidget", printWidget);
    QtText::append(texts, "QPrintSettingsOutput", settingsOutput);
}

void appendPageSetup(QList<QtText> &texts)
{
    static const char *const pageSetup[] = {
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Page size:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Width:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Height:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Paper source:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Orientation"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Portrait"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Landscape"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse landscape"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Reverse portrait"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Margins"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "top margin"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "left margin"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "right margin"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "bottom margin"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Page Layout"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Page order:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages per sheet:"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Millimeters (mm)"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Inches (in)"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Points (pt)"),
        QT_TRANSLATE_NOOP("QPageSetupWidget", "Custom"),
    };
    static const char *const properties[] = {
        QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Printer Properties"),
        QT_TRANSLATE_NOOP("QPrintPropertiesDialog", "Job Options"),
    };
    static const char *const propertiesWidget[] = {
        QT_TRANSLATE_NOOP("QPrintPropertiesWidget", "Advanced"),
    };
    static const char *const tabBar[] = {
        QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"),
        QT_TRANSLATE_NOOP("QTabBar", "Scroll Right"),
    };
    QtText::append(texts, "QPageSetupWidget", pageSetup);
    QtText::append(texts, "QPrintPropertiesDialog", properties);
    QtText::append(texts, "QPrintPropertiesWidget", propertiesWidget);
    QtText::append(texts, "QTabBar", tabBar);
}

} // namespace

QList<QtText> QtPrintTexts::texts()
{
    QList<QtText> texts;
    appendPrintDialog(texts);
    appendPageSetup(texts);
    return texts;
}

} // namespace samverka::ui
