import { readFileSync } from "node:fs";
import { cpus } from "node:os";

/**
 * CPU time: this process's as Node counts it, and another process's (user + system, all its threads) and the
 * whole machine's from Linux's /proc. Elsewhere those two readings are undefined and the bench leaves their
 * columns empty.
 */

/**
 * The lines the load worker writes around its measured window, before its result, so that the bench reads the
 * other processes' counters over the same window.
 */
export const WINDOW_START = '{"window":"start"}';
export const WINDOW_END = '{"window":"end"}';

/** Clock ticks per second, the unit of /proc's CPU counters: USER_HZ, which Linux fixes at 100. */
const TICKS_PER_SECOND = 100;

const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** A process's CPU time so far in ms, or undefined when it cannot be read. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line: the 12th and 13th after the command name (field 2).
    return toMs(Number(fields[11]) + Number(fields[12]));
  } catch {
    return undefined;
  }
}

export interface MachineCpu {
  /** CPU time spent on every core, busy or idle, in ms. */
  readonly totalMs: number;
  /** CPU time every core spent idle or waiting on I/O, in ms. */
  readonly idleMs: number;
}

/** The machine's CPU time so far, summed over its cores, or undefined when it cannot be read. */
export function machineCpu(): MachineCpu | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
    const counted = ticks.slice(0, 8);
    const total = counted.reduce((sum, t) => sum + t, 0);
    return { totalMs: toMs(total), idleMs: toMs((counted[3] ?? 0) + (counted[4] ?? 0)) };
  } catch {
    return undefined;
  }
}

/** CPU time per request over a measured window, in ms, and how many cores the machine kept busy. */
export interface CpuSplit {
  /** The load worker: the client's side of every call. */
  readonly clientMs: number | undefined;
  /** The bench's own process: the hub or the bare server, with their AWS SDK clients. */
  readonly serverMs: number | undefined;
  readonly dynamoMs: number | undefined;
  /** Every process on the machine. */
  readonly machineMs: number | undefined;
  readonly busyCores: number | undefined;
}

/** What the bench's process, the emulator and the machine spent over a window, in ms. */
export interface CpuWindow {
  readonly serverMs: number;
  readonly dynamoMs: number | undefined;
  readonly machineBusyMs: number | undefined;
  readonly machineSpanMs: number | undefined;
}

/** Reads the counters at the start of a window; `stop` reads them again and gives what was spent between. */
export function startCpuWindow(dynamoPid: number | undefined): { stop(): CpuWindow } {
  const self = process.cpuUsage();
  const dynamo = processCpuMs(dynamoPid);
  const machine = machineCpu();
  return {
    stop() {
      const selfSpent = process.cpuUsage(self);
      const dynamoNow = processCpuMs(dynamoPid);
      const machineNow = machineCpu();
      const span = machine && machineNow ? machineNow.totalMs - machine.totalMs : undefined;
      return {
        serverMs: (selfSpent.user + selfSpent.system) / 1000,
        dynamoMs: dynamo !== undefined && dynamoNow !== undefined ? dynamoNow - dynamo : undefined,
        machineBusyMs: machine && machineNow && span !== undefined ? span - (machineNow.idleMs - machine.idleMs) : undefined,
        machineSpanMs: span,
      };
    },
  };
}

/** A window's CPU per request, with the client's (the load worker's own figure). */
export function perRequest(window: CpuWindow, requests: number, clientCpuMs: number | undefined): CpuSplit {
  const per = (ms: number | undefined) => (ms === undefined || requests === 0 ? undefined : ms / requests);
  const { machineBusyMs: busy, machineSpanMs: span } = window;
  return {
    clientMs: per(clientCpuMs),
    serverMs: per(window.serverMs),
    dynamoMs: per(window.dynamoMs),
    machineMs: per(busy),
    // The share of all cores' time that was busy, in cores.
    busyCores: busy !== undefined && span !== undefined && span > 0 ? (busy / span) * cpus().length : undefined,
  };
}
