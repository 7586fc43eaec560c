#include "SchemaCheck.h"

#include "Database.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString folded(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return SchemaCheck::tr("table");
    if (type == QLatin1String("index"))
        return SchemaCheck::tr("index");
    if (type == QLatin1String("trigger"))
        return SchemaCheck::tr("trigger");
    if (type == QLatin1String("view"))
        return SchemaCheck::tr("view");
    return type;
}

} // namespace

bool SchemaCheck::objectsOf(const QSqlDatabase& db, QList<Object>* objects, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // sqlite_autoindex_* follow from their table's definition; sqlite_sequence and
    // sqlite_stat* are SQLite's own.
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE "
                                   "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"))) {
        if (error)
            *error = tr("Cannot read the schema: %1").arg(query.lastError().text());
        return false;
    }
    objects->clear();
    while (query.next()) {
        objects->append({query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(), folded(query.value(3).toString())});
    }
    return true;
}

bool SchemaCheck::referenceFor(int version, QList<Object>* objects, QString* error)
{
    static QMutex mutex;
    static QHash<int, QList<Object>> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend()) {
        *objects = *it;
        return true;
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        if (error)
            *error = tr("Cannot create a temporary folder: %1").arg(folder.errorString());
        return false;
    }
    Database reference;
    QString problem;
    if (!reference.open(folder.filePath(QStringLiteral("reference.sqlite")), &problem) ||
        !reference.migrate(&problem, version) ||
        !objectsOf(reference.connection(), objects, &problem)) {
        if (error)
            *error =
                tr("Cannot build the reference schema of version %1: %2").arg(version).arg(problem);
        return false;
    }
    reference.close();
    cache.insert(version, *objects);
    return true;
}

bool SchemaCheck::compare(const QSqlDatabase& db, int version, QStringList* differences,
                          QString* error)
{
    QList<Object> actual;
    QList<Object> expected;
    if (!objectsOf(db, &actual, error) || !referenceFor(version, &expected, error))
        return false;
    QHash<QString, Object> byName;
    for (const Object& object : std::as_const(expected))
        byName.insert(object.name, object);
    differences->clear();
    for (const Object& object : std::as_const(actual)) {
        const auto it = byName.constFind(object.name);
        if (it == byName.cend()) {
            *differences << tr("extra %1 %2, which the application does not create")
                                .arg(typeName(object.type), object.name);
            continue;
        }
        if (it->type != object.type || it->table != object.table || it->sql != object.sql)
            *differences << tr("%1 %2 is defined otherwise than the application defines it")
                                .arg(typeName(object.type), object.name);
        byName.remove(object.name);
    }
    for (const Object& object : std::as_const(expected)) {
        if (byName.contains(object.name))
            *differences << tr("%1 %2 is missing").arg(typeName(object.type), object.name);
    }
    return true;
}
