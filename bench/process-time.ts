/**
 * Wall and CPU time of a command run as a process. CPU time (user + system) says what the command
 * costs when other work shares the machine's two cores; it comes from GNU time (`/usr/bin/time`)
 * when the system has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const gnuTime = '/usr/bin/time';

export interface ProcessTime { wallMs: number; cpuMs?: number; status: number | null; stderr: string }

export function runTimed(command: string, args: string[]): ProcessTime {
    const measured = existsSync(gnuTime);
    const start = performance.now();
    const result = measured
        ? spawnSync(gnuTime, ['-f', 'JOURNEY_CPU %U %S', command, ...args], { encoding: 'utf8' })
        : spawnSync(command, args, { encoding: 'utf8' });
    const wallMs = performance.now() - start;
    let stderr = result.stderr ?? '';
    let cpuMs: number | undefined;
    const line = /JOURNEY_CPU ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
    if (line) {
        cpuMs = (Number(line[1]) + Number(line[2])) * 1000;
        stderr = stderr.slice(0, line.index);
    }
    return { wallMs, ...(cpuMs !== undefined ? { cpuMs } : {}), status: result.status, stderr };
}

/** CPU time of this process spent in `run`, in ms. */
export function cpuOf<T>(run: () => T): [T, number, number] {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = run();
    const used = process.cpuUsage(cpu);
    return [result, (used.user + used.system) / 1000, performance.now() - wall];
}
