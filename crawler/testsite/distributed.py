"""A distributed crawl on one machine, for tests and `wenming bench distributed`.

Starts a real redis-server, workers (`wenming crawl --redis`) each in its own
empty working directory and, where the machine allows (root, `ip netns`), in
its own network namespace joined to this one by a veth pair, so that a worker
reaches Redis and the sample server only over the network, as on another
machine; and the writer (`wenming ingest`).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from .crawlrun import QUICK, env

REDIS = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(host: str, port: int, timeout: float = 10) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection((host, port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {host}:{port}")


class Redis:
    """redis-server on a free port, bound to 127.0.0.1 and the given addresses, nothing saved to disk."""

    def __init__(self, folder: Path, binds: tuple[str, ...] = ()):
        self.port = free_port()
        self.proc = subprocess.Popen([REDIS, "--port", str(self.port), "--bind", "127.0.0.1", *binds,
                                      "--save", "", "--appendonly", "no", "--dir", str(folder),
                                      # reached from the workers' namespaces over their veth pairs only
                                      *(["--protected-mode", "no"] if binds else [])],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port("127.0.0.1", self.port)

    def url(self, host: str = "127.0.0.1") -> str:
        return f"redis://{host}:{self.port}/0"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


class Namespaces:
    """One network namespace per worker, each joined to this one by a veth pair (10.N.I.1 here, 10.N.I.2 there).
    `available()` says whether the machine allows it; otherwise workers share this namespace."""

    def __init__(self, count: int):
        self.tag = f"wm{os.getpid() % 100000}"
        self.net = 200 + os.getpid() % 50
        self.names = [f"{self.tag}n{i}" for i in range(count)]

    @staticmethod
    def available() -> bool:
        if not shutil.which("ip") or os.geteuid() != 0:
            return False
        name = f"wmprobe{os.getpid() % 100000}"
        ok = subprocess.run(["ip", "netns", "add", name], capture_output=True).returncode == 0
        if ok:
            subprocess.run(["ip", "netns", "del", name], capture_output=True)
        return ok

    def host_address(self, i: int) -> str:
        return f"10.{self.net}.{i}.1"

    def create(self) -> "Namespaces":
        for i, name in enumerate(self.names):
            here, there = f"{self.tag}h{i}", f"{self.tag}p{i}"
            for cmd in (["ip", "netns", "add", name], ["ip", "link", "add", here, "type", "veth", "peer", "name", there],
                        ["ip", "link", "set", there, "netns", name],
                        ["ip", "addr", "add", f"{self.host_address(i)}/30", "dev", here], ["ip", "link", "set", here, "up"],
                        ["ip", "-n", name, "addr", "add", f"10.{self.net}.{i}.2/30", "dev", there],
                        ["ip", "-n", name, "link", "set", there, "up"], ["ip", "-n", name, "link", "set", "lo", "up"]):
                subprocess.run(cmd, check=True, capture_output=True)
        return self

    def prefix(self, i: int) -> list[str]:
        return ["ip", "netns", "exec", self.names[i]]

    def remove(self) -> None:
        for i, name in enumerate(self.names):
            subprocess.run(["ip", "link", "del", f"{self.tag}h{i}"], capture_output=True)
            subprocess.run(["ip", "netns", "del", name], capture_output=True)


def serve_everywhere(server) -> None:
    """Make a SampleServer (not yet started) listen on every address, so other namespaces reach it."""
    handler = server.httpd.RequestHandlerClass
    server.httpd.server_close()
    server.httpd = type(server.httpd)(("0.0.0.0", 0), handler)
    server.thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)


def worker_cmd(redis_url: str, site: str, shards: int, shard: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "crawl", "--all", "--site", site, "--redis", redis_url,
            "--shards", str(shards), "--shard", str(shard), *QUICK, *extra]


def ingest_cmd(redis_url: str, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "ingest", "--redis", redis_url, "--db", str(db), "--drain", *extra]


def start(cmd: list[str], cwd: Path, log: Path, prefix: list[str] = ()) -> subprocess.Popen:
    cwd.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([*prefix, *cmd], cwd=cwd, env=env(), stdout=subprocess.DEVNULL,
                            stderr=open(log, "a"))
