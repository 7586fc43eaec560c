#include "User.h"

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
};
} // namespace

QString Roles::key(Role role)
{
    switch (role) {
    case Role::CounterOfficer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QString();
}

bool Roles::fromKey(const QString& key, Role* role)
{
    for (Role candidate : {Role::CounterOfficer, Role::Supervisor, Role::Administrator}) {
        if (Roles::key(candidate) == key) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::CounterOfficer:
        return Text::tr("Counter officer");
    case Role::Supervisor:
        return Text::tr("Supervisor");
    case Role::Administrator:
        return Text::tr("Administrator");
    }
    return QString();
}
