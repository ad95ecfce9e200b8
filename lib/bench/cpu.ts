// CPU counters from Linux's /proc: the CPU time a process tree has used, and how busy the machine is.
// Ticks are USER_HZ (100 per second on Linux, whatever the kernel's own HZ).
import { readdirSync, readFileSync } from "node:fs";

const MS_PER_TICK = 10;

type ProcStat = { pid: number; ppid: number; ticks: number };

/** pid, parent pid and utime+stime of one /proc/<pid>/stat line (the name in parentheses may hold spaces). */
function parseStat(line: string): ProcStat {
  const afterName = line.slice(line.lastIndexOf(")") + 2).split(" ");
  // Fields after the name start at field 3 (state): ppid is field 4, utime 14, stime 15.
  return { pid: Number(line.slice(0, line.indexOf(" "))), ppid: Number(afterName[1]), ticks: Number(afterName[11]) + Number(afterName[12]) };
}

function allProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.push(parseStat(readFileSync(`/proc/${entry}/stat`, "utf8")));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return stats;
}

/** CPU ms (user + system) used so far by `rootPid` and all its living descendants (e.g. workers it spawned). */
export function processTreeCpuMs(rootPid: number): number {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let ticks = 0;
  const pending = processes.filter((p) => p.pid === rootPid);
  while (pending.length > 0) {
    const p = pending.pop()!;
    ticks += p.ticks;
    pending.push(...(children.get(p.pid) ?? []));
  }
  return ticks * MS_PER_TICK;
}

/** The machine's CPU time so far (all cores), in ms: total and idle (idle + iowait). */
export type MachineCpu = { totalMs: number; idleMs: number };

export function machineCpu(): MachineCpu {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  // cpu user nice system idle iowait irq softirq steal (guest time is already inside user).
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + steal;
  return { totalMs: total * MS_PER_TICK, idleMs: (idle + iowait) * MS_PER_TICK };
}

/**
 * Over an interval: the machine's idle share, and the share the processes outside the bench took
 * (the machine's busy time minus this process tree's: bench client, server, embedded database).
 */
export type MachineLoad = { idleShare: number; otherShare: number };

export function machineLoad(start: { machine: MachineCpu; benchMs: number }, end: { machine: MachineCpu; benchMs: number }): MachineLoad {
  const total = end.machine.totalMs - start.machine.totalMs;
  if (total <= 0) return { idleShare: 1, otherShare: 0 };
  const idle = end.machine.idleMs - start.machine.idleMs;
  const other = Math.max(0, total - idle - (end.benchMs - start.benchMs));
  return { idleShare: idle / total, otherShare: other / total };
}

/** A snapshot for machineLoad: the machine's counters and this process tree's CPU. */
export function loadSnapshot() {
  return { machine: machineCpu(), benchMs: processTreeCpuMs(process.pid) };
}
