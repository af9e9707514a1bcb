import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect.js';

const files = (...paths: string[]) => new Set(paths);

describe('detectPreset', () => {
  it('recognises WordPress and reads its version', () => {
    const result = detectPreset(
      files('index.php', 'wp-login.php', 'wp-includes/version.php', 'wp-config.php'),
      (path) => (path === 'wp-includes/version.php' ? "<?php\n$wp_version = '6.1.1';\n" : undefined),
    );
    expect(result).toEqual({
      preset: 'wordpress',
      variant: '6',
      version: '6.1.1',
      evidence: ['wp-includes/version.php', 'wp-login.php'],
    });
  });

  it('does not take a lone WordPress plugin folder for WordPress', () => {
    expect(detectPreset(files('wp-content/plugins/akismet/akismet.php', 'index.php')).preset).toBe('php');
  });

  it('recognises Laravel only with artisan, its bootstrap and public/index.php', () => {
    expect(detectPreset(files('artisan', 'bootstrap/app.php', 'public/index.php'))).toMatchObject({
      preset: 'laravel',
      variant: '11',
    });
    expect(detectPreset(files('artisan', 'index.php')).preset).toBe('php');
  });

  it('tells Symfony 4+ (public/) from Symfony 2–3 (web/)', () => {
    expect(detectPreset(files('bin/console', 'public/index.php', 'symfony.lock'))).toMatchObject({
      preset: 'symfony',
      variant: '4',
      evidence: ['bin/console', 'public/index.php', 'symfony.lock'],
    });
    expect(detectPreset(files('app/console', 'web/app.php'))).toMatchObject({ preset: 'symfony', variant: '3' });
    expect(detectPreset(files('bin/console', 'public/index.php')).preset).not.toBe('symfony');
  });

  it('falls back to php with an index.php, else static', () => {
    expect(detectPreset(files('index.php'))).toEqual({
      preset: 'php',
      variant: null,
      version: null,
      evidence: ['index.php'],
    });
    expect(detectPreset(files('about.html')).preset).toBe('static');
  });

  it('tells Drupal 8+ from Drupal 7 and reads their versions', () => {
    const read = (path: string) =>
      ({
        'core/lib/Drupal.php': "class Drupal {\n  const VERSION = '10.1.6';",
        'includes/bootstrap.inc': "define('VERSION', '7.98');",
      })[path];
    expect(detectPreset(files('index.php', 'core/lib/Drupal.php'), read)).toMatchObject({
      preset: 'drupal',
      variant: '8',
      version: '10.1.6',
    });
    expect(
      detectPreset(files('index.php', 'includes/bootstrap.inc', 'modules/system/system.module'), read),
    ).toMatchObject({
      preset: 'drupal',
      variant: '7',
      version: '7.98',
    });
    expect(detectPreset(files('index.php', 'includes/bootstrap.inc')).preset).toBe('php');
  });

  it('recognises MediaWiki before and after installation', () => {
    const read = () => "define( 'MW_VERSION', '1.39.3' );";
    expect(
      detectPreset(files('index.php', 'includes/Defines.php', 'includes/DefaultSettings.php'), read),
    ).toMatchObject({
      preset: 'mediawiki',
      version: '1.39.3',
    });
    expect(detectPreset(files('index.php', 'includes/Defines.php', 'LocalSettings.php')).preset).toBe('mediawiki');
  });
});

describe('detectPreset for frameworks', () => {
  it.each([
    [['yii', 'web/index.php', 'config/web.php'], 'yii', 'basic'],
    [['yii', 'frontend/web/index.php', 'common/config/main.php'], 'yii', 'advanced'],
    [['spark', 'public/index.php', 'app/Config/App.php'], 'codeigniter', '4'],
    [['index.php', 'system/core/CodeIgniter.php'], 'codeigniter', '3'],
    [['public/index.php', 'config/application.config.php'], 'zend', '3'],
    [['index.php', 'application/bootstrap.php', 'system/classes/Kohana/Core.php'], 'kohana', '3'],
    [['artisan', 'bootstrap/app.php', 'public/index.php', 'Modules/Core/module.json'], 'asgardcms', '3'],
  ])('%j is %s %s', (paths, preset, variant) => {
    expect(detectPreset(new Set(paths))).toMatchObject({ preset, variant });
  });

  it('reads the CodeIgniter 3 version', () => {
    const read = () => "define('CI_VERSION', '3.1.13');";
    expect(detectPreset(new Set(['index.php', 'system/core/CodeIgniter.php']), read).version).toBe('3.1.13');
  });
});

describe('detectPreset for CMSs', () => {
  it.each([
    [['index.php', 'administrator/index.php', 'libraries/cms/version/version.php'], 'joomla', '3'],
    [['artisan', 'index.php', 'modules/system/ServiceProvider.php'], 'octobercms', '3'],
    [['index.php', 'system/startup.php', 'catalog/controller/common/home.php'], 'opencart', '2'],
    [['index.php', 'includes/application_top.php', 'includes/version.php'], 'zencart', '1.5'],
    [['index.php', 'lib/version.php', 'moduleinterface.php'], 'cmsmadesimple', '2'],
    [['index.php', 'cms/application/bootstrap.php'], 'kodicms', '13'],
    [['index.php', 'application/maxsite/common/common.php'], 'maxsite', '108'],
    [['index.php', 'config.core.php', 'core/src/Revolution/modX.php'], 'modx', '3'],
    [['viewtopic.php', 'app.php', 'includes/constants.php'], 'phpbb', '3'],
  ])('%j is %s %s', (paths, preset, variant) => {
    expect(detectPreset(new Set(paths))).toMatchObject({ preset, variant });
  });

  it('tells Joomla 4–5 from 3 and OpenCart 1.5 from 2 by the recorded version', () => {
    const joomla = new Set(['index.php', 'administrator/index.php', 'libraries/src/Version.php']);
    expect(detectPreset(joomla, () => 'const MAJOR_VERSION = 5;\n const MINOR_VERSION = 1;')).toMatchObject({
      variant: '4',
      version: '5.1',
    });
    expect(detectPreset(joomla, () => 'const MAJOR_VERSION = 3;\n const MINOR_VERSION = 10;')).toMatchObject({
      variant: '3',
      version: '3.10',
    });
    const opencart = new Set(['index.php', 'system/startup.php', 'catalog/controller/common/home.php']);
    expect(detectPreset(opencart, () => "define('VERSION', '1.5.6.4');")).toMatchObject({
      variant: '1.5',
      version: '1.5.6.4',
    });
  });
});
