# index_tests: one test file per index/ source file (the on-disk format).
unres_add_test_exe(index_tests
  index/schema_test.cpp
  index/sort_keys_test.cpp
  index/facet_column_test.cpp
  index/paragraph_data_test.cpp
)
target_link_libraries(index_tests PRIVATE unres_index)
