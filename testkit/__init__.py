"""What tests, benchmarks and examples share: an emulated Discord, and document builders.

A development package: it lives beside the shipped ones but is left out of the wheel, and
imports only the shipped packages, never ``tests``.
"""
