"""Speed measurements, run as `python -m benchmarks` (figures printed, never asserted in tests)."""
