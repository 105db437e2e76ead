/* SHA-256 (FIPS 180-4), for the fingerprint kept with each issued
 * document's frozen text. */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN 64

/* Writes the lower-case hex digest of data and a NUL into out[65]. */
void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

#endif
