"""The Python seed's pool, shut down every way concurrent.futures allows; prints key=value lines.

Run by dev.threadpools.shutdown.PythonShutdownSemanticsTest, which asserts each line, so that the
README's Java/Python comparison is checked rather than recalled. Events, not sleeps, decide the order.
"""
import concurrent.futures
import threading


def blocked_pool():
    """A one-worker pool whose worker waits on an event, with one more task queued behind it."""
    release = threading.Event()
    started = threading.Event()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)

    def running():
        started.set()
        release.wait()
        return "finished"

    first = pool.submit(running)
    started.wait()
    queued = pool.submit(lambda: "queued ran")
    return pool, release, first, queued


# shutdown(wait=False): returns at once; the queued task still runs later (like Java's shutdown()).
pool, release, first, queued = blocked_pool()
pool.shutdown(wait=False)
print("wait_false_returned_while_running=%s" % (not first.done()))
try:
    pool.submit(lambda: None)
    print("submit_after_shutdown=accepted")
except RuntimeError:
    print("submit_after_shutdown=RuntimeError")
release.set()
print("wait_false_queued_result=%s" % queued.result(timeout=10))

# shutdown(cancel_futures=True): pending futures are cancelled (their result() raises), the running
# one is not interrupted and finishes normally. Java's shutdownNow() interrupts instead, and leaves
# the returned tasks' futures pending.
pool, release, first, queued = blocked_pool()
queued.add_done_callback(lambda future: release.set())  # fires when shutdown cancels it
pool.shutdown(wait=True, cancel_futures=True)  # returns once the running task has finished
print("cancel_futures_queued_cancelled=%s" % queued.cancelled())
print("cancel_futures_running_result=%s" % first.result(timeout=10))

# The seed's form: leaving the with block is shutdown(wait=True): every task has run.
ran = []
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    for i in range(1, 6):
        executor.submit(ran.append, i)
print("with_block_ran=%d" % len(ran))
