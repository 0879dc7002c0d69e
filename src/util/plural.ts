// Counting words, the one home for every message, view and export that says how many:
// "1 error", "3 errors", "2 stories".

/** The count and the noun that agrees with it: `many` defaults to the noun with an "s". */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
