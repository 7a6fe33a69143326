"""What every benchmark script shares: the machine line and printing + saving a report."""

from __future__ import annotations

import platform
import time
from pathlib import Path


def machine_line() -> str:
    """Date, machine and Python, for the head of a results file."""
    return (f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, "
            f"{platform.processor() or 'cpu'}, Python {platform.python_version()}")


def publish(lines: list[str], out: Path) -> None:
    """Print the report and write it to ``out``."""
    text = "\n".join(lines).rstrip("\n") + "\n"
    print(text)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
