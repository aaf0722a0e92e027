/// @file
/// @brief The precedents table of the page (see precedents_page.hpp).
#include "searcher/precedents_page.hpp"

#include "searcher/escape.hpp"
#include "searcher/history_page.hpp"

namespace unres::searcher {

auto precedents_view(const PageSettings& settings, const CgiRequest& request, const PrecedentReport& report)
    -> nlohmann::json {
    nlohmann::json view = page_view(settings, request, "Precedents for a draft – UN resolutions search");
    view["draft"] = request.like;
    view["agreed"] = percent(share(report.agreed_words, report.words));
    view["words"] = std::to_string(report.words);
    view["new_sentences"] = std::to_string(report.new_sentences) +
                            (report.new_sentences == 1 ? " sentence is" : " sentences are") + " new";
    nlohmann::json rows = nlohmann::json::array();
    std::size_t n = 0;
    for (const auto& p : report.paragraphs) {
        nlohmann::json row;
        row["number"] = std::to_string(++n);
        row["text"] = p.text;
        row["agreed"] = percent(share(p.agreed_words, p.words));
        if (p.precedents.empty()) {
            row["new"] = true;
        } else {
            const auto& best = p.precedents.front();
            row["id"] = best.id;
            row["url"] = query_string({{"show", best.symbol}}) + "#" + url_encode(best.paragraph);
            row["session"] = std::to_string(best.session);
            row["similarity"] = percent(best.similarity);
            if (best.same_wording.size() > 1) {
                row["adopted"] = "adopted in " + std::to_string(best.same_wording.size()) +
                                 " resolutions, sessions " + std::to_string(best.first_session) + "–" +
                                 std::to_string(best.last_session);
            }
            row["pieces"] = diff_pieces(best.diff);
            nlohmann::json fresh =
                nlohmann::json::array();  // new sentences of a paragraph that has precedents
            for (const auto& sentence : p.sentences) {
                if (sentence.is_new) fresh.push_back(sentence.text);
            }
            row["new_sentences"] = fresh;
            row["has_new_sentences"] = !fresh.empty();
            nlohmann::json others = nlohmann::json::array();
            for (std::size_t i = 1; i < p.precedents.size(); ++i) {
                const auto& other = p.precedents[i];
                others.push_back(
                    {{"id", other.id},
                     {"url", query_string({{"show", other.symbol}}) + "#" + url_encode(other.paragraph)}});
            }
            row["others"] = others;
            row["has_others"] = !others.empty();
        }
        rows.push_back(std::move(row));
    }
    view["rows"] = rows;
    view["has_rows"] = !rows.empty();
    return view;
}

}  // namespace unres::searcher
