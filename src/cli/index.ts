#!/usr/bin/env node
// The command line: `probegate run | validate | merge | demo`. A thin door onto the engine: it parses
// arguments, dispatches, and turns the outcome into an exit status.
import { readFileSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './args.js';
import { processTerminal, type Terminal } from './terminal.js';

// V8 keeps what it compiled of the command's chunks on disk (Node >= 22.1, in the system's
// temporary folder; as TypeScript's tsc does): a run after the first compiles nothing, some 30 ms
// less (bench/, start-up scenario, which shows the first run too). Node 20 has no such cache.
module.enableCompileCache?.();

const HELP = `Usage: probegate <command> [options]

Synthetic checks for deploy previews, with a fixed error taxonomy and a gate.

Commands:
  run [manifest]        run the checks of a manifest (.github/probegate.yml)
  validate [manifest]   check a manifest without running it
  merge GLOB            merge the reports of shards and locations: one verdict
  demo                  run an example manifest against a local preview with
                        deliberate faults

Options:
  -v, --version         print the version of probegate

Run probegate <command> --help for the options of a command.`;

type Command = (args: string[], terminal: Terminal) => Promise<number>;

// Loaded on use, so `--help` does not pay for the engine, the schema compiler and undici.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./run.js')).runCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  merge: async () => (await import('./merge.js')).mergeCommand,
  demo: async () => (await import('./demo.js')).demoCommand,
};

/** Exit status: 0 pass, 1 the gate failed, 2 unusable manifest or arguments, 3 probegate itself failed. */
async function main(argv: string[]): Promise<number> {
  const terminal = processTerminal();
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    terminal.print(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    terminal.print(packageVersion());
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    terminal.error(`probegate: unknown command "${name}" (expected run, validate, merge or demo); see probegate --help`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, terminal);
  } catch (error) {
    terminal.progress.clear();
    if (error instanceof UsageError) {
      terminal.error(`probegate ${name}: ${error.message}`);
      terminal.error(`See probegate ${name} --help.`);
      return 2;
    }
    terminal.error(`probegate ${name}: unexpected error, this is a bug: ${(error as Error)?.stack ?? String(error)}`);
    return 3;
  }
}

/**
 * The version in package.json, two folders up from dist/cli/index.js as from src/cli/index.ts,
 * read at run time (a path the bundler cannot follow, so it does not copy package.json).
 */
function packageVersion(moduleUrl: string = import.meta.url): string {
  const file = path.resolve(path.dirname(fileURLToPath(moduleUrl)), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

process.exitCode = await main(process.argv.slice(2));
