"""GHK potential over 10^6 conditions: one vectorized call vs one call per condition.

Prints per-condition costs and their ratio, each the median of several repeats
measured in this one run (the machines are shared and noisy: compare within a
run, never across runs). Run: ``python benchmarks/physics.py``.
"""

import statistics
import time

import numpy as np

from membrane_widgets.physics import ghk_voltage

N_VECTOR = 1_000_000
N_LOOP = 2_000
REPEATS = 5


def conditions(n, rng, mixed):
    """Random permeabilities (relative) for K+, Na+, Cl- (and Ca2+)."""
    c_in = np.array([140.0, 15.0, 10.0, 1e-4])
    c_out = np.array([5.0, 145.0, 110.0, 2.0])
    z = np.array([1, 1, -1, 2])
    k = 4 if mixed else 3
    p = rng.uniform(0.001, 1.0, size=(n, k))
    return p, c_in[:k], c_out[:k], z[:k]


def per_condition(func, n):
    """Median over REPEATS of the time of func() divided by n, seconds."""
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) / n)
    return statistics.median(times)


def main():
    rng = np.random.default_rng(20261123)
    print(f"GHK potential, {N_VECTOR:,} conditions per vectorized call; "
          f"loop of {N_LOOP:,} single calls; median of {REPEATS}")
    for mixed in (False, True):
        p, c_in, c_out, z = conditions(N_VECTOR, rng, mixed)
        vector = per_condition(lambda: ghk_voltage(p, c_in, c_out, z), N_VECTOR)  # noqa: B023
        rows = p[:N_LOOP]
        loop = per_condition(
            lambda: [ghk_voltage(row, c_in, c_out, z) for row in rows], N_LOOP  # noqa: B023
        )
        label = "K+, Na+, Cl-, Ca2+ (quadratic)" if mixed else "K+, Na+, Cl- (closed form)"
        print(f"{label:28s} vectorized {vector * 1e9:8.1f} ns/condition   "
              f"loop {loop * 1e6:8.1f} us/condition   ratio {loop / vector:8.0f}x")


if __name__ == "__main__":
    main()
