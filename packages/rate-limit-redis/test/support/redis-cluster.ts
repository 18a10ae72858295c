import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePorts, type RedisProcess, spawnRedis } from "./redis-process.js";

const run = promisify(execFile);

/**
 * How long a node may not answer before its peers call it failed, ms.
 * Redis's default is 15 s; 3 s keeps the failover tests short while a busy CI
 * machine (several suites at once on 2 cores) does not stall a node that long.
 */
export const CLUSTER_NODE_TIMEOUT_MS = 3000;

export interface ClusterNode {
  readonly host: string;
  readonly port: number;
}

export interface RedisCluster {
  /** Every node, primaries and replicas: the seeds a cluster client is given. */
  readonly nodes: readonly ClusterNode[];
  /** The port of the node serving `key`'s slot as primary right now. */
  primaryFor(key: string): Promise<number>;
  /** The ports of the three primaries right now. */
  primaries(): Promise<number[]>;
  /** One command at one node, through `redis-cli`; its reply as text. */
  command(port: number, ...args: string[]): Promise<string>;
  /** The port of a replica of `primary` that is linked and in sync, if it has one. */
  syncedReplicaOf(primary: number): Promise<number | undefined>;
  /** SIGKILLs one node, as a crash would. */
  kill(port: number): Promise<void>;
  /** Stops every node by its PID and removes their configs. */
  stop(): Promise<void>;
}

/** One line of `CLUSTER NODES`. */
interface NodeLine {
  readonly id: string;
  readonly port: number;
  readonly flags: readonly string[];
  readonly primaryId: string;
  readonly connected: boolean;
  readonly slots: readonly [number, number][];
}

async function cli(port: number, ...args: string[]): Promise<string> {
  const { stdout } = await run("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], {
    timeout: 5000,
  });
  return stdout;
}

async function clusterNodes(port: number): Promise<NodeLine[]> {
  const text = await cli(port, "CLUSTER", "NODES");
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [id = "", address = "", flags = "", primaryId = "", , , , link = "", ...slots] =
        line.split(" ");
      return {
        id,
        port: Number(address.split("@")[0]?.split(":")[1]),
        flags: flags.split(","),
        primaryId,
        connected: link === "connected",
        slots: slots
          .filter((s) => !s.startsWith("["))
          .map((s) => {
            const [from, to = from] = s.split("-");
            return [Number(from), Number(to)] as [number, number];
          }),
      };
    });
}

/** Up to `ms`, checking `ready` every 100 ms. */
async function waitFor(what: string, ms: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`redis cluster: ${what} within ${ms} ms`);
}

/**
 * Starts a Redis Cluster on 127.0.0.1 from Debian's `redis-server` and
 * `redis-cli`: three primaries and three replicas, each its own process on a
 * free port (and a free cluster-bus port), joined with
 * `redis-cli --cluster create … --cluster-replicas 1`. Node configs live in a
 * temporary directory; nothing else is written to disk.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), "intercom-kit-redis-cluster-"));
  const ports = await freePorts(12);
  const clientPorts = ports.slice(0, 6);
  const busPort = new Map(clientPorts.map((port, i) => [port, ports[6 + i] ?? 0]));
  const processes = new Map<number, RedisProcess>();

  const startNode = async (port: number) => {
    const node = await spawnRedis(port, [
      "--cluster-enabled",
      "yes",
      "--cluster-port",
      String(busPort.get(port)),
      "--cluster-config-file",
      join(dir, `nodes-${port}.conf`),
      "--cluster-node-timeout",
      String(CLUSTER_NODE_TIMEOUT_MS),
      // A replica may take over however long its link was down: a test kills
      // primaries on purpose and wants the promotion every time.
      "--cluster-replica-validity-factor",
      "0",
      "--dir",
      dir,
    ]);
    processes.set(port, node);
  };

  const healthy = async () => {
    const live = [...processes.keys()];
    for (const port of live) {
      if (!(await cli(port, "CLUSTER", "INFO")).includes("cluster_state:ok")) return false;
    }
    const lines = await clusterNodes(live[0] ?? 0);
    if (lines.length !== 6 || lines.some((l) => l.flags.some((f) => f.startsWith("fail")))) {
      return false;
    }
    const primaries = lines.filter((l) => l.flags.includes("master") && l.slots.length > 0);
    const replicas = lines.filter((l) => l.flags.includes("slave") && l.connected);
    if (primaries.length !== 3) return false;
    for (const primary of primaries) {
      const replica = replicas.find((r) => r.primaryId === primary.id);
      if (!replica) return false;
      const info = await cli(replica.port, "INFO", "replication");
      if (!info.includes("master_link_status:up")) return false;
    }
    return true;
  };

  try {
    await Promise.all(clientPorts.map(startNode));
    await run(
      "redis-cli",
      [
        "--cluster",
        "create",
        ...clientPorts.map((port) => `127.0.0.1:${port}`),
        "--cluster-replicas",
        "1",
        "--cluster-yes",
      ],
      { timeout: 30_000 },
    );
    await waitFor("every node agrees and every replica is in sync", 30_000, healthy);
  } catch (error) {
    await Promise.all([...processes.values()].map((node) => node.stop("SIGKILL")));
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    nodes: clientPorts.map((port) => ({ host: "127.0.0.1", port })),
    primaryFor: async (key) => {
      const live = [...processes.keys()];
      const slot = Number((await cli(live[0] ?? 0, "CLUSTER", "KEYSLOT", key)).trim());
      const lines = await clusterNodes(live[0] ?? 0);
      const primary = lines.find(
        (l) =>
          l.flags.includes("master") &&
          !l.flags.some((f) => f.startsWith("fail")) &&
          l.slots.some(([from, to]) => slot >= from && slot <= to),
      );
      if (!primary) throw new Error(`redis cluster: no primary serves slot ${slot}`);
      return primary.port;
    },
    primaries: async () => {
      const lines = await clusterNodes([...processes.keys()][0] ?? 0);
      return lines
        .filter((l) => l.flags.includes("master") && !l.flags.some((f) => f.startsWith("fail")))
        .filter((l) => l.slots.length > 0)
        .map((l) => l.port);
    },
    command: (port, ...args) => cli(port, ...args),
    syncedReplicaOf: async (primary) => {
      const lines = await clusterNodes(primary);
      const self = lines.find((l) => l.flags.includes("myself"));
      for (const line of lines) {
        if (line.primaryId !== self?.id || !line.connected || !processes.has(line.port)) continue;
        const info = await cli(line.port, "INFO", "replication");
        if (info.includes("master_link_status:up")) return line.port;
      }
      return undefined;
    },
    kill: async (port) => {
      const node = processes.get(port);
      processes.delete(port);
      await node?.stop("SIGKILL");
    },
    stop: async () => {
      const nodes = [...processes.values()];
      processes.clear();
      await Promise.all(nodes.map((node) => node.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
