/// @file
/// @brief Draws the indexer's progress bar on a terminal.
#include "indexer/progress.hpp"

#include <cstdio>
#include <string>

namespace unres::indexer {

Progress::Progress(std::ostream& out, bool enabled, std::size_t total_files)
    : m_out(out), m_enabled(enabled), m_total(total_files), m_start(std::chrono::steady_clock::now()) {}

void Progress::update(std::size_t files, std::size_t paragraphs) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    if (files < m_total && now - m_last_draw < std::chrono::milliseconds(100)) return;
    m_last_draw = now;
    draw(files, paragraphs);
}

void Progress::draw(std::size_t files, std::size_t paragraphs) {
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    const double fraction = m_total == 0 ? 1.0 : static_cast<double>(files) / static_cast<double>(m_total);
    constexpr int width = 30;
    const int filled = static_cast<int>(fraction * width);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(width - filled), '.');
    const double rate = elapsed > 0 ? static_cast<double>(paragraphs) / elapsed : 0.0;
    const double eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "\r[%s] %zu/%zu files  %zu paragraphs  %.0f para/s  ETA %d:%02d ",
                  bar.c_str(), files, m_total, paragraphs, rate, static_cast<int>(eta) / 60,
                  static_cast<int>(eta) % 60);
    m_out << line << std::flush;
}

void Progress::finish() {
    if (!m_enabled) return;
    m_out << "\r" << std::string(100, ' ') << "\r" << std::flush;
}

}  // namespace unres::indexer
