/// @file
/// @brief Xapian's ValueCountMatchSpy whose counts come from the remote servers only.
#pragma once

#include <xapian.h>

namespace unres::searcher {

/**
 * A Xapian::ValueCountMatchSpy for a match over remote shards that counts nothing itself.
 *
 * Xapian serialises the spy to each xapian-tcpsrv by name ("Xapian::ValueCountMatchSpy", which the
 * stock server's registry rebuilds), counts there over the shard's whole match and merges the counts
 * back into this object (merge_results). But Xapian 1.4's matcher also calls the client's spy for a
 * remote shard's returned hits that sort below the lowest hit kept so far (MultiMatch::get_mset's
 * shortcut for a value sort, which includes relevance-then-value, without collapsing or a
 * MatchDecider), so those hits were counted twice: facet counts of queries with more matches than the
 * page exceeded the total, and each such call fetched the document's value over the network. The
 * client's own calls are therefore ignored; local shards must be counted by another spy in their own
 * match (FacetCounter does).
 */
class RemoteValueCountSpy : public Xapian::ValueCountMatchSpy {
  public:
    explicit RemoteValueCountSpy(Xapian::valueno slot) : Xapian::ValueCountMatchSpy(slot) {}
    /// Ignores a document the client's matcher passes: every remote match is counted on its server.
    void operator()(const Xapian::Document& /*doc*/, double /*weight*/) override {}
};

}  // namespace unres::searcher
