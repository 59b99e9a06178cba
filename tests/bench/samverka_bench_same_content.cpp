// A second reference for the start-up benchmark (issue #13): what Samverka's window shows
// on the demo file (the menu bar, the sidebar with its wrapped labels, the overview's five
// sections with their rows, the status bar), built by plain Qt Widgets from strings
// written here: no file, no translation, no Samverka code. Started and painted as the
// others (FirstPaintProbe prints "painted" after the first paint and quits), so that
//   samverka / this    is what the file and the program add to showing the overview;
//   this / empty window is what showing that much costs Qt on this machine.

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Wraps a label to the width the tree gives it, as Samverka's sidebar does.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const auto *tree = static_cast<const QTreeView *>(parent());
        sized.rect = QRect(0, 0, tree->viewport()->width() - depth * tree->indentation(), 1);
        sized.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(sized, index);
    }
};

QTreeView *sidebar()
{
    auto *model = new QStandardItemModel;
    auto *top = new QStandardItem(s("Härnösand"));
    QFont bold;
    bold.setBold(true);
    top->setFont(bold);
    model->appendRow(top);
    top->appendRow(new QStandardItem(s("Översikt")));
    auto *agreements = new QStandardItem(s("Överenskommelser"));
    top->appendRow(agreements);
    auto *signedOne = new QStandardItem(s("Samverkansöverenskommelse mellan Härnösands kommun "
                                          "och Polisen 2021–2023 (Undertecknad)"));
    for (const char *page : {"Del 1", "Del 2", "Problembild", "Orsaksanalys"})
        signedOne->appendRow(new QStandardItem(s(page)));
    agreements->appendRow(signedOne);
    auto *draft = new QStandardItem(s("Samverkansöverenskommelse mellan Härnösands kommun och "
                                      "Polisen 2024–2027 (Utkast)"));
    for (const char *page :
         {"Del 1", "Del 2", "Problembild", "Orsaksanalys", "Fokusområden", "Mål", "Åtgärder",
          "Uppföljning", "Underskrifter", "Granskningskommentarer (2 öppna)"})
        draft->appendRow(new QStandardItem(s(page)));
    draft->child(4)->appendRow(new QStandardItem(s("Trygghet i centrum")));
    agreements->appendRow(draft);
    for (const char *page : {"Lägesbild", "Åtgärdsplan", "Medborgarlöften", "Möten", "Bilagor",
                             "Personer och parter", "Statistik", "Kommunuppgifter"})
        top->appendRow(new QStandardItem(s(page)));

    auto *tree = new QTreeView;
    tree->setHeaderHidden(true);
    tree->setWordWrap(true);
    tree->setItemDelegate(new WrappingDelegate(tree));
    tree->setModel(model);
    model->setParent(tree);
    tree->expand(model->indexFromItem(top));
    tree->expand(model->indexFromItem(agreements));
    tree->expand(model->indexFromItem(draft));
    tree->setCurrentIndex(model->indexFromItem(top));
    return tree;
}

/// A tree as tall as its rows, its columns as wide as their content (as the overview's).
QTreeWidget *table(const QStringList &headers, const QList<QStringList> &rows)
{
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const QStringList &row : rows)
        new QTreeWidgetItem(tree, row);
    for (int c = 0; c + 1 < headers.size(); ++c)
        tree->resizeColumnToContents(c);
    const int rowHeight = rows.isEmpty() ? 0 : tree->sizeHintForRow(0);
    tree->setFixedHeight(tree->header()->sizeHint().height() + rowHeight * int(rows.size()) +
                         2 * tree->frameWidth() + 2);
    return tree;
}

QGroupBox *section(const char *title, QWidget *content, QWidget *above = nullptr)
{
    auto *box = new QGroupBox(s(title));
    auto *layout = new QVBoxLayout(box);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content);
    return box;
}

