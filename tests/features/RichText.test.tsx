// @vitest-environment jsdom
import { render, screen, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RichBlocks } from '../../src/features/guides/RichText';
import type { Block } from '../../src/content/schema';

afterEach(cleanup);

describe('RichBlocks', () => {
  it('renders steps, emphasis and the allowed links', () => {
    const blocks: Block[] = [
      {
        t: 'ol',
        items: [
          [
            { t: 'text', v: 'Call ' },
            { t: 'link', href: 'tel:+74992383620', c: [{ t: 'text', v: 'the embassy' }] },
          ],
          [{ t: 'link', href: 'contact:embassy-moscow', c: [{ t: 'text', v: 'Embassy page' }] }],
          [{ t: 'link', href: 'https://example.org/', c: [{ t: 'text', v: 'Website' }] }],
        ],
      },
    ];
    render(<RichBlocks blocks={blocks} />);
    expect(screen.getByRole('link', { name: 'the embassy' }).getAttribute('href')).toBe('tel:+74992383620');
    expect(screen.getByRole('link', { name: 'Embassy page' }).getAttribute('href')).toBe(
      '/contacts/embassy-moscow',
    );
    const external = screen.getByRole('link', { name: 'Website' });
    expect(external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows markup in text as text, and never turns a forged link into a link', () => {
    const blocks: Block[] = [
      { t: 'p', c: [{ t: 'text', v: '<img src=x onerror="window.pwned=1">' }] },
      { t: 'p', c: [{ t: 'link', href: 'javascript:window.pwned=1', c: [{ t: 'text', v: 'forged' }] }] },
    ];
    const { container } = render(<RichBlocks blocks={blocks} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.pwned=1">')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'forged' })).toBeNull();
    expect(screen.getByText('forged')).toBeTruthy();
  });
});
