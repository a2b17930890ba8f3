-- Version 7: stock keeping. Receipts, adjustments and counts as movements in an append-only
-- ledger; the item fields a warehouse needs (SKU, barcode, reorder point, archived); expired
-- reservations given back by the reservation that needs their units.
--
-- The ledger's invariant, for every item:
--     quantity + units in its blocks = sum of its movements' changes
-- (opening stock + receipts + adjustments + counts). A reservation moves units from the item to
-- a block, a release or an expiry moves them back, a confirmation turns a temporary block into a
-- permanent one: none of them changes the sum, so the reservation path writes no movement (the
-- block history explains it), and the shop's original SQL (UPDATE items … INSERT INTO
-- block_inventory …) stays explained without any change. Anything that changes the sum without a
-- movement is drift, and `inventory.check_ledger()` names it.

-- ---------------------------------------------------------------------------------------
-- Items: new columns
-- ---------------------------------------------------------------------------------------

-- A GTIN-12 (UPC-A) or GTIN-13 (EAN-13) with a valid check digit.
CREATE FUNCTION public.is_valid_gtin(p_code text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_code ~ '^[0-9]{12,13}$'
       AND (SELECT (10 - sum(substr(c, 13 - k, 1)::integer * CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END) % 10) % 10
              FROM (SELECT lpad(p_code, 13, '0') AS c) s, generate_series(1, 12) AS k)
           = substr(lpad(p_code, 13, '0'), 13, 1)::integer;
$$;

ALTER TABLE public.items
    ADD COLUMN sku              varchar(64),
    ADD COLUMN barcode          varchar(13),
    ADD COLUMN reorder_point    integer,
    ADD COLUMN reorder_quantity integer,
    ADD COLUMN archived_at      timestamptz,
    ADD CONSTRAINT items_sku_not_blank CHECK (sku IS NULL OR btrim(sku) <> ''),
    ADD CONSTRAINT items_barcode_valid CHECK (barcode IS NULL OR public.is_valid_gtin(barcode)),
    ADD CONSTRAINT items_reorder_point_not_negative CHECK (reorder_point >= 0),
    ADD CONSTRAINT items_reorder_quantity_positive CHECK (reorder_quantity > 0);

-- SKUs are compared case-insensitively, barcodes as GTIN-13 (a UPC-A is an EAN-13 with a
-- leading zero), so "012345678905" and "0012345678905" are one code.
CREATE UNIQUE INDEX items_sku_idx ON public.items (lower(sku)) WHERE sku IS NOT NULL;
CREATE UNIQUE INDEX items_barcode_idx ON public.items (lpad(barcode, 13, '0')) WHERE barcode IS NOT NULL;
-- Low stock, most urgent (furthest below the reorder point) first. Partial: only items at or
-- below their reorder point are in it, so a reservation of a well-stocked item never touches it.
CREATE INDEX items_low_stock_idx ON public.items ((quantity - reorder_point), id)
    WHERE quantity <= reorder_point AND archived_at IS NULL;

-- The held units of an item and, of those, the expired ones (available again), from the index.
DROP INDEX public.block_inventory_item_idx;
CREATE INDEX block_inventory_item_idx ON public.block_inventory (item_id, is_permanent)
    INCLUDE (quantity, expires_at);

-- Creating an item with the new fields; the five-argument version stays for older clients.
CREATE FUNCTION inventory.create_item(
    p_name text, p_price numeric, p_quantity integer, p_category text, p_description text,
    p_sku text, p_barcode text, p_reorder_point integer, p_reorder_quantity integer)
RETURNS SETOF public.items
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO public.items (name, price, quantity, category, description, sku, barcode,
                              reorder_point, reorder_quantity)
    VALUES (p_name, p_price, p_quantity, nullif(p_category, ''), nullif(p_description, ''),
            nullif(p_sku, ''), nullif(p_barcode, ''), p_reorder_point, p_reorder_quantity)
    RETURNING *;
$$;

-- ---------------------------------------------------------------------------------------
-- Category counts count the items that can be browsed: archived ones leave their category's
-- count, unarchived ones come back. One row trigger for category and archive changes, still
-- never fired by a reservation (UPDATE OF category, archived_at … WHEN).
-- ---------------------------------------------------------------------------------------

DROP TRIGGER items_counted_on_recategorise ON public.items;
DROP FUNCTION public.count_item_recategorised();

CREATE FUNCTION public.count_item_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_old text := CASE WHEN OLD.archived_at IS NULL THEN OLD.category END;
    v_new text := CASE WHEN NEW.archived_at IS NULL THEN NEW.category END;
BEGIN
    IF v_old IS NOT DISTINCT FROM v_new THEN
        RETURN NULL;
    END IF;
    -- Lock the two counters in a fixed order.
    IF v_old IS NOT NULL AND (v_new IS NULL OR v_old < v_new) THEN
        UPDATE public.category_counts SET item_count = item_count - 1 WHERE category = v_old;
    END IF;
    IF v_new IS NOT NULL THEN
        INSERT INTO public.category_counts AS c (category, item_count) VALUES (v_new, 1)
        ON CONFLICT (category) DO UPDATE SET item_count = c.item_count + 1;
    END IF;
    IF v_old IS NOT NULL AND v_new IS NOT NULL AND v_old > v_new THEN
        UPDATE public.category_counts SET item_count = item_count - 1 WHERE category = v_old;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER items_counted_on_move AFTER UPDATE OF category, archived_at ON public.items
    FOR EACH ROW WHEN (OLD.category IS DISTINCT FROM NEW.category
                       OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL))
    EXECUTE FUNCTION public.count_item_moved();

