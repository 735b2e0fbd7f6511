#!/usr/bin/env node
// Cuts a release: checks that the work tree is clean and that dist/ is what the sources build,
// bumps the version (package.json, package-lock.json, CHANGELOG.md, the pinned vX.Y.Z in the
// docs), commits, tags vX.Y.Z and moves the major tag vX onto it. It pushes only with --push.
//
//   npm run release -- patch|minor|major|X.Y.Z [--push] [--remote NAME]
//
// Without --push it prints the push commands, so a release can be looked at before it is public.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run release -- patch|minor|major|X.Y.Z [--push] [--remote NAME]';

class ReleaseError extends Error {}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!match) throw new ReleaseError(`"${text}" is not a semantic version X.Y.Z`);
  return match.slice(1).map(Number);
}

export function nextVersion(current, bump) {
  const [major, minor, patch] = parseVersion(current);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  const wanted = parseVersion(bump);
  const order = (v) => v[0] * 1e12 + v[1] * 1e6 + v[2];
  if (order(wanted) <= order([major, minor, patch])) throw new ReleaseError(`${bump} is not above the current version ${current}`);
  return bump;
}

function requireCleanTree(why) {
  const status = git('status', '--porcelain');
  if (status) throw new ReleaseError(`${why}:\n${status}`);
}

function updateJson(file, update) {
  if (!existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  update(json);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** `## Unreleased` becomes `## X.Y.Z - date`, under a new empty `## Unreleased`. */
function updateChangelog(version, date) {
  const file = 'CHANGELOG.md';
  const text = readFileSync(file, 'utf8');
  if (!/^## Unreleased[ \t]*$/m.test(text)) throw new ReleaseError(`${file} has no "## Unreleased" section to release`);
  const section = text.split(/^## Unreleased[ \t]*$/m)[1].split(/^## /m)[0];
  if (!section.trim()) throw new ReleaseError(`${file}: "## Unreleased" is empty; say what this release changes first`);
  writeFileSync(file, text.replace(/^## Unreleased[ \t]*$/m, `## Unreleased\n\n## ${version} - ${date}`));
}

/**
 * The docs pin the schema URL and the full-version example to the release tag, and their
 * `uses: probegate/probegate@vX` lines name the major tag this release moves.
 */
function updatePinnedVersions(version) {
  const majorTag = `v${version.split('.')[0]}`;
  const files = ['README.md', ...(existsSync('docs') ? readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f)) : [])];
  for (const file of files) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const pinned = text
      .replace(/(probegate\/probegate(?:@|\/))v\d+\.\d+\.\d+\b/g, `$1v${version}`)
      .replace(/(probegate\/probegate@<40-character commit SHA>\s+# )v\d+\.\d+\.\d+\b/g, `$1v${version}`)
      .replace(/(probegate\/probegate@)v\d+(?![.\w])/g, `$1${majorTag}`)
      .replace(/`v\d+` moves to the latest `v\d+\.\*\.\*`/g, `\`${majorTag}\` moves to the latest \`${majorTag}.*.*\``);
    if (pinned !== text) writeFileSync(file, pinned);
  }
}

export function release(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { push: { type: 'boolean' }, remote: { type: 'string', default: 'origin' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new ReleaseError(USAGE);
  requireCleanTree('the work tree has changes; commit or stash them first');
  // dist/ must be what these sources build: rebuild it and look for a difference.
  execFileSync('npm', ['run', '--silent', 'bundle'], { stdio: ['ignore', 'ignore', 'inherit'] });
  requireCleanTree('dist/ is not what the sources build (npm run bundle changed it); commit the rebuilt dist/ first');

  const current = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const version = nextVersion(current, positionals[0]);
  const tag = `v${version}`;
  const majorTag = `v${version.split('.')[0]}`;
  if (git('tag', '--list', tag)) throw new ReleaseError(`the tag ${tag} exists already`);

  updateJson('package.json', (json) => (json.version = version));
  updateJson('package-lock.json', (json) => {
    json.version = version;
    if (json.packages?.['']) json.packages[''].version = version;
  });
  updateChangelog(version, new Date().toISOString().slice(0, 10));
  updatePinnedVersions(version);

  git('add', '--all');
  git('commit', '--quiet', '-m', `Release ${tag}`);
  git('tag', '--annotate', tag, '-m', `probegate ${tag}`);
  git('tag', '--force', '--annotate', majorTag, '-m', `probegate ${majorTag}: latest ${tag}`);
  const push = [
    ['push', values.remote, 'HEAD', tag],
    ['push', '--force', values.remote, majorTag],
  ];
  if (values.push) {
    for (const args of push) git(...args);
    console.log(`Released ${tag} and moved ${majorTag} to it; pushed to ${values.remote}.`);
  } else {
    console.log(`Tagged ${tag} and moved ${majorTag} to it (nothing pushed). To publish:`);
    for (const args of push) console.log(`  git ${args.join(' ')}`);
    console.log('then create the GitHub release from the tag, and `npm publish` for the CLI.');
  }
  return { version, tag, majorTag };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    release(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    console.error(`release: ${error.message}`);
    process.exitCode = 1;
  }
}
