/* Shared by the fuzz harnesses (tests/fuzz/fuzz_*.c).  Each harness is
 * built twice: with clang's libFuzzer for `make fuzz`, and with
 * tests/fuzz/replay.c as its main for `make check`, which runs every
 * input of tests/fuzz/corpus/NAME/ once under the sanitizers. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* data as a NUL-terminated string (malloc'd; aborts when memory ran out,
 * which a harness must not mistake for a finding). */
char *fuzz_cstr(const uint8_t *data, size_t size);

/* A private directory for the loaders that read files, made on first use
 * and removed at exit. */
const char *fuzz_dir(void);

/* Writes data to fuzz_dir()/name and returns its path (static storage). */
const char *fuzz_file(const char *name, const uint8_t *data, size_t size);

#endif
