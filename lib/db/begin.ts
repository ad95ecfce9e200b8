// Transactions for a client that never pipelines (max_pipeline: 0, see clientOptions). postgres-js'
// own sql.begin learns its connection from a hook that runs only when a query may be pipelined
// behind BEGIN, so without pipelining it fails ("Cannot set properties of undefined (setting
// 'onclose')"). This one reserves a connection, then runs BEGIN, the callback and COMMIT (or
// ROLLBACK) on it; drizzle's db.transaction and nested transactions (savepoints) go through it.
import type { ReservedSql, Sql, TransactionSql } from "postgres";

type Callback<T> = (tx: TransactionSql) => T | Promise<T>;

// A callback may return an array of queries to run side by side, as postgres-js' begin allows.
async function settle<T>(value: T | Promise<T>) {
  const result = await value;
  return Array.isArray(result) ? ((await Promise.all(result)) as T) : result;
}

function transactionSql(reserved: ReservedSql): TransactionSql {
  let savepoints = 0;
  const tx = reserved as unknown as TransactionSql;
  async function savepoint<T>(nameOrCallback: string | Callback<T>, maybeCallback?: Callback<T>) {
    const callback = typeof nameOrCallback === "function" ? nameOrCallback : maybeCallback!;
    const name = `s${savepoints++}${typeof nameOrCallback === "string" ? `_${nameOrCallback}` : ""}`;
    await reserved`savepoint ${reserved(name)}`;
    try {
      const result = await settle(callback(tx));
      await reserved`release savepoint ${reserved(name)}`;
      return result;
    } catch (error) {
      await reserved`rollback to savepoint ${reserved(name)}`;
      throw error;
    }
  }
  return Object.assign(tx, { savepoint });
}

/** Replaces sql.begin with one that works without pipelining. */
export function withSerialBegin(sql: Sql): Sql {
  async function begin<T>(optionsOrCallback: string | Callback<T>, maybeCallback?: Callback<T>) {
    const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback!;
    // Only letters and spaces reach BEGIN's options (isolation level, read only), as in postgres-js.
    const options = typeof optionsOrCallback === "string" ? optionsOrCallback.replace(/[^a-z ]/gi, "") : "";
    const reserved = await sql.reserve();
    try {
      await reserved.unsafe(`begin ${options}`);
      try {
        const result = await settle(callback(transactionSql(reserved)));
        await reserved`commit`;
        return result;
      } catch (error) {
        await reserved`rollback`;
        throw error;
      }
    } finally {
      reserved.release();
    }
  }
  return Object.assign(sql, { begin: begin as Sql["begin"] });
}
