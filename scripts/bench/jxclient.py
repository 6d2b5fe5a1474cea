#!/usr/bin/env python3
"""A Jixiao sync protocol (version 2) client written from Docs/Protocol.md alone, with the standard library only.

It is the benchmark's hostile client (deflate bombs) and a check that the specification is complete: `vectors`
reproduces every test vector of §12, and `selftest` pushes a full snapshot to a real `district serve`, computes
the digest of §9 itself and expects the server's VERIFY_RESULT to match.

Usage:
  jxclient.py vectors
  jxclient.py selftest --port P --enrol FILE
  jxclient.py bomb --port P --enrol FILE --kind {claim,zeros,records,rows,rowcount} [--inflate-gib 4]
Each network command prints one JSON line: what the server answered and how long it took.
"""
import argparse
import hashlib
import hmac
import json
import os
import select
import socket
import ssl
import struct
import sys
import time
import uuid
import zlib

MAGIC, FORMAT = 0x4A58, 1
HELLO, CHALLENGE, AUTH, AUTH_OK = 0x01, 0x02, 0x03, 0x04
PUSH_BEGIN, PUSH_DATA, PUSH_ACK = 0x10, 0x11, 0x12
PULL, PULL_DATA, PULL_END = 0x20, 0x21, 0x22
VERIFY, VERIFY_RESULT, ERROR, BYE = 0x30, 0x31, 0x7E, 0x7F
COMPRESSED, MORE = 0x01, 0x02
MAX_PAYLOAD, SLICE = 1_052_672, 1_048_576  # §2.1, §6
ERROR_NAMES = {1: "upgradeRequired", 2: "authFailed", 3: "officeDisabled", 4: "notAuthorized", 5: "malformedFrame",
               6: "tooLarge", 7: "decompressionLimit", 8: "sequenceGap", 9: "sessionBusy", 10: "epochMismatch",
               11: "unexpectedMessage", 12: "timeout", 13: "serverOutdated", 14: "overloaded", 15: "internal"}
EXPENDITURES, INDICATOR_VALUES = 1, 2
UPSERT, DELETE = 1, 2


class ServerError(Exception):
    def __init__(self, code, message):
        super().__init__(f"{ERROR_NAMES.get(code, f'error{code}')}: {message}")
        self.code, self.name, self.message = code, ERROR_NAMES.get(code, f"error{code}"), message


# §2 frames, §4.1 field types ----------------------------------------------------------------------------------

def frame(message_type, payload, flags=0):
    """§2.1: 16-byte header (magic, format, type, flags, 3 reserved, u32 length, u32 CRC-32 of payload), payload."""
    return struct.pack(">HBBB3sII", MAGIC, FORMAT, message_type, flags, b"\0\0\0", len(payload),
                       zlib.crc32(payload)) + payload


def str16(text):
    data = text.encode()
    return struct.pack(">H", len(data)) + data


class Reader:
    """Reads a payload field by field; a payload must be consumed exactly (§4.1)."""

    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, n):
        if self.at + n > len(self.data):
            raise ValueError("payload too short")
        piece = self.data[self.at:self.at + n]
        self.at += n
        return piece

    def unpack(self, fmt):
        return struct.unpack(">" + fmt, self.take(struct.calcsize(">" + fmt)))

    def str16(self):
        (n,) = self.unpack("H")
        return self.take(n).decode()

    def end(self):
        if self.at != len(self.data):
            raise ValueError("trailing bytes in payload")


# §8.3 change records, §9 digest --------------------------------------------------------------------------------

def value_bytes(value):
    """§8.3: tag 0 null, 1 integer i64, 2 real (IEEE bits as u64), 3 text (u32 length, UTF-8)."""
    if value is None:
        return b"\0"
    if isinstance(value, bool):
        raise TypeError("booleans are not values")
    if isinstance(value, int):
        return b"\x01" + struct.pack(">q", value)
    if isinstance(value, float):
        return b"\x02" + struct.pack(">d", value)
    data = value.encode()
    return b"\x03" + struct.pack(">I", len(data)) + data


NO_DEVICE = bytes(16)


