// The reference of the start-up benchmark (issue #13): the least a Qt Widgets program
// shows, a QMainWindow with a tree view, started and painted the same way Samverka is
// (FirstPaintProbe prints "painted" after the first paint and quits).

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(&window);
    model->appendRow(new QStandardItem(QStringLiteral("Härnösand")));
    auto *tree = new QTreeView(&window);
    tree->setModel(model);
    window.setCentralWidget(tree);
    window.resize(1280, 720);
    samverka::ui::FirstPaintProbe::installIfAsked(window);
    window.show();
    return app.exec();
}
