import { type Locale, regionByCode, type Trial } from '@nrw-health/core';
import { indicatorDefinitions, observations } from '@nrw-health/data';
import {
  DataTable,
  type DataTableColumn,
  IndicatorChart,
  RegionTileMap,
  TrialDetail,
  TrialFinder,
  useNrwHealth,
} from '@nrw-health/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { regionNamesIn } from '../site/region-names';
import type { PageProps } from '../site/Site';
import type { CityCount, SiteData } from '../site/site-data';
import { textsFor } from '../site/texts';
import { detailFileName } from '../trials/listing';

const seedTrials = indicatorDefinitions.find((d) => d.id === 'clinical-trials');
const seedCities = observations.filter(
  (o) => o.indicator === 'clinical-trials' && /^05\d{3,6}$/.test(o.region),
);

function SourceNote({ site, locale }: { readonly site: SiteData; readonly locale: Locale }) {
  const text = textsFor(locale).research;
  const { formatNumber, formatDate } = useNrwHealth();
  const { source } = site.trials;
  const count = formatNumber(site.trials.count);
  if (source.kind === 'file')
    return (
      <>
        <p>{text.sourceFile(count, source.files.length)}</p>
        <details>
          <summary>{text.sourceFiles}</summary>
          <ul className="site-file-list">
            {source.files.map((file) => (
              <li key={file}>{file}</li>
            ))}
          </ul>
        </details>
      </>
    );
  if (source.kind === 'live')
    return <p>{text.sourceLive(count, formatDate(source.retrieved, { dateStyle: 'long' }))}</p>;
  return <p>{text.sourceNone}</p>;
}

/** The open trial in a native modal dialog; its full record is fetched when it opens. */
function TrialDialog(props: {
  readonly trial: Trial;
  readonly locale: Locale;
  readonly onClose: () => void;
}) {
  const text = textsFor(props.locale).research;
  const dialog = useRef<HTMLDialogElement>(null);
  const [detail, setDetail] = useState<{ trial?: Trial; failed?: boolean }>({});
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/trials/${detailFileName(props.trial)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((trial: Trial) => setDetail({ trial }))
      .catch(() => controller.signal.aborted || setDetail({ failed: true }));
    return () => controller.abort();
  }, [props.trial]);
  const title = props.trial.title.public;
  return (
    <dialog
      ref={dialog}
      className="site-dialog"
      aria-label={title[props.locale] ?? Object.values(title)[0]}
      onClose={props.onClose}
    >
      <form method="dialog" className="site-dialog__bar">
        <button type="submit" className="site-button">
          {text.detailClose}
        </button>
      </form>
      <p className="site-dialog__status" role="status">
        {detail.failed ? text.detailError : detail.trial ? '' : text.detailLoading}
      </p>
      <TrialDetail trial={detail.trial ?? props.trial} headingLevel={2} />
    </dialog>
  );
}

function cityColumns(locale: Locale): DataTableColumn<CityCount>[] {
  const text = textsFor(locale).research;
  return [
    { id: 'city', header: text.city, value: (row) => row.city, rowHeader: true },
    {
      id: 'district',
      header: text.district,
      value: (row) => regionByCode(row.district)?.name[locale] ?? row.district,
    },
    { id: 'trials', header: text.trials, value: (row) => row.trials, align: 'end' },
    { id: 'recruiting', header: text.recruiting, value: (row) => row.recruiting, align: 'end' },
  ];
}

export default function Research({ locale, site, trials }: PageProps) {
  const text = textsFor(locale).research;
  const [open, setOpen] = useState<Trial | null>(null);
  const columns = useMemo(() => cityColumns(locale), [locale]);
  const { formatNumber } = useNrwHealth();
  const { count, inNrw, byDistrict, byCity } = site.trials;
  return (
    <>
      <h1>{text.title}</h1>
      <p className="site-lead">{text.intro}</p>
      <section aria-labelledby="trial-source" className="site-note">
        <h2 id="trial-source">{text.source}</h2>
        <SourceNote site={site} locale={locale} />
      </section>

      {count > 0 && (
        <TrialFinder
          trials={trials ?? []}
          status={trials ? 'ready' : 'error'}
          errorDetail={text.loadError}
          onSelectTrial={setOpen}
        />
      )}
      {open && <TrialDialog trial={open} locale={locale} onClose={() => setOpen(null)} />}

      {count > 0 && (
        <section aria-labelledby="by-city">
          <h2 id="by-city">{text.byCity}</h2>
          <p>{text.byCityIntro(formatNumber(inNrw), formatNumber(count - inNrw))}</p>
          {byCity.length === 0 ? (
            <p>{text.noCities}</p>
          ) : (
            <div className="site-split">
              <RegionTileMap
                regions="nrw"
                values={byDistrict}
                unit={text.mapUnit}
                title={text.mapTitle}
              />
              <DataTable
                caption={text.cityTable}
                columns={columns}
                rows={byCity}
                rowKey={(row) => `${row.district} ${row.city}`}
                defaultSort={{ column: 'trials', direction: 'descending' }}
                height={480}
              />
            </div>
          )}
        </section>
      )}

      {seedTrials && (
        <section aria-labelledby="seed-figure">
          <h2 id="seed-figure">{text.seedFigure}</h2>
          <p>{text.seedFigureIntro}</p>
          <IndicatorChart
            definition={seedTrials}
            observations={seedCities}
            regionNames={regionNamesIn(locale)}
            headingLevel={3}
          />
        </section>
      )}
    </>
  );
}
