-- Version 5: bulk import of items, for staff (who may create items but not write items directly).
-- One call inserts a whole batch: five arrays of equal length, one element per item.

CREATE FUNCTION inventory.import_items(
    p_names text[], p_descriptions text[], p_quantities integer[], p_prices numeric[], p_categories text[])
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_count bigint;
BEGIN
    IF cardinality(p_names) IS DISTINCT FROM cardinality(p_descriptions)
       OR cardinality(p_names) IS DISTINCT FROM cardinality(p_quantities)
       OR cardinality(p_names) IS DISTINCT FROM cardinality(p_prices)
       OR cardinality(p_names) IS DISTINCT FROM cardinality(p_categories) THEN
        RAISE EXCEPTION 'import arrays differ in length' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.items (name, description, quantity, price, category)
    SELECT u.name, nullif(u.description, ''), u.quantity, u.price, nullif(u.category, '')
      FROM unnest(p_names, p_descriptions, p_quantities, p_prices, p_categories)
           AS u(name, description, quantity, price, category);
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

REVOKE ALL ON FUNCTION inventory.import_items(text[], text[], integer[], numeric[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION inventory.import_items(text[], text[], integer[], numeric[], text[]) TO inventory_staff;
