/** A private note about a contact ("did not answer on 3 March"), kept only on this phone. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { getNote, saveNote } from '../../db/notes';

function NoteForm({ contactId, initial }: { contactId: string; initial: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void saveNote(db, contactId, text.slice(0, 2000)).then(() => setSaved(true));
  };
  return (
    <form onSubmit={submit} className="form note">
      <label htmlFor={`note-${contactId}`}>{t('contact.note')}</label>
      <p id={`note-hint-${contactId}`} className="hint">
        {t('contact.noteHint')}
      </p>
      <textarea
        id={`note-${contactId}`}
        rows={3}
        maxLength={2000}
        autoComplete="off"
        value={text}
        aria-describedby={`note-hint-${contactId}`}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" className="button button-quiet">
        {t('contact.saveNote')}
      </button>
      <span role="status" className="copy-status">
        {saved ? t('contact.noteSaved') : ''}
      </span>
    </form>
  );
}

export function ContactNote({ contactId }: { contactId: string }) {
  const note = useLiveQuery(
    () =>
      getNote(db, contactId).then(
        (n) => n,
        () => null,
      ),
    [contactId],
  );
  if (note === undefined || note === null) return null; // loading, or no database: no notes
  return <NoteForm key={contactId} contactId={contactId} initial={note} />;
}
