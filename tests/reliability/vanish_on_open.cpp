/// @file
/// @brief Fault injection for tests (LD_PRELOAD): the file named by $UNRES_VANISH_NAME is deleted just as a
/// process opens it, so "a file that vanishes between listing and reading" happens on every run, not by
/// timing.
#include <dlfcn.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

/// Deletes @p path when its last component is $UNRES_VANISH_NAME.
void vanish_if_named(const char* path) {
    const char* name = std::getenv("UNRES_VANISH_NAME");
    if (path == nullptr || name == nullptr || *name == '\0') return;
    const char* slash = std::strrchr(path, '/');
    if (std::strcmp(slash != nullptr ? slash + 1 : path, name) == 0) ::unlink(path);
}

template <typename Function>
auto next(const char* symbol) -> Function {
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, symbol));
}

auto mode_argument(int flags, va_list args) -> mode_t {
    return (flags & (O_CREAT | O_TMPFILE)) != 0 ? static_cast<mode_t>(va_arg(args, int)) : 0;
}

}  // namespace

extern "C" {

auto fopen(const char* path, const char* mode) -> FILE* {
    vanish_if_named(path);
    return next<FILE* (*)(const char*, const char*)>("fopen")(path, mode);
}

auto fopen64(const char* path, const char* mode) -> FILE* {
    vanish_if_named(path);
    return next<FILE* (*)(const char*, const char*)>("fopen64")(path, mode);
}

auto open(const char* path, int flags, ...) -> int {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    vanish_if_named(path);
    return next<int (*)(const char*, int, ...)>("open")(path, flags, mode);
}

auto open64(const char* path, int flags, ...) -> int {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    vanish_if_named(path);
    return next<int (*)(const char*, int, ...)>("open64")(path, flags, mode);
}

auto openat(int dir, const char* path, int flags, ...) -> int {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    vanish_if_named(path);
    return next<int (*)(int, const char*, int, ...)>("openat")(dir, path, flags, mode);
}
}
