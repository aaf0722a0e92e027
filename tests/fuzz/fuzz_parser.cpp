/// @file
/// @brief libFuzzer target: bytes as a .txt -> source text -> parse_resolution -> build_documents.
#include "analyzers/error.hpp"
#include "analyzers/parser/resolution_parser.hpp"
#include "analyzers/text/analyzer.hpp"
#include "indexer/document_builder.hpp"
#include "indexer/source_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" auto LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) -> int {
    static const auto analyzer = unres::analyzers::make_analyzer("en");
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        // The text path: a PDF header would take the PDF path, which fuzz_pdf covers.
        if (bytes.rfind("%PDF-", 0) == 0) return 0;
        const std::string text = unres::indexer::source_text_from_bytes("fuzz.txt", std::move(bytes));
        const auto resolution = unres::analyzers::parse_resolution(text, "fuzz.txt");
        const auto built = unres::indexer::build_documents(resolution, *analyzer, "fuzz.txt");
        if (built.documents.size() != built.unique_terms.size()) __builtin_trap();
    } catch (const unres::SourceError&) {
        // Rejected with a message: the documented outcome for bad input.
    }
    return 0;
}
