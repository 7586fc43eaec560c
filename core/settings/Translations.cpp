#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const QString languageKey = QStringLiteral("ui/language");
}

QString Translations::preferredLanguage()
{
    const QString language = QSettings().value(languageKey, QStringLiteral("vi")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("vi");
}

void Translations::setPreferredLanguage(const QString& language)
{
    QSettings().setValue(languageKey, language);
}

bool Translations::install(const QString& language)
{
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    QLocale::setDefault(vietnamese);

    auto* app = QCoreApplication::instance();
    // Qt's own catalogues (dialog buttons, print preview) where the system ships them.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(vietnamese, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // Our supplement for Qt's standard texts, since Debian ships no qtbase_vi.
    auto* qtExtra = new QTranslator(app);
    if (qtExtra->load(QStringLiteral(":/i18n/qtbase_extra_vi.qm")))
        QCoreApplication::installTranslator(qtExtra);
    else
        delete qtExtra;

    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/motcua_vi.qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}
