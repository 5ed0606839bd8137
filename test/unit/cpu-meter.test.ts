import { describe, expect, it } from "vitest";
import { cpus } from "node:os";
import fc from "fast-check";
import { machineCpu, perRequest, processCpuMs, startCpuWindow } from "../../bench/cpu-meter.ts";

/** Keeps this thread busy until it has spent the given CPU time (however busy the machine is). */
function burn(ms: number): void {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let i = 0; i < 10_000; i++) x += Math.sqrt(x + i);
    const spent = process.cpuUsage(start);
    if ((spent.user + spent.system) / 1000 >= ms) break;
  }
  expect(x).toBeGreaterThan(0);
}

describe("the bench's CPU meter", () => {
  it("reads this process's CPU time as Node counts it, to the counters' 10 ms ticks", () => {
    // Arrange
    const before = processCpuMs(process.pid);
    const usage = process.cpuUsage();
    // Act
    burn(300);
    const spent = (processCpuMs(process.pid) ?? Number.NaN) - (before ?? Number.NaN);
    const counted = (() => {
      const u = process.cpuUsage(usage);
      return (u.user + u.system) / 1000;
    })();
    // Assert: both saw the burn; they differ by less than a few ticks
    expect(counted).toBeGreaterThanOrEqual(300);
    expect(Math.abs(spent - counted)).toBeLessThan(40);
  });

  it("reads nothing for a process it cannot see", () => {
    expect(processCpuMs(undefined)).toBeUndefined();
    expect(processCpuMs(2 ** 30)).toBeUndefined();
  });

  it("counts a window's work in the process and in the machine, which holds it", () => {
    // Arrange
    const window = startCpuWindow(undefined);
    // Act
    burn(300);
    const spent = window.stop();
    // Assert
    expect(spent.serverMs).toBeGreaterThanOrEqual(300);
    expect(spent.dynamoMs).toBeUndefined();
    expect(spent.machineBusyMs ?? 0).toBeGreaterThan(spent.serverMs - 40);
    expect(spent.machineSpanMs ?? 0).toBeGreaterThanOrEqual(spent.machineBusyMs ?? Number.NaN);
    const machine = machineCpu();
    expect(machine?.totalMs).toBeGreaterThan(machine?.idleMs ?? Number.NaN);
  });

  it("divides a window by its requests and gives the busy share of all cores in cores", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (requests, serverMs, clientMs, share) => {
          const span = 20_000;
          const split = perRequest({ serverMs, dynamoMs: undefined, machineBusyMs: span * share, machineSpanMs: span }, requests, clientMs);
          expect(split.serverMs).toBeCloseTo(serverMs / requests, 9);
          expect(split.clientMs).toBeCloseTo(clientMs / requests, 9);
          expect(split.dynamoMs).toBeUndefined();
          expect(split.machineMs).toBeCloseTo((span * share) / requests, 9);
          // The busy share of the machine's time, in cores
          expect(split.busyCores).toBeCloseTo(share * cpus().length, 9);
        },
      ),
    );
    expect(perRequest({ serverMs: 5, dynamoMs: 5, machineBusyMs: 5, machineSpanMs: 10 }, 0, 5)).toMatchObject({
      serverMs: undefined,
      clientMs: undefined,
      dynamoMs: undefined,
      machineMs: undefined,
    });
  });
});
