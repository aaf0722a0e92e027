# analyzers_tests: one test file per analyzers/ source file.
unres_add_test_exe(analyzers_tests
  analyzers/symbol_test.cpp
  analyzers/citations_test.cpp
  analyzers/clause_lexicon_test.cpp
  analyzers/resolution_corpus_test.cpp
  analyzers/resolution_json_test.cpp
  analyzers/resolution_parser_property_test.cpp
  analyzers/resolution_parser_test.cpp
  analyzers/analyzer_test.cpp
  analyzers/normalizer_test.cpp
  analyzers/segmenter_test.cpp
  analyzers/latin_word_breaks_test.cpp
  analyzers/language_detector_test.cpp
  analyzers/localized_metadata_test.cpp
  analyzers/localized_numbering_test.cpp
  analyzers/multilang_parser_test.cpp
  analyzers/lineage_test.cpp
  analyzers/split_words_test.cpp
  analyzers/opening_verb_test.cpp
  analyzers/fidelity_corpus_test.cpp
  analyzers/fnv_hash_test.cpp
  analyzers/utf8_test.cpp
)
target_link_libraries(analyzers_tests PRIVATE unres_analyzers)
target_include_directories(analyzers_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
