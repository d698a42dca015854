#ifndef FACTCHECK_CCURL_H
#define FACTCHECK_CCURL_H

#include <stddef.h>

/// What fc_fetch did. Buffers it returns are malloc'd; fc_fetch_result_free releases them.
typedef struct {
    /// 0 when the transfer finished; otherwise libcurl's CURLcode, or -1 when libcurl could not be loaded.
    int curl_code;
    /// libcurl's text for curl_code, or why libcurl could not be loaded (static storage, never freed).
    const char *curl_message;
    /// Nonzero when the `accept` callback refused the response or the body ran past max_bytes.
    int stopped;
    /// The last response's status code (after redirects).
    long http_status;
    /// The body received so far.
    unsigned char *body;
    size_t body_length;
    /// The address the response came from, after redirects; NULL if none.
    char *final_url;
} fc_fetch_result;

/// Called once, when the headers of the final response have arrived and before any of its body is kept.
/// Returns nonzero to go on, zero to stop the transfer. `content_type` may be NULL; `content_length` is -1 when unknown.
typedef int (*fc_accept_callback)(void *context, long http_status, const char *content_type, long long content_length);

/// Fetches `url` with libcurl, loaded on first use (so a program that never fetches never loads it or the
/// libraries behind it). http and https only; at most `max_redirects` redirects; gives up after `idle_seconds`
/// without progress or `total_seconds` in all; keeps at most `max_bytes` of body (more stops the transfer).
void fc_fetch(const char *url, const char *const *headers, const char *user_agent, long max_redirects,
              long idle_seconds, long total_seconds, size_t max_bytes,
              fc_accept_callback accept, void *context, fc_fetch_result *result);

void fc_fetch_result_free(fc_fetch_result *result);

#endif
