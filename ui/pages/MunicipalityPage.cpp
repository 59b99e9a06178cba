#include "MunicipalityPage.h"

#include "AppContext.h"
#include "widgets/DateField.h"
#include "widgets/EnumCombo.h"
#include "widgets/FieldBinder.h"
#include "widgets/FormRow.h"
#include "widgets/LineField.h"
#include "widgets/LogoPicker.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordLabels.h"
#include "widgets/TextField.h"

#include "MunicipalityLogo.h"
#include "UiErrors.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace samverka::ui {

using storage::RecordKind;

MunicipalityPage::MunicipalityPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_binder(new FieldBinder(context, this))
    , m_name(new LineField(this))
    , m_code(new LineField(this))
    , m_county(new LineField(this))
    , m_policeRegion(new LineField(this))
    , m_localPoliceArea(new LineField(this))
    , m_logo(new LogoPicker(this))
    , m_population(new QTableWidget(0, 2, this))
    , m_year(new QSpinBox(this))
    , m_value(new QSpinBox(this))
{
    QLabel *heading = PageHeading::create(this);
    heading->setText(tr("Municipality"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), m_code));
    m_code->setMaximumWidth(100);
    m_code->setToolTip(tr("SCB's four-digit municipality code, e.g. 2280"));
    auto *form = makeForm();
    addFormRow(form, tr("&Name:"), m_name);
    addFormRow(form, tr("Municipality &code:"), m_code);
    addFormRow(form, tr("C&ounty:"), m_county);
    addFormRow(form, tr("Police &region:"), m_policeRegion);
    addFormRow(form, tr("&Local police area:"), m_localPoliceArea);
    addFormRow(form, tr("Logo:"), m_logo);

    m_population->setHorizontalHeaderLabels({tr("Year"), tr("Population")});
    m_population->setAccessibleName(tr("Population per year"));
    m_population->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_population->verticalHeader()->setVisible(false);
    m_population->horizontalHeader()->setStretchLastSection(true);
    m_population->setMaximumWidth(420);
    m_year->setRange(1950, 2100);
    m_year->setValue(QDate::currentDate().year() - 1);
    m_year->setAccessibleName(tr("Year"));
    m_value->setRange(0, 2'000'000'000);
    m_value->setGroupSeparatorShown(true);
    m_value->setAccessibleName(tr("Population"));
    auto *save = new QPushButton(tr("&Record population"), this);
    auto *entry = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *valueLabel = new QLabel(tr("&Inhabitants:"), this);
    valueLabel->setBuddy(m_value);
    entry->addWidget(yearLabel);
    entry->addWidget(m_year);
    entry->addWidget(valueLabel);
    entry->addWidget(m_value);
    entry->addWidget(save);
    entry->addStretch(1);
    auto *populationLabel = new QLabel(tr("&Population per year:"), this);
    populationLabel->setBuddy(m_population);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(buildCoordinatingFunction());
    layout->addSpacing(12);
    layout->addWidget(populationLabel);
    layout->addWidget(m_population, 1);
    layout->addLayout(entry);

    m_binder->bind(m_name, QStringLiteral("name"), tr("Edit municipality name"));
    m_binder->bind(m_code, QStringLiteral("code"), tr("Edit municipality code"));
    m_binder->bind(m_county, QStringLiteral("county"), tr("Edit county"));
    m_binder->bind(m_policeRegion, QStringLiteral("policeRegion"), tr("Edit police region"));
    m_binder->bind(m_localPoliceArea, QStringLiteral("localPoliceArea"),
                   tr("Edit local police area"));
    m_binder->setValidator([](const QString &field, const QVariant &value) -> QString {
        const QString code = value.toString();
        if (field == QLatin1String("code") && !code.isEmpty() && code.size() != 4)
            return tr("A municipality code has four digits. Not saved.");
        return {};
    });
    auto *hint = new QLabel(this);
    form->addRow(QString(), hint);
    m_binder->setHintLabel(hint);

    connect(m_logo, &LogoPicker::chooseRequested, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose the municipality's logo"), QString(),
                                         tr("Pictures (*.svg *.png);;All files (*)"));
        if (!path.isEmpty())
            chooseLogo(path);
    });
    connect(m_logo, &LogoPicker::removeRequested, this, [this] { removeLogo(); });
    connect(save, &QPushButton::clicked, this,
            [this] { setPopulation(m_year->value(), m_value->value()); });
    connect(m_population, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || !m_population->item(row, 0))
            return;
        m_year->setValue(m_population->item(row, 0)->data(Qt::UserRole).toInt());
        m_value->setValue(m_population->item(row, 1)->data(Qt::UserRole).toInt());
    });
}

QWidget *MunicipalityPage::buildCoordinatingFunction()
{
    auto *box = new QGroupBox(tr("Coordinating function"), this);
    auto *form = makeForm();
    box->setLayout(form);
    auto *explanation =
        new QLabel(tr("The law (2023:196) requires the municipality to have a coordinating "
                      "function for its crime-prevention work: who holds it, for which party, "
                      "with which mandate and since when."));
    explanation->setWordWrap(true);
    form->addRow(explanation);
    auto *holder = new LineField;
    holder->setPlaceholderText(tr("A role or a name, e.g. “Crime-prevention coordinator”"));
    m_coordinatorPerson = new EnumCombo;
    m_coordinatorParty = new EnumCombo;
    auto *mandate = new TextField;
    mandate->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    auto *since = new DateField;
    since->setName(tr("Coordinating function since"));
    addFormRow(form, tr("&Held by:"), holder);
    addFormRow(form, tr("P&erson:"), m_coordinatorPerson);
    addFormRow(form, tr("P&arty:"), m_coordinatorParty);
    addFormRow(form, tr("&Mandate:"), mandate);
    addFormRow(form, tr("&Since:"), since);
    m_binder->bind(holder, QStringLiteral("coordinatingFunction.holder"),
                   tr("Edit coordinating function"));
    m_binder->bind(m_coordinatorPerson, QStringLiteral("coordinatingFunction.person"),
                   tr("Edit coordinating function person"));
    m_binder->bind(m_coordinatorParty, QStringLiteral("coordinatingFunction.party"),
                   tr("Edit coordinating function party"));
    m_binder->bind(mandate, QStringLiteral("coordinatingFunction.mandate"), tr("Edit mandate"));
    m_binder->bind(since, QStringLiteral("coordinatingFunction.since"),
                   tr("Edit coordinating function since"));
    return box;
}

