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
# Six languages: --show across languages, lang: and verbkey: filters, --lang errors.
unres_add_e2e(multilang_cli multilang_cli.sh)

# Agreed language: --history, --diff and the CGI history view on sample-corpus/.
unres_add_e2e(lineage_cli lineage_cli.sh)
# Lineage over ../shared/un-corpus (sessions 78 and 79; skipped when absent).
add_test(NAME e2e:lineage_report COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/lineage_report.sh)
set_tests_properties(e2e:lineage_report PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" SKIP_RETURN_CODE 77 TIMEOUT 600)

# Sharding: remote shards over xapian-tcpsrv, faults, read replicas and merging (loopback only).
unres_add_e2e(remote_shards remote_shards.sh)
set_tests_properties(e2e:remote_shards PROPERTIES TIMEOUT 900 RUN_SERIAL ON)
unres_add_e2e(shard_faults shard_faults.sh)
unres_add_e2e(shard_replicas shard_replicas.sh)
unres_add_e2e(shard_compact shard_compact.sh)

unres_add_e2e(parse_samples parse_samples.sh)
# Per-document counts over ../shared/un-corpus (skipped when absent).
add_test(NAME e2e:corpus_report COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/corpus_report.sh)
set_tests_properties(e2e:corpus_report PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" SKIP_RETURN_CODE 77)

unres_add_e2e(format_check format_check.sh)
unres_add_e2e(test_names test_names.sh)
set_tests_properties(e2e:format_check PROPERTIES SKIP_RETURN_CODE 77)
unres_add_e2e(schema_literals schema_literals.sh)
unres_add_e2e(include_layers include_layers.sh)

unres_add_e2e(index_un_corpus index_un_corpus.sh)
set_tests_properties(e2e:index_un_corpus PROPERTIES SKIP_RETURN_CODE 77)

# A generated PDF with split words, italic openings and superscript marks, read as printed.
unres_add_e2e(pdf_as_printed pdf_as_printed.sh)
# The official PDFs of ../shared/un-corpus against their own word streams (skipped when absent).
add_test(NAME e2e:pdf_text_parity COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/pdf_text_parity.sh)
set_tests_properties(e2e:pdf_text_parity PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" SKIP_RETURN_CODE 77 TIMEOUT 1500)

# The page as FastCGI responders: revisions, a database moved into place, killed responders; plain CGI too.
unres_add_e2e(fastcgi_page fastcgi_page.sh)
set_tests_properties(e2e:fastcgi_page PROPERTIES SKIP_RETURN_CODE 77)

# Ranking quality on the hand-made judgments (bench/ranking/judgments.tsv): MRR@10 and P@3 may not fall below
# bench/ranking/baseline.json; the un-corpus part runs when ../shared holds it.
add_test(NAME e2e:ranking_quality
         COMMAND python3 ${PROJECT_SOURCE_DIR}/bench/ranking_eval.py ${PROJECT_BINARY_DIR}/bin ${PROJECT_SOURCE_DIR}
                 --shared ${PROJECT_SOURCE_DIR}/../shared --check ${PROJECT_SOURCE_DIR}/bench/ranking/baseline.json)
set_tests_properties(e2e:ranking_quality PROPERTIES TIMEOUT 1200)
