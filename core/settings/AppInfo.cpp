#include "AppInfo.h"

#include <QCoreApplication>

void AppInfo::applyIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("motcua-desk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("motcua-desk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppInfo::version()
{
    return QStringLiteral(MOTCUA_VERSION);
}

QString AppInfo::licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}
