import { indicatorGroups } from '@nrw-health/core';
import { indicatorDefinitions, observations, seedDocuments } from '@nrw-health/data';
import { useNrwHealth } from '@nrw-health/react';
import type { PageProps } from '../site/Site';
import type { DownloadFile } from '../site/site-data';
import { textsFor } from '../site/texts';

const figures = new Map<string, number>();
for (const o of observations) figures.set(o.indicator, (figures.get(o.indicator) ?? 0) + 1);
const withFigures = indicatorDefinitions.filter((d) => figures.has(d.id));

function Size({ bytes }: { readonly bytes: number }) {
  const { formatNumber } = useNrwHealth();
  const [unit, value] = bytes < 1_000_000 ? ['kilobyte', bytes / 1000] : ['megabyte', bytes / 1e6];
  return <>{formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 })}</>;
}

export default function DataSources({ locale, site }: PageProps) {
  const text = textsFor(locale).data;
  const files = new Map<string, DownloadFile>(site.downloads.map((file) => [file.href, file]));
  const csvOnly = withFigures.filter(
    (d) => !files.has(`/downloads/indicators/${d.id}.jsonstat.json`),
  ).length;
  const rows: [string, string, string][] = [
    [text.observationsAll, text.csvEnglish, '/downloads/observations-en.csv'],
    [text.observationsAll, text.csvGerman, '/downloads/observations-de.csv'],
    [text.observationsAll, text.csvw, '/downloads/observations-en.csv-metadata.json'],
    [text.observationsAll, text.jsonStat, '/downloads/indicators.jsonstat.json'],
    [text.definitions, text.json, '/downloads/indicator-definitions.json'],
    [text.actorsJson, text.json, '/downloads/actors.json'],
    [text.trialsNdjson, text.ndjson, '/downloads/trials.ndjson'],
  ];
  return (
    <>
      <h1>{text.title}</h1>
      <p className="site-lead">{text.intro}</p>

      <section aria-labelledby="downloads">
        <h2 id="downloads">{text.downloads}</h2>
        <p>{text.downloadsIntro}</p>
        <div className="site-table-scroll">
          <table className="site-table">
            <caption>{text.downloads}</caption>
            <thead>
              <tr>
                <th scope="col">{text.dataset}</th>
                <th scope="col">{text.format}</th>
                <th scope="col">{text.file}</th>
                <th scope="col" className="site-table__number">
                  {text.size}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.flatMap(([dataset, format, href]) => {
                const file = files.get(href);
                if (!file) return [];
                const name = href.slice(href.lastIndexOf('/') + 1);
                return (
                  <tr key={href}>
                    <th scope="row">{dataset}</th>
                    <td>{format}</td>
                    <td>
                      <a href={href} download>
                        {name}
                      </a>
                    </td>
                    <td className="site-table__number">
                      <Size bytes={file.bytes} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="indicators">
        <h2 id="indicators">{text.indicators}</h2>
        <div className="site-table-scroll">
          <table className="site-table">
            <caption>{text.indicatorsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.indicator}</th>
                <th scope="col">{text.group}</th>
                <th scope="col">{text.unit}</th>
                <th scope="col" className="site-table__number">
                  {text.figures}
                </th>
                <th scope="col">{text.sourceColumn}</th>
                <th scope="col">{text.downloadColumn}</th>
              </tr>
            </thead>
            <tbody>
              {withFigures.map((definition) => {
                const title = definition.title[locale] ?? definition.title.en;
                const csv = `/downloads/indicators/${definition.id}.csv`;
                const jsonStat = `/downloads/indicators/${definition.id}.jsonstat.json`;
                return (
                  <tr key={definition.id}>
                    <th scope="row">{title}</th>
                    <td>{indicatorGroups.label(definition.group ?? '', locale)}</td>
                    <td>{definition.unit.label[locale]}</td>
                    <td className="site-table__number">{figures.get(definition.id)}</td>
                    <td lang="de">
                      {[
                        ...new Set(
                          definition.sources.map((source) => source.title).filter(Boolean),
                        ),
                      ].join('; ')}
                    </td>
                    <td>
                      <ul className="site-inline-list">
                        {files.has(csv) && (
                          <li>
                            <a href={csv} download aria-label={`${title}: CSV`}>
                              CSV
                            </a>
                          </li>
                        )}
                        {files.has(jsonStat) && (
                          <li>
                            <a href={jsonStat} download aria-label={`${title}: JSON-stat`}>
                              JSON-stat
                            </a>
                          </li>
                        )}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {csvOnly > 0 && <p>{text.jsonStatGap(csvOnly)}</p>}
      </section>

      <section aria-labelledby="documents">
        <h2 id="documents">{text.documents}</h2>
        <p>{text.documentsIntro}</p>
        <ul className="site-documents">
          {Object.entries(seedDocuments).map(([id, document]) => (
            <li key={id}>
              <cite lang="de">{document.title}</cite>
              <br />
              {text.producer}: <span lang="de">{document.producer}</span>. {text.published}:{' '}
              {'published' in document ? document.published : text.notStated}.{' '}
              <span className="site-muted">
                {id} · <code>{document.file}</code>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="provenance">
        <h2 id="provenance">{text.provenance}</h2>
        {text.provenanceText.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="licences">
        <h2 id="licences">{text.licences}</h2>
        {text.licenceText.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </>
  );
}
