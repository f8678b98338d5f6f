#!/usr/bin/env python3
"""Builds the VM board's FRU image by hand from the IPMI Platform Management FRU Information Storage
Definition v1.0 rev 1.3 (common header §8, board info area §11, type/length byte §13), independently of the
project's C# encoder. Prints it as hex; run.sh cross-checks it with FreeIPMI's `ipmi-fru --fru-file`."""
import sys


def checksum(data):
    return (-sum(data)) & 0xFF


def text(value):
    raw = value.encode("ascii")
    return bytes([0xC0 | len(raw)]) + raw  # type 11b = 8-bit ASCII + Latin-1, length in bits 5:0


def board_area():
    body = bytes([0x01, 0x00, 0x00])          # format version, length (filled below), language English
    body += (0).to_bytes(3, "little")         # manufacturing date/time: unspecified
    for field in ("IpmiSidecar", "VM Board", "VM-0001", "PN-42"):  # manufacturer, product, serial, part
        body += text(field)
    body += bytes([0xC0, 0xC1])               # FRU file ID (empty), end of fields
    length = (len(body) + 1 + 7) // 8 * 8     # pad so area + checksum is a multiple of 8 bytes
    body += bytes(length - len(body) - 1)
    body = body[:1] + bytes([length // 8]) + body[2:]
    return body + bytes([checksum(body)])


header = bytes([0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00])  # version, internal, chassis, board at 8, product, multi, pad
image = header + bytes([checksum(header)]) + board_area()
image += bytes([0xFF]) * (256 - len(image))
if len(sys.argv) > 1 and sys.argv[1] == "--binary":
    sys.stdout.buffer.write(image)
else:
    print(image.hex())
