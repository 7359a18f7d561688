-- One row per canonical URL: the latest extraction of each article (ArticleExtracted v1).
CREATE TABLE article (
    id                 text        PRIMARY KEY,
    canonical_url      text        NOT NULL UNIQUE,
    url                text        NOT NULL,
    site               text,
    title              text        NOT NULL,
    subtitle           text,
    authors            text[]      NOT NULL DEFAULT '{}',
    credit             text[]      NOT NULL DEFAULT '{}',
    -- Instants, plus the UTC offset the event stated, so the API returns the time unchanged.
    published          timestamptz,
    published_offset   integer,
    updated            timestamptz,
    updated_offset     integer,
    section            text,
    topics             text[]      NOT NULL DEFAULT '{}',
    language           text,
    site_name          text,
    lead_image         jsonb,
    body               jsonb       NOT NULL DEFAULT '[]',
    body_text          text        NOT NULL,
    word_count         integer     NOT NULL,
    paywalled          boolean,
    content_hash       text,
    extractor_version  text        NOT NULL,
    fetched_at         timestamptz,
    extracted_at       timestamptz NOT NULL,
    first_indexed_at   timestamptz NOT NULL,
    last_indexed_at    timestamptz NOT NULL,
    -- The listing order: publication time, or when we first saw it when the page states none.
    sort_at            timestamptz GENERATED ALWAYS AS (coalesce(published, first_indexed_at)) STORED
);

CREATE INDEX article_listing_idx ON article (sort_at DESC, id DESC);
