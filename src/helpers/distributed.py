"""Where the per-file steps run: in this process, in a local process pool, or on a Dask cluster.

`compute_for(scheduler, workers)` returns a function `compute(fn, items) -> [fn(item) for item in items]`:
- scheduler "" (the default): this process for small corpora, a local process pool from `PARALLEL_FROM` files;
- scheduler "tcp://host:8786" (or any address `dask.distributed.Client` accepts): a `dask.bag` over partitions
  of the files, sent to that cluster; the results come back in order;
- scheduler "local": a `LocalCluster` started for the run (threads in this process), mostly for trying it out.
Only the per-file work is sent out; the whole-corpus steps run where the notebook runs.
"""
from __future__ import annotations

import os
from typing import Callable

PARALLEL_FROM = 400  # files; below this a process pool costs more than it saves
FILES_PER_PARTITION = 50  # small enough to balance workers, large enough that task overhead stays small
SCHEDULER_ENV = "NEWSCOMPARE_SCHEDULER"


def scheduler_from(value: str | None) -> str:
    """The scheduler to use: `value`, else $NEWSCOMPARE_SCHEDULER (set by `newscompare report --scheduler`)."""
    return (value if value else os.environ.get(SCHEDULER_ENV, "")).strip()


def local_compute(workers: int | None = None) -> Callable[[Callable, list], list]:
    def compute(fn: Callable, items: list) -> list:
        n = workers if workers is not None else ((os.cpu_count() or 1) if len(items) >= PARALLEL_FROM else 1)
        if n <= 1 or len(items) < 2:
            return [fn(item) for item in items]
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n) as pool:
            return list(pool.map(fn, items, chunksize=max(1, len(items) // (n * 8))))
    return compute


def dask_compute(address: str) -> Callable[[Callable, list], list]:
    """fn over items as a dask.bag on the cluster at `address` ("local": a LocalCluster for this call)."""
    def compute(fn: Callable, items: list) -> list:
        import dask.bag as db
        from distributed import Client, LocalCluster

        partitions = max(1, -(-len(items) // FILES_PER_PARTITION))
        bag = db.from_sequence(items, npartitions=partitions).map(fn)
        if address == "local":
            with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
                    Client(cluster) as client:
                return bag.compute(scheduler=client)
        with Client(address, timeout="30s") as client:
            return bag.compute(scheduler=client)
    return compute


def compute_for(scheduler: str | None = None, workers: int | None = None) -> Callable[[Callable, list], list]:
    """How to run a per-file function over files (see the module's docstring)."""
    address = scheduler_from(scheduler)
    return dask_compute(address) if address else local_compute(workers)
