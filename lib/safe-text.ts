/** Text PostgreSQL can store: no NUL, and well-formed UTF-16 (no lone surrogate). */
export function isSafeText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}
