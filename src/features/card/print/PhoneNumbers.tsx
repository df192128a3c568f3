/** Full phone numbers for paper, each kept on one line in print (paper.css says why). */
import type { Phone } from '../../../content/schema';

export function PhoneNumbers({ phones }: { phones: readonly Phone[] }) {
  return (
    <>
      {phones.map((p, i) => (
        <span key={p.number}>
          {i > 0 && ', '}
          <span className="paper-number">{p.display}</span>
        </span>
      ))}
    </>
  );
}
