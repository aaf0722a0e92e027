# Reliability: crash safety, concurrency, bad input files, CGI abuse and resource bounds (tests/reliability/*.sh).
# Short versions run in `make -f Makefile.dist check`; `make -f Makefile.dist reliability` runs the full ones.
add_executable(db_counts reliability/db_counts.cpp)
target_link_libraries(db_counts PRIVATE Xapian::Xapian unres_warnings)

# Fault injection preloaded by bad_inputs.sh; never instrumented, so it loads into sanitized binaries too.
add_library(vanish_on_open MODULE reliability/vanish_on_open.cpp)
target_link_libraries(vanish_on_open PRIVATE ${CMAKE_DL_LIBS})
target_compile_options(vanish_on_open PRIVATE -fno-sanitize=all)
target_link_options(vanish_on_open PRIVATE -fno-sanitize=all)
set_target_properties(vanish_on_open PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bin PREFIX "")

function(unres_add_reliability name script)
  add_test(NAME reliability:${name} COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/reliability/${script} ${ARGN})
  set_tests_properties(reliability:${name} PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" SKIP_RETURN_CODE 77
                       TIMEOUT 900)
endfunction()

unres_add_reliability(kill_indexer kill_indexer.sh 400 20)
unres_add_reliability(concurrent_search concurrent_search.sh 200)
unres_add_reliability(bad_inputs bad_inputs.sh)
unres_add_reliability(cgi_abuse cgi_abuse.sh 1000)
unres_add_reliability(resource_bounds resource_bounds.sh 200)
unres_add_reliability(long_word long_word.sh)
# 1,500 slowloris connections held open while a normal search is made through lighttpd.
unres_add_reliability(slow_clients slow_clients.sh 1500)
# The same abuse against plain CGI (serve.sh runs FastCGI responders by default).
add_test(NAME reliability:cgi_abuse_plain COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/reliability/cgi_abuse.sh 300)
set_tests_properties(reliability:cgi_abuse_plain PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV};UNRES_SERVE_MODE=cgi"
                     SKIP_RETURN_CODE 77 TIMEOUT 900)
# Full disks on a small tmpfs (needs root to mount one; prints "SKIPPED: …" otherwise).
unres_add_reliability(full_disk full_disk.sh)
set_tests_properties(reliability:full_disk PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED: ")
unres_add_reliability(unwritable_db unwritable_db.sh)
set_tests_properties(reliability:unwritable_db PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED: ")
