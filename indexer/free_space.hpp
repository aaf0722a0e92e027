/// @file
/// @brief Free space on the database's file system, checked before each write that could fill it.
#pragma once

#include <cstdint>
#include <string>

namespace unres::indexer {

/// Bytes available to this user on the file system holding @p path (its nearest existing ancestor).
/// Returns UINTMAX_MAX when it cannot be told (statvfs fails): the check is then left to the writes.
[[nodiscard]] auto free_bytes(const std::string& path) -> std::uintmax_t;

/// Total size of the regular files under @p dir (0 if it does not exist).
[[nodiscard]] auto directory_bytes(const std::string& dir) -> std::uintmax_t;

/**
 * The most a Xapian commit to the glass database in @p dir can write, beyond the documents already
 * written: glass copies each block it changes to a free place once per revision, so a commit
 * writes at most every block of the postings table again, plus the postings it adds (@p added_bytes,
 * estimated) and a margin for the other tables' open blocks and the version file.
 */
[[nodiscard]] auto commit_bound(const std::string& dir, std::uintmax_t added_bytes) -> std::uintmax_t;

/**
 * Free space a run needs for @p source_bytes of new source files: the database they make (about 3.5
 * bytes per source byte, compacted) times 3.3 for a fresh build, whose parts and their merge peak at
 * that much; an incremental run's uncompacted growth (1.5 times the compacted size).
 */
[[nodiscard]] auto space_for_sources(std::uintmax_t source_bytes, bool fresh) -> std::uintmax_t;

/// Whether @p what_failed (a Xapian error's errno text or message) says the disk is full.
[[nodiscard]] auto is_disk_full(const std::string& what_failed) -> bool;

/**
 * Throws DatabaseError "DIR: not enough free space to WHAT: about N MB needed, M MB free; …" when
 * the file system holding @p dir has less than @p needed bytes free; does nothing otherwise.
 */
void require_free_space(const std::string& dir, std::uintmax_t needed, const std::string& what);

}  // namespace unres::indexer
