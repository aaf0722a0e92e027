# Finds the system libraries unres builds on and exposes each as one imported target.
find_package(Xapian 1.4 REQUIRED CONFIG)
if(NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  target_link_libraries(Xapian::Xapian INTERFACE ${XAPIAN_LIBRARIES})
  target_include_directories(Xapian::Xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
endif()

find_package(Threads REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
# unres::icu: ICU's static archives when installed (libicu-dev ships them), so that a process, such
# as a CGI request, does not resolve ICU's C++ symbols at every start; the shared libraries otherwise
# (and under sanitizers).
option(UNRES_STATIC_ICU "Link ICU statically when its archives are installed" ON)
find_library(UNRES_ICU_I18N_ARCHIVE libicui18n.a)
find_library(UNRES_ICU_UC_ARCHIVE libicuuc.a)
find_library(UNRES_ICU_DATA_ARCHIVE libicudata.a)
add_library(unres_icu INTERFACE)
add_library(unres::icu ALIAS unres_icu)
if(UNRES_STATIC_ICU AND NOT UNRES_SANITIZE AND UNRES_ICU_I18N_ARCHIVE AND UNRES_ICU_UC_ARCHIVE
   AND UNRES_ICU_DATA_ARCHIVE)
  target_include_directories(unres_icu INTERFACE ${ICU_INCLUDE_DIRS})
  target_link_libraries(unres_icu INTERFACE ${UNRES_ICU_I18N_ARCHIVE} ${UNRES_ICU_UC_ARCHIVE}
                                            ${UNRES_ICU_DATA_ARCHIVE} ${CMAKE_DL_LIBS} Threads::Threads)
  message(STATUS "ICU: static archives")
else()
  target_link_libraries(unres_icu INTERFACE ICU::uc ICU::i18n)
endif()
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(nlohmann_json 3 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# unres_NAME: the pkg-config library PACKAGE linked from its static archive when installed (so a CGI
# process start resolves nothing more), from the shared library otherwise (and under sanitizers).
function(unres_library name package)
  string(TOUPPER "${name}" prefix)
  pkg_check_modules(${prefix} REQUIRED IMPORTED_TARGET ${package})
  find_library(UNRES_${prefix}_ARCHIVE NAMES ${ARGN})
  add_library(unres_${name} INTERFACE)
  if(UNRES_${prefix}_ARCHIVE AND NOT UNRES_SANITIZE)
    target_include_directories(unres_${name} INTERFACE ${${prefix}_INCLUDE_DIRS})
    target_link_libraries(unres_${name} INTERFACE ${UNRES_${prefix}_ARCHIVE})
  else()
    target_link_libraries(unres_${name} INTERFACE PkgConfig::${prefix})
  endif()
endfunction()
# The spelling library that tells a split word's parts from real words.
unres_library(hunspell hunspell libhunspell-1.7.a libhunspell.a)
# FastCGI: unres.cgi answers request after request when the web server starts it as a FastCGI responder.
unres_library(fcgi fcgi libfcgi.a)
find_path(MUSTACHE_INCLUDE_DIR kainjow/mustache.hpp REQUIRED)
if(UNRES_BUILD_TESTS)
  find_package(doctest REQUIRED)
  include(doctest)
endif()
