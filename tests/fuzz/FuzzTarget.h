#pragma once

// The entry points every fuzz target defines, as libFuzzer calls them. In the fuzz
// build (preset "fuzz", clang with -fsanitize=fuzzer) libFuzzer's own main() drives
// them; in the normal build ReplayMain.cpp feeds them each file of a seed corpus.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
