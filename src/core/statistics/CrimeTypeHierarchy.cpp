#include "CrimeTypeHierarchy.h"

#include "CrimeTypeLabel.h"

namespace samverka::core {

QString CrimeTypeHierarchy::fullLabel(const QString &rawCell)
{
    // The same few labels repeat for every region and year: read each one once.
    auto info = m_labels.constFind(rawCell);
    if (info == m_labels.cend())
        info = m_labels.insert(rawCell, read(rawCell));
    if (info->isFull) { // already the full label
        push(info->indent, info->label, false);
        return info->label;
    }
    int effective = info->indent;
    if (info->indent == 0 && info->partPrefix)
        effective = m_stack.isEmpty() ? 1 : m_stack.first().indent + 1;
    while (!m_stack.isEmpty() && m_stack.last().indent >= effective)
        m_stack.removeLast();
    QString full = info->stripped;
    if (!info->grandTotal && !m_stack.isEmpty() && !m_stack.last().grandTotal) {
        // Reuse one string per full label: rows share it instead of each building a copy.
        const QString &parent = m_stack.last().full;
        const QString key = parent + QChar(0x1F) + full;
        auto composed = m_composed.constFind(key);
        if (composed == m_composed.cend())
            composed = m_composed.insert(key, parent + CrimeTypeLabel::partSeparator() + full);
        full = composed.value();
    }
    push(effective, full, info->grandTotal);
    return full;
}

CrimeTypeHierarchy::LabelInfo CrimeTypeHierarchy::read(const QString &rawCell)
{
    LabelInfo info;
    info.label = rawCell.simplified();
    info.indent = indentation(rawCell);
    info.isFull = CrimeTypeLabel::isPart(info.label);
    info.partPrefix = CrimeTypeLabel::hasPartPrefix(info.label);
    info.grandTotal = CrimeTypeLabel::isGrandTotal(info.label);
    info.stripped = CrimeTypeLabel::stripPartPrefix(info.label);
    if (info.stripped.isEmpty())
        info.stripped = info.label;
    return info;
}

int CrimeTypeHierarchy::indentation(const QString &cell)
{
    int width = 0;
    for (const QChar c : cell) {
        if (c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x2007) || c == QChar(0x202F))
            width += 1;
        else if (c == QLatin1Char('\t'))
            width += 4;
        else
            break;
    }
    return width;
}

void CrimeTypeHierarchy::push(int indent, const QString &full, bool grandTotal)
{
    while (!m_stack.isEmpty() && m_stack.last().indent >= indent)
        m_stack.removeLast();
    m_stack.append({indent, full, grandTotal});
}

} // namespace samverka::core
