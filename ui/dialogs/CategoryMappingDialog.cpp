#include "CategoryMappingDialog.h"

#include "AppContext.h"

#include "statistics/CategoryMapper.h"
#include "statistics/CrimeTypeLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samverka::ui {

namespace {

enum Column { TypeColumn, CategoryColumn, SourceColumn };

QString sourceText(core::CategoryMapper::Source source)
{
    using S = core::CategoryMapper::Source;
    switch (source) {
    case S::Row:
        return CategoryMappingDialog::tr("the imported file");
    case S::File:
        return CategoryMappingDialog::tr("changed in this file"); // sv: ändrad i filen
    case S::Bundled:
        return CategoryMappingDialog::tr("standard");
    case S::Keyword:
        return CategoryMappingDialog::tr("guessed from the name"); // sv: gissad
    case S::Parent:
        return CategoryMappingDialog::tr("as its parent type");
    case S::Fallback:
        return CategoryMappingDialog::tr("not recognised");
    }
    return {};
}

} // namespace

CategoryMappingDialog::CategoryMappingDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Crime categories"));
    QStringList types;
    if (m_context.hasFile()) {
        m_fileMapping = m_context.file()->categoryMapping();
        QSet<QString> withoutOwnCategory;
        for (const core::CrimeStatistic &row : m_context.file()->crimeStatistics()) {
            if (core::CrimeTypeLabel::isGrandTotal(row.crimeType))
                continue;
            if (!types.contains(row.crimeType))
                types << row.crimeType;
            if (row.category.trimmed().isEmpty())
                withoutOwnCategory.insert(row.crimeType);
            else
                m_typesWithOwnCategory.insert(row.crimeType);
        }
        // A type counts as fixed by the source only when every row of it names a category.
        m_typesWithOwnCategory.subtract(withoutOwnCategory);
    }
    const core::CategoryMapper mapper(m_fileMapping);
    const QStringList categories = mapper.categories();

    m_table->setHorizontalHeaderLabels({tr("Crime type"), tr("Crime category"), tr("Source")});
    m_table->setAccessibleName(tr("Category of each crime type"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // both the parent and the part stay visible
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(types.size()));
    const QList<core::CategoryMapping> effective = mapper.effectiveMapping(types);
    for (int row = 0; row < types.size(); ++row) {
        const QString &type = types.at(row);
        auto *typeItem = new QTableWidgetItem(type);
        typeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        typeItem->setToolTip(type);
        m_table->setItem(row, TypeColumn, typeItem);
        auto *combo = new QComboBox(m_table);
        combo->addItems(categories);
        combo->setCurrentIndex(
            std::max<qsizetype>(0, categories.indexOf(effective.at(row).category)));
        combo->setAccessibleName(tr("Crime category of %1").arg(type));
        const bool fixed = m_typesWithOwnCategory.contains(type);
        auto source = mapper.explain(type).source;
        if (fixed) {
            // The rows name their category themselves, and that wins over any mapping.
            combo->setEnabled(false);
            combo->setToolTip(tr("The imported rows name their own category; it is used "
                                 "instead of the mapping."));
            source = core::CategoryMapper::Source::Row;
        }
        m_table->setCellWidget(row, CategoryColumn, combo);
        auto *sourceItem = new QTableWidgetItem(sourceText(source));
        sourceItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, SourceColumn, sourceItem);
    }

    m_filter->setPlaceholderText(tr("Filter crime types"));
    m_filter->setAccessibleName(tr("Filter crime types"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CategoryMappingDialog::filter);

    // sv: Kategorierna följer handbokens tabell "Anmälda brott efter brottstyp". En ändring
    // gäller alla år och alla kommuner i filen.
    auto *intro = new QLabel(tr("The categories follow the handbook's table \"Reported crimes "
                                "by crime type\". A change applies to every year and every "
                                "municipality in the file."),
                             this);
    intro->setWordWrap(true);
    auto *empty = new QLabel(tr("The file has no crime statistics yet."), this);
    empty->setVisible(types.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *reset = buttons->addButton(tr("Reset to standard"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, &CategoryMappingDialog::resetToDefault);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

QComboBox *CategoryMappingDialog::comboAt(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, CategoryColumn));
}

QStringList CategoryMappingDialog::crimeTypes() const
{
    QStringList types;
    for (int row = 0; row < m_table->rowCount(); ++row)
        types << m_table->item(row, TypeColumn)->text();
    return types;
}

QString CategoryMappingDialog::categoryOf(const QString &crimeType) const
{
    const int row = int(crimeTypes().indexOf(crimeType));
    return row < 0 ? QString() : comboAt(row)->currentText();
}

bool CategoryMappingDialog::setCategory(const QString &crimeType, const QString &category)
{
    const int row = int(crimeTypes().indexOf(crimeType));
    if (row < 0)
        return false;
    const int index = comboAt(row)->findText(category, Qt::MatchFixedString);
    if (index < 0)
        return false;
    comboAt(row)->setCurrentIndex(index);
    return true;
}

void CategoryMappingDialog::resetToDefault()
{
    const core::CategoryMapper bundled;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString type = m_table->item(row, TypeColumn)->text();
        QComboBox *combo = comboAt(row);
        const auto decision = bundled.explain(type);
        combo->setCurrentIndex(std::max(0, combo->findText(decision.category)));
        if (!m_typesWithOwnCategory.contains(type))
            m_table->item(row, SourceColumn)->setText(sourceText(decision.source));
    }
}

QList<core::CategoryMapping> CategoryMappingDialog::mappingToSave() const
{
    const QStringList listed = crimeTypes();
    QList<core::CategoryMapping> mapping;
    for (const core::CategoryMapping &entry : m_fileMapping)
        if (!listed.contains(entry.crimeType))
            mapping << entry; // a type with no rows now keeps the user's earlier choice
    const core::CategoryMapper bundled;
    for (int row = 0; row < listed.size(); ++row) {
        const QString &type = listed.at(row);
        const QString chosen = comboAt(row)->currentText();
        if (!m_typesWithOwnCategory.contains(type) && chosen != bundled.categoryForType(type))
            mapping << core::CategoryMapping{type, chosen};
    }
    return mapping;
}

bool CategoryMappingDialog::save()
{
    const QList<core::CategoryMapping> mapping = mappingToSave();
    if (mapping == m_fileMapping)
        return true;
    if (!m_context.run([&] { m_context.file()->setCategoryMapping(mapping); }))
        return false;
    m_fileMapping = mapping;
    return true;
}

void CategoryMappingDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(
            row, !text.isEmpty() &&
                     !m_table->item(row, TypeColumn)->text().contains(text, Qt::CaseInsensitive));
}

} // namespace samverka::ui
