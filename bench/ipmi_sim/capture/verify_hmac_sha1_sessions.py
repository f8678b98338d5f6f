#!/usr/bin/env python3
"""Check that a *.datagrams.txt capture is self-consistent (a sanity check of
the fixtures, not part of the product).

Usage: verify_hmac_sha1_sessions.py PASSWORD FILE.datagrams.txt...

For sessions negotiated with RAKP-HMAC-SHA1 (IPMI v2.0 §13.31; K1/K2 §13.32)
and no K_G (BMC key), recomputes from the datagrams alone: the RAKP 2 key exchange
authentication code, the RAKP 3 code, SIK, K1, the RAKP 4 integrity check
value and, when HMAC-SHA1-96 integrity was negotiated, the
AuthCode trailer of every authenticated session packet. Prints one line per
file; exits 1 if any check fails.
"""
import hashlib
import hmac
import sys

RMCPP_AUTH_TYPE = 0x06
OPEN_SESSION_RESPONSE, RAKP1, RAKP2, RAKP3, RAKP4 = 0x11, 0x12, 0x13, 0x14, 0x15


def sha1(key, data):
    return hmac.new(key, data, hashlib.sha1).digest()


def datagrams(path):
    with open(path) as f:
        return [bytes.fromhex(line.split()[1]) for line in f if not line.startswith("#")]


def payload(datagram):
    length = int.from_bytes(datagram[14:16], "little")
    return datagram[16:16 + length]


def is_rmcpp(datagram):
    return len(datagram) >= 16 and datagram[3] == 0x07 and datagram[4] == RMCPP_AUTH_TYPE


def verify(password, path):
    grams = [d for d in datagrams(path) if is_rmcpp(d)]
    first = {}
    for i, d in enumerate(grams):
        first.setdefault(d[5] & 0x3F, i)
    if not all(t in first for t in (OPEN_SESSION_RESPONSE, RAKP1, RAKP2, RAKP3, RAKP4)):
        return None, "no complete RAKP exchange"
    osr, r1, r2, r3, r4 = (payload(grams[first[t]]) for t in
                           (OPEN_SESSION_RESPONSE, RAKP1, RAKP2, RAKP3, RAKP4))
    auth, integ = osr[16] & 0x3F, osr[24] & 0x3F
    if auth != 1:
        return None, f"authentication algorithm {auth} is not RAKP-HMAC-SHA1"
    key = password.encode().ljust(20, b"\0")
    console_sid, bmc_sid = osr[4:8], osr[8:12]
    console_rand, role, name = r1[8:24], r1[24], r1[28:28 + r1[27]]
    bmc_rand, guid = r2[8:24], r2[24:40]
    role_name = bytes([role, len(name)]) + name
    sik = sha1(key, console_rand + bmc_rand + role_name)
    k1 = sha1(sik, b"\x01" * 20)
    checks = [
        sha1(key, console_sid + bmc_sid + console_rand + bmc_rand + guid + role_name) == r2[40:60],
        sha1(key, bmc_rand + console_sid + role_name) == r3[8:28],
        sha1(sik, console_rand + bmc_sid + guid)[:12] == r4[8:20],
    ]
    if integ == 1:
        for d in grams[first[RAKP4] + 1:]:
            if d[5] & 0x40:
                end = len(d) - 12
                checks.append(sha1(k1, d[4:end])[:12] == d[end:])
    ok = all(checks)
    return ok, f"role 0x{role:02x}, integrity {integ}, {len(checks)} checks, SIK {sik.hex()}"


def main():
    password, failed = sys.argv[1], False
    for path in sys.argv[2:]:
        ok, detail = verify(password, path)
        status = {True: "OK  ", False: "FAIL", None: "SKIP"}[ok]
        failed |= ok is False
        print(f"{status} {path}: {detail}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
