import { DemoPerson, demoPeople as p } from './demoPeople';

/** Someone who commits to a demo package, how much, and when. */
export interface DemoContributor {
  person: DemoPerson;
  /** Relative share of the commits made while they are active. */
  weight: number;
  /** Days before now of their earliest possible commit (default: the package's first day). */
  from?: number;
  /** Days before now of their latest possible commit (default: the package's last day). */
  until?: number;
}

/**
 * How a demo package's history looks. Days count back from now: `firstDay`
 * is the oldest commit, `lastDay` the newest. The first contributor is the
 * lead maintainer, who makes the first commit and tags the releases.
 */
export interface DemoPackageProfile {
  /** The Component's name (community/packages/<name>). */
  name: string;
  firstDay: number;
  lastDay: number;
  commits: number;
  contributors: DemoContributor[];
  /** Days between releases, roughly. */
  releaseEvery: number;
  /** The first release's version, `major.minor.patch`. */
  firstVersion: string;
  /** The message of the newest commit, when it says something. */
  lastMessage?: string;
  /**
   * How commits spread between the first and last day: evenly (`steady`, the
   * default), more of them lately (`growing`) or early on (`fading`).
   */
  trend?: 'steady' | 'growing' | 'fading';
}

/**
 * The ten demo packages, with plausible differences: busy core libraries with
 * partner engineers, kestrel-connect mostly written by Northwind Data,
 * kestrel-lint (deprecated) quiet for months, kestrel-devtools (experimental)
 * young with one author.
 */
export const DEMO_PACKAGES: DemoPackageProfile[] = [
  {
    name: 'kestrel-flow',
    firstDay: 540,
    lastDay: 1,
    commits: 60,
    contributors: [
      { person: p.meiTanaka, weight: 3 },
      { person: p.priyaRaman, weight: 3 },
      { person: p.marekHolm, weight: 3 },
      { person: p.junWatanabe, weight: 2, from: 400, until: 200 },
      { person: p.leaFischer, weight: 2, from: 70 },
      { person: p.kofiBoateng, weight: 1 },
      { person: p.dependabot, weight: 1 },
    ],
    releaseEvery: 45,
    firstVersion: '2.3.0',
    trend: 'growing',
  },
  {
    name: 'kestrel-stream',
    firstDay: 535,
    lastDay: 2,
    commits: 45,
    contributors: [
      { person: p.oluwaseunAdeyemi, weight: 3 },
      { person: p.meiTanaka, weight: 2 },
      { person: p.anaSousa, weight: 3 },
      { person: p.omarHaddad, weight: 2, from: 60 },
    ],
    releaseEvery: 60,
    firstVersion: '1.8.0',
    trend: 'growing',
  },
  {
    name: 'kestrel-connect',
    firstDay: 530,
    lastDay: 1,
    commits: 55,
    contributors: [
      { person: p.diegoRamirez, weight: 2 },
      { person: p.elenaVoss, weight: 3 },
      { person: p.marekHolm, weight: 4 },
      { person: p.anaSousa, weight: 3 },
      { person: p.tomasNovak, weight: 1 },
      { person: p.kofiBoateng, weight: 1, from: 120 },
    ],
    releaseEvery: 40,
    firstVersion: '3.1.0',
    trend: 'growing',
  },
  {
    name: 'kestrel-codec',
    firstDay: 520,
    lastDay: 5,
    commits: 35,
    contributors: [
      { person: p.diegoRamirez, weight: 2 },
      { person: p.oluwaseunAdeyemi, weight: 2 },
      { person: p.raviMenon, weight: 3 },
      { person: p.gabrielMoreau, weight: 2 },
      { person: p.samRivera, weight: 1, until: 200 },
    ],
    releaseEvery: 75,
    firstVersion: '1.2.0',
  },
  {
    name: 'kestrel-schema',
    firstDay: 545,
    lastDay: 3,
    commits: 40,
    contributors: [
      { person: p.priyaRaman, weight: 4 },
      { person: p.sofiaLindqvist, weight: 3 },
      { person: p.gabrielMoreau, weight: 1 },
      { person: p.dependabot, weight: 1 },
    ],
    releaseEvery: 60,
    firstVersion: '2.0.0',
  },
  {
    name: 'kestrel-retry',
    firstDay: 500,
    lastDay: 10,
    commits: 25,
    contributors: [
      { person: p.sofiaLindqvist, weight: 3 },
      { person: p.tomasNovak, weight: 3 },
      { person: p.linaPark, weight: 2 },
    ],
    releaseEvery: 90,
    firstVersion: '1.1.0',
  },
  {
    name: 'kestrel-cli',
    firstDay: 510,
    lastDay: 1,
    commits: 40,
    contributors: [
      { person: p.hanaKowalczyk, weight: 3 },
      { person: p.yusufDemir, weight: 3 },
      { person: p.jonasEriksen, weight: 1 },
      { person: p.linaPark, weight: 2 },
      { person: p.junWatanabe, weight: 2, from: 50 },
    ],
    releaseEvery: 30,
    firstVersion: '0.9.0',
    trend: 'growing',
  },
  {
    name: 'kestrel-testkit',
    firstDay: 480,
    lastDay: 4,
    commits: 35,
    contributors: [
      { person: p.rafaelCosta, weight: 4 },
      { person: p.yusufDemir, weight: 2 },
      { person: p.farahSiddiqui, weight: 1 },
      { person: p.benOsei, weight: 2, from: 300 },
      { person: p.claraJensen, weight: 2, from: 80 },
    ],
    releaseEvery: 60,
    firstVersion: '1.0.0',
    trend: 'growing',
  },
  {
    name: 'kestrel-lint',
    firstDay: 545,
    lastDay: 260,
    commits: 20,
    contributors: [
      { person: p.hanaKowalczyk, weight: 3 },
      { person: p.rafaelCosta, weight: 3 },
    ],
    releaseEvery: 90,
    firstVersion: '1.3.0',
    lastMessage: 'Deprecate kestrel-lint: its rules moved to kestrel-cli check',
    trend: 'fading',
  },
  {
    name: 'kestrel-devtools',
    firstDay: 120,
    lastDay: 6,
    commits: 15,
    contributors: [{ person: p.yusufDemir, weight: 1 }],
    releaseEvery: 45,
    firstVersion: '0.1.0',
  },
];
