#include "sqlarray.h"

namespace inventory::sql {

QString textArray(const QStringList &values, bool emptyIsNull)
{
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += QLatin1Char(',');
        if (emptyIsNull && values[i].isEmpty()) {
            literal += QLatin1String("NULL");
            continue;
        }
        QString element = values[i];
        element.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        element.replace(QLatin1Char('"'), QLatin1String("\\\""));
        literal += QLatin1Char('"') + element + QLatin1Char('"');
    }
    return literal + QLatin1Char('}');
}

} // namespace inventory::sql

namespace inventory::sql {

QString bigintArray(const QList<qint64> &values)
{
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal += u',';
        literal += QString::number(values.at(i));
    }
    literal += u'}';
    return literal;
}

} // namespace inventory::sql
