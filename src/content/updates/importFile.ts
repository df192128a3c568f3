/**
 * An update passed from person to person as a file (through a messenger): the same checks and
 * the same all-or-nothing install as an online update. The size is checked before reading, so a
 * huge file is refused without loading it into memory.
 */
import type { HamrohDatabase } from '../../db';
import { MAX_PACK_BYTES } from '../constants';
import { refuse } from '../verify/reasons';
import { installUpdate, type Installed, type UpdateOptions } from './install';

export async function importUpdateFile(
  db: HamrohDatabase,
  file: Blob,
  options: UpdateOptions = {},
): Promise<Installed> {
  if (file.size > MAX_PACK_BYTES) return refuse('too-large');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse('truncated'); // the file vanished or could not be read to the end
  }
  return installUpdate(db, bytes, 'file', options);
}
