# One INTERFACE target carries the warning flags and sanitizers every target of ours uses.
add_library(unres_warnings INTERFACE)
target_compile_options(unres_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(UNRES_WERROR)
  target_compile_options(unres_warnings INTERFACE -Werror)
endif()
if(UNRES_SANITIZE)
  add_compile_options(-fsanitize=${UNRES_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${UNRES_SANITIZE})
endif()
if(UNRES_SANITIZE)
  # GCC 12 reports false maybe-uninitialized warnings inside std::regex and std::function when
  # instrumented; they are not ours and would break -Werror builds.
  target_compile_options(unres_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
