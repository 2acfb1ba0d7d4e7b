/**
 * Preloaded into a process by the bench (`node --import ./bench/report-peak-memory.mjs ...`):
 * when the process exits, write its peak resident memory (RSS) in kilobytes to file descriptor 3.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // Run without the bench's descriptor 3: nothing to report to.
  }
});
