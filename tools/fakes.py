"""Deterministic FAKE credentials for the test corpus. Nothing here is a real key:
every value is derived from SHA-256 of a fixed seed string."""
import hashlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def h(seed: str) -> bytes:
    return hashlib.sha256(("rekey-fake-" + seed).encode()).digest()


def hexs(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += h(f"{seed}/{i}").hex()
        i += 1
    return out[:n]


def b62(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += "".join(B62[b % 62] for b in h(f"{seed}/{i}"))
        i += 1
    return out[:n]


def uuid(seed):
    x = hexs(seed, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:]}"


class Fakes:
    def __init__(self, ns):
        self.ns = ns
        self.i = 0

    def _s(self, kind):
        self.i += 1
        return f"{self.ns}/{kind}/{self.i}"

    def sub(self, text):
        reps = {
            "{ACKEY}": lambda: hexs(self._s("ac"), 72),
            "{SKLIVE}": lambda: "sk_live_" + b62(self._s("skl"), 24),
            "{SKTEST}": lambda: "sk_test_" + b62(self._s("skt"), 24),
            "{RKLIVE}": lambda: "rk_live_" + b62(self._s("rkl"), 24),
            "{PKLIVE}": lambda: "pk_live_" + b62(self._s("pkl"), 24),
            "{BEARER}": lambda: b62(self._s("jwt"), 20) + "." + b62(self._s("jwt2"), 30),
            "{TOKEN}": lambda: b62(self._s("tok"), 32),
            "{SHA40}": lambda: hexs(self._s("git"), 40),
            "{SHA7}": lambda: hexs(self._s("git7"), 7),
            "{UUID}": lambda: uuid(self._s("uuid")),
            "{HEX32}": lambda: hexs(self._s("h32"), 32),
            "{HEX64}": lambda: hexs(self._s("h64"), 64),
        }
        for k, f in reps.items():
            while k in text:
                text = text.replace(k, f(), 1)
        return text
