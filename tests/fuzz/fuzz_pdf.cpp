/// @file
/// @brief libFuzzer target: bytes as a .pdf -> poppler layout text -> parse_resolution -> build_documents.
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
    try {
        const std::string text = unres::indexer::source_text_from_bytes(
            "fuzz.pdf", std::string(reinterpret_cast<const char*>(data), size));
        const auto resolution = unres::analyzers::parse_resolution(text, "fuzz.pdf");
        const auto built = unres::indexer::build_documents(resolution, *analyzer, "fuzz.pdf");
        if (built.documents.size() != built.unique_terms.size()) __builtin_trap();
    } catch (const unres::SourceError&) {
        // Corrupt, encrypted, textless or not a resolution: rejected with a message.
    }
    return 0;
}
