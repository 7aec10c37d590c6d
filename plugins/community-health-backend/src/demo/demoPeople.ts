import { GitPerson } from './writeGitRepository';

/**
 * Someone who commits to the demo repositories. `user` names the person's
 * User entity in community/governance/org/users.yaml; `partner` names the
 * Partner (community/partners/partners.yaml) whose email domain the address
 * uses. Outside contributors have neither.
 */
export interface DemoPerson extends GitPerson {
  user?: string;
  partner?: string;
}

function maintainer(user: string, name: string): DemoPerson {
  return { name, email: `${user}@kestrel-project.org`, user };
}

/** The people of the demo histories: maintainers, partner engineers and outside contributors. */
export const demoPeople = {
  // Maintainers (users.yaml)
  meiTanaka: maintainer('mei.tanaka', 'Mei Tanaka'),
  diegoRamirez: maintainer('diego.ramirez', 'Diego Ramírez'),
  priyaRaman: maintainer('priya.raman', 'Priya Raman'),
  oluwaseunAdeyemi: maintainer('oluwaseun.adeyemi', 'Oluwaseun Adeyemi'),
  sofiaLindqvist: maintainer('sofia.lindqvist', 'Sofia Lindqvist'),
  tomasNovak: maintainer('tomas.novak', 'Tomáš Novák'),
  hanaKowalczyk: maintainer('hana.kowalczyk', 'Hana Kowalczyk'),
  rafaelCosta: maintainer('rafael.costa', 'Rafael Costa'),
  yusufDemir: maintainer('yusuf.demir', 'Yusuf Demir'),

  // Partner contacts (users.yaml) and engineers at partner domains
  elenaVoss: {
    name: 'Elena Voss',
    email: 'elena.voss@northwind-data.example',
    user: 'elena.voss',
    partner: 'northwind-data',
  },
  marekHolm: {
    name: 'Marek Holm',
    email: 'marek.holm@northwind-data.example',
    partner: 'northwind-data',
  },
  anaSousa: {
    name: 'Ana Sousa',
    email: 'ana.sousa@northwind-data.example',
    partner: 'northwind-data',
  },
  jonasEriksen: {
    name: 'Jonas Eriksen',
    email: 'jonas.eriksen@tidewater-cloud.example',
    user: 'jonas.eriksen',
    partner: 'tidewater-cloud',
  },
  linaPark: {
    name: 'Lina Park',
    email: 'lina.park@tidewater-cloud.example',
    partner: 'tidewater-cloud',
  },
  gabrielMoreau: {
    name: 'Gabriel Moreau',
    email: 'gabriel.moreau@openpipelines.example',
    user: 'gabriel.moreau',
    partner: 'open-pipelines-foundation',
  },
  raviMenon: {
    name: 'Ravi Menon',
    email: 'ravi.menon@streaminterop.example',
    partner: 'stream-interop-alliance',
  },
  farahSiddiqui: {
    name: 'Farah Siddiqui',
    email: 'farah.siddiqui@marlow-university.example',
    user: 'farah.siddiqui',
    partner: 'marlow-university',
  },
  benOsei: {
    name: 'Ben Osei',
    email: 'b.osei@marlow-university.example',
    partner: 'marlow-university',
  },
  claraJensen: {
    name: 'Clara Jensen',
    email: 'c.jensen@marlow-university.example',
    partner: 'marlow-university',
  },

  // Outside contributors: free-mail, no-reply, their own domain, a company that is no partner
  junWatanabe: { name: 'Jun Watanabe', email: 'jun.watanabe@gmail.com' },
  leaFischer: {
    name: 'Lea Fischer',
    email: '4412907+leafischer@users.noreply.github.com',
  },
  samRivera: { name: 'Sam Rivera', email: 'sam.rivera@outlook.com' },
  omarHaddad: { name: 'Omar Haddad', email: 'omar@haddad.dev' },
  kofiBoateng: {
    name: 'Kofi Boateng',
    email: 'kofi.boateng@brightline.example',
  },
  dependabot: {
    name: 'dependabot[bot]',
    email: '49699333+dependabot[bot]@users.noreply.github.com',
  },
} satisfies Record<string, DemoPerson>;
