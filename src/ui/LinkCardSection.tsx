/** A titled section of large link cards: topic lists, contact groups, saved topics. */
import { Link } from 'wouter';

export interface LinkCard {
  href: string;
  title: string;
  text?: string;
}

export function LinkCardSection({
  id,
  heading,
  cards,
}: {
  id: string;
  heading: string;
  cards: readonly LinkCard[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="link-list">
        {cards.map((card) => (
          <li key={card.href}>
            <Link href={card.href} className="link-card">
              <span className="link-card-title">{card.title}</span>
              {card.text && <span className="link-card-text">{card.text}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
