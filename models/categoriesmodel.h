#pragma once

#include "error.h"
#include "types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <optional>

namespace inventory {

/// The categories with their item counts, loaded off the GUI thread, and the units in stock of
/// each category the views actually show.
///
/// Item counts come from a maintained table and cost nothing; units are summed on request (see
/// categoryUnits()), so they are fetched lazily: data() for an unknown or stale unit count asks
/// for it, and the requests of one event-loop pass go to the server together. A view therefore
/// costs the server only the rows it paints. Units count as stale after refreshUnits(); the
/// old figure stays on screen until the new one arrives.
class CategoriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ItemCountColumn, UnitsColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the category name, unformatted
        SortRole, ///< numbers as numbers
    };

    explicit CategoriesModel(QObject *parent = nullptr);

    /// Loads the list again; an answer to an older load is dropped. A reload while one is under
    /// way and `onlyIfIdle` is set does nothing (the periodic refresh must not pile up).
    void reload(bool onlyIfIdle = false);
    bool isLoading() const { return m_pending > 0; }
    /// The row of `name`, or -1.
    int rowOf(const QString &name) const;
    const QList<Category> &categories() const { return m_categories; }
    /// Marks every unit count stale: the rows on screen ask for theirs again.
    void refreshUnits();
    /// The unit count of `name` as last fetched, if it was.
    std::optional<qint64> units(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    /// Unit counts arrived for some rows.
    void unitsLoaded();
    void failed(const inventory::Error &error);

private:
    void apply(const QList<Category> &categories);
    QVariant unitsData(const QString &name, int role) const;
    void wantUnits(const QString &name) const;
    void fetchUnits();

    struct Units
    {
        qint64 value = 0;
        QDateTime at; ///< when it was summed (local clock; shown, never compared with the server)
        bool stale = false;
    };

    QList<Category> m_categories;
    quint64 m_generation = 0;
    int m_pending = 0;
    QHash<QString, Units> m_units;
    QDateTime m_unitsRefreshedAt;
    // Asked for by data(), which is const; a fetch per event-loop pass sends them.
    mutable QSet<QString> m_unitsWanted;
    mutable bool m_unitsFetchScheduled = false;
    QSet<QString> m_unitsInFlight;
};

} // namespace inventory