CREATE OR REPLACE FUNCTION public.count_items_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.category_counts AS c (category, item_count)
    SELECT n.category, count(*) FROM new_items n WHERE n.category IS NOT NULL AND n.archived_at IS NULL
     GROUP BY n.category ORDER BY n.category
    ON CONFLICT (category) DO UPDATE SET item_count = c.item_count + excluded.item_count;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION public.count_items_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.category_counts c SET item_count = c.item_count - d.n
      FROM (SELECT o.category, count(*) AS n FROM old_items o
             WHERE o.category IS NOT NULL AND o.archived_at IS NULL
             GROUP BY o.category ORDER BY o.category) d
     WHERE c.category = d.category;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------
-- The ledger
-- ---------------------------------------------------------------------------------------

CREATE TYPE public.stock_movement_kind AS ENUM ('opening', 'receipt', 'adjustment', 'count');

-- No foreign key to items, like block_events: the history outlives what it mentions.
CREATE TABLE public.stock_movements (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id            bigint NOT NULL,
    kind               public.stock_movement_kind NOT NULL,
    reason             text,
    change             integer NOT NULL,
    resulting_quantity integer NOT NULL,
    actor              text NOT NULL DEFAULT session_user,
    at                 timestamptz NOT NULL DEFAULT now(),
    reference          text,
    note               text,
    count_id           bigint,
    compensates        bigint,
    CONSTRAINT stock_movement_reason CHECK (
        (kind = 'opening' AND reason IS NULL)
        OR (kind = 'receipt' AND reason IN ('received', 'returned'))
        OR (kind = 'adjustment' AND reason IN ('damaged', 'lost', 'found', 'correction'))
        OR (kind = 'count' AND reason = 'count')),
    CONSTRAINT stock_movement_reference_length CHECK (char_length(reference) <= 200),
    CONSTRAINT stock_movement_note_length CHECK (char_length(note) <= 1000)
);

CREATE INDEX stock_movements_item_idx ON public.stock_movements (item_id, at, id);
CREATE INDEX stock_movements_at_idx ON public.stock_movements (at, id);
-- A movement is undone at most once.
CREATE UNIQUE INDEX stock_movements_compensates_idx ON public.stock_movements (compensates)
    WHERE compensates IS NOT NULL;

CREATE TRIGGER stock_movements_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON public.stock_movements
    FOR EACH STATEMENT EXECUTE FUNCTION public.block_events_append_only();

-- Opening stock: every new item's quantity, however it was inserted (our functions, the bulk
-- seed, the owner's SQL), in one INSERT per statement.
CREATE FUNCTION public.record_opening_stock() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.stock_movements (item_id, kind, change, resulting_quantity, at)
    SELECT n.id, 'opening', n.quantity, n.quantity, n.created_at FROM new_items n;
    RETURN NULL;
END
$$;

CREATE TRIGGER items_opening_stock AFTER INSERT ON public.items
    REFERENCING NEW TABLE AS new_items
    FOR EACH STATEMENT EXECUTE FUNCTION public.record_opening_stock();

-- Items that exist already open with what they hold now, so the ledger starts clean.
INSERT INTO public.stock_movements (item_id, kind, change, resulting_quantity, at)
SELECT i.id, 'opening', i.quantity + coalesce(b.units, 0), i.quantity, i.created_at
  FROM public.items i
  LEFT JOIN (SELECT item_id, sum(quantity)::integer AS units FROM public.block_inventory GROUP BY item_id) b
         ON b.item_id = i.id;

-- ---------------------------------------------------------------------------------------
-- Block events gain the item's quantity right after them, for the history. A created,
-- confirmed, extended or released event sees the item as its statement left it; a cleanup
-- (or a reservation giving expired blocks back) deletes first and restores the units in its
-- next statement, so an expired event adds its own block's units, running per item.
-- ---------------------------------------------------------------------------------------

ALTER TABLE public.block_events ADD COLUMN item_quantity integer;
CREATE INDEX block_events_at_idx ON public.block_events (at, id);

CREATE OR REPLACE FUNCTION public.record_block_created() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.block_events (block_id, item_id, kind, quantity, expires_at, reference, item_quantity)
    SELECT n.id, n.item_id, 'created', n.quantity, n.expires_at, n.reference, i.quantity
      FROM new_blocks n LEFT JOIN public.items i ON i.id = n.item_id;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION public.record_block_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.block_events (block_id, item_id, kind, quantity, expires_at, reference, item_quantity)
    SELECT n.id, n.item_id,
           CASE WHEN n.is_permanent AND NOT o.is_permanent THEN 'confirmed'::public.block_event_kind
                ELSE 'extended' END,
           n.quantity, n.expires_at, n.reference, i.quantity
      FROM old_blocks o JOIN new_blocks n ON n.id = o.id
      LEFT JOIN public.items i ON i.id = n.item_id
     WHERE (n.is_permanent AND NOT o.is_permanent)
        OR (NOT n.is_permanent AND n.expires_at IS DISTINCT FROM o.expires_at);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION public.record_block_removed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_kind public.block_event_kind :=
        coalesce(nullif(current_setting('inventory.delete_reason', true), ''), 'released');
