# End-to-end tests: shell scripts that run the real executables on sample-corpus/.
function(unres_add_e2e name script)
  add_test(NAME e2e:${name} COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/${script} ${ARGN})
  set_tests_properties(e2e:${name} PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}")
endfunction()

# The search page: unres.cgi driven through CGI environments, then in a browser behind lighttpd.
unres_add_e2e(cgi_requests cgi_requests.sh)
unres_add_e2e(cgi_browser cgi_browser.sh)
set_tests_properties(e2e:cgi_browser PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

unres_add_e2e(sample_queries sample_queries.sh)

unres_add_e2e(parse_samples parse_samples.sh)
# Per-document counts over ../shared/un-corpus (skipped when absent).
add_test(NAME e2e:corpus_report COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/corpus_report.sh)
set_tests_properties(e2e:corpus_report PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" SKIP_RETURN_CODE 77)
