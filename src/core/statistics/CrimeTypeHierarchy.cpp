#include "CrimeTypeHierarchy.h"

#include "CrimeTypeLabel.h"

namespace samverka::core {

CrimeTypeHierarchy::Label CrimeTypeHierarchy::fullLabel(QStringView rawCell)
{
    const LabelInfo &cell = info(rawCell);
    if (cell.isFull) { // already the full label
        push(cell.indent, cell.label, false);
        return Label{m_labels.at(cell.label), cell.label};
    }
    int effective = cell.indent;
    if (cell.indent == 0 && cell.partPrefix)
        effective = m_stack.isEmpty() ? 1 : m_stack.first().indent + 1;
    const int part = cell.stripped;
    const bool grandTotal = cell.grandTotal;
    while (!m_stack.isEmpty() && m_stack.last().indent >= effective)
        m_stack.removeLast();
    int full = part;
    if (!grandTotal && !m_stack.isEmpty() && !m_stack.last().grandTotal) {
        // One string per full label: rows share it instead of each building a copy.
        const int parent = m_stack.last().full;
        const quint64 key = (quint64(quint32(parent)) << 32) | quint32(part);
        auto composed = m_composed.constFind(key);
        if (composed == m_composed.cend())
            composed =
                m_composed.insert(key, idOf(m_labels.at(parent) + CrimeTypeLabel::partSeparator() +
                                            m_labels.at(part)));
        full = composed.value();
    }
    push(effective, full, grandTotal);
    return Label{m_labels.at(full), full};
}

const CrimeTypeHierarchy::LabelInfo &CrimeTypeHierarchy::info(QStringView rawCell)
{
    const size_t hash = qHash(rawCell);
    const auto first = m_infoByHash.constFind(hash);
    int index = first == m_infoByHash.cend() ? -1 : first.value();
    for (; index >= 0; index = m_infos.at(index).nextWithSameHash) {
        if (m_infos.at(index).raw == rawCell)
            return m_infos.at(index);
    }
    LabelInfo added = read(rawCell);
    added.nextWithSameHash = first == m_infoByHash.cend() ? -1 : first.value();
    m_infos.append(std::move(added));
    m_infoByHash.insert(hash, int(m_infos.size() - 1));
    return m_infos.last();
}

CrimeTypeHierarchy::LabelInfo CrimeTypeHierarchy::read(QStringView rawCell)
{
    LabelInfo info;
    info.raw = rawCell.toString();
    const QString label = info.raw.simplified();
    info.label = idOf(label);
    info.indent = indentation(rawCell);
    info.isFull = CrimeTypeLabel::isPart(label);
    info.partPrefix = CrimeTypeLabel::hasPartPrefix(label);
    info.grandTotal = CrimeTypeLabel::isGrandTotal(label);
    const QString stripped = CrimeTypeLabel::stripPartPrefix(label);
    info.stripped = stripped.isEmpty() ? info.label : idOf(stripped);
    return info;
}

int CrimeTypeHierarchy::idOf(const QString &full)
{
    auto found = m_ids.constFind(full);
    if (found == m_ids.cend()) {
        m_labels.append(full);
        found = m_ids.insert(full, int(m_labels.size() - 1));
    }
    return found.value();
}

int CrimeTypeHierarchy::indentation(QStringView cell)
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

void CrimeTypeHierarchy::push(int indent, int full, bool grandTotal)
{
    while (!m_stack.isEmpty() && m_stack.last().indent >= indent)
        m_stack.removeLast();
    m_stack.append({indent, full, grandTotal});
}

} // namespace samverka::core
