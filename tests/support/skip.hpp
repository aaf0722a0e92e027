/// @file
/// @brief Skipping a test case whose third-party data (../shared) is absent, in a way CTest reports.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>

/// Ends the current test case when @p where does not exist, printing "SKIPPED: …": CTest's
/// SKIP_REGULAR_EXPRESSION (tests/CMakeLists.txt) then reports the test as skipped, not passed.
#define UNRES_SKIP_UNLESS_EXISTS(where)                                                       \
    do {                                                                                      \
        const auto unres_skip_path_ = std::filesystem::path(where);                           \
        if (unres_skip_path_.empty() || !std::filesystem::exists(unres_skip_path_)) {         \
            MESSAGE("SKIPPED: third-party data absent: "                                      \
                    << (unres_skip_path_.empty() ? "../shared" : unres_skip_path_.string())); \
            return;                                                                           \
        }                                                                                     \
    } while (0)
