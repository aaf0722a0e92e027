# analyzers_tests: one test file per analyzers/ source file.
unres_add_test_exe(analyzers_tests
  analyzers/symbol_test.cpp
  analyzers/schema_test.cpp
  analyzers/analyzer_test.cpp
  analyzers/normalizer_test.cpp
  analyzers/segmenter_test.cpp
)
target_link_libraries(analyzers_tests PRIVATE unres_analyzers)
