/// @file
/// @brief The exception types unres library code throws; each main() is the single catch site.
#pragma once

#include <stdexcept>
#include <string>

namespace unres {

/// Base of every error unres raises itself (Xapian::Error passes through untouched).
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A bad command-line option, CGI parameter or query: the user can fix it (exit 2, HTTP 400).
class UsageError : public Error {
  public:
    using Error::Error;
};

/// A source file that cannot be read or is not a resolution; the message names the file (and line).
class SourceError : public Error {
  public:
    using Error::Error;
};

/// A database that is missing, locked or unreadable (exit 2, HTTP 503).
class DatabaseError : public Error {
  public:
    using Error::Error;
};

}  // namespace unres
