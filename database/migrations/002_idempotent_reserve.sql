-- Version 2: a reservation's reference doubles as an idempotency key.
--
-- After a crash or a dropped connection a client cannot know whether its reservation was
-- committed. Retrying with the same reference (for the same item, by the same role) returns
-- the first reservation instead of taking the stock twice; asking for a different quantity
-- under a used reference is refused. The key is looked up in the history, so it holds even
-- after the block was confirmed, released or cleaned up.

CREATE INDEX block_events_reference_idx ON public.block_events (actor, item_id, reference)
    WHERE kind = 'created' AND reference IS NOT NULL;

DROP FUNCTION inventory.reserve(bigint, integer, interval, text);

CREATE FUNCTION inventory.reserve(
    p_item_id bigint, p_quantity integer, p_ttl interval, p_reference text,
    OUT outcome text, OUT block_id bigint, OUT item_name text, OUT quantity integer,
    OUT remaining integer, OUT expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        outcome := 'invalid_quantity';
        RETURN;
    END IF;
    IF p_ttl IS NULL OR p_ttl <= interval '0' OR p_ttl > interval '30 days' THEN
        outcome := 'invalid_ttl';
        RETURN;
    END IF;

    IF p_reference IS NOT NULL AND p_reference <> '' THEN
        -- Retries with one key queue here; the later one then sees the earlier one's history
        -- row (each statement takes a new snapshot under READ COMMITTED).
        PERFORM pg_advisory_xact_lock(
            hashtextextended(session_user || E'\x1f' || p_item_id::text || E'\x1f' || p_reference, 0));
        SELECT e.block_id, e.quantity, e.expires_at INTO block_id, quantity, expires_at
          FROM public.block_events e
         WHERE e.kind = 'created' AND e.actor = session_user AND e.item_id = p_item_id
           AND e.reference = p_reference
         ORDER BY e.id
         LIMIT 1;
        IF FOUND THEN
            SELECT i.name, i.quantity INTO item_name, remaining FROM public.items i WHERE i.id = p_item_id;
            outcome := CASE WHEN quantity = p_quantity THEN 'replayed' ELSE 'reference_conflict' END;
            RETURN;
        END IF;
    END IF;

    -- The conditional UPDATE is the whole concurrency story: under READ COMMITTED it waits
    -- for a concurrent writer of the row and re-checks quantity >= p_quantity on the newest
    -- version, so two callers can never both take the last unit.
    UPDATE public.items i
       SET quantity = i.quantity - p_quantity, updated_at = now()
     WHERE i.id = p_item_id AND i.quantity >= p_quantity
    RETURNING i.name, i.quantity INTO item_name, remaining;

    IF NOT FOUND THEN
        SELECT i.name, i.quantity INTO item_name, remaining FROM public.items i WHERE i.id = p_item_id;
        outcome := CASE WHEN FOUND THEN 'insufficient' ELSE 'not_found' END;
        RETURN;
    END IF;

    INSERT INTO public.block_inventory (item_id, quantity, expires_at, reference)
    VALUES (p_item_id, p_quantity, now() + p_ttl, nullif(p_reference, ''))
    RETURNING id, block_inventory.quantity, block_inventory.expires_at
         INTO block_id, quantity, expires_at;
    outcome := 'reserved';
END
$$;

REVOKE ALL ON FUNCTION inventory.reserve(bigint, integer, interval, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION inventory.reserve(bigint, integer, interval, text) TO inventory_staff;
