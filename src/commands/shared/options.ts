/** The options of every command that reads the ledgers as of a day, on the approved schedule. */
export interface AsOfOptions {
  /** --ledgers DIR: the ledger folder. */
  ledgers: string;
  /** --date YYYY-MM-DD: the as-of day (default: today in the policy's time zone). */
  date?: string;
  /** --baseline REV (a string), or --no-baseline (false): where approved dates come from. */
  baseline?: string | boolean;
  /** For tests and measuring: false keeps the baseline cache out of .git. */
  baselineCache?: boolean;
  /** For tests: the clock that decides today. */
  now?: Date;
}
