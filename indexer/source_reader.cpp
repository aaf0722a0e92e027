/// @file
/// @brief Finding source files and reading them as UTF-8 text (PDF pages through poppler-cpp).
#include "indexer/source_reader.hpp"

#include "analyzers/error.hpp"
#include "analyzers/text/ascii.hpp"
#include "analyzers/text/fnv_hash.hpp"
#include "analyzers/text/utf8.hpp"
#include "indexer/pdf_page_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace unres::indexer {
namespace {

auto lower_extension(const fs::path& path) -> std::string {
    return analyzers::ascii_lower(path.extension().string());
}

auto is_source_extension(const fs::path& path) -> bool {
    const auto ext = lower_extension(path);
    return ext == ".txt" || ext == ".md" || ext == ".pdf";
}

/// Whether @p path is @p root or lies under it (both canonical).
auto is_within(const fs::path& path, const fs::path& root) -> bool {
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p) {
        if (p == path.end() || *p != *r) return false;
    }
    return true;
}

/// One walk over the directories named on the command line.
struct Walk {
    const CollectOptions& options;
    fs::path root;  ///< canonical directory named on the command line
    std::set<fs::path>& seen_dirs;
    std::vector<std::string>& found;
    std::vector<SourceProblem>& problems;

    /// Walks @p dir; directories already seen (by canonical path) are skipped, so symlink loops end.
    void directory(const fs::path& dir) {
        std::error_code ec;
        const auto canonical = fs::canonical(dir, ec);
        if (ec) {
            problems.push_back({dir.string(), "cannot resolve: " + ec.message()});
            return;
        }
        if (!seen_dirs.insert(canonical).second) return;
        fs::directory_iterator it(dir, ec);  // a directory we may not read is reported, not skipped
        if (ec) {
            problems.push_back({dir.string(), "cannot read directory: " + ec.message()});
            return;
        }
        std::vector<fs::path> entries;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) break;
            entries.push_back(it->path());
        }
        std::sort(entries.begin(), entries.end());
        for (const auto& entry : entries) {
            std::error_code sec;
            if (fs::is_directory(entry, sec)) {
                if (leaves_tree(entry)) continue;
                directory(entry);
            } else if (fs::is_regular_file(entry, sec) && is_source_extension(entry)) {
                found.push_back(entry.string());
            }
        }
    }

    /// A symbolic link to a directory outside the tree, not followed unless asked (with a warning).
    auto leaves_tree(const fs::path& entry) -> bool {
        std::error_code ec;
        if (options.follow_links || !fs::is_symlink(fs::symlink_status(entry, ec))) return false;
        const auto target = fs::canonical(entry, ec);
        if (ec || is_within(target, root)) return false;
        problems.push_back({entry.string(),
                            "symbolic link to " + target.string() + ", outside " + root.string() +
                                ": not followed (--follow-links follows it)",
                            true});
        return true;
    }
};

/// Silences poppler's messages on stderr (library code never writes there).
void quiet_poppler(const std::string& /*message*/, void* /*closure*/) {}

auto read_bytes(const std::string& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SourceError(path + ": cannot open file");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw SourceError(path + ": read error");
    return bytes;
}

auto pdf_text(const std::string& path, const std::string& bytes) -> std::string {
    poppler::set_debug_error_function(quiet_poppler, nullptr);
    std::vector<char> data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data.data(), static_cast<int>(data.size())));
    if (!doc) throw SourceError(path + ": not a readable PDF (corrupt or encrypted)");
    if (doc->is_locked()) throw SourceError(path + ": encrypted PDF");
    std::string text;
    const int pages = doc->pages();
    if (pages <= 0) throw SourceError(path + ": PDF has no pages");
    if (pages > max_pdf_pages) {
        throw SourceError(path + ": PDF has " + std::to_string(pages) + " pages; the limit is " +
                          std::to_string(max_pdf_pages));
    }
    // Bounded while extracting, page by page: a hostile PDF cannot hold the run for long or fill memory.
    const auto deadline = std::chrono::steady_clock::now() + max_pdf_seconds;
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        text += pdf_page_text(*page);
        text.push_back('\f');
        if (text.size() > max_pdf_text_bytes) {
            throw SourceError(path + ": PDF text over " + std::to_string(max_pdf_text_bytes) +
                              " bytes by page " + std::to_string(i + 1) + "; not read further");
        }
        if (std::chrono::steady_clock::now() > deadline) {
            throw SourceError(path + ": PDF text took over " + std::to_string(max_pdf_seconds.count()) +
                              " s to extract (stopped at page " + std::to_string(i + 1) + " of " +
                              std::to_string(pages) + ")");
        }
    }
    return text;
}

void check_utf8(const std::string& path, const std::string& text) {
    std::size_t line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto n = analyzers::utf8_sequence_length(text, i);
        if (n == 0) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X",
                          static_cast<unsigned>(static_cast<unsigned char>(text[i])));
            throw SourceError(path + ":" + std::to_string(line) + ": not valid UTF-8 (byte " + byte +
                              " at column " + std::to_string(i - line_start + 1) + ")");
        }
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
        i += n;
    }
}

}  // namespace

auto collect_sources(const std::vector<std::string>& paths, std::vector<SourceProblem>& problems,
                     const CollectOptions& options) -> std::vector<SourceFile> {
    std::vector<std::string> found;
    std::set<fs::path> seen_dirs;
    for (const auto& path : paths) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            problems.push_back({path, "no such file or directory"});
        } else if (fs::is_directory(status)) {
            Walk{options, fs::canonical(path, ec), seen_dirs, found, problems}.directory(path);
        } else {
            found.push_back(path);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<SourceFile> out;
    std::set<fs::path> seen_files;
    for (auto& path : found) {
        // The name is stored and compared on later runs as UTF-8 text: a name that is not cannot be kept.
        if (!analyzers::utf8_problem(path).empty()) {
            problems.push_back({path, "file name is not valid UTF-8; rename the file to index it"});
            continue;
        }
        std::error_code ec;
        const auto canonical = fs::canonical(path, ec);
        if (!ec && !seen_files.insert(canonical).second) continue;  // same file reached twice
        out.push_back({std::move(path)});
    }
    return out;
}

auto read_source(const std::string& path) -> std::string {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw SourceError(path + ": is a directory");
    const auto size = fs::file_size(path, ec);
    if (ec) throw SourceError(path + ": cannot read: " + ec.message());
    if (size > max_file_bytes) {
        throw SourceError(path + ": too large (" + std::to_string(size) + " bytes; the limit is " +
                          std::to_string(max_file_bytes) + ")");
    }
    if (size == 0) throw SourceError(path + ": empty file");
    return source_text_from_bytes(path, read_bytes(path));
}

auto source_text_from_bytes(const std::string& path, std::string bytes) -> std::string {
    if (bytes.empty()) throw SourceError(path + ": empty file");
    const bool pdf = lower_extension(path) == ".pdf" || bytes.rfind("%PDF-", 0) == 0;
    std::string text = pdf ? pdf_text(path, bytes) : std::move(bytes);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // byte order mark
    check_utf8(path, text);
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        throw SourceError(path + (pdf ? ": PDF has no text (scanned image?)" : ": empty file"));
    }
    return text;
}

auto hash_file(const std::string& path) -> std::string {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SourceError(path + ": cannot open file");
    analyzers::Fnv1a<std::uint64_t> hash;
    char buffer[65536];
    while (in) {
        in.read(buffer, sizeof buffer);
        hash.add(std::string_view(buffer, static_cast<std::size_t>(in.gcount())));
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash.value()));
    return hex;
}

}  // namespace unres::indexer
