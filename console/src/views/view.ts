import type { Roundtable } from "@roundtable/sdk/web";

/** What a view gets: the signed-in client and a signal aborted when the user navigates away. */
export interface Context {
  rt: Roundtable;
  signal: AbortSignal;
}

/** Renders into `root`; may keep updating it (a room's live events) until `signal` aborts. */
export type View = (root: HTMLElement, context: Context) => Promise<void>;
