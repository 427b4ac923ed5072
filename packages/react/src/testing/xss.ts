/** Set by every payload that manages to run. */
export const xssFlag = '__nrwXss';

const run = `window.${xssFlag}=1`;

/**
 * Text that turns into running script wherever a widget treats data as HTML or as a URL. Each
 * one, if it ever executes, sets `window.__nrwXss`.
 */
export const xssPayloads: readonly string[] = [
  `<img src=x onerror="${run}">`,
  `<script>${run}</script>`,
  `"><svg onload="${run}">`,
  `'><img src=x onerror='${run}'>`,
  `<iframe srcdoc="<script>parent.${xssFlag}=1</script>"></iframe>`,
  `<a href="javascript:${run}">link</a>`,
  `javascript:${run}`,
  ` JaVaScRiPt:${run}`,
  `\u0000javascript:${run}`,
  `java\tscript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `vbscript:${run}`,
  `" onfocus="${run}" autofocus="`,
  `<details open ontoggle="${run}">`,
  `{{constructor.constructor('${run}')()}}`,
  '__proto__',
  'constructor',
];

/** Links and resources may only point at http(s) or within the page. */
const allowedProtocols = new Set(['http:', 'https:']);

function urlsIn(container: Element): string[] {
  const attributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];
  return [...container.querySelectorAll('*')].flatMap((element) =>
    attributes.flatMap((name) => {
      const value = element.getAttribute(name);
      return value === null ? [] : [`${name}=${value}`];
    }),
  );
}

/** Resets the flag before a test renders its payloads. */
export function resetXss(): void {
  delete (window as unknown as Record<string, unknown>)[xssFlag];
}

/**
 * Fails when a payload ran, or could run on a click: the flag is set, an element carries an
 * event-handler attribute, a script-bearing element exists, or a link or resource points at a
 * scheme other than http(s). Waits first for load errors to fire their handlers.
 */
export async function expectNoXss(container: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  const problems: string[] = [];
  if ((window as unknown as Record<string, unknown>)[xssFlag] !== undefined) {
    problems.push(`a payload ran: window.${xssFlag} is set`);
  }
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) {
        problems.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
      }
    }
  }
  for (const element of container.querySelectorAll('script, iframe, object, embed, frame')) {
    problems.push(`a <${element.localName}> element`);
  }
  for (const entry of urlsIn(container)) {
    const [name, ...rest] = entry.split('=');
    const value = rest.join('=');
    if (name === 'srcdoc') {
      problems.push(`srcdoc="${value}"`);
      continue;
    }
    let protocol: string;
    try {
      protocol = new URL(value, document.baseURI).protocol;
    } catch {
      continue; // Not a URL the browser would follow.
    }
    if (!allowedProtocols.has(protocol)) problems.push(`${name}="${value}"`);
  }
  if (problems.length > 0) throw new Error(`XSS:\n  ${problems.join('\n  ')}`);
}
