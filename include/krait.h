/* krait: a sandboxed Python interpreter.  The one public header of libkrait.
 *
 * The embedding API (runtimes, runs, suspensions, limits, snapshots) is being
 * built; for now the library exposes its version.  Every public name starts
 * with kr_ / KR_. */
#ifndef KRAIT_H
#define KRAIT_H

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define KR_API __attribute__((visibility("default")))
#else
#define KR_API
#endif

#define KR_VERSION_MAJOR 0
#define KR_VERSION_MINOR 1
#define KR_VERSION_PATCH 0

/* The library's version as "MAJOR.MINOR.PATCH"; never NULL. */
KR_API const char *kr_version(void);

#ifdef __cplusplus
}
#endif

#endif