BEGIN
    INSERT INTO public.block_events (block_id, item_id, kind, quantity, expires_at, reference, item_quantity)
    SELECT o.id, o.item_id, v_kind, o.quantity, o.expires_at, o.reference,
           i.quantity + CASE WHEN v_kind = 'expired'
                             THEN sum(o.quantity) OVER (PARTITION BY o.item_id ORDER BY o.id)
                             ELSE 0 END
      FROM old_blocks o LEFT JOIN public.items i ON i.id = o.item_id;
    RETURN NULL;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Reservations: archived items cannot be reserved, and units held by the item's expired
-- blocks are available at the moment they expire. A reservation that would be refused gives
-- those blocks back first (each with its 'expired' event, exactly as cleanup would) in the
-- same call. Lock order as in cleanup and release: the blocks (SKIP LOCKED, so never waiting
-- on a cleanup that holds some of them), then the item.
-- ---------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION inventory.reserve(
    p_item_id bigint, p_quantity integer, p_ttl interval, p_reference text,
    OUT outcome text, OUT block_id bigint, OUT item_name text, OUT quantity integer,
    OUT remaining integer, OUT expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_freed integer;
    v_archived timestamptz;
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
     WHERE i.id = p_item_id AND i.quantity >= p_quantity AND i.archived_at IS NULL
    RETURNING i.name, i.quantity INTO item_name, remaining;

    IF NOT FOUND THEN
        SELECT i.name, i.quantity, i.archived_at INTO item_name, remaining, v_archived
          FROM public.items i WHERE i.id = p_item_id;
        IF NOT FOUND THEN
            outcome := 'not_found';
            RETURN;
        END IF;
        IF v_archived IS NOT NULL THEN
            outcome := 'archived';
            RETURN;
        END IF;

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
        IF v_freed = 0 THEN
            outcome := 'insufficient';
            RETURN;
        END IF;

        UPDATE public.items i
           SET quantity = i.quantity + v_freed - p_quantity, updated_at = now()
         WHERE i.id = p_item_id AND i.quantity + v_freed >= p_quantity
        RETURNING i.name, i.quantity INTO item_name, remaining;
        IF NOT FOUND THEN
            -- Still not enough: the expired units go back all the same (cleanup's work, done).
            UPDATE public.items i
               SET quantity = i.quantity + v_freed, updated_at = now()
             WHERE i.id = p_item_id
            RETURNING i.name, i.quantity INTO item_name, remaining;
            outcome := 'insufficient';
            RETURN;
        END IF;
    END IF;

    INSERT INTO public.block_inventory (item_id, quantity, expires_at, reference)
    VALUES (p_item_id, p_quantity, now() + p_ttl, nullif(p_reference, ''))
    RETURNING id, block_inventory.quantity, block_inventory.expires_at
         INTO block_id, quantity, expires_at;
    outcome := 'reserved';
END
$$;

-- ---------------------------------------------------------------------------------------
-- Movements. Each is one call; refusals come back as an outcome with the numbers.
-- ---------------------------------------------------------------------------------------

-- Goods in. Staff and managers.
CREATE FUNCTION inventory.receive(
    p_item_id bigint, p_quantity integer, p_reason text, p_reference text,
    OUT outcome text, OUT movement_id bigint, OUT item_name text, OUT change integer,
    OUT resulting_quantity integer, OUT at timestamptz, OUT actor text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_archived timestamptz;
BEGIN
    IF p_quantity IS NULL OR p_quantity <= 0 THEN
        outcome := 'invalid_quantity';
        RETURN;
    END IF;
    IF p_reason IS NULL OR p_reason NOT IN ('received', 'returned') THEN
        outcome := 'invalid_reason';
        RETURN;
    END IF;

    UPDATE public.items i
       SET quantity = i.quantity + p_quantity, updated_at = now()
     WHERE i.id = p_item_id AND i.archived_at IS NULL AND i.quantity <= 2147483647 - p_quantity
    RETURNING i.name, i.quantity INTO item_name, resulting_quantity;
    IF NOT FOUND THEN
        SELECT i.name, i.quantity, i.archived_at INTO item_name, resulting_quantity, v_archived
          FROM public.items i WHERE i.id = p_item_id;
        outcome := CASE WHEN NOT FOUND THEN 'not_found'
                        WHEN v_archived IS NOT NULL THEN 'archived'
                        ELSE 'too_many' END;
        RETURN;
    END IF;

    INSERT INTO public.stock_movements AS m (item_id, kind, reason, change, resulting_quantity, reference)
    VALUES (p_item_id, 'receipt', p_reason, p_quantity, resulting_quantity, nullif(p_reference, ''))
    RETURNING m.id, m.change, m.at, m.actor INTO movement_id, change, at, actor;
    outcome := 'received';
END
$$;

-- A correction by a signed amount (p_by) or to a figure (p_to). Managers.
CREATE FUNCTION inventory.adjust(
    p_item_id bigint, p_by integer, p_to integer, p_reason text, p_note text,
    OUT outcome text, OUT movement_id bigint, OUT item_name text, OUT change integer,
    OUT resulting_quantity integer, OUT at timestamptz, OUT actor text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_quantity integer;
    v_new bigint;
BEGIN
    IF (p_by IS NULL) = (p_to IS NULL) OR p_to < 0 THEN
        outcome := 'invalid_quantity';
        RETURN;
    END IF;
    IF p_reason IS NULL OR p_reason NOT IN ('damaged', 'lost', 'found', 'correction') THEN
        outcome := 'invalid_reason';
        RETURN;
    END IF;

    SELECT i.name, i.quantity INTO item_name, v_quantity
      FROM public.items i WHERE i.id = p_item_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    v_new := coalesce(p_to::bigint, v_quantity::bigint + p_by);
    change := (v_new - v_quantity)::integer;
    resulting_quantity := v_quantity;
    IF change = 0 THEN
        outcome := 'no_change';
        RETURN;
    END IF;
    IF v_new < 0 THEN
        outcome := 'insufficient';
        RETURN;
    END IF;
    IF v_new > 2147483647 THEN
        outcome := 'too_many';
        RETURN;
    END IF;

    UPDATE public.items i SET quantity = v_new, updated_at = now() WHERE i.id = p_item_id;
    INSERT INTO public.stock_movements AS m (item_id, kind, reason, change, resulting_quantity, note)
    VALUES (p_item_id, 'adjustment', p_reason, change, v_new, nullif(p_note, ''))
    RETURNING m.id, m.resulting_quantity, m.at, m.actor INTO movement_id, resulting_quantity, at, actor;
    outcome := 'adjusted';
END
$$;

-- Undo of a receipt or an adjustment: the opposite movement, never a delete. Staff may undo
-- their own receipts; adjustments, and other people's movements, are for managers.
CREATE FUNCTION inventory.undo_movement(
    p_movement_id bigint,
    OUT outcome text, OUT movement_id bigint, OUT item_id bigint, OUT item_name text,
    OUT change integer, OUT resulting_quantity integer, OUT at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_original public.stock_movements;
    v_quantity integer;
BEGIN
    SELECT * INTO v_original FROM public.stock_movements m WHERE m.id = p_movement_id;
    IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    item_id := v_original.item_id;
    change := -v_original.change;
    IF v_original.kind NOT IN ('receipt', 'adjustment') THEN
        outcome := 'not_undoable';
        RETURN;
    END IF;
    IF (v_original.kind = 'adjustment' OR v_original.actor <> session_user)
       AND NOT pg_has_role(session_user, 'inventory_manager', 'MEMBER') THEN
        RAISE EXCEPTION 'only managers can undo adjustments or other people''s receipts'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    -- Two undos of one movement queue on its item; the second then finds the first.
    SELECT i.name, i.quantity INTO item_name, v_quantity
      FROM public.items i WHERE i.id = v_original.item_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    SELECT m.id INTO movement_id FROM public.stock_movements m WHERE m.compensates = p_movement_id;
    IF FOUND THEN
        outcome := 'already_undone';
        resulting_quantity := v_quantity;
        RETURN;
    END IF;
    IF v_quantity + change < 0 THEN
        outcome := 'insufficient';
        resulting_quantity := v_quantity;
        RETURN;
    END IF;

    UPDATE public.items i SET quantity = i.quantity + change, updated_at = now()
     WHERE i.id = v_original.item_id
    RETURNING i.quantity INTO resulting_quantity;
    INSERT INTO public.stock_movements AS m
        (item_id, kind, reason, change, resulting_quantity, reference, note, compensates)
    VALUES (v_original.item_id, v_original.kind, v_original.reason, change, resulting_quantity,
            v_original.reference, 'undo of movement #' || p_movement_id, p_movement_id)
    RETURNING m.id, m.at INTO movement_id, at;
    outcome := 'undone';
END
$$;

-- ---------------------------------------------------------------------------------------
-- Items: edit, archive
-- ---------------------------------------------------------------------------------------

-- NULL leaves a field as it is; '' clears an optional text. The reorder figures change only
-- when their p_set_… flag is true (then NULL clears them). Managers.
CREATE FUNCTION inventory.edit_item(
    p_item_id bigint, p_name text, p_description text, p_price numeric, p_category text,
    p_sku text, p_barcode text,
    p_set_reorder_point boolean, p_reorder_point integer,
    p_set_reorder_quantity boolean, p_reorder_quantity integer,
    OUT outcome text, OUT conflicting_item bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_sku IS NOT NULL AND p_sku <> '' THEN
        SELECT i.id INTO conflicting_item FROM public.items i
         WHERE lower(i.sku) = lower(p_sku) AND i.sku IS NOT NULL AND i.id <> p_item_id;
        IF FOUND THEN
            outcome := 'sku_taken';
            RETURN;
        END IF;
    END IF;
    IF p_barcode IS NOT NULL AND p_barcode <> '' THEN
        SELECT i.id INTO conflicting_item FROM public.items i
         WHERE lpad(i.barcode, 13, '0') = lpad(p_barcode, 13, '0') AND i.barcode IS NOT NULL
           AND i.id <> p_item_id;
        IF FOUND THEN
            outcome := 'barcode_taken';
            RETURN;
        END IF;
    END IF;

    UPDATE public.items i
       SET name = coalesce(p_name, i.name),
           description = CASE WHEN p_description IS NULL THEN i.description ELSE nullif(p_description, '') END,
           price = coalesce(p_price, i.price),
           category = CASE WHEN p_category IS NULL THEN i.category ELSE nullif(p_category, '') END,
           sku = CASE WHEN p_sku IS NULL THEN i.sku ELSE nullif(p_sku, '') END,
           barcode = CASE WHEN p_barcode IS NULL THEN i.barcode ELSE nullif(p_barcode, '') END,
           reorder_point = CASE WHEN p_set_reorder_point THEN p_reorder_point ELSE i.reorder_point END,
           reorder_quantity = CASE WHEN p_set_reorder_quantity THEN p_reorder_quantity ELSE i.reorder_quantity END,
           updated_at = now()
     WHERE i.id = p_item_id;
    outcome := CASE WHEN FOUND THEN 'edited' ELSE 'not_found' END;
END
$$;

CREATE FUNCTION inventory.archive_item(
    p_item_id bigint, OUT outcome text, OUT temporary_blocks integer, OUT temporary_units bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_archived timestamptz;
BEGIN
    -- The item's row lock first: a reservation of it waits, then sees it archived.
    SELECT i.archived_at INTO v_archived FROM public.items i WHERE i.id = p_item_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        outcome := 'not_found';
        RETURN;
    END IF;
    IF v_archived IS NOT NULL THEN
        outcome := 'already_archived';
        RETURN;
    END IF;
    SELECT count(*), coalesce(sum(b.quantity), 0) INTO temporary_blocks, temporary_units
      FROM public.block_inventory b WHERE b.item_id = p_item_id AND NOT b.is_permanent;
    IF temporary_blocks > 0 THEN
        outcome := 'reserved';
        RETURN;
    END IF;
    UPDATE public.items i SET archived_at = now(), updated_at = now() WHERE i.id = p_item_id;
    outcome := 'archived';
END
$$;

CREATE FUNCTION inventory.unarchive_item(p_item_id bigint, OUT outcome text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE public.items i SET archived_at = NULL, updated_at = now()
     WHERE i.id = p_item_id AND i.archived_at IS NOT NULL;
    IF FOUND THEN
        outcome := 'unarchived';
        RETURN;
    END IF;
    PERFORM FROM public.items i WHERE i.id = p_item_id;
    outcome := CASE WHEN FOUND THEN 'not_archived' ELSE 'not_found' END;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Stock counts
-- ---------------------------------------------------------------------------------------

CREATE TABLE public.stock_counts (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category  varchar(100),
    opened_by text NOT NULL DEFAULT session_user,
    opened_at timestamptz NOT NULL DEFAULT now(),
    posted_by text,
    posted_at timestamptz,
    CONSTRAINT stock_count_posted CHECK ((posted_by IS NULL) = (posted_at IS NULL))
);

-- `expected` is what should be on hand when the count was opened: the item's quantity plus the
-- units its temporary blocks hold (they are still on the shelf), read in one snapshot.
CREATE TABLE public.stock_count_lines (
    count_id   bigint NOT NULL REFERENCES public.stock_counts (id),
    item_id    bigint NOT NULL REFERENCES public.items (id) ON DELETE CASCADE,
    expected   integer NOT NULL,
    counted    integer CHECK (counted >= 0),
    counted_by text,
    counted_at timestamptz,
    PRIMARY KEY (count_id, item_id)
);
CREATE INDEX stock_count_lines_item_idx ON public.stock_count_lines (item_id);
CREATE INDEX stock_counts_open_idx ON public.stock_counts (id) WHERE posted_at IS NULL;

CREATE FUNCTION inventory.open_count(p_category text, p_item_ids bigint[],
    OUT outcome text, OUT count_id bigint, OUT lines integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (p_category IS NULL) = (p_item_ids IS NULL) THEN
        outcome := 'invalid';
        RETURN;
    END IF;
    INSERT INTO public.stock_counts (category) VALUES (p_category) RETURNING id INTO count_id;
    INSERT INTO public.stock_count_lines (count_id, item_id, expected)
    SELECT count_id, i.id,
           i.quantity + coalesce((SELECT sum(b.quantity) FROM public.block_inventory b
                                   WHERE b.item_id = i.id AND NOT b.is_permanent), 0)
      FROM public.items i
     WHERE i.archived_at IS NULL
       AND (i.category = p_category OR i.id = ANY (p_item_ids));
    GET DIAGNOSTICS lines = ROW_COUNT;
    IF lines = 0 THEN
        -- Nothing to count: leave no empty count behind.
        RAISE EXCEPTION USING ERRCODE = 'P0002', MESSAGE = 'nothing to count';
    END IF;
    outcome := 'opened';
EXCEPTION
    WHEN no_data_found THEN
        outcome := 'empty';
        count_id := NULL;
        lines := 0;
END
$$;

-- Enters a counted figure (p_add false) or adds to it (p_add true: a scan). Staff and managers.
CREATE FUNCTION inventory.set_counted(p_count_id bigint, p_item_id bigint, p_value integer, p_add boolean,
    OUT outcome text, OUT expected integer, OUT counted integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_posted timestamptz;
BEGIN
    -- FOR SHARE: a posting (FOR UPDATE) waits for figures being entered, and a figure entered
    -- while a posting runs waits for it and then finds the count posted: never a figure stored
    -- that the posting did not book.
    SELECT c.posted_at INTO v_posted FROM public.stock_counts c WHERE c.id = p_count_id FOR SHARE;
    IF NOT FOUND THEN
        outcome := 'count_not_found';
        RETURN;
    END IF;
    IF v_posted IS NOT NULL THEN
        outcome := 'posted';
        RETURN;
    END IF;
    UPDATE public.stock_count_lines l
       SET counted = CASE WHEN p_add THEN coalesce(l.counted, 0) + p_value ELSE p_value END,
           counted_by = session_user, counted_at = now()
     WHERE l.count_id = p_count_id AND l.item_id = p_item_id
       AND (CASE WHEN p_add THEN coalesce(l.counted, 0) + p_value ELSE p_value END) BETWEEN 0 AND 2147483647
    RETURNING l.expected, l.counted INTO expected, counted;
    IF FOUND THEN
        outcome := 'counted';
        RETURN;
    END IF;
    SELECT l.expected, l.counted INTO expected, counted
      FROM public.stock_count_lines l WHERE l.count_id = p_count_id AND l.item_id = p_item_id;
    outcome := CASE WHEN FOUND THEN 'invalid_quantity' ELSE 'not_in_count' END;
END
$$;

-- Books every difference (counted − expected) as one 'count' movement, in this one
-- transaction, applied to the quantity as it is now. Reservations, releases and cleanups since
-- the opening moved units between the item and its blocks, not out of the warehouse, so a
-- relative correction neither loses nor double-counts them. Refused whole when a correction
-- would take an item below zero (more is reserved now than was counted). Managers.
CREATE FUNCTION inventory.post_count(p_count_id bigint,
    OUT outcome text, OUT movements integer, OUT units_added bigint, OUT units_removed bigint,
    OUT uncounted integer, OUT posted_at timestamptz,
    OUT short_item bigint, OUT short_name text, OUT short_quantity integer, OUT short_change integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_posted timestamptz;
BEGIN
    SELECT c.posted_at INTO v_posted FROM public.stock_counts c WHERE c.id = p_count_id FOR UPDATE;
    IF NOT FOUND THEN
        outcome := 'count_not_found';
        RETURN;
    END IF;
    IF v_posted IS NOT NULL THEN
        outcome := 'posted';
        posted_at := v_posted;
        RETURN;
    END IF;

    -- The items in id order, like every other multi-item lock.
    PERFORM 1 FROM public.items i
     WHERE i.id IN (SELECT l.item_id FROM public.stock_count_lines l
                     WHERE l.count_id = p_count_id AND l.counted IS DISTINCT FROM l.expected
                       AND l.counted IS NOT NULL)
     ORDER BY i.id FOR NO KEY UPDATE;

    SELECT i.id, i.name, i.quantity, l.counted - l.expected
      INTO short_item, short_name, short_quantity, short_change
      FROM public.stock_count_lines l JOIN public.items i ON i.id = l.item_id
     WHERE l.count_id = p_count_id AND l.counted IS NOT NULL
       AND i.quantity + (l.counted - l.expected) < 0
     ORDER BY i.id LIMIT 1;
    IF FOUND THEN
        outcome := 'insufficient';
        RETURN;
    END IF;

    WITH diff AS (
        SELECT l.item_id, l.counted - l.expected AS change
          FROM public.stock_count_lines l
         WHERE l.count_id = p_count_id AND l.counted IS NOT NULL AND l.counted <> l.expected
    ), moved AS (
        UPDATE public.items i SET quantity = i.quantity + d.change, updated_at = now()
          FROM diff d WHERE i.id = d.item_id
        RETURNING i.id, i.quantity, d.change
    ), booked AS (
        INSERT INTO public.stock_movements (item_id, kind, reason, change, resulting_quantity, count_id)
        SELECT m.id, 'count', 'count', m.change, m.quantity, p_count_id FROM moved m
        RETURNING change
    )
    SELECT count(*), coalesce(sum(b.change) FILTER (WHERE b.change > 0), 0),
           coalesce(-sum(b.change) FILTER (WHERE b.change < 0), 0)
      INTO movements, units_added, units_removed FROM booked b;

    SELECT count(*) INTO uncounted FROM public.stock_count_lines l
     WHERE l.count_id = p_count_id AND l.counted IS NULL;
    UPDATE public.stock_counts c SET posted_by = session_user, posted_at = now()
     WHERE c.id = p_count_id RETURNING c.posted_at INTO posted_at;
    outcome := 'posted_now';
END
$$;

-- ---------------------------------------------------------------------------------------
-- The check and its repair
-- ---------------------------------------------------------------------------------------

-- One pass: every item's stock (quantity + units in its blocks) against its booked total.
-- Returns the number of items checked and the drifted ones as parallel arrays, by item id.
CREATE FUNCTION inventory.check_ledger(
    OUT items_checked bigint, OUT item_ids bigint[], OUT item_names text[],
    OUT stock bigint[], OUT booked bigint[])
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT count(*),
           coalesce(array_agg(s.id ORDER BY s.id) FILTER (WHERE s.stock <> s.booked), '{}'),
           coalesce(array_agg(s.name::text ORDER BY s.id) FILTER (WHERE s.stock <> s.booked), '{}'),
           coalesce(array_agg(s.stock ORDER BY s.id) FILTER (WHERE s.stock <> s.booked), '{}'),
           coalesce(array_agg(s.booked ORDER BY s.id) FILTER (WHERE s.stock <> s.booked), '{}')
      FROM (SELECT i.id, i.name, i.quantity + coalesce(b.units, 0) AS stock, coalesce(m.booked, 0) AS booked
              FROM public.items i
              LEFT JOIN (SELECT item_id, sum(quantity) AS units FROM public.block_inventory GROUP BY item_id) b
                     ON b.item_id = i.id
              LEFT JOIN (SELECT item_id, sum(change) AS booked FROM public.stock_movements GROUP BY item_id) m
                     ON m.item_id = i.id) s;
$$;

-- Books one 'correction' per listed item whose drift is still exactly the listed one (what the
-- person was shown), so the ledger explains its stock again. The quantity is not changed: the
-- stock is what it is; the ledger learns how it got there. Managers.
CREATE FUNCTION inventory.repair_ledger(p_item_ids bigint[], p_differences bigint[])
RETURNS TABLE (movement_id bigint, item_id bigint, item_name text, change integer,
               resulting_quantity integer, at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM 1 FROM public.items i WHERE i.id = ANY (p_item_ids) ORDER BY i.id FOR NO KEY UPDATE;
    RETURN QUERY
    WITH wanted AS (
        SELECT u.item_id, u.difference FROM unnest(p_item_ids, p_differences) AS u(item_id, difference)
    ), now_drift AS (
        SELECT i.id, i.name, i.quantity,
               i.quantity + coalesce((SELECT sum(b.quantity) FROM public.block_inventory b WHERE b.item_id = i.id), 0)
               - coalesce((SELECT sum(m.change) FROM public.stock_movements m WHERE m.item_id = i.id), 0) AS difference
          FROM public.items i WHERE i.id IN (SELECT w.item_id FROM wanted w)
    ), booked AS (
        INSERT INTO public.stock_movements AS m (item_id, kind, reason, change, resulting_quantity, note)
        SELECT d.id, 'adjustment', 'correction', d.difference::integer, d.quantity,
               'ledger repair: stock not explained by its movements'
          FROM now_drift d JOIN wanted w ON w.item_id = d.id
         WHERE d.difference <> 0 AND d.difference = w.difference
        RETURNING m.id, m.item_id, m.change, m.resulting_quantity, m.at
    )
    SELECT b.id, b.item_id, d.name::text, b.change, b.resulting_quantity, b.at
      FROM booked b JOIN now_drift d ON d.id = b.item_id ORDER BY b.item_id;
END
$$;

-- ---------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------

REVOKE ALL ON public.stock_movements, public.stock_counts, public.stock_count_lines FROM PUBLIC;
GRANT SELECT ON public.stock_movements, public.stock_counts, public.stock_count_lines TO inventory_staff;

REVOKE ALL ON FUNCTION inventory.receive(bigint, integer, text, text),
                       inventory.adjust(bigint, integer, integer, text, text),
                       inventory.undo_movement(bigint),
                       inventory.edit_item(bigint, text, text, numeric, text, text, text, boolean, integer, boolean, integer),
                       inventory.archive_item(bigint),
                       inventory.unarchive_item(bigint),
                       inventory.open_count(text, bigint[]),
                       inventory.set_counted(bigint, bigint, integer, boolean),
                       inventory.post_count(bigint),
                       inventory.check_ledger(),
                       inventory.repair_ledger(bigint[], bigint[])
    FROM PUBLIC;
REVOKE ALL ON FUNCTION inventory.create_item(text, numeric, integer, text, text, text, text, integer, integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION inventory.create_item(text, numeric, integer, text, text, text, text, integer, integer),
                          inventory.receive(bigint, integer, text, text),
                          inventory.undo_movement(bigint),
                          inventory.set_counted(bigint, bigint, integer, boolean),
                          inventory.check_ledger()
    TO inventory_staff;
GRANT EXECUTE ON FUNCTION inventory.adjust(bigint, integer, integer, text, text),
                          inventory.edit_item(bigint, text, text, numeric, text, text, text, boolean, integer, boolean, integer),
                          inventory.archive_item(bigint),
                          inventory.unarchive_item(bigint),
                          inventory.open_count(text, bigint[]),
                          inventory.post_count(bigint),
                          inventory.repair_ledger(bigint[], bigint[])
    TO inventory_manager;

-- ---------------------------------------------------------------------------------------
-- Demo data that looks like a shop (the local default's first start): named categories with
-- their own kinds of goods, varied names, SKUs and in-store barcodes (prefix 200), reorder
-- points with some items below them, and six days of history: the items were created then,
-- deliveries, returns and write-offs followed day by day. Owner only.
-- ---------------------------------------------------------------------------------------

-- The 13th digit of an EAN-13 whose first 12 are p_body.
CREATE FUNCTION public.gtin_check_digit(p_body text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (10 - sum(substr(p_body, length(p_body) + 1 - k, 1)::integer
                     * CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END) % 10) % 10
      FROM generate_series(1, length(p_body)) AS k;
$$;

CREATE FUNCTION inventory.seed_demo_shop(p_items integer) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_categories text[] := ARRAY['Kitchen', 'Garden', 'Tools', 'Office', 'Toys', 'Books', 'Electronics',
        'Lighting', 'Bathroom', 'Outdoor', 'Pets', 'Sports', 'Textiles', 'Storage', 'Crafts',
        'Automotive', 'Music', 'Party', 'Travel', 'Baby'];
    -- Six kinds of goods per category, in the order of v_categories.
    v_goods text[] := ARRAY[
        'mug', 'kettle', 'frying pan', 'mixing bowl', 'chef''s knife', 'colander',
        'garden hose', 'rake', 'trowel', 'planter', 'watering can', 'seed tray',
        'claw hammer', 'adjustable wrench', 'screwdriver set', 'cordless drill', 'hand saw', 'tape measure',
        'stapler', 'notebook', 'desk lamp', 'ring binder', 'pen set', 'desk organiser',
        'jigsaw puzzle', 'kite', 'building blocks', 'rag doll', 'toy car', 'spinning top',
        'cookbook', 'road atlas', 'novel', 'field guide', 'sketchbook', 'dictionary',
        'USB cable', 'phone charger', 'headphones', 'bluetooth speaker', 'power bank', 'smart plug',
        'LED bulb', 'floor lamp', 'string lights', 'lantern', 'night light', 'lamp shade',
        'bath towel', 'soap dish', 'shower curtain', 'bath mat', 'toothbrush holder', 'mirror',
        'tent', 'camping chair', 'cool box', 'hammock', 'picnic blanket', 'head torch',
        'dog bowl', 'cat bed', 'lead', 'chew toy', 'bird feeder', 'litter tray',
        'yoga mat', 'football', 'water bottle', 'skipping rope', 'dumbbell', 'tennis balls',
        'cushion cover', 'throw', 'tablecloth', 'napkin set', 'duvet cover', 'curtain',
        'storage box', 'wall shelf', 'wicker basket', 'drawer organiser', 'shoe rack', 'coat hook',
        'paint set', 'brush set', 'knitting yarn', 'glue gun', 'craft paper', 'bead kit',
        'car floor mat', 'jump leads', 'tyre gauge', 'car wax', 'ice scraper', 'phone mount',
        'guitar strings', 'capo', 'clip-on tuner', 'drumsticks', 'ukulele', 'music stand',
        'balloons', 'paper plates', 'streamers', 'party candles', 'bunting', 'party hats',
        'suitcase', 'neck pillow', 'travel adapter', 'packing cubes', 'luggage tag', 'toiletry bag',
        'bib', 'baby bottle', 'rattle', 'baby blanket', 'teether', 'sleepsuit'];
    v_adjectives text[] := ARRAY['Blue', 'Red', 'Green', 'Large', 'Small', 'Steel', 'Wooden', 'Glass',
        'Classic', 'Compact', 'Deluxe', 'Eco', 'Folding', 'Heavy-duty', 'Mini', 'Portable', 'Round',
        'Soft', 'Square', 'Vintage', 'Black', 'White', 'Bamboo', 'Ceramic'];
    v_count bigint;
    v_event record;
    v_quantity integer;
BEGIN
    IF p_items IS NULL OR p_items < 1 OR p_items > 1000000 THEN
        RAISE EXCEPTION 'need between 1 and 1000000 demo items, not %', p_items
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Hashes, not the id's residues, pick the words: every category gets every adjective.
    INSERT INTO public.items (name, description, quantity, price, category, sku, barcode,
                              reorder_point, reorder_quantity, created_at, updated_at)
    SELECT v_adjectives[1 + (hashint8(g) & 2147483647) % 24] || ' ' || v_goods[(c - 1) * 6 + 1 + (hashint8(g + 7919) & 2147483647) % 6]
               || ' ' || g,
           'Demo item ' || g,
           CASE WHEN g % 97 = 0 THEN 1000 + (g * 31) % 9000
                WHEN (hashint8(g + 5) & 2147483647) % 23 = 0 THEN (g * 7) % 9
                ELSE (g * 7919) % 501 END,
           (50 + (g * 104729) % 24951) / 100.0,
           v_categories[c],
           upper(left(v_categories[c], 3)) || '-' || lpad(g::text, 5, '0'),
           '200' || lpad(g::text, 9, '0') || public.gtin_check_digit('200' || lpad(g::text, 9, '0')),
           CASE WHEN (hashint8(g + 3) & 2147483647) % 5 = 0 THEN 10 + (g % 4) * 5 END,
           CASE WHEN (hashint8(g + 3) & 2147483647) % 5 = 0 THEN 50 END,
           now() - interval '6 days', now() - interval '6 days'
      FROM generate_series(1::bigint, p_items) AS g,
           LATERAL (SELECT 1 + (g * 2654435761) % 20 AS c) AS k;
    GET DIAGNOSTICS v_count = ROW_COUNT;

    -- Five days of movements, oldest first, so each one's resulting quantity is what it left.
    FOR v_event IN
        SELECT i.id, d.day, d.n,
               CASE WHEN d.n % 5 = 0 THEN 'adjustment' ELSE 'receipt' END AS kind,
               CASE WHEN d.n % 5 = 0 THEN (ARRAY['damaged', 'lost', 'found', 'correction'])[1 + d.n % 4]
                    WHEN d.n % 7 = 0 THEN 'returned' ELSE 'received' END AS reason,
               CASE WHEN d.n % 5 = 0 THEN CASE WHEN d.n % 4 = 2 THEN 1 ELSE -1 - d.n % 2 END
                    WHEN d.n % 7 = 0 THEN 1 ELSE 12 + (d.n * 13) % 60 END AS change
          FROM generate_series(1, 5) AS day_no,
               LATERAL (SELECT day_no AS day, s AS n FROM generate_series(day_no * 20, day_no * 20 + 17) AS s) d
          JOIN public.items i ON i.id = 1 + (d.n * 37) % v_count
         ORDER BY d.day, d.n
    LOOP
        UPDATE public.items i SET quantity = i.quantity + v_event.change
         WHERE i.id = v_event.id AND i.quantity + v_event.change >= 0
        RETURNING i.quantity INTO v_quantity;
        CONTINUE WHEN NOT FOUND;
        INSERT INTO public.stock_movements (item_id, kind, reason, change, resulting_quantity, at, reference, note)
        VALUES (v_event.id, v_event.kind::public.stock_movement_kind, v_event.reason, v_event.change, v_quantity,
                now() - make_interval(days => 6 - v_event.day, hours => 9 - v_event.n % 8),
                CASE WHEN v_event.kind = 'receipt' THEN 'DN-' || (20400 + v_event.n) END,
                CASE WHEN v_event.kind = 'adjustment' THEN 'demo: shelf check' END);
    END LOOP;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION inventory.seed_demo_shop(integer) FROM PUBLIC;
