"""Password hashes keep their own parameters: a hash made at an earlier, lower cost still
verifies and is re-made at the stated cost when its user signs in; a higher one is left
alone. (Tests run scrypt at N=2**4 — the conftest — so "lower" here is N=2**3; the stated
N=2**15 is timed by bench/login.py.)"""

from __future__ import annotations

from models.office import STATED_N, User, hash_password, needs_rehash, passwords, sign_in, verify_password


def test_the_stated_cost_is_n_2_15_r_8_p_1():
    # 128 · N · r bytes = 128 · 32768 · 8 = 32 MiB of memory per guess
    assert (STATED_N, passwords.R, passwords.P) == (2**15, 8, 1)
    assert 128 * STATED_N * passwords.R == 32 * 2**20


def test_an_older_cheaper_hash_verifies_and_is_remade_at_sign_in(office, clock):
    old = hash_password("lin-2024", n=2**3)
    assert old.startswith("scrypt$8$8$1$") and verify_password("lin-2024", old) and needs_rehash(old)
    User.update(password_hash=old).where(User.id == office.clerk.id).execute()
    sign_in("clerk", "lin-2024", clock=clock)
    remade = User.get_by_id(office.clerk.id).password_hash
    assert remade.startswith(f"scrypt${passwords.N}$8$1$") and remade != old
    assert verify_password("lin-2024", remade) and not needs_rehash(remade)


def test_a_dearer_hash_is_left_as_it_is(office, clock):
    dearer = hash_password("lin-2024", n=2**6)
    User.update(password_hash=dearer).where(User.id == office.clerk.id).execute()
    sign_in("clerk", "lin-2024", clock=clock)
    assert User.get_by_id(office.clerk.id).password_hash == dearer


def test_an_empty_or_malformed_hash_matches_nothing_and_is_not_remade():
    for stored in ("", "md5$abc", "scrypt$x$8$1$00$00"):
        assert not verify_password("", stored) and not needs_rehash(stored)
