import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps a level to h2–h6, so nested sections never jump past h6 or take the page's h1. */
export const levelOf = (level: number | undefined, fallback: HeadingLevel): HeadingLevel =>
  Math.min(6, Math.max(2, Math.round(level ?? fallback))) as HeadingLevel;

export function Heading(props: {
  readonly level: HeadingLevel;
  readonly id?: string;
  readonly className?: string;
  readonly lang?: string;
  readonly children: ReactNode;
}) {
  const Tag = `h${props.level}` as const;
  return (
    <Tag id={props.id} className={props.className} lang={props.lang}>
      {props.children}
    </Tag>
  );
}
