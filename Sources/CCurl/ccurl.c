// libcurl through dlopen: linking it (or FoundationNetworking, which links it) makes every run of factcheck
// load libcurl and the thirty libraries behind it, though only `ingest URL` fetches anything.
// The few declarations needed are written here from curl.h (their values are part of libcurl's stable ABI),
// so building needs no curl headers.
#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef void CURL;
struct curl_slist;

enum {
    FC_CURLOPT_WRITEDATA = 10001,
    FC_CURLOPT_URL = 10002,
    FC_CURLOPT_TIMEOUT = 13,
    FC_CURLOPT_LOW_SPEED_LIMIT = 19,
    FC_CURLOPT_LOW_SPEED_TIME = 20,
    FC_CURLOPT_USERAGENT = 10018,
    FC_CURLOPT_HTTPHEADER = 10023,
    FC_CURLOPT_FOLLOWLOCATION = 52,
    FC_CURLOPT_MAXREDIRS = 68,
    FC_CURLOPT_CONNECTTIMEOUT = 78,
    FC_CURLOPT_NOSIGNAL = 99,
    FC_CURLOPT_WRITEFUNCTION = 20011,
    FC_CURLOPT_PROTOCOLS_STR = 10318,
    FC_CURLOPT_REDIR_PROTOCOLS_STR = 10319,
};

enum {
    FC_CURLINFO_EFFECTIVE_URL = 0x100000 + 1,
    FC_CURLINFO_RESPONSE_CODE = 0x200000 + 2,
    FC_CURLINFO_CONTENT_TYPE = 0x100000 + 18,
    FC_CURLINFO_CONTENT_LENGTH_DOWNLOAD_T = 0x600000 + 15,
};

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    const char *failure;
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", "libcurl.4.dylib", NULL};
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        curl.failure = "libcurl is not installed (Debian: apt-get install libcurl4); save the page and ingest the file";
        return;
    }
    *(void **)&curl.global_init = dlsym(library, "curl_global_init");
    *(void **)&curl.easy_init = dlsym(library, "curl_easy_init");
    *(void **)&curl.easy_setopt = dlsym(library, "curl_easy_setopt");
    *(void **)&curl.easy_perform = dlsym(library, "curl_easy_perform");
    *(void **)&curl.easy_getinfo = dlsym(library, "curl_easy_getinfo");
    *(void **)&curl.easy_cleanup = dlsym(library, "curl_easy_cleanup");
    *(void **)&curl.easy_strerror = dlsym(library, "curl_easy_strerror");
    *(void **)&curl.slist_append = dlsym(library, "curl_slist_append");
    *(void **)&curl.slist_free_all = dlsym(library, "curl_slist_free_all");
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo
        || !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append || !curl.slist_free_all) {
        curl.failure = "the installed libcurl lacks functions factcheck needs; save the page and ingest the file";
        return;
    }
    curl.global_init(3);  // CURL_GLOBAL_DEFAULT
}

typedef struct {
    CURL *handle;
    fc_fetch_result *result;
    size_t capacity;
    size_t max_bytes;
    int decided;
    fc_accept_callback accept;
    void *context;
} transfer;

static size_t receive(char *data, size_t size, size_t count, void *user) {
    transfer *t = user;
    size_t length = size * count;
    if (!t->decided) {
        t->decided = 1;
        long status = 0;
        char *type = NULL;
        long long expected = -1;
        curl.easy_getinfo(t->handle, FC_CURLINFO_RESPONSE_CODE, &status);
        curl.easy_getinfo(t->handle, FC_CURLINFO_CONTENT_TYPE, &type);
        curl.easy_getinfo(t->handle, FC_CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
        if (!t->accept(t->context, status, type, expected)) {
            t->result->stopped = 1;
            return 0;
        }
    }
    fc_fetch_result *r = t->result;
    if (r->body_length + length > t->max_bytes) {
        r->stopped = 1;
        return 0;
    }
    if (r->body_length + length > t->capacity) {
        size_t capacity = t->capacity ? t->capacity : 64 * 1024;
        while (capacity < r->body_length + length) capacity *= 2;
        unsigned char *grown = realloc(r->body, capacity);
        if (!grown) return 0;
        r->body = grown;
        t->capacity = capacity;
    }
    memcpy(r->body + r->body_length, data, length);
    r->body_length += length;
    return length;
}

void fc_fetch(const char *url, const char *const *headers, const char *user_agent, long max_redirects,
              long idle_seconds, long total_seconds, size_t max_bytes,
              fc_accept_callback accept, void *context, fc_fetch_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&curl_once, load_curl);
    if (curl.failure) {
        result->curl_code = -1;
        result->curl_message = curl.failure;
        return;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        result->curl_code = -1;
        result->curl_message = "libcurl could not start a transfer";
        return;
    }
    struct curl_slist *list = NULL;
    for (int i = 0; headers && headers[i]; i++) list = curl.slist_append(list, headers[i]);
    transfer t = {handle, result, 0, max_bytes, 0, accept, context};
    curl.easy_setopt(handle, FC_CURLOPT_URL, url);
    curl.easy_setopt(handle, FC_CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, FC_CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, FC_CURLOPT_FOLLOWLOCATION, 1L);
    curl.easy_setopt(handle, FC_CURLOPT_MAXREDIRS, max_redirects);
    curl.easy_setopt(handle, FC_CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, FC_CURLOPT_CONNECTTIMEOUT, idle_seconds);
    curl.easy_setopt(handle, FC_CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl.easy_setopt(handle, FC_CURLOPT_LOW_SPEED_TIME, idle_seconds);
    curl.easy_setopt(handle, FC_CURLOPT_TIMEOUT, total_seconds);
    curl.easy_setopt(handle, FC_CURLOPT_USERAGENT, user_agent);
    curl.easy_setopt(handle, FC_CURLOPT_HTTPHEADER, list);
    curl.easy_setopt(handle, FC_CURLOPT_WRITEFUNCTION, receive);
    curl.easy_setopt(handle, FC_CURLOPT_WRITEDATA, &t);
    result->curl_code = curl.easy_perform(handle);
    result->curl_message = curl.easy_strerror(result->curl_code);
    curl.easy_getinfo(handle, FC_CURLINFO_RESPONSE_CODE, &result->http_status);
    if (!t.decided && result->curl_code == 0) {
        // An empty body: the callback never ran, so decide on the headers now.
        char *type = NULL;
        long long expected = -1;
        curl.easy_getinfo(handle, FC_CURLINFO_CONTENT_TYPE, &type);
        curl.easy_getinfo(handle, FC_CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &expected);
        if (!accept(context, result->http_status, type, expected)) result->stopped = 1;
    }
    char *final_url = NULL;
    curl.easy_getinfo(handle, FC_CURLINFO_EFFECTIVE_URL, &final_url);
    if (final_url) result->final_url = strdup(final_url);
    curl.easy_cleanup(handle);
    curl.slist_free_all(list);
}

void fc_fetch_result_free(fc_fetch_result *result) {
    free(result->body);
    free(result->final_url);
    result->body = NULL;
    result->final_url = NULL;
}
