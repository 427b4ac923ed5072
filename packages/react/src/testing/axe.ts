import axe from 'axe-core';

/** The WCAG 2.2 AA rule set, as the issue asks: every A and AA rule up to 2.2. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** The WCAG violations axe-core finds in `context`, in the real browser the test runs in. */
export async function axeViolations(context: Element): Promise<axe.Result[]> {
  const results = await axe.run(context, {
    runOnly: { type: 'tag', values: [...wcagTags] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

function describeViolation(violation: axe.Result): string {
  const nodes = violation.nodes.map(
    (node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
  );
  return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n${nodes.join('\n')}`;
}

/** Fails with every violation, its rule and the elements concerned, when axe finds any. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const violations = await axeViolations(container);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} WCAG violation(s):\n${violations.map(describeViolation).join('\n')}`,
    );
  }
}
