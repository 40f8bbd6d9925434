/**
 * A string holding a lone surrogate encodes to UTF-8 as U+FFFD, so two different strings would
 * give the same bytes: the same associated data or the same opaque doc id. Such strings are
 * refused instead (String.prototype.isWellFormed is ES2024; src/shared targets ES2022).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
