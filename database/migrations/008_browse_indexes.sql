-- Browsing a whole category page by page (issue 11): keyset pagination, each page one index
-- range, in every order the desk offers. Quantity uses items_category_quantity_idx (either
-- direction: quantity DESC, id forwards; quantity, id DESC backwards); the others get theirs.
-- Archived items are skipped by a filter: few, and browsing must not need a second set.
CREATE INDEX items_category_name_idx ON public.items (category, lower(name), id);
CREATE INDEX items_category_id_idx ON public.items (category, id);
CREATE INDEX items_category_price_idx ON public.items (category, price, id);
CREATE INDEX items_category_updated_idx ON public.items (category, updated_at, id);
