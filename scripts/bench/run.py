#!/usr/bin/env python3
"""Runs the benchmark cases of issue 7 against release binaries; see scripts/bench.sh and Docs/Performance.md.

Every case is measured a few times (the median is reported) next to a baseline measured in the same run, because
the machine is shared and noisy. Prints a Markdown table and writes out/bench.json.
"""
import argparse
import datetime
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = [sys.executable, os.path.join(HERE, "gen.py")]
CLIENT = [sys.executable, os.path.join(HERE, "jxclient.py")]

FULL = {
    "reps": 3,
    "initial": {"expenditures": 100_000, "values": 100_000},
    "delta": {"sizes": [10_000, 100_000, 1_000_000], "changed": 10},
    "many": {"offices": 50, "rows": 10_000},
    "report": {"offices": 200, "expenditures": 1_000_000, "values": 200_000},
    "bomb": {"inflate_gib": 4, "claim_mib": 256},
    "startup": {"runs": 30},
    "import": {"rows": 100_000},
    "audit": {"expenditures": 100_000, "values": 100_000},
}
QUICK = {
    "reps": 3,
    "initial": {"expenditures": 5_000, "values": 5_000},
    "delta": {"sizes": [1_000, 4_000, 16_000], "changed": 10},
    "many": {"offices": 8, "rows": 1_000},
    "report": {"offices": 20, "expenditures": 50_000, "values": 10_000},
    "bomb": {"inflate_gib": 1, "claim_mib": 64},
    "startup": {"runs": 10},
    "import": {"rows": 10_000},
    "audit": {"expenditures": 5_000, "values": 5_000},
}


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else None


