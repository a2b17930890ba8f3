-- Flash sales: reservations of one item taken together, in one transaction and one commit.
--
-- A reservation holds its item's row lock until its commit is flushed, so one item serves one
-- commit at a time: a few thousand a second whatever the hardware. inventory-server sees the
-- requests for a hot item arriving while one for it is in flight and hands them here as one
-- call. Each request still gets its own block (id, expiry, reference, 'created' event) or its
-- own refusal with the numbers, decided in arrival order by first fit: a request that does not
-- fit is refused and the next one is tried, so a request for 5 that does not fit does not stop
-- a later request for 1.
--
-- Everything else is as inventory.reserve: archived items refused, the item's expired blocks
-- given back first when the batch wants more than is on the shelf, a reference (idempotency
-- key) per acting name answering a retry with the first reservation. The batch commits whole
-- or not at all.

CREATE FUNCTION inventory.reserve_batch(
    p_item_id bigint, p_quantities integer[], p_ttl_seconds bigint[], p_references text[])
RETURNS TABLE (ordinal integer, outcome text, block_id bigint, item_name text, quantity integer,
               remaining integer, expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_count constant integer := coalesce(cardinality(p_quantities), 0);
    v_actor constant text := inventory.actor();
    v_outcomes text[];
    v_blocks bigint[];
    v_quantities integer[];
    v_expires timestamptz[];
    v_remaining integer[];
    v_name text;
    v_on_shelf integer;
    v_archived timestamptz;
    v_available integer;
    v_wanted bigint := 0;
    v_freed integer := 0;
    v_first integer;
    v_prior_block bigint;
    v_prior_quantity integer;
    v_prior_expiry timestamptz;
    i integer;
BEGIN
    IF v_count NOT BETWEEN 1 AND 1000 OR cardinality(p_ttl_seconds) IS DISTINCT FROM v_count
       OR cardinality(p_references) IS DISTINCT FROM v_count THEN
        RAISE EXCEPTION 'reserve_batch takes 1 to 1000 requests, each with a ttl and a reference (NULL for none); got %, %, %',
            v_count, cardinality(p_ttl_seconds), cardinality(p_references)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_outcomes := array_fill(NULL::text, ARRAY[v_count]);
    v_blocks := array_fill(NULL::bigint, ARRAY[v_count]);
    v_quantities := array_fill(NULL::integer, ARRAY[v_count]);
    v_expires := array_fill(NULL::timestamptz, ARRAY[v_count]);
    v_remaining := array_fill(NULL::integer, ARRAY[v_count]);

    -- The batch's keys, locked in one order so two batches (two servers) cannot deadlock on them.
    PERFORM pg_advisory_xact_lock(k.key)
       FROM (SELECT DISTINCT hashtextextended(v_actor || E'\x1f' || p_item_id::text || E'\x1f' || r, 0) AS key
               FROM unnest(p_references) r WHERE r <> '' ORDER BY 1) k;

    -- What is refused or answered without taking anything: bad values, and retries.
    FOR i IN 1 .. v_count LOOP
        IF p_quantities[i] IS NULL OR p_quantities[i] <= 0 THEN
            v_outcomes[i] := 'invalid_quantity';
        ELSIF p_ttl_seconds[i] IS NULL OR p_ttl_seconds[i] <= 0 OR p_ttl_seconds[i] > 30 * 86400 THEN
            v_outcomes[i] := 'invalid_ttl';
        ELSIF p_references[i] <> '' THEN
            SELECT e.block_id, e.quantity, e.expires_at INTO v_prior_block, v_prior_quantity, v_prior_expiry
              FROM public.block_events e
             WHERE e.kind = 'created' AND e.actor = v_actor AND e.item_id = p_item_id AND e.reference = p_references[i]
             ORDER BY e.id
             LIMIT 1;
            IF FOUND THEN
                v_blocks[i] := v_prior_block;
                v_quantities[i] := v_prior_quantity;
                v_expires[i] := v_prior_expiry;
                v_outcomes[i] := CASE WHEN v_prior_quantity = p_quantities[i] THEN 'replayed' ELSE 'reference_conflict' END;
            ELSIF i > 1 AND p_references[i] = ANY (p_references[1 : i - 1]) THEN
                v_outcomes[i] := 'same_batch'; -- a retry of an earlier request of this batch: answered below
            END IF;
        END IF;
        IF v_outcomes[i] IS NULL THEN
            v_wanted := v_wanted + p_quantities[i];
        END IF;
    END LOOP;

    -- The item, locked once for the whole batch. (Expired blocks are then taken with SKIP
    -- LOCKED, which never waits, so this order cannot deadlock with cleanup or release.)
    SELECT it.name, it.quantity, it.archived_at INTO v_name, v_on_shelf, v_archived
      FROM public.items it WHERE it.id = p_item_id FOR UPDATE;
    IF NOT FOUND OR v_archived IS NOT NULL THEN
        RETURN QUERY
            SELECT k, coalesce(v_outcomes[k], CASE WHEN v_archived IS NULL THEN 'not_found' ELSE 'archived' END),
                   v_blocks[k], v_name, v_quantities[k], v_on_shelf, v_expires[k]
              FROM generate_subscripts(p_quantities, 1) k ORDER BY k;
        RETURN;
    END IF;

    v_available := v_on_shelf;
    IF v_wanted > v_available THEN
        PERFORM pg_catalog.set_config('inventory.delete_reason', 'expired', true);
        WITH gone AS (
            DELETE FROM public.block_inventory b
             WHERE b.ctid = ANY (ARRAY(
                       SELECT v.ctid FROM public.block_inventory v
                        WHERE v.item_id = p_item_id AND NOT v.is_permanent AND v.expires_at <= now()
                          FOR UPDATE SKIP LOCKED))
            RETURNING b.quantity
        )
        SELECT coalesce(sum(g.quantity), 0) INTO v_freed FROM gone g;
        PERFORM pg_catalog.set_config('inventory.delete_reason', '', true);
        v_available := v_available + v_freed;
    END IF;

    -- First fit, in arrival order.
    FOR i IN 1 .. v_count LOOP
        CONTINUE WHEN v_outcomes[i] IS NOT NULL;
        IF p_quantities[i] <= v_available THEN
            v_available := v_available - p_quantities[i];
            v_outcomes[i] := 'reserved';
            v_blocks[i] := nextval(pg_get_serial_sequence('public.block_inventory', 'id'));
            v_quantities[i] := p_quantities[i];
            v_expires[i] := now() + make_interval(secs => p_ttl_seconds[i]);
        ELSE
            v_outcomes[i] := 'insufficient';
            v_quantities[i] := p_quantities[i];
        END IF;
        v_remaining[i] := v_available;
    END LOOP;

    IF v_available <> v_on_shelf THEN
        UPDATE public.items it SET quantity = v_available, updated_at = now() WHERE it.id = p_item_id;
    END IF;
    -- One statement: the history trigger writes every 'created' event in one INSERT too.
    INSERT INTO public.block_inventory (id, item_id, quantity, expires_at, reference)
    SELECT v_blocks[k], p_item_id, v_quantities[k], v_expires[k], nullif(p_references[k], '')
      FROM generate_subscripts(p_quantities, 1) k
     WHERE v_outcomes[k] = 'reserved'
     ORDER BY k;

    -- A key twice in one batch: the later request is a retry of the first, answered like one.
    FOR i IN 1 .. v_count LOOP
        CONTINUE WHEN v_outcomes[i] IS DISTINCT FROM 'same_batch';
        v_first := array_position(p_references, p_references[i]);
        IF v_outcomes[v_first] = 'reserved' THEN
            v_outcomes[i] := CASE WHEN v_quantities[v_first] = p_quantities[i] THEN 'replayed' ELSE 'reference_conflict' END;
            v_blocks[i] := v_blocks[v_first];
            v_quantities[i] := v_quantities[v_first];
            v_expires[i] := v_expires[v_first];
        ELSE
            v_outcomes[i] := 'insufficient';
            v_quantities[i] := p_quantities[i];
        END IF;
        v_remaining[i] := v_available;
    END LOOP;

    RETURN QUERY
        SELECT k, v_outcomes[k], v_blocks[k], v_name, v_quantities[k], coalesce(v_remaining[k], v_available), v_expires[k]
          FROM generate_subscripts(p_quantities, 1) k ORDER BY k;
END
$$;

REVOKE ALL ON FUNCTION inventory.reserve_batch(bigint, integer[], bigint[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION inventory.reserve_batch(bigint, integer[], bigint[], text[])
    TO inventory_staff, inventory_checkout;
