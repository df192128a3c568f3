/** Text in which every full phone number is a tap-to-call link that never breaks across lines. */
import { Fragment } from 'react';
import { splitPhoneNumbers } from '../lib/phoneText';

export function TextWithPhones({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) => (
        <Fragment key={i}>
          {'tel' in part ? (
            <a href={`tel:${part.tel}`} className="tel">
              {part.text}
            </a>
          ) : (
            part.text
          )}
        </Fragment>
      ))}
    </>
  );
}
