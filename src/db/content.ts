/** Content tables: guides and contacts, read by screens and replaced only as a whole pack. */
import type { Contact, Guide } from '../content/schema';
import type { Lang } from '../i18n/languages';
import type { HamrohDatabase } from './database';

export function listGuides(db: HamrohDatabase, lang: Lang): Promise<Guide[]> {
  return db.guides.where('lang').equals(lang).sortBy('order');
}

export function getGuide(db: HamrohDatabase, lang: Lang, id: string): Promise<Guide | undefined> {
  return db.guides.get(`${lang}:${id}`);
}

export function listContacts(db: HamrohDatabase): Promise<Contact[]> {
  return db.contacts
    .orderBy('id')
    .toArray()
    .then((rows) => rows.sort((a, b) => a.order - b.order));
}

export function getContact(db: HamrohDatabase, id: string): Promise<Contact | undefined> {
  return db.contacts.get(id);
}
