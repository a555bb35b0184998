-- Knowledge search moved to OpenSearch (Hibernate Search, see knowledge.search.KnowledgeSearchIndex and
-- bench/README.md). The full-text vectors and the GIN indexes that only search filtered on are no longer read; they
-- cost every write and about a third of the table's size. The themes and type indexes stay (related items), as do
-- those on status, submitter and updated_at (review queue, own contributions).
drop index if exists knowledge_item_search_ix;
alter table knowledge_item drop column if exists rank_vector;
alter table knowledge_item drop column if exists search_vector;
drop index if exists knowledge_item_learning_forms_ix;
drop index if exists knowledge_item_sectors_ix;
drop index if exists knowledge_item_target_groups_ix;
drop index if exists knowledge_item_published_ix;
