// Preloaded with --import into a process whose peak RSS the memory scenario wants: writes
// process.resourceUsage().maxRSS (KiB) to $BENCH_RSS_FILE at exit. Plain JavaScript: a .ts file
// would load Node's type stripper into the measured process.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
