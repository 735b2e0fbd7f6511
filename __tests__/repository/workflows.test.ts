// The repository's GitHub files are what GitHub will read: action.yml and every workflow are
// checked against the schemas GitHub itself uses (@actions/workflow-parser, the parser of the
// Actions language service), and dependabot.yml against the options Dependabot documents.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

const trace = new NoOperationTraceWriter();
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');

function actionProblems(name: string, content: string): string[] {
  return parseAction({ name, content }, trace).context.errors.getErrors().map((e) => e.message);
}

function workflowProblems(name: string, content: string): string[] {
  return parseWorkflow({ name, content }, trace).context.errors.getErrors().map((e) => e.message);
}

describe('GitHub files', () => {
  it('action.yml is a valid action that runs on node24', () => {
    const content = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(actionProblems('action.yml', content)).toEqual([]);
    expect((parse(content) as { runs: { using: string } }).runs.using).toBe('node24');
  });

  it('the validator catches a broken action.yml (so a pass above means something)', () => {
    const content = readFileSync(path.join(ROOT, 'action.yml'), 'utf8').replace('using: node24', 'using: node99');
    expect(actionProblems('action.yml', content).join('\n')).toMatch(/node99/);
  });

  it.each(readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)))('.github/workflows/%s is a valid workflow', (name) => {
    expect(workflowProblems(name, readFileSync(path.join(WORKFLOWS, name), 'utf8'))).toEqual([]);
  });

  it('the validator catches a broken workflow', () => {
    const broken = readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(workflowProblems('ci.yml', broken).join('\n')).toMatch(/runs-onn/);
  });

  it('ci.yml runs the tests, the stale-dist check, the package on Node 20 and the action itself', () => {
    const ci = parse(readFileSync(path.join(WORKFLOWS, 'ci.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string; uses?: string }[] }> };
    const commands = (job: string) => ci.jobs[job]!.steps.map((s) => s.run ?? s.uses ?? '').join('\n');
    expect(commands('test')).toMatch(/npm ci[\s\S]*npm run build[\s\S]*npm test/);
    expect(commands('check-dist')).toMatch(/npm run bundle[\s\S]*git status --porcelain -- dist/);
    expect(commands('cli-on-node-20')).toContain('__tests__/package/npm-install.test.ts');
    expect(ci.jobs.action!.steps.some((s) => s.uses === './')).toBe(true);
  });

  it('dependabot.yml updates npm and GitHub Actions with the documented keys', () => {
    const config = parse(readFileSync(path.join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as {
      version: number;
      updates: Record<string, unknown>[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u.ecosystem ?? u['package-ecosystem'])).toEqual(['npm', 'github-actions']);
    const known = new Set(['package-ecosystem', 'directory', 'schedule', 'groups', 'open-pull-requests-limit', 'labels', 'ignore', 'commit-message']);
    for (const update of config.updates) {
      expect(Object.keys(update).filter((key) => !known.has(key))).toEqual([]);
      expect(update.directory).toBe('/');
      expect(['daily', 'weekly', 'monthly']).toContain((update.schedule as { interval: string }).interval);
    }
  });
});
