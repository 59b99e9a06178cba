#include "InputProblem.h"

#include <QToolTip>
#include <QVariant>
#include <QWidget>

namespace samverka::ui {

namespace {
const char *const kProblem = "samverkaInputProblem";
const char *const kToolTip = "samverkaInputToolTip";
} // namespace

void InputProblem::show(QWidget *input, const QString &message)
{
    if (!input->property(kProblem).isValid())
        input->setProperty(kToolTip, input->toolTip());
    input->setProperty(kProblem, message);
    // A red frame and a tinted ground, not colour alone: the text says it too.
    input->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #b00020; background: #fdecee; }"));
    input->setToolTip(message);
    input->setAccessibleDescription(message);
    QToolTip::showText(input->mapToGlobal(QPoint(0, input->height())), message, input);
}

void InputProblem::clear(QWidget *input)
{
    if (!input->property(kProblem).isValid())
        return;
    const QString message = input->property(kProblem).toString();
    input->setProperty(kProblem, QVariant());
    input->setStyleSheet(QString());
    input->setToolTip(input->property(kToolTip).toString());
    input->setAccessibleDescription(QString());
    if (QToolTip::isVisible() && QToolTip::text() == message)
        QToolTip::hideText();
}

QString InputProblem::of(const QWidget *input)
{
    return input->property(kProblem).toString();
}

} // namespace samverka::ui
