// scripts/release.mjs on a throwaway git repository with the same layout (package.json with a
// bundle script, dist/, CHANGELOG.md, README.md), and a bare repository on disk as its remote:
// no network. The bundle there is a small deterministic build, so a stale dist/ can be made.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

let repo: string;
let remote: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const gitIn = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function release(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/release.mjs', ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The README's lines that name releases: uses: lines, the pinning advice, the schema URL. */
const README = (major: string, version: string) => `uses: probegate/probegate@${major}
the major tag \`${major}\` moves to the latest \`${major}.*.*\`; pin \`probegate/probegate@v${version}\`
      - uses: probegate/probegate@<40-character commit SHA>   # v${version}
$schema=https://raw.githubusercontent.com/probegate/probegate/v${version}/schema/probegate.schema.json
`;

const BUILD = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.js', '// built\\n' + readFileSync('src/index.js', 'utf8'));
`;

beforeEach(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'probegate-release-'));
  repo = path.join(base, 'repo');
  remote = path.join(base, 'remote.git');
  mkdirSync(repo);
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.email', 'release@test.invalid');
  git('config', 'user.name', 'Release test');
  git('remote', 'add', 'origin', remote);
  write('package.json', `${JSON.stringify({ name: 'probegate', version: '1.2.3', scripts: { bundle: 'node build.mjs' } }, null, 2)}\n`);
  write('package-lock.json', `${JSON.stringify({ name: 'probegate', version: '1.2.3', lockfileVersion: 3, packages: { '': { name: 'probegate', version: '1.2.3' } } }, null, 2)}\n`);
  write('build.mjs', BUILD);
  write('src/index.js', 'export const answer = 42;\n');
  write('CHANGELOG.md', '# Changelog\n\n## Unreleased\n\n- A new check type.\n\n## 1.2.3 - 2026-11-01\n\n- First.\n');
  write('README.md', README('v1', '1.2.3'));
  write('docs/manifest.md', 'https://raw.githubusercontent.com/probegate/probegate/v1.2.3/schema/probegate.schema.json\n');
  mkdirSync(path.join(repo, 'scripts'));
  copyFileSync(path.join(ROOT, 'scripts/release.mjs'), path.join(repo, 'scripts/release.mjs'));
  execFileSync(process.execPath, ['build.mjs'], { cwd: repo });
  git('add', '--all');
  git('commit', '--quiet', '-m', 'Initial');
  git('tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
  git('tag', '-a', 'v1', '-m', 'v1');
});

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z, moves the major tag, bumps every version and pushes nothing unless asked', () => {
    const result = release('patch');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const head = git('rev-parse', 'HEAD');
    expect(git('rev-parse', 'v1.2.4^{commit}')).toBe(head);
    expect(git('rev-parse', 'v1^{commit}')).toBe(head);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.2.4');
    expect(JSON.parse(read('package.json')).version).toBe('1.2.4');
    expect(JSON.parse(read('package-lock.json')).packages[''].version).toBe('1.2.4');
    expect(read('CHANGELOG.md')).toMatch(/## Unreleased\n\n## 1\.2\.4 - \d{4}-\d\d-\d\d\n\n- A new check type\.\n\n## 1\.2\.3/);
    expect(read('README.md')).toBe(README('v1', '1.2.4'));
    expect(read('docs/manifest.md')).toContain('probegate/probegate/v1.2.4/schema/probegate.schema.json');
    expect(git('status', '--porcelain')).toBe('');
    expect(result.stdout).toContain('nothing pushed');
    expect(result.stdout).toContain('git push --force origin v1');
    expect(gitIn(remote, 'tag', '--list')).toBe('');
  });

  it('a major release moves the new major tag and leaves the old one on the last release of its line', () => {
    const before = git('rev-parse', 'HEAD');
    expect(release('major').code).toBe(0);
    expect(git('rev-parse', 'v2^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v2.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1^{commit}')).toBe(before);
    // The README's uses: line names the major tag that now moves; the schema URL the new release.
    expect(read('README.md')).toBe(README('v2', '2.0.0'));
  });

  it('--push pushes the commit, the version tag and the moved major tag', () => {
    expect(release('minor', '--push').code).toBe(0);
    expect(gitIn(remote, 'tag', '--list').split('\n').sort()).toEqual(['v1', 'v1.3.0']);
    expect(gitIn(remote, 'rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
  });

  it('refuses a work tree with uncommitted changes', () => {
    write('src/index.js', 'export const answer = 43;\n');
    const result = release('patch');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('release: the work tree has changes; commit or stash them first');
    expect(git('tag', '--list', 'v1.2.4')).toBe('');
  });

  it('refuses a dist/ that is not what the sources build', () => {
    write('src/index.js', 'export const answer = 43;\n');
    git('commit', '--quiet', '-am', 'Change the source, forget dist/');
    const result = release('patch');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('release: dist/ is not what the sources build (npm run bundle changed it); commit the rebuilt dist/ first');
    expect(result.stderr).toContain('M dist/index.js');
    expect(git('tag', '--list', 'v1.2.4')).toBe('');
    expect(JSON.parse(read('package.json')).version).toBe('1.2.3');
  });

  it.each([
    ['a version that is not above the current one', '1.2.3', 'release: 1.2.3 is not above the current version 1.2.3'],
    ['a version that is not semantic', '1.3', 'release: "1.3" is not a semantic version X.Y.Z'],
    ['no version', '', 'usage: npm run release -- patch|minor|major|X.Y.Z'],
  ])('refuses %s', (_, version, message) => {
    const result = release(...(version ? [version] : []));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(git('log', '-1', '--format=%s')).toBe('Initial');
  });

  it('refuses a release whose changelog says nothing new', () => {
    write('CHANGELOG.md', '# Changelog\n\n## Unreleased\n\n## 1.2.3 - 2026-11-01\n\n- First.\n');
    git('commit', '--quiet', '-am', 'Empty changelog');
    const result = release('patch');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"## Unreleased" is empty; say what this release changes first');
    expect(git('tag', '--list', 'v1.2.4')).toBe('');
  });
});
