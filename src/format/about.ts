import type { About, Status } from '../model.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';
import { dataFormats } from './formats.js';
import type { TableOf } from './registry.js';

export interface AboutReport extends About {
  counts: { resources: number; centres: number; centreCountries: number; byStatus: Record<Status, number>; fromFlyer: number; added: number; sections: number };
  /** Oldest and newest `verification.checked` among the resources. */
  checked: { oldest: string; newest: string };
  disclaimer: string;
}

/** Where places and distances come from: the gazetteer's credit (GeoNames asks for one) and what a distance means. */
const PLACES =
  'Towns, their other names and their coordinates: GeoNames (geonames.org, CC BY 4.0), every place of 1,000 people or more. US ZIP codes: the US Census Bureau. A centre is placed at the centre of its town (or of its ZIP code area), never by hand, so a distance is from town to town, in a straight line, not to the hospital door.';

function paragraphs(report: AboutReport): Array<[string, string]> {
  const { counts, checked } = report;
  const statusLine = (Object.entries(counts.byStatus) as Array<[Status, number]>)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const when = checked.oldest === checked.newest ? checked.newest : `between ${checked.oldest} and ${checked.newest}`;
  return [
    ['What this is', report.summary],
    ['The flyer', `"${report.flyer.title}", written ${report.flyer.written}. ${report.flyer.treatment} Source: ${report.flyer.source.title}, ${report.flyer.source.url}`],
    ['Credits', report.flyer.credit],
    [
      'The data',
      `${counts.resources} records (${statusLine}): ${counts.resources - counts.centres} organizations and services, and ${counts.centres} specialist sarcoma treatment centres in ${counts.centreCountries} countries; ${counts.fromFlyer} named in the flyer, ${counts.added} added since. ${counts.sections} sections of the flyer's advice.`,
    ],
    ['Places', PLACES],
    ['Checked', `Records were last checked ${when}. ${report.research.method} ${report.research.gapsPolicy}`],
    ['Corrections', report.corrections],
    ['Not medical advice', report.disclaimer],
  ];
}

export function aboutText(report: AboutReport, style: Style): string {
  const blocks = paragraphs(report).map(([title, text]) => `${wrap(style.color.bold(title), style)}\n${wrap(text, style, 2)}`);
  return `${wrap(style.color.bold(report.title), style)}\n\n${blocks.join('\n\n')}\n`;
}

export function aboutMarkdown(report: AboutReport): string {
  return `# ${report.title}\n\n${paragraphs(report).map(([title, text]) => `## ${title}\n\n${text}\n`).join('\n')}`;
}

/** `lms about`: where the data comes from, how much there is, how old it is. */
export interface AboutView {
  kind: 'about';
  report: AboutReport;
}

export const aboutFormats = (): TableOf<'about'> => ({
  ...dataFormats((view) => view.report),
  text: (view, style) => aboutText(view.report, style),
  md: (view) => aboutMarkdown(view.report),
});
