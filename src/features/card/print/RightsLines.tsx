/**
 * The paper part's short rights lines to the reader, in their language and (unless that is
 * Russian) in Russian below each, so the line can also be shown to an officer.
 */
import type { Lang } from '../../../i18n/languages';
import type { Paper } from '../../../content/schema';

interface Props {
  paper: Paper;
  lang: Lang;
  withRussian?: boolean;
  /** On the card: a plain title line instead of a heading, to save height. */
  compact?: boolean;
}

export function RightsLines({ paper, lang, withRussian = lang !== 'ru', compact = false }: Props) {
  return (
    <div
      className={withRussian ? 'paper-rights paper-rights-two' : 'paper-rights'}
      data-testid="paper-rights"
    >
      {compact ? (
        <p className="wallet-title">{paper.rightsTitle[lang]}</p>
      ) : (
        <h2>{paper.rightsTitle[lang]}</h2>
      )}
      <ul>
        {paper.rights.map((line) => (
          <li key={line.id}>
            <span className="paper-right">{line.text[lang]}</span>
            {line.basis && <span className="paper-basis"> ({line.basis[lang]})</span>}
            {withRussian && (
              <span lang="ru" className="paper-right-ru">
                {line.text.ru}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
