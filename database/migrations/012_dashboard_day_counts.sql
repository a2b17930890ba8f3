-- Version 12: the day's reservation counts on the dashboard (issue 15) from an hourly summary.
-- Read from block_events (at, id) directly, a busy day is tens of thousands of rows: 140 ms at
-- 40,000 events today (docs/PERFORMANCE.md, Dashboard). This keeps, per hour (UTC) and kind, how
-- many events there were and their units, written by a statement trigger in the statement that
-- writes the events (the block_inventory triggers, a cleanup batch, reserve_batch, the owner's
-- SQL), as migration 10 does for the movements.
--
-- In 32 shards (by server process), so concurrent reservations do not queue on one counter row:
-- each adds to its own process's row with INSERT ... ON CONFLICT DO UPDATE, rows in key order.
-- The cost on the reservation path is that one small upsert per statement.

-- fillfactor: room on each page for the counters' updates to stay HOT (no index entry each).
CREATE TABLE public.block_event_hours (
    hour   timestamptz NOT NULL,  -- the start of the hour, UTC
    kind   public.block_event_kind NOT NULL,
    shard  smallint NOT NULL,     -- the writing server process, modulo 32
    events bigint NOT NULL DEFAULT 0,
    units  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, kind, shard)
) WITH (fillfactor = 50);

CREATE FUNCTION public.summarise_block_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.block_event_hours AS h (hour, kind, shard, events, units)
    SELECT date_trunc('hour', n.at, 'UTC'), n.kind, (pg_backend_pid() % 32)::smallint, count(*), sum(n.quantity)
      FROM new_events n
     GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (hour, kind, shard) DO UPDATE
        SET events = h.events + excluded.events, units = h.units + excluded.units;
    RETURN NULL;
END
$$;

CREATE TRIGGER block_events_summarised AFTER INSERT ON public.block_events
    REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION public.summarise_block_events();

-- The summaries from the history as it is; for this migration and for a repair by the owner.
CREATE OR REPLACE FUNCTION inventory.rebuild_dashboard_summaries() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    LOCK TABLE public.items, public.stock_movements, public.block_events IN SHARE ROW EXCLUSIVE MODE;
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
    DELETE FROM public.block_event_hours;
    INSERT INTO public.block_event_hours (hour, kind, shard, events, units)
    SELECT date_trunc('hour', e.at, 'UTC'), e.kind, 0, count(*), sum(e.quantity)
      FROM public.block_events e
     GROUP BY 1, 2;
END
$$;

SELECT inventory.rebuild_dashboard_summaries();

REVOKE ALL ON public.block_event_hours FROM PUBLIC;
GRANT SELECT ON public.block_event_hours TO inventory_staff;
REVOKE ALL ON FUNCTION inventory.rebuild_dashboard_summaries() FROM PUBLIC;
