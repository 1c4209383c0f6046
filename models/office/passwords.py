"""Password hashes: scrypt with a per-user random salt. N=2**15, r=8, p=1 needs
128·N·r = 32 MiB of memory per guess (memory-hard, so a graphics card gains little).

Measured with bench/login.py on this machine (2 cores): one check takes 0.17 s of CPU
at N=2**15 — inside the 0.1–0.5 s target with margin either side — where N=2**14 took
0.07 s (below it) and N=2**16 would take ~0.35 s. On a machine busy with other work the
wall-clock time stretches (0.9–1.3 s at N=2**15 with the load average at 7 on 2 cores).

Stored as `scrypt$N$r$p$salt-hex$hash-hex`: each hash keeps its own parameters, so a
hash made at the earlier N=2**14 still verifies, and is re-made at the stated parameters
the next time its user signs in (`needs_rehash`)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

STATED_N = 2**15
N, R, P = STATED_N, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MAX_MEMORY = 128 * 1024 * 1024  # room for a later N=2**16 (64 MiB and a little)


def hash_password(password: str, *, n: int | None = None, r: int = R, p: int = P, salt: bytes | None = None) -> str:
    """A new hash; `salt` only for data that must be reproducible (the demo office), else random."""
    n = n or N
    salt = salt or secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, n, r, p)
    return f"scrypt${n}${r}${p}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; an empty or malformed hash matches nothing."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return False
    return hmac.compare_digest(_derive(password, salt, n, r, p), expected)


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEMORY, dklen=KEY_BYTES)


def parameters(stored: str) -> tuple[int, int, int] | None:
    """(N, r, p) of a stored hash; None for an empty or malformed one."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        return int(parts[1]), int(parts[2]), int(parts[3])
    except ValueError:
        return None


def needs_rehash(stored: str) -> bool:
    """True for a hash made at a lower cost than the one stated now (never lowers one)."""
    found = parameters(stored)
    return found is not None and (found[0] < N or found[1] < R or found[2] < P)


def dummy_hash() -> str:
    """A hash nobody's password matches, at the current cost: a wrong user name then costs
    the same scrypt work as a wrong password."""
    return f"scrypt${N}${R}${P}${'00' * SALT_BYTES}${'00' * KEY_BYTES}"
