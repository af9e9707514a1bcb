/**
 * `npm run bench -w @elasticweb/nginx`: renders every preset and variant, and the
 * configs of 10,000 sites for one host, and prints the time per config next to a
 * baseline measured in the same run (JSON.stringify of the same input: the cost of
 * merely serialising it). Goal: under 1 ms per config.
 */
import { PRESETS, renderServerBlock, type SiteConfig } from '../src/index.js';

const SITES = 10_000;

function siteConfig(i: number, preset: string, variant: string | undefined, rich: boolean): SiteConfig {
  return {
    preset,
    variant,
    domains: [`site-${i}.example`, `www.site-${i}.example`],
    options: rich
      ? {
          canonicalHost: 'bare',
          hstsMaxAge: 31536000,
          headers: [{ name: 'X-Frame-Options', value: 'SAMEORIGIN' }],
          protectedPaths: ['/admin/'],
          customLocations: [{ path: '/app/', app: 'shop-api' }],
          allow: ['203.0.113.0/24'],
        }
      : {},
    layout: {
      siteRoot: `/srv/www/ew${String(i).padStart(8, 'a')}/site-${i}.example`,
      fastcgi: `unix:/run/php/site-${i}.sock`,
      listen: ['80', '[::]:80'],
      acmeRoot: '/var/lib/elasticweb/acme',
      htpasswdDir: `/var/lib/elasticweb/htpasswd/${i}`,
    },
  };
}

function time(label: string, configs: SiteConfig[], work: (config: SiteConfig) => string): number {
  let bytes = 0;
  const t0 = performance.now();
  for (const config of configs) bytes += work(config).length;
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(46)} ${(ms / configs.length).toFixed(4)} ms/config   total ${ms.toFixed(0)} ms   ${(bytes / 1024 / 1024).toFixed(1)} MB`,
  );
  return ms / configs.length;
}

const catalogue = PRESETS.flatMap((preset) =>
  preset.variants.flatMap((variant) => [
    siteConfig(1, preset.id, variant.id, false),
    siteConfig(2, preset.id, variant.id, true),
  ]),
);
const host = Array.from({ length: SITES }, (_, i) =>
  siteConfig(i, PRESETS[i % PRESETS.length]!.id, undefined, i % 2 === 0),
);

// Warm up the JIT so both sides are measured hot.
for (const config of host.slice(0, 500)) renderServerBlock(config);

console.log(
  `\n${catalogue.length} preset/variant configs (default and every option on), then ${SITES} sites of one host\n`,
);
time('all presets x variants, render', Array.from({ length: 200 }, () => catalogue).flat(), renderServerBlock);
const baseline = time(`${SITES} sites, JSON.stringify (baseline)`, host, (config) => JSON.stringify(config));
const render = time(`${SITES} sites, validate + render`, host, renderServerBlock);
console.log(
  `\nratio to baseline: ${(render / baseline).toFixed(1)}x; goal under 1 ms per config -> ${render.toFixed(4)} ms`,
);
