/// @file
/// @brief A one-line progress bar (files, paragraphs, rate, ETA) for terminals.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace unres::indexer {

/// Redraws at most ten times a second; does nothing when disabled (not a terminal, or --quiet).
class Progress {
  public:
    Progress(std::ostream& out, bool enabled, std::size_t total_files);
    /// Reports @p files done and @p paragraphs written so far.
    void update(std::size_t files, std::size_t paragraphs);
    /// Clears the bar.
    void finish();

  private:
    void draw(std::size_t files, std::size_t paragraphs);
    std::ostream& m_out;
    bool m_enabled;
    std::size_t m_total;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_last_draw;
};

}  // namespace unres::indexer
