/// @file
/// @brief Reads (memory-mapped) and writes the facet column file of a database.
#include "index/facet_column.hpp"

#include "index/schema.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace unres::schema {

namespace {

// Layout (native byte order, checked by the marker): magic, marker, UUID length and bytes (padded to
// 4), revision (8 bytes), last docid, value count, value_count + 1 offsets into the blob of packed
// values, the blob (padded to 4), then one 32-bit code per docid 0..last docid.
constexpr char magic[8] = {'U', 'N', 'R', 'E', 'S', 'F', 'C', '1'};
constexpr std::uint32_t byte_order_marker = 0x01020304;
constexpr std::size_t max_uuid = 64;

auto padded(std::size_t n) -> std::size_t { return (n + 3) & ~std::size_t{3}; }

auto column_path(const std::string& dir) -> std::string { return dir + "/" + std::string(facet_column_file); }

/// Reads fixed-size fields from a byte range, failing (not throwing) past its end.
struct Reader {
    const char* data;
    std::size_t size;
    std::size_t pos = 0;
    bool ok = true;

    template <typename T>
    auto take() -> T {
        T value{};
        if (!ok || size - pos < sizeof(T)) {
            ok = false;
            return value;
        }
        std::memcpy(&value, data + pos, sizeof(T));
        pos += sizeof(T);
        return value;
    }
    auto skip(std::size_t n) -> const char* {
        if (!ok || size - pos < n) {
            ok = false;
            return nullptr;
        }
        const char* at = data + pos;
        pos += n;
        return at;
    }
};

/// The UUID, revision and last docid the column of @p db must carry.
struct Stamp {
    std::string uuid;
    std::uint64_t revision = 0;
    Xapian::docid last_docid = 0;
};

auto stamp_of(const Xapian::Database& db) -> std::optional<Stamp> {
    try {
        return Stamp{db.get_uuid(), db.get_revision(), db.get_lastdocid()};
    } catch (const Xapian::Error&) {
        return std::nullopt;  // several databases, or a backend without revisions
    }
}

}  // namespace

struct FacetColumn::Mapping {
    void* address = MAP_FAILED;
    std::size_t size = 0;
    ~Mapping() {
        if (address != MAP_FAILED) munmap(address, size);
    }
};

FacetColumn::FacetColumn(FacetColumn&&) noexcept = default;
auto FacetColumn::operator=(FacetColumn&&) noexcept -> FacetColumn& = default;
FacetColumn::~FacetColumn() = default;

auto FacetColumn::open(const Xapian::Database& db, const std::string& dir) -> std::optional<FacetColumn> {
    const auto stamp = stamp_of(db);
    if (!stamp) return std::nullopt;
    const int fd = ::open(column_path(dir).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat st {};
    auto mapping = std::make_unique<Mapping>();
    if (fstat(fd, &st) == 0 && st.st_size > 0) {
        mapping->size = static_cast<std::size_t>(st.st_size);
        mapping->address = mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
    }
    ::close(fd);
    if (mapping->address == MAP_FAILED) return std::nullopt;

    Reader in{static_cast<const char*>(mapping->address), mapping->size};
    const char* head = in.skip(sizeof magic);
    if (head == nullptr || std::memcmp(head, magic, sizeof magic) != 0) return std::nullopt;
    if (in.take<std::uint32_t>() != byte_order_marker) return std::nullopt;
    const auto uuid_size = in.take<std::uint32_t>();
    if (!in.ok || uuid_size > max_uuid) return std::nullopt;
    const char* uuid = in.skip(padded(uuid_size));
    const auto revision = in.take<std::uint64_t>();
    const auto last_docid = in.take<std::uint32_t>();
    const auto values = in.take<std::uint32_t>();
    if (!in.ok || std::string_view(uuid, uuid_size) != stamp->uuid || revision != stamp->revision ||
        last_docid != stamp->last_docid || values > in.size / 4) {
        return std::nullopt;
    }
    const char* offsets = in.skip((std::size_t{values} + 1) * 4);
    if (offsets == nullptr) return std::nullopt;
    FacetColumn column;
    column.m_offsets = reinterpret_cast<const std::uint32_t*>(offsets);
    const std::uint32_t blob_size = column.m_offsets[values];
    for (std::uint32_t i = 0; i < values; ++i) {
        if (column.m_offsets[i] > column.m_offsets[i + 1]) return std::nullopt;
    }
    column.m_blob = in.skip(padded(blob_size));
    const char* codes = in.skip((std::size_t{last_docid} + 1) * 4);
    if (codes == nullptr || in.pos != in.size) return std::nullopt;
    column.m_codes = reinterpret_cast<const std::uint32_t*>(codes);
    column.m_last_docid = last_docid;
    column.m_values = values;
    column.m_mapping = std::move(mapping);
    return column;
}

auto FacetColumn::value(std::uint32_t code) const -> std::string_view {
    if (code == 0 || code > m_values) return {};
    return {m_blob + m_offsets[code - 1], m_offsets[code] - m_offsets[code - 1]};
}

void write_facet_column(const Xapian::Database& db, const std::string& dir) {
    if (FacetColumn::open(db, dir)) return;
    const auto stamp = stamp_of(db);
    if (!stamp) throw std::runtime_error(dir + ": a facet column needs a single local database");

    std::vector<std::uint32_t> codes(std::size_t{stamp->last_docid} + 1, 0);
    std::unordered_map<std::string, std::uint32_t> code_of;
    std::vector<const std::string*> in_order;
    const Xapian::valueno s = slot(ValueSlot::Facets);
    for (auto it = db.valuestream_begin(s); it != db.valuestream_end(s); ++it) {
        const auto [entry, fresh] = code_of.try_emplace(*it, static_cast<std::uint32_t>(code_of.size() + 1));
        if (fresh) in_order.push_back(&entry->first);
        if (it.get_docid() <= stamp->last_docid) codes[it.get_docid()] = entry->second;
    }

    std::string out(magic, sizeof magic);
    const auto put32 = [&out](std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
    const auto pad = [&out] { out.resize(padded(out.size()), '\0'); };
    put32(byte_order_marker);
    put32(static_cast<std::uint32_t>(stamp->uuid.size()));
    out += stamp->uuid;
    pad();
    out.append(reinterpret_cast<const char*>(&stamp->revision), 8);
    put32(stamp->last_docid);
    put32(static_cast<std::uint32_t>(in_order.size()));
    std::uint32_t offset = 0;
    put32(offset);
    for (const std::string* value : in_order) put32(offset += static_cast<std::uint32_t>(value->size()));
    for (const std::string* value : in_order) out += *value;
    pad();
    out.append(reinterpret_cast<const char*>(codes.data()), codes.size() * 4);

    // Written whole, flushed and renamed over the old one: readers see the old column or the new one.
    const std::string path = column_path(dir);
    const std::string temp = path + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error(temp + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < out.size()) {
        const ssize_t n = ::write(fd, out.data() + written, out.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    const bool complete = written == out.size() && ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!complete || std::rename(temp.c_str(), path.c_str()) != 0) {
        const int error = complete ? errno : saved;
        std::remove(temp.c_str());
        throw std::runtime_error(path + ": " + std::strerror(error));
    }
}

}  // namespace unres::schema
