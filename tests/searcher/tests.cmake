# searcher_tests: one test file per searcher/ source file.
unres_add_test_exe(searcher_tests
  searcher/cgi_request_test.cpp
  searcher/database_set_test.cpp
  searcher/escape_test.cpp
  searcher/options_test.cpp
  searcher/cgi_history_test.cpp
  searcher/render_html_test.cpp
  searcher/draft_sentences_test.cpp
)
target_link_libraries(searcher_tests PRIVATE unres_cli)
