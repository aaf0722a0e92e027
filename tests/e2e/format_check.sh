#!/usr/bin/env bash
# Fails when a C++ file of the project is not clang-format clean (the repo's .clang-format).
set -euo pipefail
cd "${UNRES_SOURCE_DIR:?}"
command -v clang-format >/dev/null || { echo "clang-format not installed"; exit 77; }
mapfile -t files < <(git ls-files -co --exclude-standard '*.cpp' '*.hpp' | grep -v node_modules || true)
[ "${#files[@]}" -gt 0 ] || { echo "not a git checkout"; exit 77; }
clang-format --dry-run --Werror "${files[@]}"
echo "${#files[@]} files clang-format clean"
