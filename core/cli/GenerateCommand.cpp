#include "GenerateCommand.h"

#include "DossierTransferKinds.h"
#include "catalogue/ProcedureRepository.h"
#include "dossiers/OfficeDueDateRules.h"
#include "dossiers/SyntheticDossiers.h"
#include "settings/OfficeIdentityStore.h"
#include "settings/OfficeSettingsStore.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace {

// The demonstration office's identity history (DOMAIN §9): a commune of Vĩnh Cửu district
// until 30/6/2025; from 1/7/2025 no district (two-level local government) and its Trung tâm
// Phục vụ hành chính công (NĐ 118/2025/NĐ-CP). Signers and "Nơi nhận" per form.
QList<OfficeIdentity> demonstrationHistory()
{
    OfficeIdentity before;
    before.validFrom = QDate(2018, 1, 1);
    before.agencyName = QStringLiteral("UBND xã Tân Bình");
    before.parentAgency = QStringLiteral("UBND huyện Vĩnh Cửu");
    before.unitName = QStringLiteral("Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Bình");
    before.placeName = QStringLiteral("Tân Bình");
    before.agencyCode = QStringLiteral("000.00.06.H56");
    before.forms.insert(QStringLiteral("supplement"), {QStringLiteral("PYCBS"), {}, {}, {}});
    before.forms.insert(QStringLiteral("refusal"),
                        {QStringLiteral("PTC"), {}, {}, QStringLiteral("Chủ tịch UBND xã")});
    before.forms.insert(QStringLiteral("apology"),
                        {QStringLiteral("XL-UBND"), QStringLiteral("CHỦ TỊCH"),
                         QStringLiteral("Nguyễn Văn Thành"),
                         QStringLiteral("Chủ tịch UBND huyện (để báo cáo)")});
    OfficeIdentity after = before;
    after.validFrom = QDate(2025, 7, 1);
    after.parentAgency.clear();
    after.unitName = QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình");
    after.forms.insert(QStringLiteral("apology"),
                       {QStringLiteral("XL-UBND"), QStringLiteral("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
                        QStringLiteral("Lê Văn Tâm"), QStringLiteral("Chủ tịch UBND xã")});
    after.forms.insert(QStringLiteral("stop"),
                       {QStringLiteral("TB-DGQ"), QStringLiteral("GIÁM ĐỐC"),
                        QStringLiteral("Trần Thị Hạnh"), QStringLiteral("Chủ tịch UBND xã")});
    return {before, after};
}

} // namespace

QString GenerateCommand::summary() const
{
    return CliContext::tr("Add synthetic dossiers for demonstrations and benchmarks: generate "
                          "--dossiers N --year YYYY --seed S.");
}

int GenerateCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("dossiers"),
                                         CliContext::tr("How many dossiers."), QStringLiteral("N"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        CliContext::tr("The year they are received in."),
                                        QStringLiteral("YYYY"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        CliContext::tr("The same seed gives the same dossiers (default 1)."), QStringLiteral("S"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"),
        CliContext::tr("Events after this time have not happened yet (default: the end of the "
                       "year, or now)."),
        QStringLiteral("YYYY-MM-DD HH:MM"));
    parser.addOption(countOption);
    parser.addOption(yearOption);
    parser.addOption(seedOption);
    parser.addOption(asOfOption);
    if (const int exit = parse(parser, context, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(countOption) ||
        !parser.isSet(yearOption)) {
        context.reportError(
            CliContext::tr("usage: generate --dossiers N --year YYYY [--seed S] [--as-of "
                           "\"YYYY-MM-DD HH:MM\"]"));
        return ExitUsage;
    }
    SyntheticDossiers::Options options;
    bool ok = false;
    options.count = parser.value(countOption).toInt(&ok);
    if (!ok || options.count < 0) {
        context.reportError(CliContext::tr("--dossiers: \"%1\" is not a whole number of 0 or more.")
                                .arg(parser.value(countOption)));
        return ExitUsage;
    }
    options.year = parser.value(yearOption).toInt(&ok);
    if (!ok || options.year < 2000 || options.year > 2099) {
        context.reportError(CliContext::tr("--year: \"%1\" is not a year from 2000 to 2099.")
                                .arg(parser.value(yearOption)));
        return ExitUsage;
    }
    if (parser.isSet(seedOption)) {
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            context.reportError(CliContext::tr("--seed: \"%1\" is not a whole number.")
                                    .arg(parser.value(seedOption)));
            return ExitUsage;
        }
    }
    if (parser.isSet(asOfOption)) {
        options.asOf =
            QDateTime::fromString(parser.value(asOfOption), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!options.asOf.isValid()) {
            context.reportError(CliContext::tr("--as-of: \"%1\" is not a time (YYYY-MM-DD HH:MM).")
                                    .arg(parser.value(asOfOption)));
            return ExitUsage;
        }
    }
    // Synthetic dossiers in a live register: an administrator's decision on a server.
    Database* db = context.database(Permission::ManageUsers);
    if (!db)
        return ExitFailure;
    QString error;
    // Synthetic data on a fresh database: the demonstration office and the national catalogue.
    OfficeSettings settings;
    if (!OfficeSettingsStore(*db).load(&settings, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    if (!settings.isConfigured()) {
        settings.agencyName = QStringLiteral("UBND XÃ TÂN BÌNH");
        settings.parentAgency = QStringLiteral("UBND HUYỆN VĨNH CỬU");
        settings.agencyCode = QStringLiteral("000.00.06.H56");
        settings.placeName = QStringLiteral("Tân Bình");
        settings.unitName = QStringLiteral("Trung tâm Phục vụ hành chính công xã Tân Bình");
        if (!OfficeSettingsStore(*db).save(settings, &error, cliOfficer())) {
            context.reportError(error);
            return ExitFailure;
        }
        for (const OfficeIdentity& version : demonstrationHistory()) {
            if (!OfficeIdentityStore(*db).save(version, &error)) {
                context.reportError(error);
                return ExitFailure;
            }
        }
        context.err() << CliContext::tr("The office was not set up: using the demonstration "
                                        "office %1 (%2).")
                             .arg(settings.agencyName, settings.agencyCode)
                      << Qt::endl;
    }
    bool seeded = false;
    if (!ProcedureRepository(*db).seedIfEmpty(&error, &seeded)) {
        context.reportError(error);
        return ExitFailure;
    }
    OfficeDueDateRules rules;
    if (!rules.load(*db, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    int dossiers = 0;
    int feedback = 0;
    if (!SyntheticDossiers(*db, rules).generate(options, &dossiers, &feedback, &error)) {
        context.reportError(error);
        return ExitFailure;
    }
    context.out() << CliContext::tr("generated %1 dossiers and %2 feedback items for %3 (seed "
                                    "%4) in %5 s")
                         .arg(dossiers)
                         .arg(feedback)
                         .arg(options.year)
                         .arg(options.seed)
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    return ExitSuccess;
}