QWidget *overview()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(section(
        "Lagens krav",
        table({s("Krav"), s("Läge")},
              {{s("Lägesbild (4 §)"), s("”Lägesbild 2024”, fastställd 2025-02-11; ska "
                                        "uppdateras senast 2027-02-11.")},
               {s("Åtgärdsplan (5 §)"), s("”Åtgärdsplan 2025–2026”, beslutad 2025-03-18; "
                                          "gäller till och med 2026-12-31.")},
               {s("Samordningsfunktion"), s("Brottsförebyggande samordnare, sedan 2023-07-01.")},
               {s("Åtgärder riktade mot orsaker"), s("Varje åtgärd riktar sig mot en orsak.")},
               {s("Åtgärder som följts upp"), s("Varje åtgärd har bedömts.")}})));
    layout->addWidget(section(
        "Överenskommelser",
        table({s("Överenskommelse"), s("Status"), s("Period"), s("Gäller")},
              {{s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen 2021–2023"),
                s("Undertecknad"), s("2021-01-01 – 2023-12-31"), s("Nej")},
               {s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen 2024–2027"),
                s("Utkast"), s("2024-01-01 – 2027-12-31, därefter tills vidare"), s("Nej")}})));
    layout->addWidget(section(
        "Försenade åtgärder",
        table({s("Åtgärd"), s("Överenskommelse"), s("Planerat slut")},
              {{s("Bättre belysning och röjd sikt på utpekade platser"),
                s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen 2024–2027"),
                s("2025-06-30")}})));
    layout->addWidget(section("Att följa upp", new QLabel(s("Inget att följa upp just nu."))));

    auto *choice = new QWidget;
    auto *choiceLayout = new QHBoxLayout(choice);
    choiceLayout->addWidget(new QLabel(s("Överenskommelse:")));
    auto *agreement = new QComboBox;
    agreement->addItem(s("Samverkansöverenskommelse mellan Härnösands kommun och Polisen "
                         "2024–2027 (Utkast)"));
    choiceLayout->addWidget(agreement, 1);
    auto *steps = new QTreeWidget;
    steps->setHeaderLabels({s("Steg"), s("Läge")});
    steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont bold = steps->font();
    bold.setBold(true);
    const QList<QPair<const char *, const char *>> stepRows{
        {"1. Initiera samverkan", "Klar"},
        {"2. Egna förberedelser", "Klar"},
        {"3. Gemensamma förberedelser", "Pågår"},
        {"4. Genomförande", "Pågår"},
        {"5. Uppföljning", "Klar"}};
    const QList<QStringList> findings{
        {s("En granskningskommentar från Maria Sundin är inte löst: ”Åtgärden har passerat sitt "
           "slutdatum men är inte klar. Ange…”"),
         s("En granskningskommentar från Jonas Lindgren är inte löst: ”Delmålet om unga "
           "misstänkta för narkotikabrott saknar målvä…”"),
         s("Det prioriterade problemet ”Skadegörelse och klotter på skolor, lekplatser och i "
           "bostadsområden” saknar effektmål."),
         s("Effektmålet ”Antalet unga som misstänks för narkotikabrott ska minska.” är inte "
           "mätbart: det saknar målvärde."),
         s("Åtgärden ”Kvällsöppen fritidsgård och lovaktiviteter” är inte kopplad till något "
           "mål.")},
        {s("Åtgärden ”Bättre belysning och röjd sikt på utpekade platser” är försenad "
           "(planerades vara klar 2025-06-30).")}};
    for (qsizetype i = 0; i < stepRows.size(); ++i) {
        auto *top = new QTreeWidgetItem(steps, {s(stepRows[i].first), s(stepRows[i].second)});
        top->setFont(0, bold);
        if (i == 2 || i == 3)
            for (const QString &finding : findings[i - 2]) {
                auto *item = new QTreeWidgetItem(top, {finding});
                item->setForeground(0, QColor(0x9a, 0x5b, 0x00));
            }
        top->setExpanded(true);
    }
    steps->resizeColumnToContents(0);
    steps->setFixedHeight(steps->header()->sizeHint().height() + 12 * steps->sizeHintForRow(0) +
                          2 * steps->frameWidth() + 2);
    layout->addWidget(section("Metodens fem steg", steps, choice));
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(s("Härnösand – Demokommun.samverka – Samverka"));
    for (const char *menu : {"&Arkiv", "&Redigera", "&Visa", "Ö&verenskommelse", "&Hjälp"})
        window.menuBar()->addMenu(s(menu));
    auto *splitter = new QSplitter;
    splitter->addWidget(sidebar());
    splitter->addWidget(overview());
    splitter->setSizes({260, 1020});
    window.setCentralWidget(splitter);
    window.statusBar()->setSizeGripEnabled(true);
    window.resize(1280, 732); // Samverka's first window on a 1366×768 screen
    samverka::ui::FirstPaintProbe::installIfAsked(window);
    window.show();
    return app.exec();
}
