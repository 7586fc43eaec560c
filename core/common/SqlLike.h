#pragma once

#include <QString>

// Text searches in SQL, the same on SQLite and PostgreSQL (both use LIKE … ESCAPE '\').
namespace SqlLike {
// text with LIKE's wildcards taken literally (escape character '\').
QString escaped(QString text);
// The smallest string greater than every string starting with prefix (not empty): the end of
// the index range "key >= prefix AND key < prefixEnd(prefix)".
QString prefixEnd(const QString& prefix);
} // namespace SqlLike
