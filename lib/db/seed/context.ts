// What every product's seed step receives.
import type { Transaction } from "../client";

export type EndUser = { id: string; name: string; email: string; createdAt: Date };

export type SeedContext = {
  tx: Transaction;
  /** The moment the seed runs; demo timestamps lie before it. */
  now: Date;
  /** End users (role "user") in a fixed order; the first is the demo end-user login. */
  users: EndUser[];
};
