"""A user's taxonomy file for tests and benchmarks: the built-in one plus one competency."""

from __future__ import annotations

# Its aliases and description are in no shipped fit, so cocok fits its models when it is used.
EXTRA_COMPETENCY_ID = "temporal-workflows"
EXTRA_COMPETENCY_YAML = """competencies:
  - id: temporal-workflows
    name: Temporal
    category: architecture
    tier: extra
    weight: 1.0
    seeds: []
    from_seeds: false
    aliases: {any: [Temporal.io, Temporal workflows]}
    description: {en: Durable workflow engine., id: Mesin alur kerja yang tahan gagal.}
"""