QString MunicipalityPage::title() const
{
    return tr("Municipality");
}

void MunicipalityPage::showTarget(const NavTarget &target)
{
    setTarget(target);
    m_binder->setRecord(RecordKind::Municipality, QStringLiteral("municipality"));
    reload();
}

void MunicipalityPage::reload()
{
    if (!context().hasFile())
        return;
    m_coordinatorPerson->setChoices(RecordLabels::personChoices(context().file()->people()), true);
    m_coordinatorParty->setChoices(RecordLabels::partyChoices(context().file()->parties()), true);
    m_binder->load();
    QList<core::Population> rows;
    for (const core::Population &p : context().file()->population())
        if (p.municipalityCode.isEmpty() ||
            p.municipalityCode == context().file()->municipality().code)
            rows.append(p);
    std::sort(rows.begin(), rows.end(),
              [](const core::Population &a, const core::Population &b) { return a.year > b.year; });
    m_population->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *year = new QTableWidgetItem(QString::number(rows.at(i).year));
        year->setData(Qt::UserRole, rows.at(i).year);
        auto *value = new QTableWidgetItem(QLocale().toString(rows.at(i).value));
        value->setData(Qt::UserRole, rows.at(i).value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_population->setItem(i, 0, year);
        m_population->setItem(i, 1, value);
    }
    m_binder->setFrozen(false);
    showLogo();
}

void MunicipalityPage::showLogo()
{
    storage::MunicipalityFile &file = *context().file();
    documents::MunicipalityLogo logo;
    QString name;
    const QString id = file.municipality().logo;
    if (!id.isEmpty()) {
        try {
            for (const core::Attachment &a : file.attachments())
                if (a.id == id) {
                    logo = documents::MunicipalityLogo::fromBytes(file.attachmentData(id),
                                                                  a.mediaType);
                    name = a.name;
                }
        } catch (const std::exception &error) {
            UiErrors::recordGone(context(), QStringLiteral("MunicipalityPage::showLogo"), error);
        }
    }
    m_logo->setLogo(logo, name);
    m_logo->setEditable(!file.isReadOnly());
}

bool MunicipalityPage::chooseLogo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        emit context().errorOccurred(
            tr("The file %1 could not be read: %2").arg(shown, in.errorString()));
        return false;
    }
    // One byte more than a logo may have, so that a larger file is refused unread.
    const QByteArray bytes = in.read(documents::MunicipalityLogo::maxBytes + 1);
    const QString mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    const QString problem = documents::MunicipalityLogo::problem(bytes, mediaType);
    if (!problem.isEmpty()) {
        emit context().errorOccurred(
            tr("%1 cannot be the municipality's logo: %2").arg(shown, problem));
        return false;
    }
    const QString before = context().file()->municipality().logo;
    const QVariantMap fields{{QStringLiteral("name"), QFileInfo(path).fileName()},
                             {QStringLiteral("mediaType"), mediaType},
                             {QStringLiteral("note"), tr("The municipality's logo")},
                             {QStringLiteral("data"), bytes}};
    const bool ok = oneStep(tr("Choose logo"), [&] {
        const QString id = context().insertRecord(RecordKind::Attachment, {}, fields);
        return !id.isEmpty() &&
               context().setField(RecordKind::Municipality, QStringLiteral("municipality"),
                                  QStringLiteral("logo"), id) &&
               (before.isEmpty() || context().removeRecord(RecordKind::Attachment, before));
    });
    reload();
    return ok;
}

bool MunicipalityPage::removeLogo()
{
    const QString id = context().file()->municipality().logo;
    if (id.isEmpty())
        return false;
    const bool ok = oneStep(tr("Remove logo"), [&] {
        return context().setField(RecordKind::Municipality, QStringLiteral("municipality"),
                                  QStringLiteral("logo"), QString()) &&
               context().removeRecord(RecordKind::Attachment, id);
    });
    reload();
    return ok;
}

bool MunicipalityPage::oneStep(const QString &what, const std::function<bool()> &edits)
{
    QUndoStack *stack = context().undoStack();
    const int before = stack->count();
    stack->beginMacro(what);
    const bool ok = edits();
    stack->endMacro();
    // A refused edit has said why; the ones before it must not stay half done.
    if (!ok && stack->count() > before)
        stack->undo();
    return ok;
}

bool MunicipalityPage::setPopulation(int year, qint64 value)
{
    // The storage facade upserts population rows; there is no per-row field edit, so
    // this is not on the undo stack (a later figure for the year replaces it).
    core::Population row;
    row.municipalityCode = context().file()->municipality().code;
    row.year = year;
    row.value = value;
    const bool ok = context().run([this, row] { context().file()->importPopulation({row}); });
    if (ok)
        reload();
    return ok;
}

} // namespace samverka::ui
