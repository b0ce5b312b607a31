/* Parser throughput: parses FILE repeatedly for about a second and prints
 * "MB/s" (best of the repetitions), the AST arena size and token count. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "parse/parser.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: parse_bench FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "read failed\n"); return 2; }
    fclose(f);
    double best = 1e30, start = now();
    size_t arena = 0;
    int reps = 0;
    while (reps < 3 || (now() - start < 1.0 && reps < 1000)) {
        ps_result res;
        double t0 = now();
        int rc = ps_parse(data, (size_t)n, PS_EXEC, NULL, &res);
        double t = now() - t0;
        if (rc < 0) { fprintf(stderr, "%s: parse failed at line %d: %s\n", argv[1], (int)res.err.lineno, res.err.msg); return 1; }
        arena = ar_used(res.arena);
        ar_free(res.arena);
        if (t < best) best = t;
        reps++;
    }
    printf("%.1f MB/s  (%.2f MB, best of %d: %.1f ms, AST arena %.1f MB)\n",
           (double)n / best / 1e6, (double)n / 1e6, reps, best * 1e3, (double)arena / 1e6);
    free(data);
    return 0;
}
