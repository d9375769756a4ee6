import type {
  FileKind,
  ImportRecord,
  Leader,
  Pilot,
  Policy,
  Problem,
  Reminder,
  Task,
  Unit,
} from '../schema/index.js';
import type { PathSeg } from '../diagnostics/types.js';

export interface Origin {
  file: string;
  path: PathSeg[];
}

/** The typed ledger a command works on. Entries keep their origin for locating findings. */
export interface Ledger {
  dir: string;
  policy: Policy;
  tasks: Task[];
  pilots: Pilot[];
  problems: Problem[];
  units: Unit[];
  leaders: Leader[];
  reminders: Reminder[];
  /** Monthly returns already written into the ledger (imports.yaml). */
  imports?: ImportRecord[];
}

export interface SourceInfo {
  kind: FileKind;
  /** Display path, relative to the working directory. */
  file: string;
  abs: string;
  parsedBy?: 'fast' | 'js-yaml' | 'full';
  entries: number;
  /** The parse cache's key for the file's bytes (their SHA-256), when the cache was asked. */
  key?: string;
  /** How many bytes the file had when read. */
  size?: number;
}
