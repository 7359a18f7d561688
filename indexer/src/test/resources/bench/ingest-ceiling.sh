#!/bin/bash
# The indexer's write ceiling: how fast PostgreSQL alone takes the rows the indexer writes (same
# table definition: generated search vector, GIN and btree indexes), in transactions of 250 rows
# from W connections at once. No indexer, no Kafka, no story lookup.
#
# usage: ingest-ceiling.sh PORT ROWS WRITERS
# against a PostgreSQL whose broadsheet database holds at least ROWS articles, e.g. the one
# 'deploy/local/broadsheet bench-index --database DIR' keeps in DIR, started by hand
# (as root: unshare -U <zonky bin>/pg_ctl -D DIR -o "-p PORT" start).
# Copies ROWS articles into an unindexed source table, then times inserting them into a copy of
# the article table, and drops both tables.
set -euo pipefail
port=$1 rows=$2 writers=$3
export PGPASSWORD=${PGPASSWORD:-broadsheet}
psql_() { psql -h localhost -p "$port" -U broadsheet broadsheet -q -v ON_ERROR_STOP=1 "$@"; }
columns="id, canonical_url, url, site, title, subtitle, authors, credit, published,
  published_offset, updated, updated_offset, section, topics, language, site_name, lead_image,
  body, body_text, word_count, paywalled, content_hash, extractor_version, fetched_at,
  extracted_at, first_indexed_at, last_indexed_at, version, changed, fingerprint, body_hash,
  story_id, minhash, lsh_bands"
psql_ <<SQL
DROP TABLE IF EXISTS ceiling_source, ceiling_article;
CREATE UNLOGGED TABLE ceiling_source AS
  SELECT row_number() OVER (ORDER BY first_indexed_at, id) AS n, $columns
  FROM article ORDER BY first_indexed_at, id LIMIT $rows;
CREATE INDEX ON ceiling_source (n);
CREATE TABLE ceiling_article (LIKE article INCLUDING ALL);
SQL
start=$(date +%s.%N)
for ((me = 0; me < writers; me++)); do
  psql_ <<SQL &
DO \$\$
DECLARE b int := 0;
BEGIN
  WHILE b * 250 * $writers < $rows LOOP
    INSERT INTO ceiling_article ($columns) SELECT $columns FROM ceiling_source
      WHERE n > (b * $writers + $me) * 250 AND n <= (b * $writers + $me + 1) * 250;
    COMMIT;
    b := b + 1;
  END LOOP;
END \$\$;
SQL
done
wait
end=$(date +%s.%N)
count=$(psql_ -Atc "SELECT count(*) FROM ceiling_article")
psql_ -c "DROP TABLE ceiling_source, ceiling_article"
echo "writers=$writers rows=$count seconds=$(echo "$end - $start" | bc)" \
  "rows/s=$(echo "$count / ($end - $start)" | bc) load: $(cut -d' ' -f1-3 /proc/loadavg)"
