import type { ReactNode } from 'react';

// Private-use characters no catalogue message or argument uses, to find where each argument landed.
const SLOT = /\uE000(\d+)\uE001/;

/**
 * A catalogue message with each text argument (a file name, an address, a name) inside its own
 * <bdi>, so a right-to-left override or a stray bidi character in it cannot reorder the sentence
 * around it. The text reads exactly as `message(...args)` would.
 */
export function isolatedMessage<A extends unknown[]>(
  message: (...args: A) => string,
  ...args: A
): ReactNode[] {
  const marked = args.map((arg, i) => (typeof arg === 'string' ? `\uE000${i}\uE001` : arg)) as A;
  const parts = message(...marked).split(SLOT);
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move
      <bdi key={i}>{String(args[Number(part)])}</bdi>
    ),
  );
}
