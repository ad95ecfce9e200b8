/** One set-based statement that fills (part of) one table. */
export type ScaleStep = { table: string; sql: string };
