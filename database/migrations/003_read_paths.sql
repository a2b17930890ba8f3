-- Version 3: cheaper reads of the units a temporary block holds.
--
-- The top-100 list shows, for each item, the units its temporary blocks hold. With the state and
-- the quantity in the blocks-by-item index, that sum is an index-only lookup per row instead of
-- a bitmap heap scan. The index still serves "blocks of an item" and the foreign key.

DROP INDEX public.block_inventory_item_idx;
CREATE INDEX block_inventory_item_idx ON public.block_inventory (item_id, is_permanent) INCLUDE (quantity);
