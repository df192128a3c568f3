/**
 * Settings → my details for the officer card. All optional, stored only in IndexedDB on this
 * phone; invalid fields get a message right under them and nothing is saved until all are valid.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { db } from '../../db';
import { savePersonalCard, type PersonalCard } from '../../db/personalCard';
import {
  normalizePersonalCard,
  validatePersonalCard,
  type PersonalCardErrors,
  type PersonalCardField,
} from './personalCardRules';
import { usePersonalCard } from './usePersonalCard';

const FIELDS: {
  field: PersonalCardField;
  label: 'card.name' | 'card.passport' | 'card.patent' | 'card.relativePhone';
  type: string;
  autoComplete: string;
}[] = [
  { field: 'name', label: 'card.name', type: 'text', autoComplete: 'off' },
  { field: 'passport', label: 'card.passport', type: 'text', autoComplete: 'off' },
  { field: 'patent', label: 'card.patent', type: 'text', autoComplete: 'off' },
  { field: 'relativePhone', label: 'card.relativePhone', type: 'tel', autoComplete: 'off' },
];

function Form({
  initial,
  saved,
  setSaved,
}: {
  initial: PersonalCard;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PersonalCard>(initial);
  const [errors, setErrors] = useState<PersonalCardErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const card = normalizePersonalCard(values);
    const found = validatePersonalCard(card);
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length === 0) void savePersonalCard(db, card).then(() => setSaved(true));
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {FIELDS.map(({ field, label, type, autoComplete }) => {
        const error = errors[field];
        return (
          <div key={field} className="field">
            <label htmlFor={`pc-${field}`}>{t(label)}</label>
            {field === 'relativePhone' && (
              <p id="pc-relativePhone-hint" className="hint">
                {t('card.relativePhoneHint')}
              </p>
            )}
            <input
              id={`pc-${field}`}
              type={type}
              autoComplete={autoComplete}
              value={values[field] ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={
                [error ? `pc-${field}-error` : '', field === 'relativePhone' ? 'pc-relativePhone-hint' : '']
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            />
            {error && (
              <p id={`pc-${field}-error`} className="field-error">
                {t(`card.${error}`)}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="button">
        {t('card.save')}
      </button>
      {saved && (
        <p role="status" className="notice">
          {t('card.saved')} <Link href="/card">{t('card.openCard')}</Link>
        </p>
      )}
    </form>
  );
}

export function PersonalCardForm() {
  const { t } = useTranslation();
  const card = usePersonalCard();
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="personal-heading">
      <h2 id="personal-heading">{t('card.personalTitle')}</h2>
      <p>{t('card.personalIntro')}</p>
      {/* Mounted once the stored card is read, and again when it is deleted, so the form shows what is stored. */}
      {card !== undefined && (
        <Form key={card ? 'stored' : 'empty'} initial={card ?? {}} saved={saved} setSaved={setSaved} />
      )}
    </section>
  );
}
