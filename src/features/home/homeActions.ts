/**
 * The home's buttons in order: the first urgent topic, then the officer card (the commonest moment
 * is a check in the street), the other urgent topics, then help. Pure data: the prerendered first
 * screen (scripts/prerender/) builds the same list at build time.
 */
import type { Guide } from '../../content/schema';

type HomeLabel = 'home.card' | 'home.callForHelp' | 'home.phrases' | 'home.emergency';

/** One home button: a guide (its title) or a screen (a UI string), and the button's class. */
export type HomeAction =
  { href: string; className: string; title: string } | { href: string; className: string; label: HomeLabel };

export function homeActions(urgent: readonly Pick<Guide, 'id' | 'title'>[]): HomeAction[] {
  const guides = urgent.map((g) => ({ href: `/guides/${g.id}`, className: 'action', title: g.title }));
  return [
    ...guides.slice(0, 1),
    { href: '/card', className: 'action action-card', label: 'home.card' },
    ...guides.slice(1),
    { href: '/contacts', className: 'action action-call', label: 'home.callForHelp' },
    { href: '/phrases', className: 'action', label: 'home.phrases' },
    { href: '/emergency', className: 'action action-call', label: 'home.emergency' },
  ];
}
