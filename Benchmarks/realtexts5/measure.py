#!/usr/bin/env python3
"""Measure `ita extract` on the real short texts of this folder (a measuring set): the scorer
of ../realtexts, run on this folder.

    python3 Benchmarks/realtexts5/measure.py [ITA_BINARY]     # default: .build/release/ita
"""
import os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
ita = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", ".build", "release", "ita")
sys.exit(subprocess.run([sys.executable, os.path.join(here, "..", "realtexts", "measure.py"), ita, here]).returncode)
