/// @file
/// @brief Reading stub files and opening local and remote sub-databases with timeouts.
#include "searcher/database_set.hpp"

#include "index/schema.hpp"

#include "analyzers/error.hpp"

#include <filesystem>
#include <fstream>

namespace unres::searcher {

namespace fs = std::filesystem;

namespace {

auto how_to_create(const std::string& path) -> std::string {
    return "; create one with: unres-index --db " + path + " sample-corpus";
}

class Opener {
  public:
    Opener(const DatabaseOptions& options, DatabaseSet& set) : m_options(options), m_set(set) {}

    void open(const std::string& spec, int depth = 0) {
        if (depth > 8) throw DatabaseError("stub files nest too deeply at " + spec);
        std::error_code ec;
        if (fs::is_directory(spec, ec)) {
            if (!fs::exists(fs::path(spec) / "iamglass", ec) && fs::exists(fs::path(spec) / "XAPIANDB", ec)) {
                read_stub((fs::path(spec) / "XAPIANDB").string(), depth);
                return;
            }
        } else if (fs::is_regular_file(spec, ec) && looks_like_stub(spec)) {
            read_stub(spec, depth);
            return;
        }
        open_local(spec);
    }

  private:
    static auto looks_like_stub(const std::string& path) -> bool {
        std::ifstream in(path, std::ios::binary);
        char head[16] = {};
        in.read(head, sizeof head);
        // A single-file glass database starts with binary data; stub files are text.
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            const auto c = static_cast<unsigned char>(head[i]);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') return false;
        }
        return true;
    }

    void open_local(const std::string& path) {
        try {
            Xapian::Database db(path);
            if (auto problem = schema::format_problem(db, path); !problem.empty())
                throw DatabaseError(problem);
            m_set.parts.push_back({path, std::move(db), false});
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw DatabaseError("no unres database at " + path + how_to_create(path));
        } catch (const Xapian::DatabaseOpeningError& e) {
            throw DatabaseError("cannot open database " + path + ": " + e.get_msg() + how_to_create(path));
        }
    }

    void open_remote_tcp(const std::string& host, unsigned port) {
        const std::string name = host + ":" + std::to_string(port);
        const unsigned timeout = m_options.remote_timeout_ms;
        try {
            m_set.parts.push_back({name, Xapian::Remote::open(host, port, timeout, timeout), true});
        } catch (const Xapian::NetworkError& e) {
            if (!m_options.allow_partial) {
                throw DatabaseError("remote shard " + name + " is unavailable: " + e.get_msg() +
                                    " (is its xapian-tcpsrv running?)");
            }
            m_set.unavailable.push_back(name);
        }
    }

    void open_remote_program(const std::string& program, const std::string& args) {
        try {
            m_set.parts.push_back({program + " " + args,
                                   Xapian::Remote::open(program, args, m_options.remote_timeout_ms), true});
        } catch (const Xapian::NetworkError& e) {
            if (!m_options.allow_partial) {
                throw DatabaseError("remote shard '" + program + "' is unavailable: " + e.get_msg());
            }
            m_set.unavailable.push_back(program);
        }
    }

    /// Xapian's stub syntax, line by line; a bad line is reported by number, as Xapian does.
    void read_stub(const std::string& file, int depth) {
        std::ifstream in(file);
        if (!in) throw DatabaseError("cannot read stub database file " + file);
        const fs::path dir = fs::path(file).parent_path();
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty() || line[0] == '#') continue;
            const auto space = line.find(' ');
            const std::string type = line.substr(0, space);
            const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
            if ((type == "auto" || type == "glass") && !rest.empty()) {
                const fs::path path = fs::path(rest).is_absolute() ? fs::path(rest) : dir / rest;
                open(path.string(), depth + 1);
                continue;
            }
            if (type == "remote" && !rest.empty()) {
                if (rest[0] == ':') {
                    const auto gap = rest.find(' ');
                    open_remote_program(rest.substr(1, gap == std::string::npos ? gap : gap - 1),
                                        gap == std::string::npos ? "" : rest.substr(gap + 1));
                    continue;
                }
                const auto colon = rest.rfind(':');
                if (colon != std::string::npos && colon + 1 < rest.size() &&
                    rest.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
                    std::string host = rest.substr(0, colon);
                    if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
                        host = host.substr(1, host.size() - 2);
                    }
                    open_remote_tcp(host, static_cast<unsigned>(std::stoul(rest.substr(colon + 1))));
                    continue;
                }
            }
            throw DatabaseError(file + ":" + std::to_string(number) +
                                ": bad stub line (expected auto PATH, glass PATH or remote HOST:PORT)");
        }
    }

    const DatabaseOptions& m_options;
    DatabaseSet& m_set;
};

}  // namespace

auto DatabaseSet::has_remote() const -> bool {
    for (const auto& part : parts) {
        if (part.remote) return true;
    }
    return false;
}

auto DatabaseSet::combined() const -> Xapian::Database {
    Xapian::Database all;
    for (const auto& part : parts) all.add_database(part.db);
    return all;
}

auto DatabaseSet::drop_unresponsive() -> std::size_t {
    std::size_t dropped = 0;
    for (auto it = parts.begin(); it != parts.end();) {
        bool alive = true;
        if (it->remote) {
            try {
                it->db.keep_alive();
            } catch (const Xapian::Error&) {
                alive = false;
            }
        }
        if (alive) {
            ++it;
            continue;
        }
        unavailable.push_back(it->name);
        it = parts.erase(it);
        ++dropped;
    }
    return dropped;
}

auto open_database_set(const std::vector<std::string>& specs, const DatabaseOptions& options) -> DatabaseSet {
    if (specs.empty()) throw UsageError("no database given (--db DIR)");
    DatabaseSet set;
    Opener opener(options, set);
    for (const auto& spec : specs) opener.open(spec);
    if (set.parts.empty())
        throw DatabaseError("no shard answered: " + std::to_string(set.unavailable.size()) + " unavailable");
    return set;
}

}  // namespace unres::searcher
