#!/usr/bin/env python3
"""Print the UDP payloads of a classic libpcap file, one datagram per line.

Usage: pcap_to_datagrams.py FILE.pcap SERVER_PORT

Each line is "C>S <hex>" (destination port == SERVER_PORT, client to server)
or "S>C <hex>" (source port == SERVER_PORT), in capture order. Only IPv4/UDP
packets touching SERVER_PORT are printed. Link, IP and UDP headers are
stripped; the UDP length field bounds the payload.
"""
import struct
import sys

# Link-layer header lengths for the link types tcpdump uses on Linux "lo".
LINK_HEADER = {0: 4, 1: 14, 113: 16, 276: 20}


def read_packets(data):
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        endian = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        endian = ">"
    else:
        raise SystemExit("not a classic pcap file (pcapng is not supported)")
    linktype = struct.unpack(endian + "I", data[20:24])[0] & 0x0FFFFFFF
    if linktype not in LINK_HEADER:
        raise SystemExit(f"unsupported link type {linktype}")
    offset = 24
    while offset + 16 <= len(data):
        _, _, incl_len, orig_len = struct.unpack(endian + "IIII", data[offset:offset + 16])
        if incl_len != orig_len:
            raise SystemExit(f"packet at byte {offset} truncated by the snap length")
        offset += 16
        yield data[offset + LINK_HEADER[linktype]:offset + incl_len]
        offset += incl_len


def udp_payload(ip):
    if len(ip) < 20 or ip[0] >> 4 != 4 or ip[9] != 17:
        return None
    ihl = (ip[0] & 0x0F) * 4
    src, dst, length = struct.unpack(">HHH", ip[ihl:ihl + 6])
    return src, dst, ip[ihl + 8:ihl + length]


def main():
    path, port = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as f:
        data = f.read()
    for packet in read_packets(data):
        parsed = udp_payload(packet)
        if parsed is None:
            continue
        src, dst, payload = parsed
        if dst == port:
            print("C>S " + payload.hex())
        elif src == port:
            print("S>C " + payload.hex())


if __name__ == "__main__":
    main()
