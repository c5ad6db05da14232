// Preloaded with `node --import` into a CLI's process: at exit, writes the process's CPU time in milliseconds (user +
// system, summed over all its threads, so a multi-threaded linter pays for every core it used) to CPU_REPORT_FILE.
import { writeFileSync } from 'node:fs';

const reportFile = process.env.CPU_REPORT_FILE;
if (reportFile === undefined) throw new Error('report-cpu.mjs: set CPU_REPORT_FILE');
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(reportFile, String((user + system) / 1000));
});
