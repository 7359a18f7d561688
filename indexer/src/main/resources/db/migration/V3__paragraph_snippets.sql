-- Issue #5: search snippets from the first paragraph that holds a word of the query.
--
-- ts_headline parses and stems all the text it is given. Given the whole body of each of the 20
-- articles of a page, it was about a third of a text search's time in PostgreSQL (~10 ms a page of
-- 650-word bodies, measured on 100,000 stored articles). The body's blocks are separated by blank
-- lines (the event contract), so the paragraphs are tried in order and parsing stops at the first
-- that holds a word of the query: a word in the lead costs one paragraph, not the whole body. In
-- the worst case (the word only in the last paragraph, or only in the headline) every paragraph is
-- parsed once, as before.
--
-- The paragraph is highlighted with the query itself when it matches the whole query (a phrase, all
-- of several words), else with any of its words, so that an article matching "a b" with "a" and "b"
-- in different paragraphs still shows the first of them marked. When no paragraph holds a word (a
-- match in the headline, standfirst or topics only), the snippet is the opening of the body.
CREATE FUNCTION broadsheet_snippet(config regconfig, body text, query text, options text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  whole_query tsquery := websearch_to_tsquery(config, query);
  -- plainto_tsquery joins the query's lexemes with '&' and nothing else; a lexeme never holds a
  -- space, so swapping the operator's text gives "any of the words".
  any_word tsquery := replace(plainto_tsquery(config, query)::text, ' & ', ' | ')::tsquery;
  paragraphs text[] := string_to_array(coalesce(body, ''), E'\n\n');
  paragraph text;
  words tsvector;
BEGIN
  IF numnode(any_word) > 0 THEN
    FOREACH paragraph IN ARRAY paragraphs LOOP
      words := to_tsvector(config, paragraph);
      IF words @@ any_word THEN
        RETURN ts_headline(config, paragraph,
            CASE WHEN words @@ whole_query THEN whole_query ELSE any_word END, options);
      END IF;
    END LOOP;
  END IF;
  RETURN ts_headline(config, coalesce(paragraphs[1], ''), whole_query, options);
END
$$;
