/**
 * Renders the content node tree. Text is only ever a React text child (escaped), links only the
 * kinds the schema allows: nothing from content can become markup or script.
 */
import { Fragment } from 'react';
import { Link } from 'wouter';
import type { Block, Inline } from '../../content/schema';

function InlineNodes({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <Fragment key={i}>
          <InlineNode node={node} />
        </Fragment>
      ))}
    </>
  );
}

function InlineNode({ node }: { node: Inline }) {
  switch (node.t) {
    case 'text':
      return <>{node.v}</>;
    case 'strong':
      return (
        <strong>
          <InlineNodes nodes={node.c} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <InlineNodes nodes={node.c} />
        </em>
      );
    case 'link':
      return <ContentLink href={node.href} nodes={node.c} />;
  }
}

function ContentLink({ href, nodes }: { href: string; nodes: readonly Inline[] }) {
  const [scheme, target = ''] = href.split(/:(.*)/s);
  if (scheme === 'contact' || scheme === 'guide') {
    return (
      <Link href={`/${scheme === 'contact' ? 'contacts' : 'guides'}/${target}`}>
        <InlineNodes nodes={nodes} />
      </Link>
    );
  }
  if (scheme === 'phrase' || scheme === 'card') {
    // "Say: «…»" and "show the card": one tap puts it full screen for the officer.
    return (
      <Link href={scheme === 'card' ? '/card' : `/phrases/${target}`} className="show-link">
        <InlineNodes nodes={nodes} />
      </Link>
    );
  }
  if (scheme === 'tel') {
    return (
      <a href={href} className="tel">
        <InlineNodes nodes={nodes} />
      </a>
    );
  }
  if (scheme === 'https' || scheme === 'http') {
    return (
      <a href={href} rel="noopener noreferrer" target="_blank">
        <InlineNodes nodes={nodes} />
      </a>
    );
  }
  return <InlineNodes nodes={nodes} />; // unreachable for valid content; shown as text, never as a link
}

export function RichBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.t === 'p') {
          return (
            <p key={i}>
              <InlineNodes nodes={block.c} />
            </p>
          );
        }
        const items = block.items.map((item, j) => (
          <li key={j}>
            <InlineNodes nodes={item} />
          </li>
        ));
        return block.t === 'ol' ? (
          <ol key={i} className="steps">
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      })}
    </>
  );
}
