#include "forms/FormData.h"

namespace FormKinds {

QString key(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt:
        return QStringLiteral("receipt");
    case FormKind::Supplement:
        return QStringLiteral("supplement");
    case FormKind::Refusal:
        return QStringLiteral("refusal");
    case FormKind::Apology:
        return QStringLiteral("apology");
    case FormKind::Stop:
        return QStringLiteral("stop");
    case FormKind::ControlSheet:
        return QStringLiteral("control-sheet");
    case FormKind::Ledger:
        return QStringLiteral("ledger");
    }
    return QString();
}

std::optional<FormKind> fromKey(const QString& key)
{
    for (FormKind kind : all()) {
        if (FormKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QList<FormKind> all()
{
    return {FormKind::Receipt, FormKind::Supplement,   FormKind::Refusal, FormKind::Apology,
            FormKind::Stop,    FormKind::ControlSheet, FormKind::Ledger};
}

} // namespace FormKinds
