/// @file
/// @brief Names of paragraph kinds, as they appear in JSON, terms and facets.
#include "analyzers/parser/resolution.hpp"

namespace unres::analyzers {

auto kind_name(ParagraphKind kind) -> std::string {
    switch (kind) {
        case ParagraphKind::Preambular:
            return "preambular";
        case ParagraphKind::Operative:
            return "operative";
        case ParagraphKind::Annex:
            return "annex";
    }
    return "preambular";
}

auto kind_from_name(const std::string& name) -> std::optional<ParagraphKind> {
    for (auto kind : {ParagraphKind::Preambular, ParagraphKind::Operative, ParagraphKind::Annex}) {
        if (kind_name(kind) == name) return kind;
    }
    return std::nullopt;
}

}  // namespace unres::analyzers
