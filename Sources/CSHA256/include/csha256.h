#ifndef FACTCHECK_CSHA256_H
#define FACTCHECK_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Nonzero when this processor has the SHA extensions (x86-64 SHA-NI with SSE4.1 and SSSE3), so
/// fc_sha256_blocks can be called. Zero elsewhere (another architecture, or an older x86 processor).
int fc_sha256_hardware(void);

/// Runs the SHA-256 compression function over `blocks` whole 64-byte blocks at `data`, updating the eight state
/// words (h0 ... h7, in order) in place, with FIPS 180-4's 64 round constants (the caller's table, so the
/// constants are written once). Only to be called when fc_sha256_hardware() is nonzero.
void fc_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks, const uint32_t round_constants[64]);

#endif
