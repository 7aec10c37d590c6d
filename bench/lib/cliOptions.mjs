const DEFAULTS = {
  suite: 'catalog',
  db: 'sqlite',
  variant: 'both',
  duration: 10,
  warmup: 2,
  connections: 20,
  packages: 10000,
  partners: 1000,
  users: 2000,
  groups: 50,
  systems: 20,
  events: 10000,
  recurring: 500,
  feedEvents: 1000,
  questions: 100000,
  answers: 300000,
  queues: 50,
  recomputes: 20,
  historyDays: 365,
  encoding: 'gzip',
  seed: 42,
  skipSeed: false,
  basePort: 7100,
  processingTimeout: 1200,
  processingInterval: undefined,
  stitchPollingInterval: undefined,
  keepData: false,
  logLevel: 'info',
};

const CHOICES = {
  suite: ['catalog', 'calendar', 'support', 'health'],
  db: ['sqlite', 'postgres', 'both'],
  variant: ['community', 'stock', 'both'],
  encoding: ['gzip', 'identity'],
};

const NUMERIC = new Set([
  'duration',
  'warmup',
  'connections',
  'packages',
  'partners',
  'users',
  'groups',
  'systems',
  'events',
  'recurring',
  'feedEvents',
  'questions',
  'answers',
  'queues',
  'recomputes',
  'historyDays',
  'seed',
  'basePort',
  'processingTimeout',
  'processingInterval',
  'stitchPollingInterval',
]);

const BOOLEAN = new Set(['skipSeed', 'keepData']);

const USAGE = `Usage: node bench/run.mjs [options]
  --suite catalog|calendar|support|health
                                     what to measure (default catalog): the catalog side by side with
                                     stock Backstage; the calendar or support API of the community
                                     backend; or community health (full computation, one-entity
                                     recomputation, history storage)
  --db sqlite|postgres|both          database(s) to run on (default sqlite)
  --variant community|stock|both     backend(s) to measure (default both; catalog suite only)
  --duration <s>                     measured seconds per endpoint (default 10)
  --warmup <s>                       unmeasured seconds before each endpoint (default 2)
  --connections <n>                  concurrent connections (default 20)
  --packages <n> --partners <n> --users <n>   catalog seed sizes (default 10000, 1000, 2000)
  --groups <n> --systems <n>         catalog seed sizes (default 50, 20)
  --events <n> --recurring <n> --feed-events <n>
                                     calendar seed sizes (default 10000, 500, 1000; with 200 users
                                     and 20 groups)
  --questions <n> --answers <n> --queues <n>
                                     support seed sizes (default 100000, 300000, 50), inserted into
                                     the support database
  --recomputes <n> --history-days <n>
                                     health suite: one-entity recomputations timed (default 20), days
                                     of daily snapshots inserted for the storage measurement (365)
  --encoding gzip|identity           Accept-Encoding of the calendar and support suites' requests (default
                                     gzip, as browsers and calendar apps ask)
  --seed <n>                         random seed of the generated catalog (default 42)
  --skip-seed                        reuse data/bench-seed (-calendar, -support) as it is
  --base-port <port>                 first port to listen on, 7100-7199 (default 7100)
  --processing-timeout <s>           give up waiting for the catalog (default 1200)
  --processing-interval <s>          sets catalog.processingInterval (default: Backstage's 100-150 s)
  --stitch-polling-interval <ms>     sets catalog.stitchingStrategy.pollingInterval (default 1000 ms)
  --log-level <level>                backend LOG_LEVEL (default info)
  --keep-data                        keep SQLite files and PostgreSQL databases afterwards`;

function camelCase(flag) {
  return flag.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

export function parseCliOptions(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!arg.startsWith('--')) {
      throw new Error(`Unexpected argument '${arg}'\n${USAGE}`);
    }
    const [flag, inlineValue] = arg.slice(2).split('=', 2);
    const key = camelCase(flag);
    if (!(key in DEFAULTS)) {
      throw new Error(`Unknown option '--${flag}'\n${USAGE}`);
    }
    if (BOOLEAN.has(key)) {
      options[key] = inlineValue === undefined ? true : inlineValue !== 'false';
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined) {
      throw new Error(`Option '--${flag}' needs a value`);
    }
    if (NUMERIC.has(key)) {
      const number = Number(value);
      if (!Number.isFinite(number) || number < 0) {
        throw new Error(
          `Option '--${flag}' needs a non-negative number, got '${value}'`,
        );
      }
      options[key] = number;
    } else {
      if (CHOICES[key] && !CHOICES[key].includes(value)) {
        throw new Error(
          `Option '--${flag}' must be one of ${CHOICES[key].join(', ')}`,
        );
      }
      options[key] = value;
    }
  }
  if (options.basePort < 7100 || options.basePort > 7190) {
    throw new Error('--base-port must be within 7100-7190');
  }
  if (options.events < Math.max(options.recurring, options.feedEvents)) {
    throw new Error('--events must be at least --recurring and --feed-events');
  }
  return options;
}

export function expandChoice(value, all) {
  return value === 'both' ? all : [value];
}
