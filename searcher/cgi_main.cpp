// placeholder: being written
auto main() -> int { return 0; }
