"""Benchmarks of cocok: matching quality and speed, side by side with two baselines.

Run ``python -m bench quality`` and ``python -m bench speed``; see ``bench/README.md``.
"""
