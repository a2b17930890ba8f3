-- Version 6: a cleanup batch deletes the blocks it locked by their row address, not by a join.
--
-- Version 1 joined the locked victims back to block_inventory on id. Inside PL/pgSQL that
-- statement gets a generic plan after five calls, and with the batch size as an unknown LIMIT
-- the planner expects a tenth of the table and may hash-join against a sequential scan of all of
-- block_inventory: every batch then reads the whole table (measured at 300,000 expired blocks:
-- most of each batch's time, in heap pruning and hash building). The rows are locked by this
-- transaction, so their ctid cannot change before the DELETE; a TID scan finds each one directly
-- whatever the plan.

CREATE OR REPLACE FUNCTION inventory.cleanup_expired(
    p_batch_size integer DEFAULT 5000,
    OUT blocks_removed integer, OUT units_restored bigint, OUT finished_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_item_ids bigint[];
    v_units bigint[];
BEGIN
    IF p_batch_size IS NULL OR p_batch_size <= 0 OR p_batch_size > 100000 THEN
        RAISE EXCEPTION 'batch size must be between 1 and 100000, not %', p_batch_size
            USING ERRCODE = 'invalid_parameter_value';
    END IF;

    PERFORM pg_catalog.set_config('inventory.delete_reason', 'expired', true);
    WITH removed AS (
        DELETE FROM public.block_inventory b
         WHERE b.ctid = ANY (ARRAY(
                   SELECT v.ctid FROM public.block_inventory v
                    WHERE NOT v.is_permanent AND v.expires_at <= now()
                    ORDER BY v.expires_at
                    LIMIT p_batch_size
                      FOR UPDATE SKIP LOCKED))
        RETURNING b.item_id, b.quantity
    )
    SELECT array_agg(r.item_id ORDER BY r.item_id), array_agg(r.units ORDER BY r.item_id),
           coalesce(sum(r.blocks), 0), coalesce(sum(r.units), 0)
      INTO v_item_ids, v_units, blocks_removed, units_restored
      FROM (SELECT item_id, sum(quantity) AS units, count(*) AS blocks
              FROM removed GROUP BY item_id) r;
    PERFORM pg_catalog.set_config('inventory.delete_reason', '', true);

    IF blocks_removed > 0 THEN
        -- Lock the items in id order: two cleanups, or a cleanup and a release, cannot
        -- wait on each other in a cycle.
        PERFORM 1 FROM public.items i WHERE i.id = ANY (v_item_ids) ORDER BY i.id FOR NO KEY UPDATE;
        UPDATE public.items i
           SET quantity = i.quantity + u.units, updated_at = now()
          FROM unnest(v_item_ids, v_units) AS u(item_id, units)
         WHERE i.id = u.item_id;
    END IF;
    finished_at := clock_timestamp();
END
$$;