def record(table, op, key, office, values=(), version=(0, NO_DEVICE), base=(0, NO_DEVICE)):
    """§8.3: the record, then (v2) the version's clock and device and the base's clock and device."""
    return (struct.pack(">BB", table, op) + str16(key) + str16(office) + struct.pack(">H", len(values))
            + b"".join(value_bytes(v) for v in values)
            + struct.pack(">q", version[0]) + version[1] + struct.pack(">q", base[0]) + base[1])


def row_hash(table, values):
    """§9.1–9.2: the first 16 bytes of SHA-256 over u8(table) ‖ tagged values, as two big-endian i64."""
    digest = hashlib.sha256(bytes([table]) + b"".join(value_bytes(v) for v in values)).digest()
    return struct.unpack(">qq", digest[:16])


def digest_of(rows):
    """§9.3: (count, XOR of h1, XOR of h2)."""
    h1 = h2 = 0
    for table, values in rows:
        a, b = row_hash(table, values)
        h1 ^= a
        h2 ^= b
    return len(rows), h1, h2


def expenditure(key, office, project="JDB2021", category="C1", fund="BJ", amount=12345, date="2021-03-15",
                voucher="", payee="", note=""):
    """Canonical column order (Storage.md): id, office, project, category, fund, amount, date, voucher, payee, note."""
    return [key, office, project, category, fund, amount, date, voucher, payee, note]


# §5 authentication, §10 session ---------------------------------------------------------------------------------

def auth_input(label, office, client_nonce, server_nonce, version, binding):
    return label + str16(office) + client_nonce + server_nonce + bytes([version]) + binding


