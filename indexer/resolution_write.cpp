/// @file
/// @brief One resolution's writes, checked against Xapian's limits first and undone when Xapian refuses one.
#include "indexer/resolution_write.hpp"

#include "index/term_limit.hpp"

#include <utility>

namespace unres::indexer {

auto write_problem(const ResolutionWrite& write) -> std::string {
    for (const std::string* key : {&write.source_key, &write.owner_key}) {
        if (key->size() > max_metadata_key_bytes) {
            return "path or symbol too long for the database (" + std::to_string(key->size()) +
                   " bytes in its key; the limit is " + std::to_string(max_metadata_key_bytes) + ")";
        }
    }
    for (const auto& doc : write.documents) {
        for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
            if ((*it).size() > schema::max_term_bytes) {
                return "a term too long for the database (" + std::to_string((*it).size()) + " bytes)";
            }
        }
    }
    return "";
}

auto write_resolution(Xapian::WritableDatabase& db, const ResolutionWrite& write) -> std::string {
    std::vector<Xapian::docid> added;
    bool recorded = false;
    try {
        for (const auto& doc : write.documents) added.push_back(db.add_document(doc));
        db.set_metadata(write.source_key, write.source_record);
        recorded = true;
        db.set_metadata(write.owner_key, write.path);
        return "";
    } catch (const Xapian::InvalidArgumentError& e) {
        for (const Xapian::docid id : added) db.delete_document(id);
        if (recorded) db.set_metadata(write.source_key, "");
        return "not indexed: " + e.get_msg();
    }
}

void WriteFailures::add(const ResolutionWrite& write, const std::string& reason) {
    const std::lock_guard lock(m_mutex);
    m_failures.push_back({write.path, reason, write.paragraphs, write.replaces});
}

auto WriteFailures::take() -> std::vector<WriteFailure> {
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_failures, {});
}

}  // namespace unres::indexer
