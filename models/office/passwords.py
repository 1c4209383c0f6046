"""Password hashes: scrypt with a per-user random salt. N=2**14, r=8, p=1 needs
128·N·r = 16 MiB of memory per guess (memory-hard, so a graphics card gains little);
bench/login.py prints how long one check takes here (aimed at 0.1–0.5 s).

Stored as `scrypt$N$r$p$salt-hex$hash-hex`, so the parameters can be raised later and old
hashes still verify."""

from __future__ import annotations

import hashlib
import hmac
import secrets

STATED_N = 2**14
N, R, P = STATED_N, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MAX_MEMORY = 64 * 1024 * 1024


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