class Bench:
    def __init__(self, args):
        self.bin, self.work, self.out = args.bin, args.work, args.out
        self.quick = args.quick
        self.config = QUICK if args.quick else FULL
        self.reps = self.config["reps"]
        self.port = free_port()
        self.only = set(args.only.split(",")) if args.only else None
        self.results = []  # one dict per table row
        self.details = {}
        os.makedirs(self.out, exist_ok=True)
        self.plan = os.path.join(self.work, "plan.json")
        with open(self.plan, "w") as f:
            subprocess.run(GEN + ["plan"], stdout=f, check=True)

    # Processes -----------------------------------------------------------------------------------------------------

    def district(self, db, *arguments, check=True):
        return run([os.path.join(self.bin, "district"), *arguments, "--db", db], check=check)

    def street(self, db, *arguments, check=True):
        return run([os.path.join(self.bin, "street"), *arguments, "--db", db], check=check)

    def new_district(self, name):
        db = os.path.join(self.work, f"{name}.district.db")
        self.district(db, "init", "--name", "基准区")
        return db

    def enrol(self, district_db, code, name, folder=None):
        """`district office add` + `street init --enrol`; returns the office database and the enrolment file."""
        enrolment = os.path.join(folder or self.work, f"{code}.enrol")
        self.district(district_db, "office", "add", "--code", code, "--name", name, "--server",
                      f"127.0.0.1:{self.port}", "--out", enrolment)
        db = os.path.join(folder or self.work, f"{code}.db")
        self.street(db, "init", "--enrol", enrolment)
        return db, enrolment

    def serve(self, district_db, label, plaintext=False, extra=()):
        return Server(self.bin, district_db, self.port, os.path.join(self.work, f"server-{label}.log"), plaintext,
                      extra)

    def sync(self, office_db, plaintext=False):
        """One `street sync`: (seconds, frame bytes sent + received, the summary line)."""
        started = time.perf_counter()
        result = self.street(office_db, "sync", *(["--plaintext"] if plaintext else []))
        seconds = time.perf_counter() - started
        line = result.stdout.strip().splitlines()[-1]
        match = re.search(r"(\d+) bytes sent, (\d+) received", line)
        if "digests match" not in line or not match:
            raise RuntimeError(f"unexpected sync summary: {line}")
        return seconds, int(match.group(1)) + int(match.group(2)), line

    def csv(self, name, kind, rows, **options):
        path = os.path.join(self.work, name)
        arguments = GEN + ["--seed", str(options.pop("seed", 2021)), kind, "--rows", str(rows)]
        for key, value in options.items():
            arguments += [f"--{key.replace('_', '-')}", str(value)]
        with open(path, "w") as f:
            subprocess.run(arguments, stdout=f, check=True)
        return path

    def fill_office(self, db, expenditures, values, code, prefix, seed):
        """Generates the office's CSV files (timed apart) and imports them with `street import` (the real path)."""
        started = time.perf_counter()
        files = []
        if expenditures:
            files.append(("expenses", self.csv(f"{code}-expenses.csv", "expenses", expenditures, seed=seed,
                                               voucher_prefix=prefix)))
        if values:
            files.append(("values", self.csv(f"{code}-values.csv", "values", values, seed=seed)))
        generated = time.perf_counter() - started
        started = time.perf_counter()
        for kind, path in files:
            self.street(db, "import", kind, path)
            os.remove(path)
        return generated, time.perf_counter() - started

    def row(self, case, measure, value, unit, baseline=None, baseline_label="", target=None, target_text="",
            met=None, note=""):
        ratio = value / baseline if baseline else None
        self.results.append({"case": case, "measure": measure, "value": value, "unit": unit, "baseline": baseline,
                             "baseline_label": baseline_label, "ratio": ratio, "target": target,
                             "target_text": target_text, "met": met, "note": note})
        shown = f" (baseline {fmt(baseline, unit)}, ratio {ratio:.2f})" if ratio is not None else ""
        log(f"{case}: {measure} = {fmt(value, unit)}{shown}" + ("" if met is None else f" — target {target_text}: "
                                                                  + ("met" if met else "MISSED")))

    # Case 1 ------------------------------------------------------------------------------------------------------

    def case_initial(self):
        c = self.config["initial"]
        rows = c["expenditures"] + c["values"]
        log(f"initial sync: preparing one office with {c['expenditures']:,} expenditures and {c['values']:,} values")
        district = self.new_district("initial")
        self.district(district, "plan", "import", self.plan)
        office, enrolment = self.enrol(district, "s001", "望麓园街道")
        with self.serve(district, "initial-prep"):
            self.sync(office)  # receives the plan: the import validates against it
        generated, imported = self.fill_office(office, c["expenditures"], c["values"], "s001", "WLY", 1)
        self.details["initial_prep"] = {"generate_s": generated, "import_s": imported, "rows": rows}
        pristine_district, pristine_office = snapshot(district), snapshot(office)

        # The sync with TLS, the same sync without it (`--plaintext` on both sides: what TLS costs) and the
        # pipeline it is judged against take turns within each rep, the first two in alternating order, so that a
        # change in the machine's load during the run weighs on all three alike.
        dump_bytes = int(run(["bash", "-c", f"sqlite3 '{pristine_office}' .dump | gzip -6 | wc -c"]).stdout)
        copy = os.path.join(self.work, "pipeline-copy.db")
        times, wire, cpu, plain_times, plain_cpu, pipeline = [], [], [], [], [], []

        def timed_sync(label, plaintext):
            restore(pristine_district, district)
            restore(pristine_office, office)
            with self.serve(district, label, plaintext=plaintext) as server:
                before_client, before_server = children_cpu(), server.cpu()
                seconds, total, line = self.sync(office, plaintext=plaintext)
                used = children_cpu() - before_client + server.cpu() - before_server
            return seconds, total, line, used

        for rep in range(self.reps):
            for plaintext in ([False, True] if rep % 2 == 0 else [True, False]):
                if plaintext:
                    seconds, _, line, used = timed_sync(f"initial-plain-{rep}", True)
                    plain_times.append(seconds)
                    plain_cpu.append(used)
                    log(f"  plaintext rep {rep + 1}: {seconds:.2f} s: {line}")
                else:
                    seconds, total, line, used = timed_sync(f"initial-{rep}", False)
                    times.append(seconds)
                    wire.append(total)
                    cpu.append(used)
                    log(f"  rep {rep + 1}: {seconds:.2f} s, {total:,} bytes: {line}")
            remove_db(copy)
            started = time.perf_counter()
            run(["bash", "-o", "pipefail", "-c",
                 f"sqlite3 '{pristine_office}' .dump | gzip -1 | gunzip | sqlite3 '{copy}'"])
            pipeline.append(time.perf_counter() - started)
            log(f"  pipeline rep {rep + 1}: {pipeline[-1]:.2f} s")
        remove_db(copy)
        self.keep_for_startup = os.path.join(self.work, "startup.db")
        copy_db(office, self.keep_for_startup)
        # A new device of the office (a second `street init` + `street sync` of an office the district holds in
        # full): its first sync downloads every row (Protocol.md §10.8.3).
        device_times, device_wire = [], []
        for rep in range(self.reps):
            device = os.path.join(self.work, f"new-device-{rep}.db")
            remove_db(device)
            with self.serve(district, f"new-device-{rep}"):
                started = time.perf_counter()
                self.street(device, "init", "--enrol", enrolment)
                _, total, line = self.sync(device)
                seconds = time.perf_counter() - started
            held = run(["sqlite3", device, "SELECT (SELECT count(*) FROM expenditures) + "
                        "(SELECT count(*) FROM indicator_values)"]).stdout.strip()
            if int(held) != rows:
                raise RuntimeError(f"the new device holds {held} rows, not {rows}")
            device_times.append(seconds)
            device_wire.append(total)
            log(f"  new device rep {rep + 1}: {seconds:.2f} s, {total:,} bytes: {line}")
            remove_db(device)

        size = os.path.getsize(pristine_office)
        self.details["initial"] = {"rows": rows, "seconds": times, "wire_bytes": wire, "dump_gzip6_bytes": dump_bytes,
                                   "pipeline_seconds": pipeline, "office_db_bytes": size,
                                   "plaintext_seconds": plain_times, "cpu_seconds": cpu,
                                   "plaintext_cpu_seconds": plain_cpu, "new_device_seconds": device_times,
                                   "new_device_wire_bytes": device_wire}
        b, p = median(wire), median(pipeline)
        self.row("1 initial sync", f"bytes on the wire, {rows:,} rows", b, "bytes", dump_bytes,
                 "sqlite3 .dump | gzip -6", 0.8, "≤ 0.8× baseline", b <= 0.8 * dump_bytes)
        self.row("1 initial sync", "wall time, empty → verified", median(times), "s", p,
                 ".dump | gzip -1 | gunzip | sqlite3", 1.0, "≤ 1.0× baseline", median(times) <= p)
        d = median(device_times)
        self.row("1 initial sync", "new device's first download (init + sync)", d, "s", p,
                 ".dump | gzip -1 | gunzip | sqlite3", 1.0, "≤ 1.0× baseline", d <= p)
        self.row("1 initial sync", "new device's first download (init + sync)", d, "s", median(times),
                 "the initial push above", 1.0, "≤ 1.0× baseline", d <= median(times))
        t = median(plain_times)
        self.row("1 initial sync", "wall time with TLS", median(times), "s", t, "the same sync with --plaintext",
                 1.10, "≤ 1.10× baseline", median(times) <= 1.10 * t)
        # CPU seconds (street + server) depend far less on what else the machine runs than wall time does.
        self.row("1 initial sync", "CPU time with TLS (street + server)", median(cpu), "s", median(plain_cpu),
                 "the same sync with --plaintext", 1.10, "≤ 1.10× baseline", median(cpu) <= 1.10 * median(plain_cpu))
        remove_db(pristine_district)
        remove_db(pristine_office)

    # Case 2 ------------------------------------------------------------------------------------------------------

    def case_delta(self):
        c = self.config["delta"]
        district = self.new_district("delta")
        self.district(district, "plan", "import", self.plan)
        per_size = {}
        relay = CountingRelay(self.port)
        with self.serve(district, "delta") as server:
            for index, size in enumerate(c["sizes"]):
                code = f"d{index + 1:02d}"
                office, _ = self.enrol(district, code, f"第{index + 1}街道")
                # Through the relay, which counts the bytes on the wire: TLS records, handshake included.
                self.street(office, "config", "--server", f"127.0.0.1:{relay.port}")
                self.sync(office)
                expenditures, values = size // 2, size - size // 2
                log(f"delta sync: office {code} with {size:,} rows ({expenditures:,} expenditures, {values:,} values)")
                generated, imported = self.fill_office(office, expenditures, values, code, f"D{index + 1}", 10 + index)
                initial_seconds, initial_bytes, _ = self.sync(office)
                log(f"  generated in {generated:.1f} s, imported in {imported:.1f} s, first sync {initial_seconds:.1f} s")
                # One unmeasured delta first: it pays for checkpointing the first sync's large WAL on both sides.
                warm = self.csv(f"{code}-warm.csv", "expenses", c["changed"], seed=99, start=8_000_000,
                                voucher_prefix=f"W{index + 1}")
                self.street(office, "import", "expenses", warm)
                self.sync(office)
                times, wire, rsync_bytes, rsync_seconds, client_cpu, server_cpu = [], [], [], [], [], []
                tls_wire = []
                mirror = os.path.join(self.work, f"{code}.mirror.db")
                for rep in range(self.reps + 2):
                    copy_db(office, mirror)  # what the other side holds after the last sync
                    change = self.csv(f"{code}-delta-{rep}.csv", "expenses", c["changed"], seed=100 + rep,
                                      start=9_000_000 + rep * c["changed"], voucher_prefix=f"X{index + 1}")
                    self.street(office, "import", "expenses", change)
                    started = time.perf_counter()
                    stats = run(["rsync", "--no-whole-file", "--ignore-times", "--stats", office, mirror]).stdout
                    rsync_seconds.append(time.perf_counter() - started)
                    sent = int(re.search(r"Total bytes sent: ([\d,]+)", stats).group(1).replace(",", ""))
                    received = int(re.search(r"Total bytes received: ([\d,]+)", stats).group(1).replace(",", ""))
                    rsync_bytes.append(sent + received)
                    before_client, before_server = children_cpu(), server.cpu()
                    sessions = relay.count()
                    seconds, total, line = self.sync(office)
                    tls_wire.append(relay.wait_for(sessions + 1))
                    client_cpu.append(children_cpu() - before_client)
                    server_cpu.append(server.cpu() - before_server)
                    times.append(seconds)
                    wire.append(total)
                    log(f"  rep {rep + 1}: {seconds * 1000:.0f} ms (CPU: street {client_cpu[-1] * 1000:.0f} ms, "
                        f"server {server_cpu[-1] * 1000:.0f} ms), {total:,} bytes (rsync {sent + received:,})")
                remove_db(mirror)
                per_size[size] = {"seconds": times, "wire_bytes": wire, "tls_wire_bytes": tls_wire,
                                  "rsync_bytes": rsync_bytes,
                                  "client_cpu_s": client_cpu, "server_cpu_s": server_cpu,
                                  "rsync_seconds": rsync_seconds, "initial_sync_seconds": initial_seconds,
                                  "initial_sync_bytes": initial_bytes, "generate_s": generated, "import_s": imported,
                                  "office_db_bytes": os.path.getsize(office)}
                if size != c["sizes"][-1]:
                    remove_db(office)
            self.details["delta_server_vmhwm_kib"] = server.memory()["VmHWM"]
        self.details["delta"] = {str(k): v for k, v in per_size.items()}
        sizes = c["sizes"]
        middle = sizes[1] if len(sizes) > 1 else sizes[0]
        for size in sizes:
            d = per_size[size]
            b = median(d["wire_bytes"])
            self.row("2 delta sync", f"bytes per session, {c['changed']} rows changed of {size:,}", b, "bytes",
                     median(d["rsync_bytes"]), "rsync --no-whole-file", 2048, "≤ 2 KiB", b <= 2048)
            t = median(d["tls_wire_bytes"])
            self.row("2 delta sync", f"bytes per session on the wire with TLS (handshake included), {size:,} rows",
                     t, "bytes", b, "the session's frames", 4096, "≤ 4 KiB", t <= 4096)
        times = [median(per_size[s]["seconds"]) for s in sizes]
        flat = max(times) <= 1.5 * min(times) + 0.02
        self.row("2 delta sync", "wall time at " + " / ".join(f"{s:,}" for s in sizes) + " rows",
                 times[-1], "s", None, "", None, "flat as rows grow", flat,
                 note=" / ".join(f"{t * 1000:.0f} ms" for t in times))
        cpu = [median([a + b for a, b in zip(per_size[s]["client_cpu_s"], per_size[s]["server_cpu_s"])])
               for s in sizes]
        self.row("2 delta sync", "CPU time (street + server) at " + " / ".join(f"{s:,}" for s in sizes) + " rows",
                 cpu[-1], "s", None, "", None, "flat as rows grow", max(cpu) <= 1.5 * min(cpu) + 0.01,
                 note=" / ".join(f"{t * 1000:.0f} ms" for t in cpu))
        self.details["delta_middle"] = middle

    # Case 3 ------------------------------------------------------------------------------------------------------

    def case_many(self):
        c = self.config["many"]
        n, rows = c["offices"], c["rows"]
        log(f"many offices: preparing {n} offices × {rows:,} rows")
        district = self.new_district("many")
        self.district(district, "plan", "import", self.plan)
        folder = os.path.join(self.work, "many")
        os.makedirs(folder, exist_ok=True)
        offices = [self.enrol(district, f"m{i:03d}", f"第{i}街道", folder)[0] for i in range(1, n + 1)]
        generated = imported = 0.0
        with self.serve(district, "many-prep"):
            for i, office in enumerate(offices):
                self.sync(office)
                g, m = self.fill_office(office, rows // 2, rows - rows // 2, f"m{i + 1:03d}", f"M{i + 1}", 1000 + i)
                generated += g
                imported += m
        log(f"  generated in {generated:.1f} s, imported in {imported:.1f} s")
        pristine = [snapshot(path) for path in [district] + offices]
        walls, peaks, idles = [], [], []
        for rep in range(self.reps):
            for path, saved in zip([district] + offices, pristine):
                restore(saved, path)
            # The 50 offices stand for 50 computers, but all connect from 127.0.0.1: lift the per-host cap (16).
            with self.serve(district, f"many-{rep}", extra=("--max-connections-per-host", "64")) as server:
                idles.append(server.memory()["VmRSS"])
                started = time.perf_counter()
                processes = [subprocess.Popen([os.path.join(self.bin, "street"), "sync", "--db", office],
                                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                             for office in offices]
                failures = []
                for office, process in zip(offices, processes):
                    out, err = process.communicate()
                    if process.returncode != 0 or "digests match" not in out:
                        failures.append(f"{os.path.basename(office)}: {err.strip() or out.strip()}")
                wall = time.perf_counter() - started
                peaks.append(server.memory()["VmHWM"])
            if failures:
                raise RuntimeError("syncs failed: " + "; ".join(failures[:5]))
            walls.append(wall)
            log(f"  rep {rep + 1}: {wall:.2f} s, server peak {peaks[-1] / 1024:.0f} MiB")
        for saved in pristine:
            remove_db(saved)
        total_rows = n * rows
        self.details["many"] = {"offices": n, "rows_each": rows, "seconds": walls, "server_vmhwm_kib": peaks,
                                "server_idle_kib": idles}
        wall = median(walls)
        self.row("3 many offices", f"{n} offices × {rows:,} rows at once: wall time", wall, "s")
        self.row("3 many offices", "rows per second", total_rows / wall, "rows/s")
        peak = max(peaks) / 1024
        self.row("3 many offices", "server peak RSS (VmHWM, worst rep)", peak, "MiB", None, "", 200,
                 "≤ 200 MB", peak * 1.048576 <= 200)

    # Case 4 ------------------------------------------------------------------------------------------------------

    def case_report(self):
        c = self.config["report"]
        log(f"report: a district with {c['offices']} offices, {c['expenditures']:,} expenditures, "
            f"{c['values']:,} values (filled with SQL)")
        district = self.new_district("report")
        started = time.perf_counter()
        fill = os.path.join(self.work, "report-fill.sql")
        with open(fill, "w") as f:
            subprocess.run(GEN + ["district-sql", "--offices", str(c["offices"]), "--expenditures",
                                  str(c["expenditures"]), "--values", str(c["values"])], stdout=f, check=True)
        # The plan's projects name no offices, so every enabled office (inserted by the SQL) is expected.
        self.district(district, "plan", "import", self.plan)
        run(["bash", "-o", "pipefail", "-c", f"sqlite3 -bail '{district}' < '{fill}' > /dev/null"])
        self.details["report_fill_s"] = time.perf_counter() - started
        log(f"  filled in {self.details['report_fill_s']:.1f} s ({os.path.getsize(district) / 2**20:.0f} MiB)")
        projects = json.load(open(self.plan))["projects"]
        codes = [p["code"] for p in projects]
        baseline_sql = os.path.join(self.work, "report-baseline.sql")
        with open(baseline_sql, "w") as f:
            f.write(baseline_queries(codes))
        report_times, baseline_times = [], []
        for rep in range(self.reps):
            started = time.perf_counter()
            for code in codes:
                self.district(district, "report", "--project", code, "--year", "2021", "--format", "json",
                              "--out", os.path.join(self.work, f"report-{code}.json"))
            report_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            run(["bash", "-o", "pipefail", "-c",
                 f"sqlite3 -json '{district}' < '{baseline_sql}' > '{self.work}/baseline.json'"])
            baseline_times.append(time.perf_counter() - started)
            log(f"  rep {rep + 1}: report {report_times[-1]:.2f} s, SQL baseline {baseline_times[-1]:.2f} s")
        self.details["report"] = {"projects": codes, "report_seconds": report_times,
                                  "baseline_seconds": baseline_times, "district_db_bytes": os.path.getsize(district)}
        r, b = median(report_times), median(baseline_times)
        self.row("4 report", f"district report --format json, {len(codes)} projects", r, "s", b,
                 "same aggregates in sqlite3", 1.5, "≤ 1.5× baseline", r <= 1.5 * b)
        os.remove(fill)
        self.report_db = district

    # Case 5 ------------------------------------------------------------------------------------------------------

    def case_bomb(self):
        c = self.config["bomb"]
        district = self.new_district("bomb")
        self.district(district, "plan", "import", self.plan)
        enrolment = os.path.join(self.work, "bomber.enrol")
        self.district(district, "office", "add", "--code", "bomber", "--name", "攻击者街道", "--server",
                      f"127.0.0.1:{self.port}", "--out", enrolment)
        base = ["--port", str(self.port), "--enrol", enrolment]
        variants = {}
        for kind in ["claim", "rowcount", "zeros", "records", "rows"]:
            with self.serve(district, f"bomb-{kind}") as server:
                # Idle: after start-up and one ordinary session (the Python client's own snapshot + verify).
                selftest = json.loads(run(CLIENT + ["selftest"] + base).stdout)
                time.sleep(0.3)
                idle = server.memory()["VmRSS"]
                answer = json.loads(run(CLIENT + ["bomb", "--kind", kind, "--inflate-gib", str(c["inflate_gib"]),
                                                  "--claim-mib", str(c["claim_mib"])] + base).stdout)
                time.sleep(0.3)
                memory = server.memory()
                alive = server.alive()
            variants[kind] = {"idle_kib": idle, "vmhwm_kib": memory["VmHWM"], "after_kib": memory["VmRSS"],
                              "above_idle_mib": (memory["VmHWM"] - idle) / 1024, "answer": answer["answer"],
                              "seconds": answer["seconds"], "selftest_ok": selftest["ok"], "server_alive": alive}
            log(f"  bomb {kind}: server answered {answer['answer']} after {answer['seconds']} s; "
                f"peak {(memory['VmHWM'] - idle) / 1024:.1f} MiB above idle ({idle / 1024:.0f} MiB)")
        self.details["bomb"] = variants
        worst_kind = max(variants, key=lambda k: variants[k]["above_idle_mib"])
        worst = variants[worst_kind]["above_idle_mib"]
        self.row("5 deflate bomb", f"server peak RSS above idle ({c['inflate_gib']} GiB bomb, worst: {worst_kind})",
                 worst, "MiB", None, "", 64, "≤ 64 MiB", worst <= 64,
                 note=", ".join(f"{k} {v['above_idle_mib']:.1f} MiB → {v['answer']}" for k, v in variants.items()))

    # Case 6 ------------------------------------------------------------------------------------------------------

    def case_startup(self):
        c = self.config["startup"]
        db = getattr(self, "keep_for_startup", None)
        if not db or not os.path.exists(db):
            db = os.path.join(self.work, "startup.db")
            district = self.new_district("startup")
            self.district(district, "plan", "import", self.plan)
            office, _ = self.enrol(district, "s001", "望麓园街道")
            with self.serve(district, "startup"):
                self.sync(office)
            initial = self.config["initial"]
            self.fill_office(office, initial["expenditures"], initial["values"], "s001", "WLY", 1)
            copy_db(office, db)
        rows = int(run(["sqlite3", db, "SELECT (SELECT count(*) FROM expenditures) + "
                                        "(SELECT count(*) FROM indicator_values)"]).stdout)
        street = os.path.join(self.bin, "street")
        command = (f"{street} expense add --db {db} --project JDB2021 --category C2 --fund BJ --amount 1,280.50 "
                   f"--date 2021-06-26 --voucher BENCH-0001 --payee 长沙市开福区文化用品商行 --note 禁毒宣传物资")
        prepare = f"sqlite3 {db} \"DELETE FROM expenditures WHERE voucher = 'BENCH-0001'\""
        samples = []
        if shutil.which("hyperfine"):
            export = os.path.join(self.work, "hyperfine.json")
            run(["hyperfine", "-N", "--warmup", "3", "--runs", str(c["runs"]), "--prepare", prepare,
                 "--export-json", export, command])
            result = json.load(open(export))["results"][0]
            samples = result["times"]
            cpu_ms = (result["user"] + result["system"]) * 1000  # means
            tool = "hyperfine"
        else:
            cpu_ms = None
            for i in range(c["runs"] + 3):
                run(["bash", "-c", prepare])
                started = time.perf_counter()
                run(command.split(" "))
                if i >= 3:
                    samples.append(time.perf_counter() - started)
            tool = "python loop"
        version = []
        for _ in range(10):
            started = time.perf_counter()
            run([street, "--version"])
            version.append(time.perf_counter() - started)
        self.details["startup"] = {"rows": rows, "samples_s": samples, "tool": tool, "cpu_ms_mean": cpu_ms,
                                   "street_version_s": median(version), "load": os.getloadavg()}
        ms = median(samples) * 1000
        cpu = f"CPU {cpu_ms:.0f} ms, " if cpu_ms is not None else ""
        self.row("6 start-up", f"street expense add on {rows:,} rows ({tool}, median)", ms, "ms", None, "", 50,
                 "≤ 50 ms", ms <= 50, note=f"{cpu}street --version {median(version) * 1000:.0f} ms")

    # Case 7 ------------------------------------------------------------------------------------------------------

    def case_import(self):
        c = self.config["import"]
        rows = c["rows"]
        log(f"import: {rows:,} expenditure rows as CSV and as .xlsx into an office that has the plan")
        district = self.new_district("import")
        self.district(district, "plan", "import", self.plan)
        office, _ = self.enrol(district, "i001", "望麓园街道")
        with self.serve(district, "import"):
            self.sync(office)  # receives the plan: the import validates against it
        pristine = snapshot(office)
        path = self.csv("import-expenses.csv", "expenses", rows, seed=7, voucher_prefix="IMP")
        # The same rows as a workbook, written by the project's own writer: import once, export as .xlsx.
        self.street(office, "import", "expenses", path)
        workbook = os.path.join(self.work, "import-expenses.xlsx")
        self.street(office, "export", "expenses", "--format", "xlsx", "--out", workbook)
        csv_times, xlsx_times, baseline_times, csv_cpu, xlsx_cpu = [], [], [], [], []

        def children_cpu():
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime
        plain = os.path.join(self.work, "import-baseline.db")
        schema = ("CREATE TABLE expenditures (project TEXT, category TEXT, fund TEXT, amount TEXT, date TEXT, "
                  "voucher TEXT, payee TEXT, note TEXT);")
        for rep in range(self.reps):
            restore(pristine, office)
            started, cpu = time.perf_counter(), children_cpu()
            self.street(office, "import", "expenses", path)
            csv_times.append(time.perf_counter() - started)
            csv_cpu.append(children_cpu() - cpu)
            restore(pristine, office)
            started, cpu = time.perf_counter(), children_cpu()
            self.street(office, "import", "expenses", workbook)
            xlsx_times.append(time.perf_counter() - started)
            xlsx_cpu.append(children_cpu() - cpu)
            remove_db(plain)
            run(["sqlite3", plain, schema])
            started = time.perf_counter()
            run(["sqlite3", plain, ".mode csv", f".import --skip 1 '{path}' expenditures"])
            baseline_times.append(time.perf_counter() - started)
            log(f"  rep {rep + 1}: CSV {csv_times[-1]:.2f} s ({csv_cpu[-1]:.2f} s CPU), .xlsx {xlsx_times[-1]:.2f} s "
                f"({xlsx_cpu[-1]:.2f} s CPU), sqlite3 .import {baseline_times[-1]:.2f} s")
        stored = int(run(["sqlite3", office, "SELECT count(*) FROM expenditures"]).stdout)
        imported = int(run(["sqlite3", plain, "SELECT count(*) FROM expenditures"]).stdout)
        if stored != rows or imported != rows:
            raise RuntimeError(f"import stored {stored:,} rows and sqlite3 {imported:,}, expected {rows:,}")
        self.details["import"] = {"rows": rows, "csv_seconds": csv_times, "xlsx_seconds": xlsx_times,
                                  "csv_cpu_seconds": csv_cpu, "xlsx_cpu_seconds": xlsx_cpu,
                                  "sqlite3_import_seconds": baseline_times, "csv_bytes": os.path.getsize(path),
                                  "xlsx_bytes": os.path.getsize(workbook)}
        t_csv, t_xlsx, t_base = median(csv_times), median(xlsx_times), median(baseline_times)
        self.row("7 import", f"street import expenses, {rows:,} CSV rows", rows / t_csv, "rows/s", rows / t_base,
                 "sqlite3 .import into a plain table", 50_000, "≥ 50,000 rows/s", rows / t_csv >= 50_000,
                 note=f"{t_csv:.2f} s; CPU {median(csv_cpu):.2f} s = {rows / median(csv_cpu):,.0f} rows/s")
        self.row("7 import", f"street import expenses, the same {rows:,} rows as .xlsx", t_xlsx, "s", t_csv,
                 "the same rows as CSV", 2.0, "≤ 2.0× CSV", t_xlsx <= 2.0 * t_csv,
                 note=f"{rows / t_xlsx:,.0f} rows/s; CPU {median(xlsx_cpu):.2f} s = "
                 f"{median(xlsx_cpu) / median(csv_cpu):.2f}× the CSV's")
        for name in (path, workbook):
            os.remove(name)
        remove_db(plain)
        remove_db(pristine)

    # Case 8 ------------------------------------------------------------------------------------------------------

    def case_audit(self):
        """The cost of the audit trail: the same initial push into a district with its audit triggers and into a
        copy whose audit triggers were dropped (the baseline), alternating, in the same run; and the trail's size."""
        c = self.config["audit"]
        rows = c["expenditures"] + c["values"]
        log(f"audit: one office with {rows:,} rows pushed with and without the audit trail")
        district = self.new_district("audit")
        self.district(district, "plan", "import", self.plan)
        office, _ = self.enrol(district, "a001", "望麓园街道")
        with self.serve(district, "audit-prep"):
            self.sync(office)
        self.fill_office(office, c["expenditures"], c["values"], "a001", "AUD", 3)
        with_trail, pristine_office = snapshot(district), snapshot(office)
        without = os.path.join(self.work, "audit-none.db")
        copy_db(with_trail, without)
        triggers = run(["sqlite3", without, "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                        "AND name LIKE '%_audit_%'"]).stdout.split()
        if not triggers:
            raise RuntimeError("the district database has no audit triggers")
        run(["sqlite3", without, "".join(f"DROP TRIGGER {name};" for name in triggers)])
        without_trail = snapshot(without)
        times = {"with": [], "without": []}
        cpu = {"with": [], "without": []}
        trail_bytes = 0
        for rep in range(self.reps):
            for kind, saved in (("without", without_trail), ("with", with_trail)):
                restore(saved, district)
                restore(pristine_office, office)
                with self.serve(district, f"audit-{kind}-{rep}") as server:
                    before = server.cpu()
                    seconds, _, _ = self.sync(office)
                    cpu[kind].append(server.cpu() - before)
                times[kind].append(seconds)
                if kind == "with":
                    trail_bytes = int(run(["sqlite3", district, "SELECT sum(pgsize) FROM dbstat "
                                           "WHERE name = 'audit_log'"]).stdout or 0)
                    entries = int(run(["sqlite3", district, "SELECT count(*) FROM audit_log "
                                       "WHERE office = 'a001'"]).stdout)
                    if entries < rows:
                        raise RuntimeError(f"the trail holds {entries:,} entries of the office, expected {rows:,}")
            log(f"  rep {rep + 1}: with the trail {times['with'][-1]:.2f} s (server CPU {cpu['with'][-1]:.2f} s), "
                f"without {times['without'][-1]:.2f} s (server CPU {cpu['without'][-1]:.2f} s)")
        self.details["audit"] = {"rows": rows, "with_seconds": times["with"], "without_seconds": times["without"],
                                 "with_server_cpu_seconds": cpu["with"], "without_server_cpu_seconds": cpu["without"],
                                 "trail_bytes": trail_bytes}
        t_with, t_without = median(times["with"]), median(times["without"])
        self.row("8 audit trail", f"push throughput with the trail, {rows:,} rows, wall", rows / t_with, "rows/s",
                 rows / t_without, "the same push without the audit triggers", 0.8, "≥ 0.8× baseline",
                 t_without / t_with >= 0.8, note=f"{t_with:.2f} s against {t_without:.2f} s")
        # The district's CPU seconds: what the trail costs the server, far less sensitive to other load than wall time.
        c_with, c_without = median(cpu["with"]), median(cpu["without"])
        self.row("8 audit trail", f"push throughput with the trail, {rows:,} rows, server CPU", rows / c_with,
                 "rows/s", rows / c_without, "the same push without the audit triggers", 0.8, "≥ 0.8× baseline",
                 c_without / c_with >= 0.8, note=f"{c_with:.2f} s against {c_without:.2f} s")
        self.row("8 audit trail", "trail size per changed row", trail_bytes / rows, "bytes", None, "", None,
                 "stated", True, note=f"{trail_bytes / 2**20:.1f} MiB for {rows:,} rows")
        for path in (without, with_trail, without_trail, pristine_office):
            remove_db(path)

    # Output ------------------------------------------------------------------------------------------------------

    def table(self):
        return render_table(self.results)

    def run(self):
        cases = [("initial", self.case_initial), ("delta", self.case_delta), ("many", self.case_many),
                 ("report", self.case_report), ("bomb", self.case_bomb), ("startup", self.case_startup),
                 ("import", self.case_import), ("audit", self.case_audit)]
        started = time.perf_counter()
        for name, case in cases:
            if self.only and name not in self.only:
                continue
            case_started = time.perf_counter()
            case()
            self.details.setdefault("case_seconds", {})[name] = time.perf_counter() - case_started
        total = time.perf_counter() - started
        table = self.table()
        print(table)
        document = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                    "quick": self.quick, "reps": self.reps, "config": self.config, "seconds": total,
                    "machine": machine(), "rows": self.results, "details": self.details, "table": table}
        with open(os.path.join(self.out, "bench.json"), "w") as f:
            json.dump(document, f, ensure_ascii=False, indent=1)
        log(f"done in {total:.0f} s; wrote {os.path.join(self.out, 'bench.json')}")


def render_table(results):
    """The Markdown table of `results` (the rows of bench.json)."""
    def cell(text):
        return str(text).replace("|", "\\|")
    lines = ["| case | measure | result | baseline (same run) | ratio | target | met |",
             "|---|---|---:|---:|---:|---|---|"]
    for r in results:
        baseline = f"{fmt(r['baseline'], r['unit'])} ({r['baseline_label']})" if r["baseline"] else ""
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] is not None else ""
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        result = fmt(r["value"], r["unit"]) + (f" ({r['note']})" if r["note"] else "")
        lines.append("| " + " | ".join(cell(c) for c in [r["case"], r["measure"], result, baseline, ratio,
                                                        r["target_text"]]) + f" | {met} |")
    return "\n".join(lines)


class CountingRelay:
    """A TCP relay on 127.0.0.1 in front of the server that counts every byte of each connection, both ways."""

    def __init__(self, target_port):
        self.target = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.sessions = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            client, _ = self.listener.accept()
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client):
        upstream = socket.create_connection(("127.0.0.1", self.target))
        total = [0]

        def pump(source, sink):
            while True:
                try:
                    data = source.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                total[0] += len(data)
                try:
                    sink.sendall(data)
                except OSError:
                    break
            try:
                sink.shutdown(socket.SHUT_WR)
            except OSError:
                pass

        threads = [threading.Thread(target=pump, args=pair) for pair in ((client, upstream), (upstream, client))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.close()
        upstream.close()
        with self.lock:
            self.sessions.append(total[0])

    def count(self):
        with self.lock:
            return len(self.sessions)

    def wait_for(self, n, timeout=10):
        """The byte count of the n-th connection, once it has ended."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.sessions) >= n:
                    return self.sessions[n - 1]
            time.sleep(0.01)
        raise RuntimeError("the relayed connection did not end")


class Server:
    """`district serve` on 127.0.0.1:port, stopped with SIGTERM on exit."""

    def __init__(self, bin_dir, db, port, log_path, plaintext=False, extra=()):
        self.log_path, self.port = log_path, port
        self.log = open(log_path, "a")
        self.process = subprocess.Popen([os.path.join(bin_dir, "district"), "serve", "--host", "127.0.0.1",
                                         "--port", str(port), "--db", db] + (["--plaintext"] if plaintext else [])
                                        + list(extra),
                                        stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"district serve exited: {open(log_path).read()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("district serve did not start listening")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def alive(self):
        return self.process.poll() is None

    def memory(self):
        fields = {}
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0])  # kB
        return fields

    def cpu(self):
        """User + system CPU seconds the server has used so far."""
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def baseline_queries(codes):
    """The report's aggregates as plain SQL: spending by office, fund and category (hence by project, fund,
    category and office), and per indicator, office, period and label: count, sum, mean, min, max, latest text."""
    parts = []
    for code in codes:
        q = code.replace("'", "''")
        parts.append(f"""
SELECT code, name, initial_budget, adjusted_budget FROM funds WHERE project = '{q}' AND deleted = 0;
SELECT code, name FROM categories WHERE project = '{q}' AND deleted = 0;
SELECT office, fund, category, SUM(amount), COUNT(*) FROM expenditures WHERE project = '{q}'
  GROUP BY office, fund, category ORDER BY office, fund, category;
SELECT fund, SUM(amount) FROM expenditures WHERE project = '{q}' GROUP BY fund;
SELECT category, SUM(amount) FROM expenditures WHERE project = '{q}' GROUP BY category;
SELECT office, SUM(amount) FROM expenditures WHERE project = '{q}' GROUP BY office;
SELECT v.indicator, v.office, v.period, v.label, COUNT(*), SUM(v.num), AVG(v.num), MIN(v.num), MAX(v.num),
       MAX(v.text)
  FROM indicator_values v JOIN indicators i ON i.code = v.indicator AND i.project = '{q}' AND i.deleted = 0
  GROUP BY v.indicator, v.office, v.period, v.label ORDER BY v.office, v.indicator, v.period, v.label;
SELECT v.indicator, COUNT(*), SUM(v.num), AVG(v.num), MIN(v.num), MAX(v.num), MAX(v.period)
  FROM indicator_values v JOIN indicators i ON i.code = v.indicator AND i.project = '{q}' AND i.deleted = 0
  GROUP BY v.indicator;
SELECT office, section, text FROM narratives WHERE project = '{q}' ORDER BY office, section;""")
    return "\n".join(parts) + "\n"


def run(arguments, check=True):
    result = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)[:300]} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return result


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_db(source, target):
    remove_db(target)
    for suffix in ("", "-wal"):
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)


def remove_db(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def snapshot(path):
    saved = path + ".pristine"
    copy_db(path, saved)
    return saved


def restore(saved, path):
    copy_db(saved, path)


def fmt(value, unit):
    if value is None:
        return ""
    if unit == "bytes":
        return f"{value:,.0f} B" if value < 10_000 else f"{value / 1024:,.0f} KiB" if value < 10 << 20 else \
            f"{value / 2**20:,.1f} MiB"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "rows/s":
        return f"{value:,.0f} rows/s"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value} {unit}"


def machine():
    info = {"cores": os.cpu_count()}
    try:
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
        info["load_before"] = open("/proc/loadavg").read().split()[:3]
    except (OSError, StopIteration):
        pass
    info["sqlite3"] = run(["sqlite3", "--version"]).stdout.split()[0]
    return info


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bin", help="folder with the release district and street binaries")
    parser.add_argument("--work", help="a scratch folder")
    parser.add_argument("--out", help="where bench.json goes")
    parser.add_argument("--render", metavar="BENCH_JSON", help="only print the table of an earlier run")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", help="comma-separated cases: initial,delta,many,report,bomb,startup,import")
    args = parser.parse_args()
    if args.render:
        print(render_table(json.load(open(args.render))["rows"]))
        return
    if not (args.bin and args.work and args.out):
        parser.error("--bin, --work and --out are required")
    Bench(args).run()


if __name__ == "__main__":
    main()
