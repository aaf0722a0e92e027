# Fuzz regressions: every input kept under tests/fuzz/regressions/<target>/ (crashes found and fixed, plus
# hand-made hostile inputs) replayed through the same fuzz target code, without libFuzzer, in every build.
foreach(name parser pdf query cgi)
  add_executable(fuzz_replay_${name} fuzz/fuzz_${name}.cpp fuzz/replay_main.cpp)
  target_link_libraries(fuzz_replay_${name} PRIVATE unres_indexer unres_cli unres_warnings)
  target_compile_definitions(fuzz_replay_${name} PRIVATE UNRES_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME fuzz:replay_${name}
           COMMAND fuzz_replay_${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/${name})
  set_tests_properties(fuzz:replay_${name} PROPERTIES ENVIRONMENT "${UNRES_TEST_ENV}" TIMEOUT 300)
endforeach()