class Session:
    """§1.5: TLS 1.3, ALPN jixiao/2, the certificate pinned by its SHA-256 (None: accept any), the binding in §5."""

    def __init__(self, host, port, office, secret_hex, pin=None, timeout=120):
        self.office, self.secret = office, bytes.fromhex(secret_hex)
        raw = socket.create_connection((host, port), timeout=timeout)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # no CA: the pin below is the check
        context.set_alpn_protocols(["jixiao/2"])
        self.sock = context.wrap_socket(raw)
        if self.sock.selected_alpn_protocol() != "jixiao/2":
            raise ValueError("the server did not select ALPN jixiao/2")
        self.binding = hashlib.sha256(self.sock.getpeercert(binary_form=True)).digest()
        if pin is not None and "sha256:" + self.binding.hex() != pin:
            raise ValueError(f"certificate mismatch: expected {pin}, got sha256:{self.binding.hex()}")
        self.buffer = b""
        self.bytes_sent = self.bytes_received = 0

    def send(self, message_type, payload, flags=0):
        data = frame(message_type, payload, flags)
        self.sock.sendall(data)
        self.bytes_sent += len(data)

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("the server closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        self.bytes_received += n
        return data

    def receive(self):
        """One frame; ERROR raises ServerError (§4.14)."""
        magic, fmt, message_type, flags, reserved, length, crc = struct.unpack(">HBBB3sII", self._read(16))
        if magic != MAGIC or fmt != FORMAT or reserved != b"\0\0\0" or length > MAX_PAYLOAD:
            raise ValueError(f"malformed frame header from the server (type {message_type:#x})")
        payload = self._read(length)
        if zlib.crc32(payload) != crc:
            raise ValueError("CRC mismatch")
        if message_type == ERROR:
            r = Reader(payload)
            (code,) = r.unpack("H")
            raise ServerError(code, r.str16())
        return message_type, flags, payload

    def expect(self, message_type):
        got, flags, payload = self.receive()
        if got != message_type:
            raise ValueError(f"expected message {message_type:#x}, got {got:#x}")
        return flags, payload

    def handshake(self, schema_version=3, device=None):
        """§4.2–4.5, §5.1–5.2, §10.1 (schema 3, §11.2). HELLO names the device (v2); pushes are this device's."""
        client_nonce = os.urandom(32)
        self.device = device or uuid.uuid4()
        self.send(HELLO, struct.pack(">BBI", 2, 2, schema_version) + str16(self.office) + client_nonce
                  + str16("jxclient.py/2") + self.device.bytes)
        _, payload = self.expect(CHALLENGE)
        r = Reader(payload)
        (version,) = r.unpack("B")
        server_nonce = r.take(32)
        (server_schema,) = r.unpack("I")
        r.end()
        if version != 2:
            raise ValueError(f"the server chose version {version}")
        mac = hmac.new(self.secret, auth_input(b"jixiao-auth-v2", self.office, client_nonce, server_nonce, version,
                                               self.binding), hashlib.sha256).digest()
        self.send(AUTH, mac)
        _, payload = self.expect(AUTH_OK)
        r = Reader(payload)
        proof = r.take(32)
        expected = hmac.new(self.secret, auth_input(b"jixiao-server-v2", self.office, client_nonce, server_nonce,
                                                     version, self.binding), hashlib.sha256).digest()
        if not hmac.compare_digest(proof, expected):
            raise ValueError("the server's proof is wrong: not the district server")
        district_epoch = uuid.UUID(bytes=r.take(16))
        revision, row_revision, device_clock = r.unpack("qqq")
        next_certificate = r.take(32)
        r.end()
        self.welcome = {"district_epoch": str(district_epoch), "reference_revision": revision,
                        "row_revision": row_revision, "device_clock": device_clock, "server_schema": server_schema,
                        "next_certificate": None if next_certificate == bytes(32) else "sha256:" + next_certificate.hex()}
        return self.welcome

    def push_begin(self, epoch, from_seq, to_seq, row_count, full, uncompressed_size):
        """§4.6."""
        self.send(PUSH_BEGIN, epoch.bytes + struct.pack(">qqIBQ", from_seq, to_seq, row_count, int(full),
                                                        uncompressed_size))

    def push_data(self, slices):
        """§4.7: slices of one zlib stream; flags 0x03 while more follow, 0x01 on the last."""
        previous = None
        for piece in slices:
            if previous is not None:
                self.send(PUSH_DATA, previous, COMPRESSED | MORE)
            previous = piece
        self.send(PUSH_DATA, previous or b"", COMPRESSED)

    def push_ack(self):
        _, payload = self.expect(PUSH_ACK)
        r = Reader(payload)
        acked, applied, duplicate = r.unpack("qIB")
        r.end()
        return {"acked_seq": acked, "rows_applied": applied, "duplicate": bool(duplicate)}

    def verify(self, count, h1, h2):
        """§4.12–4.13."""
        self.send(VERIFY, struct.pack(">qqq", count, h1, h2))
        _, payload = self.expect(VERIFY_RESULT)
        r = Reader(payload)
        n, a, b, match = r.unpack("qqqB")
        r.end()
        return {"count": n, "h1": a, "h2": b, "match": bool(match)}

    def bye(self):
        self.send(BYE, b"")
        self.expect(BYE)
        self.sock.close()


def slices_of(data):
    return [data[i:i + SLICE] for i in range(0, len(data), SLICE)] or [b""]


# Commands ---------------------------------------------------------------------------------------------------------

def vectors(_args):
    """§12: every test vector, computed from the text of the specification."""
    office, cn, sn, secret = "wangluyuan", bytes(range(0x20, 0x40)), bytes(range(0x40, 0x60)), bytes(range(0x20))
    epoch = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
    binding = bytes(range(0x60, 0x80))
    hello = frame(HELLO, struct.pack(">BBI", 2, 2, 1) + str16(office) + cn + str16("street/1.0") + epoch.bytes)
    checks = {
        "12.1 hello": (hello.hex(), "4a580101000000000000004e95167fd6020200000001000a77616e676c757975616e2021222324"
                       "25262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f000a7374726565742f312e3000112233445566"
                       "778899aabbccddeeff"),
        "12.2 mac": (hmac.new(secret, auth_input(b"jixiao-auth-v2", office, cn, sn, 2, binding),
                              hashlib.sha256).hexdigest(),
                     "4cc679450af85df4a0752339bb9b9c3a555492dd5058a7da76a7dd219bfeaaa9"),
        "12.2 proof": (hmac.new(secret, auth_input(b"jixiao-server-v2", office, cn, sn, 2, binding),
                                hashlib.sha256).hexdigest(),
                       "ff00a1ecf9ddc64b4b06c3bd9caeeacfa2ba13049050e58c398453e4c1287863"),
    }
    values = ["e-0001", "wangluyuan", 123456, "2021-03-15", None, 1.5]
    stream = (record(EXPENDITURES, UPSERT, "e-0001", office, values, version=(1700000000000, epoch.bytes))
              + record(INDICATOR_VALUES, DELETE, "iv-7", office, version=(1700000000001, epoch.bytes),
                       base=(1699999999999, epoch.bytes)))
    checks["12.3 stream"] = (stream.hex(), "01010006652d30303031000a77616e676c757975616e00060300000006652d30303031"
                             "030000000a77616e676c757975616e01000000000001e240030000000a323032312d30332d313500023ff8"
                             "0000000000000000018bcfe5680000112233445566778899aabbccddeeff0000000000000000000000000000"
                             "000000000000000000000202000469762d37000a77616e676c757975616e00000000018bcfe568010011223344"
                             "5566778899aabbccddeeff0000018bcfe567ff00112233445566778899aabbccddeeff")
    compressed = zlib.compress(stream, 6)
    checks["12.3 inflates"] = (zlib.decompress(compressed), stream)
    begin = frame(PUSH_BEGIN, epoch.bytes + struct.pack(">qqIBQ", 0, 2, 2, 0, len(stream)))
    checks["12.3 push_begin"] = (begin.hex(), "4a580110000000000000002d1879807b00112233445566778899aabbccddeeff00000000"
                                 "000000000000000000000002000000020000000000000000ca")
    checks["12.3 push_data"] = (frame(PUSH_DATA, compressed, COMPRESSED).hex(),
                                "4a5801110100000000000071ba79ae88789c636464604bd53530303064e02a4fcc4bcf29ad2c4dcc63"
                                "606366608049809848728c0c20c0f8c8012c6e646064a86b60ac6b68cac064ff83010a18bbcf3fcd6060"
                                "10543276094d2bef98b96af799bbeffe33e0004c4c0c2c9965bae6282e8099c288690a483cfd3fba3800"
                                "6ac3363c")
    checks["12.4 row hash"] = (row_hash(EXPENDITURES, values), (-3984094571265354250, 4259399547700926805))
    failed = [name for name, (got, want) in checks.items() if got != want]
    for name, (got, want) in checks.items():
        print(f"{'ok  ' if got == want else 'FAIL'} §{name}")
    sys.exit(1 if failed else 0)


def session(args):
    """A session from the enrolment file (§5.6): office, secret and the pinned certificate."""
    with open(args.enrol, encoding="utf-8") as f:
        enrolment = json.load(f)
    args.office = enrolment["office"]
    return Session(args.host, args.port, enrolment["office"], enrolment["secret"], pin=enrolment["certificate"])


def selftest(args):
    """A fresh office: push three new rows as a new device, VERIFY with our own digest, expect a match."""
    s = session(args)
    welcome = s.handshake()
    rows = [(EXPENDITURES, expenditure(f"py-{i}", args.office, project=args.project, category=args.category,
                                       fund=args.fund, amount=100 * (i + 1), payee="长沙市测试商行",
                                       note=f"协议自测第{i}条")) for i in range(3)]
    clock = int(time.time() * 1000)
    stream = b"".join(record(t, UPSERT, v[0], args.office, v, version=(clock, s.device.bytes)) for t, v in rows)
    s.push_begin(s.device, 0, len(rows), len(rows), False, len(stream))
    s.push_data(slices_of(zlib.compress(stream, 6)))
    ack = s.push_ack()
    count, h1, h2 = digest_of(rows)
    result = s.verify(count, h1, h2)
    s.bye()
    print(json.dumps({"welcome": welcome, "ack": ack, "verify": result, "ok": result["match"]}))
    sys.exit(0 if result["match"] else 1)


def bomb_stream(kind, inflate_bytes, office):
    """Yields zlib slices of a stream that inflates to inflate_bytes (never held whole in memory)."""
    compressor = zlib.compressobj(9)
    if kind == "zeros":
        block = bytes(1 << 20)
    elif kind == "rows":
        # Ordinary small expenditure upserts (Chinese payee and note), the same one over and over: parsed rows
        # cost the receiver far more memory than their bytes on the wire.
        one = record(EXPENDITURES, UPSERT, "bomb-2", office,
                     expenditure("bomb-2", office, amount=128050, voucher="BOMB-0001", payee="长沙市开福区文化用品商行",
                                 note="禁毒宣传物资（二季度）"))
        block = one * ((1 << 20) // len(one))
    else:
        # Valid expenditure upserts of this office, each with a 1 MiB note: parseable records all the way.
        note = "禁" * ((1 << 20) // 3)
        block = record(EXPENDITURES, UPSERT, "bomb-1", office, expenditure("bomb-1", office, note=note))
    produced, pending, blocks = 0, b"", 0
    while produced < inflate_bytes:
        pending += compressor.compress(block)
        produced += len(block)
        blocks += 1
        if blocks % 16 == 0:
            pending += compressor.flush(zlib.Z_SYNC_FLUSH)  # hand the server data early (any flush is allowed, §8.1)
        while len(pending) >= 16384:
            yield pending[:SLICE]
            pending = pending[SLICE:]
    pending += compressor.flush()
    for piece in slices_of(pending):
        yield piece


def bomb(args):
    """A push that would inflate to --inflate-gib GiB. Kinds:
    claim     PUSH_BEGIN honestly claims the full size: §4.6.2 says refuse at once;
    zeros     claims --claim-mib, inflates to zeros (the first record is malformed);
    records   claims --claim-mib, inflates to valid records with 1 MiB notes: the cap of §6.1 must stop it;
    rows      claims --claim-mib, inflates to valid small records (~120 bytes each);
    rowcount  claims 2^32-1 rows (a receiver must not reserve memory for them) and a small stream."""
    inflate = int(args.inflate_gib * (1 << 30))
    s = session(args)
    s.handshake()
    started = time.monotonic()
    epoch = s.device
    answer, sent_data = None, 0
    try:
        if args.kind == "claim":
            s.push_begin(epoch, 0, 1, 1, True, inflate)
            s.push_data(bomb_stream("records", 1 << 20, args.office))
        elif args.kind == "rowcount":
            stream = record(EXPENDITURES, UPSERT, "r-1", args.office, expenditure("r-1", args.office))
            s.push_begin(epoch, 0, 1, 0xFFFFFFFF, True, len(stream))
            s.push_data(slices_of(zlib.compress(stream)))
        else:
            s.push_begin(epoch, 0, 1, 0xFFFFFFFF, True, args.claim_mib << 20)  # the most rows a u32 allows
            previous = None
            for piece in bomb_stream(args.kind, inflate, args.office):
                if select.select([s.sock], [], [], 0)[0]:
                    break  # the server has answered (and closed): stop sending
                if previous is not None:
                    s.send(PUSH_DATA, previous, COMPRESSED | MORE)
                    sent_data += len(previous)
                previous = piece
            else:
                s.send(PUSH_DATA, previous, COMPRESSED)
                sent_data += len(previous)
        s.receive()
        answer = "accepted"
    except ServerError as error:
        answer = error.name
    except (ConnectionError, BrokenPipeError, ConnectionResetError) as error:
        # The server may close while we are still sending: read the ERROR it sent first, if any.
        try:
            s.receive()
        except ServerError as inner:
            answer = inner.name
        except Exception:
            answer = f"closed ({error.__class__.__name__})"
    print(json.dumps({"kind": args.kind, "answer": answer, "seconds": round(time.monotonic() - started, 3),
                      "compressed_bytes_sent": sent_data}))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("vectors")
    for name in ("selftest", "bomb"):
        p = sub.add_parser(name)
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, required=True)
        p.add_argument("--enrol", required=True, help="the enrolment file from district office add")
        if name == "selftest":
            p.add_argument("--project", default="JDB2021")
            p.add_argument("--category", default="C1")
            p.add_argument("--fund", default="BJ")
        if name == "bomb":
            p.add_argument("--kind", choices=["claim", "zeros", "records", "rows", "rowcount"], default="records")
            p.add_argument("--inflate-gib", type=float, default=4)
            p.add_argument("--claim-mib", type=int, default=256)
    args = parser.parse_args()
    {"vectors": vectors, "selftest": selftest, "bomb": bomb}[args.command](args)


if __name__ == "__main__":
    main()
