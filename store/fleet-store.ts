// The durable fleet: every acknowledged hostCreate/deviceAdd as a row of an SQLite journal
// (better-sqlite3, WAL) under DATA_DIR. One transaction per mutation: the row is written, the model
// applies it, and the commit happens before the mutation answers; a model error rolls the row back.
// iommufd state (contexts, objects, PASIDs) is never stored: a restart is a reboot.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { applyRecord, type FleetJournal, type FleetRecord } from './fleet-records.ts';

export const DB_FILE = 'fleet.sqlite3';
const SCHEMA_VERSION = 1;

export class FleetStore implements FleetJournal {
  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Opens (or creates) DATA_DIR/fleet.sqlite3; an unreadable or corrupt file is an error naming it. */
  static open(dataDir: string): FleetStore {
    mkdirSync(dataDir, { recursive: true });
    const file = path.resolve(dataDir, DB_FILE);
    let db: Database.Database | null = null;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      // FULL: a committed transaction survives power loss too, not only a killed process.
      db.pragma('synchronous = FULL');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
      db.exec(`create table if not exists meta (key text primary key, value text not null);
               create table if not exists mutations (seq integer primary key autoincrement, record text not null);`);
      const version = db.prepare("select value from meta where key = 'schema'").pluck().get() as
        | string
        | undefined;
      if (version === undefined)
        db.prepare("insert into meta values ('schema', ?)").run(String(SCHEMA_VERSION));
      else if (version !== String(SCHEMA_VERSION))
        throw new Error(`schema version ${version}, expected ${SCHEMA_VERSION}`);
      return new FleetStore(db, file);
    } catch (error) {
      db?.close();
      throw new Error(`fleet database ${file} cannot be used: ${(error as Error).message}`);
    }
  }

  /** Re-applies every stored mutation, in order, to a fresh fleet. */
  replay(fleet: Fleet): number {
    const rows = this.db.prepare('select seq, record from mutations order by seq').all() as {
      seq: number;
      record: string;
    }[];
    for (const row of rows) {
      try {
        applyRecord(fleet, JSON.parse(row.record) as FleetRecord);
      } catch (error) {
        throw new Error(
          `fleet database ${this.file}: mutation ${row.seq} no longer applies: ${(error as Error).message}`,
        );
      }
    }
    return rows.length;
  }

  commit<T>(record: FleetRecord, apply: () => T): T {
    const insert = this.db.prepare('insert into mutations (record) values (?)');
    return this.db.transaction(() => {
      insert.run(JSON.stringify(record));
      return apply();
    })();
  }

  close(): void {
    this.db.close();
  }
}
