/**
 * One wallet card: two halves the size of a bank card, to cut out and fold. The front is the
 * on-screen officer card in Russian (the same lines and legal references, from the same content)
 * with the embassy call centre; the back is the same card in the reader's language. A Russian
 * reader needs no translation, so their back carries the rights lines instead. Personal details are
 * printed only when the caller passes them.
 */
import type { Lang } from '../../../i18n/languages';
import type { OfficerCard } from '../../../content/schema';
import { Provenance } from '../../../ui/Provenance';
import { PhoneNumbers } from './PhoneNumbers';
import { CropMarks } from './CropMarks';
import { lineText } from './lineText';
import { RightsLines } from './RightsLines';
import type { CallCentre } from './useCallCentre';

export type Details = readonly (readonly [label: string, value: string])[];

interface Props {
  card: OfficerCard;
  lang: Lang;
  callCentre: CallCentre | undefined;
  /** Lines in the female form («гражданка»), as the person chose on the personal card. */
  female?: boolean;
  /** The day the sheet's texts were written, printed on the card too: a card cut out keeps its date. */
  checkedOn: string;
  details?: Details;
  /** A repeat of a card already on the page: printed, but not read out or shown on screen twice. */
  copy?: boolean;
}

export function WalletCard({
  card,
  lang,
  callCentre,
  checkedOn,
  female = false,
  details = [],
  copy = false,
}: Props) {
  return (
    <div
      className={copy ? 'wallet wallet-copy' : 'wallet'}
      data-testid="wallet-card"
      aria-hidden={copy || undefined}
    >
      <CropMarks />
      <section lang="ru" className="wallet-half wallet-front">
        <p className="wallet-title">{card.title.ru}</p>
        <ul>
          {card.lines.map((line) => (
            <li key={line.id}>
              {lineText(line, 'ru', female)}
              {line.basis && <span className="wallet-basis"> ({line.basis.ru})</span>}
            </li>
          ))}
        </ul>
      </section>
      <section lang={lang} className="wallet-half wallet-back">
        {lang === 'ru' ? (
          card.paper && <RightsLines paper={card.paper} lang="ru" withRussian={false} compact />
        ) : (
          // No title ("Dear officer" is the officer's): its line is what the longest details need.
          <ul>
            {card.lines.map((line) => (
              <li key={line.id}>{lineText(line, lang, female)}</li>
            ))}
          </ul>
        )}
        {details.length > 0 && (
          <dl lang="ru" className="wallet-details" data-testid="wallet-details">
            {details.map(([label, value]) => (
              <div key={label}>
                <dt>{label}:</dt> <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        {callCentre && (
          <p className="wallet-call">
            {callCentre.label[lang]}: <PhoneNumbers phones={callCentre.phones} />
          </p>
        )}
        <Provenance written={checkedOn} />
      </section>
    </div>
  );
}
