-- Issue #5: article versions, story clusters and full-text search.

-- The text search configuration for a BCP 47 language tag: the Snowball stemmer of its primary
-- language where PostgreSQL ships one, 'simple' (lower-casing, no stemming) otherwise. IMMUTABLE so
-- that generated columns and indexes may use it; the mapping only changes with a new migration.
CREATE FUNCTION broadsheet_ts_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(coalesce(language, ''), '-', 1))
    WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
    WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
    WHEN 'eu' THEN 'pg_catalog.basque'::regconfig
    WHEN 'ca' THEN 'pg_catalog.catalan'::regconfig
    WHEN 'da' THEN 'pg_catalog.danish'::regconfig
    WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
    WHEN 'fr' THEN 'pg_catalog.french'::regconfig
    WHEN 'de' THEN 'pg_catalog.german'::regconfig
    WHEN 'el' THEN 'pg_catalog.greek'::regconfig
    WHEN 'hi' THEN 'pg_catalog.hindi'::regconfig
    WHEN 'hu' THEN 'pg_catalog.hungarian'::regconfig
    WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
    WHEN 'ga' THEN 'pg_catalog.irish'::regconfig
    WHEN 'it' THEN 'pg_catalog.italian'::regconfig
    WHEN 'lt' THEN 'pg_catalog.lithuanian'::regconfig
    WHEN 'ne' THEN 'pg_catalog.nepali'::regconfig
    WHEN 'no' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'nb' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'nn' THEN 'pg_catalog.norwegian'::regconfig
    WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
    WHEN 'ro' THEN 'pg_catalog.romanian'::regconfig
    WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
    WHEN 'sr' THEN 'pg_catalog.serbian'::regconfig
    WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
    WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
    WHEN 'ta' THEN 'pg_catalog.tamil'::regconfig
    WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
    WHEN 'yi' THEN 'pg_catalog.yiddish'::regconfig
    ELSE 'pg_catalog.simple'::regconfig
  END
$$;

-- The searchable text of an article, weighted: headline A, standfirst and topics B, body C. Declared
-- IMMUTABLE (array_to_string is only STABLE in general, but immutable for text[]) so that it can be
-- a stored generated column, recomputed by PostgreSQL whenever one of its inputs changes. The body
-- is cut at 400,000 characters: a tsvector may not exceed 1 MB, and a longer body is not an article.
CREATE FUNCTION broadsheet_search_vector(
    language text, title text, subtitle text, topics text[], body_text text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(broadsheet_ts_config(language), coalesce(title, '')), 'A')
      || setweight(to_tsvector(broadsheet_ts_config(language),
             coalesce(subtitle, '') || ' ' || array_to_string(topics, ' ')), 'B')
      || setweight(to_tsvector(broadsheet_ts_config(language),
             left(coalesce(body_text, ''), 400000)), 'C')
$$;

ALTER TABLE article
    -- Versions: the number of the current version, and which fields it changed from the one before.
    ADD COLUMN version      integer NOT NULL DEFAULT 1,
    ADD COLUMN changed      text[]  NOT NULL DEFAULT '{}',
    -- SHA-256 over the versioned fields (title, subtitle, authors, section, topics, lead image,
    -- body): equal fingerprints mean an unchanged article.
    ADD COLUMN fingerprint  text,
    -- SHA-256 (hex) of body_text, computed by the indexer: exact duplicates across sites.
    ADD COLUMN body_hash    text,
    -- Story clusters: the story this article belongs to (the id of its first member), its MinHash
    -- signature over body shingles, and the LSH band hashes that find near-duplicate candidates.
    ADD COLUMN story_id     text,
    ADD COLUMN minhash      integer[],
    ADD COLUMN lsh_bands    bigint[],
    ADD COLUMN search_config regconfig GENERATED ALWAYS AS (broadsheet_ts_config(language)) STORED,
    ADD COLUMN search       tsvector GENERATED ALWAYS AS
        (broadsheet_search_vector(language, title, subtitle, topics, body_text)) STORED;

-- Rows indexed before V2 form a story of their own.
UPDATE article SET story_id = id, body_hash = encode(sha256(convert_to(body_text, 'UTF8')), 'hex');
ALTER TABLE article ALTER COLUMN story_id SET NOT NULL;

-- The search index keeps GIN's pending list (fastupdate): measured here, 3,000 inserts of 650-word
-- bodies cost 1.3 ms each with it and 2.2 ms without (0.9 ms with no index at all). The band index
-- does not: every new article probes it, and each probe would scan the whole pending list (in the
-- load run that made story lookups 64% of the writer's time); its 25 keys a row insert cheaply.
CREATE INDEX article_search_idx ON article USING gin (search);
CREATE INDEX article_lsh_bands_idx ON article USING gin (lsh_bands) WITH (fastupdate = off);
CREATE INDEX article_body_hash_idx ON article (body_hash);
CREATE INDEX article_story_idx ON article (story_id, first_indexed_at);
CREATE INDEX article_site_idx ON article (site, sort_at DESC, id DESC);
CREATE INDEX article_section_idx ON article (section);
CREATE INDEX article_language_idx ON article (language);
CREATE INDEX article_published_idx ON article (published);
CREATE INDEX article_topics_idx ON article USING gin (topics);
CREATE INDEX article_authors_idx ON article USING gin (authors);

-- The text search configurations the stored articles use, kept by the batch writer, so that a query
-- without a language filter is parsed once per configuration actually in use.
CREATE TABLE search_config_in_use (config regconfig PRIMARY KEY);
INSERT INTO search_config_in_use SELECT DISTINCT search_config FROM article;
INSERT INTO search_config_in_use VALUES ('pg_catalog.simple') ON CONFLICT DO NOTHING;

-- Superseded versions of an article (the current one is the article row itself), one row per
-- extraction whose content differed from the version before it.
CREATE TABLE article_version (
    article_id         text        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    extracted_at       timestamptz NOT NULL,
    fetched_at         timestamptz,
    title              text        NOT NULL,
    subtitle           text,
    authors            text[]      NOT NULL DEFAULT '{}',
    section            text,
    topics             text[]      NOT NULL DEFAULT '{}',
    lead_image         jsonb,
    body               jsonb       NOT NULL DEFAULT '[]',
    body_text          text        NOT NULL,
    word_count         integer     NOT NULL,
    content_hash       text,
    extractor_version  text        NOT NULL,
    fingerprint        text,
    changed            text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, extracted_at)
);
