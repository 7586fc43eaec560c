#pragma once

#include <QString>

// Loads the application's and Qt's own translations. Vietnamese is the default language;
// "en" shows the English source texts.
namespace Translations {
QString preferredLanguage(); // from the local settings, "vi" unless changed
void setPreferredLanguage(const QString& language);
// Installs the translators on the running application; returns false if the
// application's own Vietnamese catalogue could not be loaded.
bool install(const QString& language);
} // namespace Translations
