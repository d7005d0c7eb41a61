"""Cost of the dynamics: Hodgkin-Huxley runs and the other simulations behind the widgets.

Prints medians of several repeats measured in this one run (shared, noisy
machines: compare within a run). Run: ``python benchmarks/dynamics.py``.
"""

import statistics
import time

from membrane_widgets import physics

REPEATS = 7


def median_seconds(func, repeats=REPEATS):
    """Median wall time of `repeats` calls of `func`, seconds."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    rows = [
        ("HH, 100 ms, 10 uA/cm^2 step (repetitive firing)",
         lambda: physics.hodgkin_huxley(100.0, stimulus=10.0)),
        ("HH, 100 ms, 1 ms pulse (one spike)",
         lambda: physics.hodgkin_huxley(100.0, lambda t: 20.0 if 1 <= t < 2 else 0.0)),
        ("HH, 20 ms + hh_vote (the AP player's recompute)",
         lambda: physics.hh_vote(physics.hodgkin_huxley(20.0, lambda t: 20.0 if 1 <= t < 2
                                                        else 0.0))),
        ("crossings, 200 bins x 500 trials",
         lambda: physics.simulate_crossings(200.0, -89.06, 140, 5, 1, rate_constant=0.05,
                                            n_trials=500, seed=0)),
        ("lattice gas, 40 particles, 200 frames",
         lambda: physics.lattice_gas(40, (10, 20), 200, seed=0)),
        ("pump-leak, 10 um cell, 60 min, 121 samples",
         lambda: physics.pump_leak(60 * 60e3, radius=10.0, n_points=121)),
    ]
    print(f"median of {REPEATS} runs")
    for name, func in rows:
        print(f"{name:52s} {median_seconds(func) * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
