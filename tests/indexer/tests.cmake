# indexer_tests: one test file per indexer/ source file.
unres_add_test_exe(indexer_tests
  indexer/document_builder_test.cpp
  indexer/source_reader_test.cpp
  indexer/indexer_test.cpp
  indexer/lineage_pass_test.cpp
  indexer/shard_set_test.cpp
)
target_link_libraries(indexer_tests PRIVATE unres_indexer)
