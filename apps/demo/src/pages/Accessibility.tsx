import type { PageProps } from '../site/Site';
import { textsFor } from '../site/texts';

export default function Accessibility({ locale }: PageProps) {
  const text = textsFor(locale).accessibility;
  const list = (items: readonly string[]) => (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <>
      <h1>{text.title}</h1>
      <p className="site-lead">{text.intro}</p>
      <h2>{text.status}</h2>
      <p>{text.statusText}</p>
      <h2>{text.testing}</h2>
      {list(text.testingItems)}
      <h2>{text.features}</h2>
      {list(text.featureItems)}
      <h2>{text.limits}</h2>
      {list(text.limitItems)}
      <h2>{text.feedback}</h2>
      <p>{text.feedbackText}</p>
      <p className="site-muted">{text.date}</p>
    </>
  );
}
