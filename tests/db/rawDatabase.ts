/**
 * Builds a database the way an older app version left it on a phone, with the browser's own
 * IndexedDB API and no Dexie, from the store declarations that version shipped (copied verbatim
 * from its `this.version(n).stores({...})`). Dexie stores version n as IndexedDB version n × 10.
 */
export interface DatabaseFixture {
  /** The Dexie version this fixture freezes. */
  version: number;
  /** The `stores()` declarations in force at that version, all of them (not only that version's diff). */
  stores: Record<string, string>;
  /** Rows per table, as that version wrote them. */
  rows: Record<string, unknown[]>;
}

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
  multiEntry: boolean;
}

function parseIndex(spec: string): IndexSpec {
  const unique = spec.startsWith('&');
  const multiEntry = spec.startsWith('*');
  const name = spec.replace(/^(\+\+|&|\*)/, '');
  const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
  return { name, keyPath, unique, multiEntry };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function createRawDatabase(name: string, fixture: DatabaseFixture): Promise<void> {
  const open = indexedDB.open(name, fixture.version * 10);
  open.onupgradeneeded = () => {
    for (const [table, declaration] of Object.entries(fixture.stores)) {
      const [primary = '', ...indexes] = declaration.split(',').map((s) => s.trim());
      const key = parseIndex(primary);
      const store = open.result.createObjectStore(table, {
        keyPath: key.name === '' ? undefined : key.keyPath,
        autoIncrement: primary.startsWith('++'),
      });
      for (const index of indexes.map(parseIndex)) {
        store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    }
  };
  const idb = await request(open);
  const tables = Object.keys(fixture.rows);
  const tx = idb.transaction(tables, 'readwrite');
  for (const table of tables) for (const row of fixture.rows[table] ?? []) tx.objectStore(table).add(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}
