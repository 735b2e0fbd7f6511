// What every scenario gets from the runner.
import type { EngineClient } from '../processes.ts';
import type { ScenarioReport } from '../report.ts';
import type { PeerPorts } from '../shared.ts';

export interface BenchContext {
  readonly ports: PeerPorts;
  readonly client: EngineClient;
  /** dist/index.js, the action as the runner runs it. */
  readonly actionEntry: string;
  /** A scratch folder, removed at the end. */
  readonly tmp: string;
  /** The peers' TLS certificate (self-signed, localhost and 127.0.0.1). */
  readonly certFile: string;
  /** `--quick`: a smoke run (the test that keeps the benchmark working), each scenario's fewest rounds; its figures mean little. */
  readonly quick: boolean;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  run(context: BenchContext): Promise<ScenarioReport>;
}
