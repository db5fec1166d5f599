"""The Python seed's claims about concurrent.futures.ThreadPoolExecutor, checked on this python3.

Prints one "name=value" line per fact; PythonPoolClaimsTest (Java) reads them and decides. Each
check waits on events, never on sleeps, except the CPU-bound one, whose work is a loop.
"""
import concurrent.futures
import os
import sys
import threading
import time


def threads_start_on_demand():
    before = threading.active_count()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=5)
    after_constructor = threading.active_count() - before
    release = threading.Event()
    pool.submit(release.wait)
    after_first_submit = threading.active_count() - before
    release.set()
    pool.shutdown(wait=True)
    print(f"threads_after_constructor={after_constructor}")
    print(f"threads_after_first_submit={after_first_submit}")


def max_workers_caps_the_threads():
    release = threading.Event()
    started = threading.Semaphore(0)
    idents = set()
    lock = threading.Lock()

    def task():
        with lock:
            idents.add(threading.get_ident())
        started.release()
        release.wait()

    with concurrent.futures.ThreadPoolExecutor(max_workers=5) as pool:
        for _ in range(10):
            pool.submit(task)
        for _ in range(5):
            started.acquire()  # five tasks are running, each on its own thread, all blocked
        running_threads = len(idents)
        release.set()
    print(f"threads_running_10_blocking_tasks={running_threads}")
    print(f"threads_used_for_10_tasks={len(idents)}")


def the_work_queue_is_unbounded():
    release = threading.Event()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(release.wait)
        futures = [pool.submit(int) for _ in range(10_000)]
        pending = sum(1 for f in futures if not f.done())
        release.set()
    print(f"accepted_behind_one_blocked_worker={len(futures)}")
    print(f"pending_behind_one_blocked_worker={pending}")


def default_max_workers():
    with concurrent.futures.ThreadPoolExecutor() as pool:
        actual = pool._max_workers  # no public getter; the attribute has this name since 3.2
    cpus = os.process_cpu_count() if hasattr(os, "process_cpu_count") else os.cpu_count()
    print(f"default_max_workers={actual}")
    print(f"min_32_cpus_plus_4={min(32, (cpus or 1) + 4)}")


def cpu_bound_threads_share_one_interpreter():
    def spin():
        n = 0
        for i in range(1_000_000):
            n += i
        return n

    wall_start, cpu_start = time.perf_counter(), time.process_time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        for f in [pool.submit(spin) for _ in range(4)]:
            f.result()
    wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"gil_enabled={gil}")
    print(f"cpu_seconds_per_wall_second={cpu / wall:.2f}")


print(f"python={sys.version_info[0]}.{sys.version_info[1]}")
print(f"cpus={os.cpu_count()}")
threads_start_on_demand()
max_workers_caps_the_threads()
the_work_queue_is_unbounded()
default_max_workers()
cpu_bound_threads_share_one_interpreter()
