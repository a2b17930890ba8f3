-- inventory-server: bearer tokens, and acting for them.
--
-- The server connects with one login and acts, per request, as the request's token: it sets
-- the role (SET ROLE, so the database checks the same grants as for a desk) and names the
-- token for the history. Only a member of inventory_server can name someone else: for anyone
-- else the setting is ignored, so a desk login cannot write another name into the history.
--
-- The server's login: CREATE ROLE shop_api LOGIN NOINHERIT; GRANT inventory_server TO shop_api;
-- (NOINHERIT: it has no rights of its own until it acts as a token's role.) On the local default
-- the server connects as the owner, a superuser, which may act as anyone.
--
-- Who may do what:
--   the owner               makes, lists and revokes tokens (the only one writing api_tokens);
--   inventory_server        reads name, role, digest and revocation of the tokens; may SET ROLE to
--                           inventory_staff, inventory_manager and inventory_checkout, and name the
--                           actor (inventory.actor, inventory.actor_role) the history shows;
--   a staff token           acts as inventory_staff, a manager token as inventory_manager;
--   a shop token            acts as inventory_checkout: the original API and no more: items,
--                           blocks and category counts read, an item created, reserve, confirm,
--                           cleanup of expired blocks (not release, extend, receive, adjust, counts);
--   inventory_shop          (the shop's own SQL login) keeps its original statements, unchanged;
--   everyone else           cannot read api_tokens, and naming an actor changes nothing for them.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'inventory_server') THEN
        CREATE ROLE inventory_server NOLOGIN;
    END IF;
    -- What a shop token may do over HTTP: what the original API let it do, no more. (The
    -- shop's own SQL keeps its role, inventory_shop, and its original statements.)
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'inventory_checkout') THEN
        CREATE ROLE inventory_checkout NOLOGIN;
    END IF;
END
$$;
GRANT inventory_staff, inventory_manager, inventory_checkout TO inventory_server;

CREATE TABLE inventory.api_tokens (
    name         text PRIMARY KEY,
    role         text NOT NULL,
    token_sha256 bytea NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT session_user,
    revoked_at   timestamptz,
    CONSTRAINT api_token_name CHECK (name ~ '^[A-Za-z0-9._-]{1,64}$'),
    CONSTRAINT api_token_role CHECK (role IN ('staff', 'manager', 'shop')),
    CONSTRAINT api_token_digest CHECK (octet_length(token_sha256) = 32)
);
REVOKE ALL ON inventory.api_tokens FROM PUBLIC;
GRANT SELECT (name, role, token_sha256, revoked_at) ON inventory.api_tokens TO inventory_server;

-- Who the history names: the token the server acts for, else the login.
CREATE FUNCTION inventory.actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce(current_setting('inventory.actor', true), '') <> ''
                     AND pg_has_role(session_user, 'inventory_server', 'MEMBER')
                THEN current_setting('inventory.actor', true)
                ELSE session_user::text END
$$;

-- Whether the one acting (the token's role, else the login) is a member of p_role: for the
-- checks a function makes itself (a staff member undoing someone else's receipt).
CREATE FUNCTION inventory.actor_has_role(p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce(current_setting('inventory.actor_role', true), '') <> ''
                     AND pg_has_role(session_user, 'inventory_server', 'MEMBER')
                THEN pg_has_role(current_setting('inventory.actor_role', true)::name, p_role, 'MEMBER')
                ELSE pg_has_role(session_user, p_role, 'MEMBER') END
$$;
-- Harmless to anyone: the shop's own INSERTs evaluate the defaults below.
GRANT EXECUTE ON FUNCTION inventory.actor(), inventory.actor_has_role(text) TO PUBLIC;
GRANT USAGE ON SCHEMA inventory TO inventory_shop, inventory_checkout;

ALTER TABLE public.block_inventory ALTER COLUMN created_by SET DEFAULT inventory.actor();
ALTER TABLE public.block_events ALTER COLUMN actor SET DEFAULT inventory.actor();
ALTER TABLE public.stock_movements ALTER COLUMN actor SET DEFAULT inventory.actor();
ALTER TABLE public.stock_counts ALTER COLUMN opened_by SET DEFAULT inventory.actor();

-- Every function that names or checks the caller does it through the two above from now on:
-- each is redefined with its own body, session_user replaced (a manager check first, then
-- the names). tst_schema checks none is left.
DO $$
DECLARE
    f record;
    v_definition text;
BEGIN
    FOR f IN SELECT p.oid FROM pg_proc p
              WHERE p.pronamespace = 'inventory'::regnamespace
                AND p.prosrc ILIKE '%session_user%'
                AND p.proname NOT IN ('actor', 'actor_has_role')
    LOOP
        v_definition := pg_get_functiondef(f.oid);
        v_definition := regexp_replace(v_definition,
            'pg_has_role\(\s*session_user\s*,\s*(''[a-z_]+'')\s*,\s*''MEMBER''\s*\)',
            'inventory.actor_has_role(\1)', 'gi');
        v_definition := regexp_replace(v_definition, '\msession_user\M', 'inventory.actor()', 'gi');
        EXECUTE v_definition;
    END LOOP;
END
$$;

-- The original API's operations, for shop tokens.
GRANT SELECT ON public.items, public.block_inventory, public.category_counts TO inventory_checkout;
GRANT EXECUTE ON FUNCTION inventory.create_item(text, numeric, integer, text, text, text, text, integer, integer),
                          inventory.reserve(bigint, integer, interval, text),
                          inventory.confirm(bigint),
                          inventory.cleanup_expired(integer),
                          inventory.expired_summary()
    TO inventory_checkout;
