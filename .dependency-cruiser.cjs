/**
 * The order of the API's folders (docs/decisions/007-api-module-order.md): a folder of
 * apps/api/src may import only folders before it. `npm run lint` checks it with
 * dependency-cruiser; type-only imports count, as they are dependencies too.
 */
const ORDER = [
  // The kernel: knows no domain.
  'config',
  'common',
  'database',
  'mail',
  'graphql',
  'http',
  // The domains, each after what it needs.
  'accounts',
  'i18n',
  'admin',
  'hosts',
  'sites',
  'nginx',
  'php',
  'certificates',
  'cron',
  'access',
  'databases',
  'imports',
  'antivirus',
  'usage',
  'deployments',
  'billing',
  'referrals',
  // The composition root and the process around it.
  'app',
  'server',
  'main',
];

const SRC = '^apps/api/src/';
/** A folder, or a top-level file of the same name (`config.ts`, `server.ts`). */
const area = (name) => `${SRC}${name}(?:/|\\.ts$)`;

module.exports = {
  forbidden: [
    ...ORDER.slice(0, -1).map((name, index) => ({
      name: `api-order-${name}`,
      comment: `apps/api/src/${name} stands before ${ORDER.slice(index + 1).join(', ')} in the module order; it may not import them (docs/decisions/007-api-module-order.md)`,
      severity: 'error',
      from: { path: area(name), pathNot: '\\.test\\.ts$' },
      to: { path: `${SRC}(?:${ORDER.slice(index + 1).join('|')})(?:/|\\.ts$)` },
    })),
    {
      name: 'api-folder-listed',
      comment: 'every folder of apps/api/src has its place in ORDER (.dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: SRC, pathNot: [`${SRC}(?:${ORDER.join('|')})(?:/|\\.ts$)`, '\\.test\\.ts$'] },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'an import cycle, even inside one folder, makes the order of start-up and of reading unclear',
      severity: 'error',
      from: { path: SRC, pathNot: '\\.test\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
