/// @file
/// @brief A std::ostream over a FastCGI request's output stream (what the page writes goes to the server).
#pragma once

#include <fcgiapp.h>

#include <array>
#include <ostream>
#include <streambuf>

namespace unres::searcher {

/// Buffers what is written and hands it to FCGX_PutStr when full or flushed (FCGX_FFlush sends it on).
class FcgiOutputBuffer : public std::streambuf {
  public:
    explicit FcgiOutputBuffer(FCGX_Stream* stream) : m_stream(stream) {
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
    }

  protected:
    auto overflow(int_type c) -> int_type override {
        if (sync() != 0) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }

    auto sync() -> int override {
        const auto size = static_cast<int>(pptr() - pbase());
        if (size > 0 && FCGX_PutStr(pbase(), size, m_stream) != size) return -1;
        setp(m_buffer.data(), m_buffer.data() + m_buffer.size());
        return FCGX_FFlush(m_stream) == 0 ? 0 : -1;
    }

  private:
    FCGX_Stream* m_stream;
    std::array<char, 16384> m_buffer{};
};

}  // namespace unres::searcher
