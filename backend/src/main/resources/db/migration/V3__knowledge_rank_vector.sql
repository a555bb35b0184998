-- Ranking reads the tsvector of every match. search_vector includes the body, so it is large and stored out of
-- line (TOAST): ranking 20,000 matches meant detoasting 20,000 bodies. rank_vector holds only the short, weighted
-- fields (title A, summary B, authors/publisher C) and stays inside the row. Matching still uses search_vector,
-- so a word that occurs only in the body still finds the item; it then ranks below items that name it up front.
alter table knowledge_item add column rank_vector tsvector generated always as (
    setweight(to_tsvector('dutch', title), 'A') ||
    setweight(to_tsvector('dutch', summary), 'B') ||
    setweight(to_tsvector('dutch', hub_join_text(authors) || ' ' || coalesce(publisher, '')), 'C')
) stored;
