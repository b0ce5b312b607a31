/* The merge sort of list_sort.c, instantiated once per comparison kind:
 * the includer defines KS_FN(name) (the instance's function names) and
 * KS_LT(c, a, b, out) (a < b into *out; KR_OK or KR_ERR). */
/* Sorts a[lo, hi) given a[lo, start) sorted. */
static int KS_FN(binary_insertion)(ks_ctx *c, ks_pair *a, int64_t lo, int64_t hi, int64_t start)
{
    for (int64_t i = start; i < hi; i++) {
        ks_pair pivot = a[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t mid = l + ((r - l) >> 1);
            int lt;
            if (KS_LT(c, pivot.k, a[mid].k, &lt) != KR_OK) return KR_ERR;
            if (lt) r = mid;
            else l = mid + 1;
        }
        memmove(&a[l + 1], &a[l], (size_t)(i - l) * sizeof(ks_pair));
        a[l] = pivot;
    }
    return KR_OK;
}

/* Length of the run starting at LO (a strictly descending one is reversed
 * in place). */
static int KS_FN(count_run)(ks_ctx *c, ks_pair *a, int64_t lo, int64_t hi, int64_t *out)
{
    if (hi - lo == 1) { *out = 1; return KR_OK; }
    int lt;
    if (KS_LT(c, a[lo + 1].k, a[lo].k, &lt) != KR_OK) return KR_ERR;
    int64_t i = lo + 2;
    if (lt) {
        for (; i < hi; i++) {
            if (KS_LT(c, a[i].k, a[i - 1].k, &lt) != KR_OK) return KR_ERR;
            if (!lt) break;
        }
        reverse_pairs(a + lo, i - lo);
    } else {
        for (; i < hi; i++) {
            if (KS_LT(c, a[i].k, a[i - 1].k, &lt) != KR_OK) return KR_ERR;
            if (lt) break;
        }
    }
    *out = i - lo;
    return KR_OK;
}

/* Merges the sorted runs a[lo, mid) and a[mid, hi).  On error the array
 * is still a permutation of its items. */
static int KS_FN(merge)(ks_ctx *c, ks_pair *a, int64_t lo, int64_t mid, int64_t hi)
{
    int lt;
    /* already in order? */
    if (KS_LT(c, a[mid].k, a[mid - 1].k, &lt) != KR_OK) return KR_ERR;
    if (!lt) return KR_OK;
    /* the items of A not greater than B[0] stay where they are */
    int64_t l = lo, r = mid - 1;
    while (l < r) {
        int64_t m = l + ((r - l) >> 1);
        if (KS_LT(c, a[mid].k, a[m].k, &lt) != KR_OK) return KR_ERR;
        if (lt) r = m;
        else l = m + 1;
    }
    lo = l;
    /* the items of B not less than A's last stay where they are */
    l = mid + 1, r = hi;
    while (l < r) {
        int64_t m = l + ((r - l) >> 1);
        if (KS_LT(c, a[m].k, a[mid - 1].k, &lt) != KR_OK) return KR_ERR;
        if (lt) l = m + 1;
        else r = m;
    }
    hi = l;
    int64_t na = mid - lo;
    memcpy(c->tmp, a + lo, (size_t)na * sizeof(ks_pair));
    int64_t i = 0, j = mid, d = lo;
    int st = KR_OK;
    while (i < na && j < hi) {
        if (KS_LT(c, a[j].k, c->tmp[i].k, &lt) != KR_OK) { st = KR_ERR; break; }
        if (lt) a[d++] = a[j++];
        else a[d++] = c->tmp[i++];
    }
    memcpy(a + d, c->tmp + i, (size_t)(na - i) * sizeof(ks_pair));
    return st;
}

static int KS_FN(sort_pairs)(ks_ctx *c, ks_pair *a, int64_t n, int64_t **runs_out, int64_t *nruns_out)
{
    int64_t minrun = min_run(n);
    int64_t *runs = *runs_out;      /* run start offsets, then n */
    int64_t nruns = 0;
    for (int64_t lo = 0; lo < n;) {
        int64_t len;
        if (KS_FN(count_run)(c, a, lo, n, &len) != KR_OK) return KR_ERR;
        if (len < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (KS_FN(binary_insertion)(c, a, lo, lo + force, lo + len) != KR_OK) return KR_ERR;
            len = force;
        }
        runs[nruns++] = lo;
        lo += len;
    }
    runs[nruns] = n;
    /* bottom-up passes merging neighbouring runs */
    while (nruns > 1) {
        int64_t w = 0;
        for (int64_t r = 0; r < nruns; r += 2) {
            if (r + 1 < nruns && KS_FN(merge)(c, a, runs[r], runs[r + 1], runs[r + 2]) != KR_OK)
                return KR_ERR;
            runs[w++] = runs[r];
        }
        runs[w] = n;
        nruns = w;
    }
    *nruns_out = nruns;
    return KR_OK;
}

#undef KS_FN
#undef KS_LT
