# system_tests: the indexer and the searcher together on a real database of the sample corpus.
unres_add_test_exe(system_tests
  system/batch_test.cpp
  system/index_search_test.cpp
  system/ranking_test.cpp
  system/lineage_search_test.cpp
  system/shard_search_test.cpp
  system/facet_column_search_test.cpp
  system/sort_order_test.cpp
  system/symbol_query_test.cpp
  system/footnote_search_test.cpp
  system/acronym_search_test.cpp
  system/committee_facet_test.cpp
  system/precedents_test.cpp
  system/multilang_search_test.cpp
  system/multilang_alignment_test.cpp
  system/export_stream_test.cpp
  system/canonical_values_test.cpp
  system/query_parser_table_test.cpp
)
target_link_libraries(system_tests PRIVATE unres_indexer unres_cli)
