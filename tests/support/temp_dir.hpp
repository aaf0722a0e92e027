/// @file
/// @brief A temporary directory for one test, removed when the test ends.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace unres::testing {

/// Creates a fresh directory under the system temp dir; removes it with everything inside on destruction.
class TempDir {
  public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "unres-test-XXXXXX").string();
        m_path = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    auto operator=(const TempDir&) -> TempDir& = delete;

    [[nodiscard]] auto path() const -> const std::filesystem::path& { return m_path; }
    [[nodiscard]] auto operator/(const std::string& name) const -> std::filesystem::path {
        return m_path / name;
    }

  private:
    std::filesystem::path m_path;
};

/// The repository's source directory (tests are compiled with UNRES_SOURCE_DIR).
inline auto source_dir() -> std::filesystem::path { return UNRES_SOURCE_DIR; }

/// The sample corpus shipped with the project.
inline auto sample_corpus() -> std::filesystem::path { return source_dir() / "sample-corpus"; }

/// ../shared next to the repository (third-party corpora), or $UNRES_SHARED_DIR; may not exist.
inline auto shared_dir() -> std::filesystem::path {
    if (const char* env = std::getenv("UNRES_SHARED_DIR"); env != nullptr && *env != '\0') return env;
    return source_dir() / ".." / "shared";
}

/// ../shared/multilang (the UN Parallel Corpus samples), "" when absent.
inline auto multilang_dir() -> std::string {
    const auto dir = shared_dir() / "multilang";
    return std::filesystem::is_directory(dir) ? dir.string() : "";
}

}  // namespace unres::testing
