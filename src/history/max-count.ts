/**
 * The largest count git's `--max-count` takes: a C int, so larger values wrap around
 * (`-n 4294967296` listed nothing, `-n 4294967297` one commit). Nothing larger reaches git.
 */
export const MAX_GIT_COUNT = 2 ** 31 - 1;
