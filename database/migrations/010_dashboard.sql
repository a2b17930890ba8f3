-- Version 10: the dashboard's figures (issue 15), each one cheap at 10M items and a year of
-- history. Two of them would otherwise read millions of rows, so the ledger keeps two small
-- summaries of itself, written by a trigger in the statement that books the movements:
--
--   category_stock        units in stock per category: the sum of the movements of the items
--                         in it (opening + receipts + adjustments + counts), which by the
--                         ledger's invariant is quantity + units in the items' blocks.
--   stock_movement_hours  movements and their units per hour (UTC) and reason.
--
-- Reservations write no movement, so neither summary costs the reservation path anything: the
-- units a reservation moves between an item and its block stay in the category's stock. The
-- other figures use indexes that exist already: expiring reservations the partial expiry index
-- of block_inventory, the day's reservation events block_events (at, id), low items the partial
-- low-stock index of items.
--
-- Concurrency. The summaries are written with INSERT ... ON CONFLICT DO UPDATE, so the first
-- movement of a new category or hour cannot be lost to a concurrent one; rows are touched in key
-- order, so two statements cannot deadlock on them. An item's category change moves its booked
-- units between the two categories; every function that books a movement has locked the item's
-- row first (receive, adjust, undo, count posting, repair), and so has a category change, so the
-- two cannot interleave: the change sees every movement committed before it, and a movement
-- booked after it sees the new category. (A movement inserted by hand by the owner without
-- touching its item could race a category change; `inventoryctl check` does not look at the
-- summaries, so inventory.rebuild_dashboard_summaries() rebuilds them from the ledger.)

CREATE TABLE public.category_stock (
    -- '' for items without a category (a category is never blank, see items_category_not_blank).
    category varchar(100) PRIMARY KEY,
    units    bigint NOT NULL DEFAULT 0
);

CREATE TABLE public.stock_movement_hours (
    hour      timestamptz NOT NULL, -- the start of the hour, UTC
    reason    text NOT NULL,        -- the movement's reason; 'opening' for opening stock
    movements bigint NOT NULL DEFAULT 0,
    units     bigint NOT NULL DEFAULT 0, -- the sum of the signed changes
    PRIMARY KEY (hour, reason)
);

-- Statement level, so a count posting or a bulk load of items (10M opening movements) costs one
-- aggregate per summary, not a row each.
CREATE FUNCTION public.summarise_movements() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.category_stock AS s (category, units)
    SELECT coalesce(i.category, ''), sum(n.change)
      FROM new_movements n JOIN public.items i ON i.id = n.item_id
     GROUP BY 1 ORDER BY 1
    ON CONFLICT (category) DO UPDATE SET units = s.units + excluded.units;

    INSERT INTO public.stock_movement_hours AS h (hour, reason, movements, units)
    SELECT date_trunc('hour', n.at, 'UTC'), coalesce(n.reason, 'opening'), count(*), sum(n.change)
      FROM new_movements n
     GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hour, reason) DO UPDATE
        SET movements = h.movements + excluded.movements, units = h.units + excluded.units;
    RETURN NULL;
END
$$;

-- An item moving to another category takes its booked units along. A row trigger restricted to
-- category changes (like items_counted_on_move), so a reservation never fires it.
CREATE FUNCTION public.move_category_stock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_units bigint;
BEGIN
    SELECT coalesce(sum(m.change), 0) INTO v_units FROM public.stock_movements m WHERE m.item_id = NEW.id;
    IF v_units = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.category_stock AS s (category, units)
    SELECT v.category, v.units
      FROM (VALUES (coalesce(OLD.category, ''), -v_units), (coalesce(NEW.category, ''), v_units)) AS v(category, units)
     ORDER BY v.category
    ON CONFLICT (category) DO UPDATE SET units = s.units + excluded.units;
    RETURN NULL;
END
$$;

-- A deleted item's stock leaves its category (its movements stay: the history outlives it).
CREATE FUNCTION public.remove_category_stock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.category_stock s SET units = s.units - d.units
      FROM (SELECT coalesce(o.category, '') AS category, sum(m.change) AS units
              FROM old_items o JOIN public.stock_movements m ON m.item_id = o.id
             GROUP BY 1 ORDER BY 1) d
     WHERE s.category = d.category;
    RETURN NULL;
END
$$;

-- The triggers first: CREATE TRIGGER locks the tables against writes until this migration
-- commits, so the summaries below are filled from a ledger nobody is adding to.
CREATE TRIGGER stock_movements_summarised AFTER INSERT ON public.stock_movements
    REFERENCING NEW TABLE AS new_movements
    FOR EACH STATEMENT EXECUTE FUNCTION public.summarise_movements();
CREATE TRIGGER items_stock_on_recategorise AFTER UPDATE OF category ON public.items
    FOR EACH ROW WHEN (OLD.category IS DISTINCT FROM NEW.category)
    EXECUTE FUNCTION public.move_category_stock();
CREATE TRIGGER items_stock_on_delete AFTER DELETE ON public.items
    REFERENCING OLD TABLE AS old_items
    FOR EACH STATEMENT EXECUTE FUNCTION public.remove_category_stock();

-- Both summaries from the ledger as it is; for this migration and for a repair by the owner.
CREATE FUNCTION inventory.rebuild_dashboard_summaries() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    LOCK TABLE public.items, public.stock_movements IN SHARE ROW EXCLUSIVE MODE;
    DELETE FROM public.category_stock;
    INSERT INTO public.category_stock (category, units)
    SELECT coalesce(i.category, ''), sum(m.change)
      FROM public.stock_movements m JOIN public.items i ON i.id = m.item_id
     GROUP BY 1;
    DELETE FROM public.stock_movement_hours;
    INSERT INTO public.stock_movement_hours (hour, reason, movements, units)
    SELECT date_trunc('hour', m.at, 'UTC'), coalesce(m.reason, 'opening'), count(*), sum(m.change)
      FROM public.stock_movements m
     GROUP BY 1, 2;
END
$$;

SELECT inventory.rebuild_dashboard_summaries();

REVOKE ALL ON public.category_stock, public.stock_movement_hours FROM PUBLIC;
GRANT SELECT ON public.category_stock, public.stock_movement_hours TO inventory_staff;
REVOKE ALL ON FUNCTION inventory.rebuild_dashboard_summaries() FROM PUBLIC;
