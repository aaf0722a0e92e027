# searcher_tests: one test file per searcher/ source file.
unres_add_test_exe(searcher_tests
  searcher/cgi_request_test.cpp
  searcher/escape_test.cpp
  searcher/render_html_test.cpp
)
target_link_libraries(searcher_tests PRIVATE unres_searcher)
