/**
 * #/<lang>/card/print: a sheet of wallet cards to print on A4, cut out and fold. On screen: what
 * the sheet is, the choice to print one's saved details (off by default, so a lost card names
 * nobody), the print button and a preview of one card. On paper: only the sheet.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../app/LanguageScope';
import { useOfficerCard } from '../../../content/hooks';
import { Loading } from '../../../ui/Loading';
import { usePersonalCard } from '../../settings/usePersonalCard';
import type { PersonalCard } from '../../../db/personalCard';
import { OFFICER_LABELS } from '../officerLabels';
import { wantsFemaleForm } from './lineText';
import { PaperSources } from './PaperSources';
import { paperProvenance } from './provenance';
import { useCallCentre } from './useCallCentre';
import { WalletCard, type Details } from './WalletCard';
import './paper.css';

/**
 * Three cards and their marks take about 190 of A4's 277 printable millimetres: the rest is room
 * for the sources, whose list grows with the content. Four fit only with today's list.
 */
const CARDS_PER_SHEET = 3;

// undefined (loading, or locked behind a PIN) and null (none saved) both mean: nothing to print.
function savedDetails(personal: PersonalCard | null | undefined): Details {
  return OFFICER_LABELS.flatMap(([key, label]) => {
    const value = personal?.[key];
    return value ? [[label, value] as const] : [];
  });
}

export function CardSheetScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const card = useOfficerCard();
  const callCentre = useCallCentre(card);
  const personal = usePersonalCard();
  const saved = savedDetails(personal);
  const [withDetails, setWithDetails] = useState(false);
  const details = withDetails ? saved : [];
  return (
    <>
      <div className="paper-controls">
        <h1>{t('card.print.title')}</h1>
        <p>{t('card.print.intro', { cards: CARDS_PER_SHEET })}</p>
        {saved.length > 0 ? (
          <>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={withDetails}
                onChange={(e) => setWithDetails(e.target.checked)}
              />
              {t('card.print.withDetails')}
            </label>
            <p className="hint">{t('card.print.withDetailsHint')}</p>
          </>
        ) : (
          <p className="hint">{t('card.print.noDetails')}</p>
        )}
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('card.print.print')}
          </button>
        </p>
      </div>
      {card === undefined ? (
        <Loading />
      ) : card === null ? (
        <p>{t('card.missing')}</p>
      ) : (
        <CardSheet
          card={card}
          lang={lang}
          callCentre={callCentre}
          female={wantsFemaleForm(personal)}
          details={details}
        />
      )}
    </>
  );
}

function CardSheet({
  card,
  lang,
  callCentre,
  female,
  details,
}: Omit<Parameters<typeof WalletCard>[0], 'checkedOn' | 'copy'>) {
  const provenance = paperProvenance(card, callCentre);
  return (
    <article className="card-sheet" data-testid="card-sheet">
      {card.paper && <p className="paper-howto">{card.paper.cutAndFold[lang]}</p>}
      <div className="wallet-list">
        {Array.from({ length: CARDS_PER_SHEET }, (_, i) => (
          <WalletCard
            key={i}
            card={card}
            lang={lang}
            callCentre={callCentre}
            checkedOn={provenance.checkedOn}
            female={female}
            details={details}
            copy={i > 0}
          />
        ))}
      </div>
      <PaperSources provenance={provenance} />
    </article>
  );
}
