#include "qttexts/QtFileDialogTexts.h"

namespace samverka::ui {

QList<QtText> QtFileDialogTexts::texts()
{
    static const char *const fileDialog[] = {
        QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
        QT_TRANSLATE_NOOP("QFileDialog", "Back"),
        QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
        QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
        QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
        QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
        QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
        QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "List View"),
        QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
        QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
        QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
        QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
        QT_TRANSLATE_NOOP("QFileDialog", "Files"),
        QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
        QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
        QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
        QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
        QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
        QT_TRANSLATE_NOOP("QFileDialog", "Open"),
        QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
        QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
        QT_TRANSLATE_NOOP("QFileDialog", "Show "),
        QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
        QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
        QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
        QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
        QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
        QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
        QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
        QT_TRANSLATE_NOOP("QFileDialog",
                          "%1\nFile not found.\nPlease verify the correct file name was given."),
        QT_TRANSLATE_NOOP(
            "QFileDialog",
            "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
        QT_TRANSLATE_NOOP("QFileDialog",
                          "'%1' is write protected.\nDo you want to delete it anyway?"),
        QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
        QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    };
    static const char *const fileSystemModel[] = {
        QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
        QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    };
    static const char *const iconProvider[] = {
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    };
    // Qt asks for these with a disambiguation ("which platform").
    static const struct {
        const char *source;
        const char *comment;
    } typeColumn = QT_TRANSLATE_NOOP3("QFileSystemModel", "Type", "All other platforms"),
      folder = QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");

    QList<QtText> texts;
    QtText::append(texts, "QFileDialog", fileDialog);
    QtText::append(texts, "QFileSystemModel", fileSystemModel);
    QtText::append(texts, "QAbstractFileIconProvider", iconProvider);
    texts.append(QtText{"QFileSystemModel", typeColumn.source, typeColumn.comment});
    texts.append(QtText{"QAbstractFileIconProvider", folder.source, folder.comment});
    return texts;
}

} // namespace samverka::ui
