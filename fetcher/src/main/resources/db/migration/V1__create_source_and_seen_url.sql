-- The fetcher's tables live in their own schema (quarkus.flyway.schemas=fetcher), so the fetcher can
-- share a PostgreSQL server and database with the indexer.

CREATE SEQUENCE fetcher.source_seq;

-- A place where article URLs are discovered: a feed, a sitemap, a URL list or a site.
CREATE TABLE fetcher.source (
    id                   text PRIMARY KEY DEFAULT 'src-' || nextval('fetcher.source_seq'),
    url                  text NOT NULL UNIQUE,
    -- feed | sitemap | list | site; null until detected from the first document fetched
    kind                 text CHECK (kind IN ('feed', 'sitemap', 'list', 'site')),
    kind_detected        boolean NOT NULL DEFAULT false,
    -- configured interval; current_interval is the adaptive one actually used
    interval_seconds     bigint NOT NULL CHECK (interval_seconds > 0),
    current_interval_seconds bigint NOT NULL CHECK (current_interval_seconds > 0),
    -- site sources: which links to follow
    include_pattern      text,
    exclude_pattern      text,
    max_depth            integer CHECK (max_depth >= 0),
    -- api | file: who created it
    origin               text NOT NULL,
    -- validators of the last copy read, for conditional GET
    etag                 text,
    last_modified        text,
    -- new | ok | not-modified | failing
    status               text NOT NULL DEFAULT 'new',
    polls                bigint NOT NULL DEFAULT 0,
    urls_found           bigint NOT NULL DEFAULT 0,
    urls_new             bigint NOT NULL DEFAULT 0,
    consecutive_failures integer NOT NULL DEFAULT 0,
    last_error           text,
    last_poll_at         timestamptz,
    next_poll_at         timestamptz NOT NULL DEFAULT now(),
    -- a replica polling the source holds it until lease_until
    lease_owner          text,
    lease_until          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX source_next_poll_at ON fetcher.source (next_poll_at);

-- Every normalised URL ever published for fetching, so a URL is fetched once unless re-fetch is due.
CREATE TABLE fetcher.seen_url (
    url            text PRIMARY KEY,
    host           text NOT NULL,
    source_id      text,
    first_seen     timestamptz NOT NULL,
    last_published timestamptz NOT NULL,
    publish_count  integer NOT NULL
);
