/// @file
/// @brief Finds source files and reads each as UTF-8 text (PDFs through poppler's layout text).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace unres::indexer {

/// Largest source file read (bytes); larger ones are rejected.
inline constexpr std::uintmax_t max_file_bytes = 32U * 1024U * 1024U;

/// Most pages read from one PDF (UN resolutions have tens; with annexes, a few hundred).
inline constexpr int max_pdf_pages = 2000;
/// Most text extracted from one PDF (bytes): the parser reads no more (analyzers::max_source_bytes).
inline constexpr std::size_t max_pdf_text_bytes = 16U * 1024U * 1024U;
/// Most time spent extracting one PDF's text, checked after each page.
inline constexpr std::chrono::seconds max_pdf_seconds{60};

/// A source file found under the paths given on the command line.
struct SourceFile {
    std::string path;  ///< as found (relative paths stay relative)
};

/// A problem with one path, reported and skipped.
struct SourceProblem {
    std::string path;
    std::string reason;
    bool warning = false;  ///< skipped on purpose (a link leaving the tree), not a rejected file
};

/// How collect_sources() walks directories.
struct CollectOptions {
    bool follow_links = false;  ///< follow symbolic links to directories outside the tree walked
};

/**
 * Every .txt, .md and .pdf file under @p paths (files named directly are taken whatever their
 * extension), sorted, each once. Directory loops through symbolic links are visited once; links to
 * directories outside the directory named are skipped with a warning unless @p options follow them;
 * paths that do not exist or cannot be read, and names that are not UTF-8, are added to @p problems.
 */
[[nodiscard]] auto collect_sources(const std::vector<std::string>& paths,
                                   std::vector<SourceProblem>& problems, const CollectOptions& options = {})
    -> std::vector<SourceFile>;

/**
 * The text of one source: a PDF's pages as layout text (like `pdftotext -layout`, pages separated by
 * form feeds), any other file as UTF-8. Throws SourceError ("FILE: reason") for an unreadable,
 * empty, too large, encrypted or corrupt file, or text that is not valid UTF-8 (naming the line).
 */
[[nodiscard]] auto read_source(const std::string& path) -> std::string;

/**
 * read_source() for bytes already in memory (fuzzing, tests): @p path names the source in messages
 * and its extension (or a `%PDF-` header) selects the PDF path. Throws SourceError as read_source().
 */
[[nodiscard]] auto source_text_from_bytes(const std::string& path, std::string bytes) -> std::string;

/// A content hash of the file's bytes (hex), for incremental indexing.
[[nodiscard]] auto hash_file(const std::string& path) -> std::string;

}  // namespace unres::indexer
