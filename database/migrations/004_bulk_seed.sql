-- Version 4: faster bulk generation into an empty catalogue (seed_items drops and rebuilds the
-- secondary indexes of items around the load).

CREATE OR REPLACE FUNCTION inventory.seed_items(p_items integer, p_categories integer) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_named text[] := ARRAY['Kitchen', 'Garden', 'Tools', 'Office', 'Toys', 'Books', 'Electronics',
        'Lighting', 'Bathroom', 'Outdoor', 'Pets', 'Sports', 'Textiles', 'Storage', 'Crafts',
        'Automotive', 'Music', 'Party', 'Travel', 'Baby'];
    v_adjectives text[] := ARRAY['Blue', 'Red', 'Green', 'Large', 'Small', 'Steel', 'Wooden', 'Glass',
        'Classic', 'Compact', 'Deluxe', 'Eco', 'Folding', 'Heavy-duty', 'Mini', 'Portable', 'Round',
        'Soft', 'Square', 'Vintage'];
    v_nouns text[] := ARRAY['mug', 'lamp', 'chair', 'hammer', 'notebook', 'kettle', 'basket', 'cable',
        'blanket', 'bottle', 'brush', 'clock', 'drill', 'frame', 'jar', 'mat', 'pan', 'rack', 'shelf',
        'towel', 'vase', 'whistle', 'wrench', 'bowl', 'bag'];
    v_count bigint;
    v_rebuild text[];
    v_drop text;
BEGIN
    IF p_items IS NULL OR p_items < 0 OR p_categories IS NULL OR p_categories < 1 THEN
        RAISE EXCEPTION 'need items >= 0 and categories >= 1, not % and %', p_items, p_categories
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Loading a large catalogue into an empty table: maintaining the secondary indexes row by
    -- row costs more than building them once afterwards. Their definitions are read back from
    -- the catalogue, so this never drifts from the migrations.
    IF p_items >= 100000 AND NOT EXISTS (SELECT FROM public.items) THEN
        SELECT array_agg(pg_get_indexdef(i.indexrelid)),
               string_agg(format('DROP INDEX %s', i.indexrelid::regclass), '; ')
          INTO v_rebuild, v_drop
          FROM pg_index i
         WHERE i.indrelid = 'public.items'::regclass AND NOT i.indisprimary AND NOT i.indisunique;
        IF v_drop IS NOT NULL THEN
            PERFORM set_config('maintenance_work_mem', '1GB', true);
            EXECUTE v_drop;
        END IF;
    END IF;

    INSERT INTO public.items (name, description, quantity, price, category)
    SELECT v_adjectives[1 + (g * 48271 % 2147483647) % 20] || ' '
               || v_nouns[1 + (g * 16807 % 2147483647) % 25] || ' ' || g,
           'Generated item ' || g,
           CASE WHEN g % 97 = 0 THEN 1000 + (g * 31) % 9000 ELSE (g * 7919) % 501 END,
           (50 + (g * 104729) % 24951) / 100.0,
           CASE WHEN c <= 20 THEN v_named[c] ELSE 'Category ' || c END
      FROM generate_series(1::bigint, p_items) AS g,
           LATERAL (SELECT 1 + (g * 2654435761) % LEAST(p_categories, 100000) AS c) AS k;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_rebuild IS NOT NULL THEN
        EXECUTE array_to_string(v_rebuild, '; ');
    END IF;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION inventory.seed_items(integer, integer) FROM PUBLIC;
