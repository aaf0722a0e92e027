# searcher_tests: one test file per searcher/ source file.
unres_add_test_exe(searcher_tests
  searcher/escape_test.cpp
)
target_link_libraries(searcher_tests PRIVATE unres_searcher)
